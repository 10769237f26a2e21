package checklist

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Leave is the due of the item that says when to set off for a round held
// in person: the round's start, less the journey and ArriveEarly. Its text
// may hold "{time}", which stands for that time ("Leave by {time}") and
// follows it when the round moves or the journey changes.
const Leave Offset = "leave"

// ArriveEarly is how early a person aims to be there: careers offices say
// ten to fifteen minutes, and fifteen leaves room for the security desk.
const ArriveEarly = 15 * time.Minute

// DefaultTravel is the journey counted for a round that has none set:
// enough for most trips across a town, and the item's hint says how to set
// the real one.
const DefaultTravel = 30 * time.Minute

// MaxTravelMinutes is the longest journey a round takes: a day.
const MaxTravelMinutes = 24 * 60

// Journey is how long the person takes to get to the round, and whether
// they said so; DefaultTravel when they did not.
func (r Round) Journey() (time.Duration, bool) {
	if r.TravelMinutes > 0 {
		return time.Duration(r.TravelMinutes) * time.Minute, true
	}
	return DefaultTravel, false
}

// LeaveBy is when to set off for the round: its start, less the journey
// and ArriveEarly.
func (r Round) LeaveBy() time.Time {
	d, _ := r.Journey()
	return r.At.Add(-d - ArriveEarly)
}

// JourneyText says how long the journey to the round is, for where the
// round's place is shown: "45 min journey", "1 h 30 min journey", or, when
// none is set, that the default is counted. It is "" for a round not held
// in person.
func (r Round) JourneyText() string {
	if r.Format != InPerson {
		return ""
	}
	d, set := r.Journey()
	if !set {
		return fmt.Sprintf("journey not set: %s counted", TravelText(int(d/time.Minute)))
	}
	return TravelText(r.TravelMinutes) + " journey"
}

// TravelText writes a journey of so many minutes as a person says it: "45
// min", "1 h", "1 h 30 min".
func TravelText(minutes int) string {
	h, m := minutes/60, minutes%60
	switch {
	case h == 0:
		return fmt.Sprintf("%d min", m)
	case m == 0:
		return fmt.Sprintf("%d h", h)
	}
	return fmt.Sprintf("%d h %d min", h, m)
}

// ParseTravel reads a journey's length as a person types it: minutes
// alone ("45"), or with units ("45m", "45 min", "1h30m", "1 h 30 min",
// "1.5h"). Empty or "0" is no journey set.
func ParseTravel(s string) (int, error) {
	typed := strings.TrimSpace(s)
	t := strings.ToLower(strings.Join(strings.Fields(typed), ""))
	if t == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(t)
	if err != nil {
		t = strings.NewReplacer("hours", "h", "hour", "h", "hrs", "h", "hr", "h",
			"minutes", "m", "minute", "m", "mins", "m", "min", "m").Replace(t)
		d, err := time.ParseDuration(t)
		if err != nil {
			return 0, fmt.Errorf("journey %q: type how long it takes to get there, like 45m or 1h30m", typed)
		}
		n = int(d.Round(time.Minute) / time.Minute)
	}
	if n < 0 || n > MaxTravelMinutes {
		return 0, fmt.Errorf("journey %q: give a journey from 1 minute to a day, like 45m", typed)
	}
	return n, nil
}

// leaveTime is how the item to leave by writes its time: the clock time of
// the round's own zone, where the person sets off.
func leaveTime(at time.Time) string { return at.Format("15:04") }

// retimeLeave makes the text of the item to leave by say its new due time
// at: the "{time}" a new item has, or the time it said before, which the
// item kept whatever else the person wrote around it.
func retimeLeave(it *Item, was *time.Time, at time.Time) {
	if it.Due != Leave {
		return
	}
	if strings.Contains(it.Text, "{time}") {
		it.Text = strings.ReplaceAll(it.Text, "{time}", leaveTime(at))
		return
	}
	if was != nil {
		it.Text = strings.Replace(it.Text, leaveTime(*was), leaveTime(at), 1)
	}
}
