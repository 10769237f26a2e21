package importer

import (
	"time"

	"github.com/prep-cli/prep/invite"
)

// Meetings are the meetings an invitation holds, each once, at its latest
// version: a mail may carry a meeting and its update, or one occurrence of
// a series beside the series itself. Events with no UID cannot be matched
// with any other and stand alone. The order is that of first appearance.
func Meetings(events []invite.Event) []invite.Event {
	var out []invite.Event
	index := map[meetingKey]int{}
	for _, e := range events {
		if e.UID == "" {
			out = append(out, e)
			continue
		}
		k := meetingKey{e.UID, e.RecurrenceID.UTC()}
		i, seen := index[k]
		switch {
		case !seen:
			index[k] = len(out)
			out = append(out, e)
		case laterOrSame(e, out[i]):
			out[i] = e
		}
	}
	return out
}

type meetingKey struct {
	uid        string
	occurrence time.Time
}

// laterOrSame reports whether e is the version to keep over kept: later,
// or not earlier and a cancellation, which has the last word.
func laterOrSame(e, kept invite.Event) bool {
	switch e.CompareVersion(kept.Sequence, kept.Stamp) {
	case 1:
		return true
	case 0:
		return e.Cancelled || !kept.Cancelled
	}
	return false
}
