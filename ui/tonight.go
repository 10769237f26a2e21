package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/safetext"
	"github.com/prep-cli/prep/stats"
)

// tonightView is the night before: a card with the countdown, where, who
// and what to bring, over the items still to prepare. Done items are off
// the screen, so the list shrinks as the evening goes.
type tonightView struct {
	*openedJob
	list *itemList
	// tick counts the countdowns started, so that only the latest runs.
	tick int
	// earlier are the latest lessons of other jobs, for the card.
	earlier       []stats.Lesson
	width, height int
}

func newTonightView(o *openedJob) *tonightView {
	v := &tonightView{openedJob: o}
	v.list = newItemList(o, v)
	v.list.hideDone = true
	v.list.keys.Hide.SetEnabled(false)
	return v
}

// enter shows what is left before the interview and starts the countdown.
func (v *tonightView) enter() tea.Cmd {
	v.phase = checklist.Before
	v.list.restart()
	v.tick++
	return everyMinute(v.sh, v.tick)
}

func (v *tonightView) SetSize(width, height int) {
	v.width, v.height = width, height
	v.list.SetSize(width, height)
}

func (v *tonightView) Typing() bool { return v.list.Typing() }

func (v *tonightView) Prompt() string { return v.list.Prompt() }

func (v *tonightView) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case minuteMsg:
		if msg.gen == v.tick {
			return everyMinute(v.sh, v.tick)
		}
		return nil
	case tea.KeyPressMsg:
		if v.list.Typing() {
			break
		}
		k := v.list.keys
		switch {
		case key.Matches(msg, k.FromTonight):
			return showChecklist
		case key.Matches(msg, k.Review):
			return showReview
		case key.Matches(msg, k.JobPage):
			return showJobPage
		case key.Matches(msg, k.Back):
			return showList
		}
	}
	return v.list.Update(msg)
}

func (v *tonightView) View() string { return v.list.View(v.header()) }

func (v *tonightView) ShortHelp() []key.Binding {
	if v.list.Typing() {
		return v.list.typingHelp()
	}
	k := v.list.keys
	return []key.Binding{k.Toggle, k.Note, k.FromTonight, k.Back}
}

// FullHelp is the checklist's, less what the card does not do: it has no
// tabs, and shows only what is left.
func (v *tonightView) FullHelp() [][]key.Binding {
	if v.list.Typing() {
		return [][]key.Binding{v.list.typingHelp()}
	}
	k := offeredKeys(v.openedJob, v.list.learnKeys())
	return [][]key.Binding{
		{k.Up, k.Down, k.FromTonight, k.Back},
		{k.Toggle, k.Note, k.Add, k.Rename, k.Remove, k.Draft, k.Copy},
		{k.MoveUp, k.MoveDown, k.Undo, k.Redo, k.Status},
		{k.Details, k.AddRound, k.JobPage, k.Review, k.Stories},
	}
}

// tonightWithin is how close an interview is when its job opens on the
// night-before card.
const tonightWithin = 36 * time.Hour

// interviewIsTonight reports whether the job's next round is close.
func interviewIsTonight(j checklist.Job, now time.Time) bool {
	r := j.NextRound(now)
	if r == nil {
		return false
	}
	d := r.At.Sub(now)
	return d > 0 && d <= tonightWithin
}

// minuteMsg comes at the turn of each minute while the countdown shows;
// gen ties it to the screen that asked, so an old countdown stops.
type minuteMsg struct{ gen int }

func everyMinute(sh *shared, gen int) tea.Cmd {
	now := sh.now()
	wait := now.Truncate(time.Minute).Add(time.Minute).Sub(now)
	return sh.after(wait, func(time.Time) tea.Msg { return minuteMsg{gen: gen} })
}

// countdown says how long until the interview: "in 13 h 20 min".
func countdown(d time.Duration) string {
	if d <= 0 {
		return "now"
	}
	d = d.Round(time.Minute)
	h, m := int(d.Hours()), int(d.Minutes())%60
	switch {
	case h >= 24:
		return fmt.Sprintf("in %s %d h", stats.Plural(h/24, "day", "days"), h%24)
	case h == 0:
		return fmt.Sprintf("in %d min", m)
	case m == 0:
		return fmt.Sprintf("in %d h", h)
	}
	return fmt.Sprintf("in %d h %d min", h, m)
}

// headerHeight is the title and the card with its border.
func (v *tonightView) headerHeight() int { return 1 + 2 + len(v.cardLines()) }

// header is the title and the card: when, how long from now, where, who
// and what to bring.
func (v *tonightView) header() string {
	st := v.sh.styles
	w := contentWidth(v.width)
	j := v.job
	left := j.RoundProgress(checklist.Before, v.round())
	title := st.Title.Render(oneLine(j.Company)) + st.Subtitle.Render(" · "+oneLine(j.Role))
	todo := st.Muted.Render(fmt.Sprintf("%d left to do", left.Total-left.Done))
	if left.Complete() {
		todo = st.Done.Render("all ready")
	}
	card := st.Card.Width(w).Render(strings.Join(v.cardLines(), "\n"))
	return " " + spread(title, todo, w) + "\n" + indent(card, " ")
}

// cardLines are the lines inside the card: when and how long from now,
// then where, who and what to bring when the job says.
func (v *tonightView) cardLines() []string {
	st := v.sh.styles
	j := v.job
	r := v.round()
	if r == nil {
		return nil
	}
	now := v.sh.now()
	inner := contentWidth(v.width) - 4
	what := oneLine(r.Name) + " · " + r.Format.Label()
	lines := []string{
		st.Selected.Render(checklist.Relative(r.At, now)) + st.Key.Render(" · "+countdown(r.At.Sub(now))) +
			st.Muted.Render(truncate(" · "+what, max(0, inner-safetext.Width(checklist.Relative(r.At, now)+" · "+countdown(r.At.Sub(now)))))),
	}
	for _, place := range []string{r.Where, r.Link} {
		if place != "" {
			lines = append(lines, st.Item.Render(truncate(oneLine(place), inner)))
		}
	}
	if journey := r.JourneyText(); journey != "" {
		lines = append(lines, st.Muted.Render("Leave by ")+st.Item.Render(r.LeaveBy().Format("15:04"))+
			st.Muted.Render(truncate(" · "+journey, max(0, inner-14))))
	}
	if len(r.Interviewers) > 0 {
		lines = append(lines, st.Muted.Render("Meeting ")+st.Item.Render(truncate(oneLine(strings.Join(r.Names(), ", ")), inner-8)))
	}
	if b := j.ToBring(r); len(b) > 0 {
		lines = append(lines, st.Muted.Render("Bring ")+st.Item.Render(truncate(oneLine(strings.Join(b, " · ")), inner-6)))
	}
	return append(lines, lastTimeLines(st, v.earlier, inner)...)
}

// allDone is what the night before says once everything is ticked: to
// rest, when the interview is close; else when to come back, so that a
// round moved to a later day does not send anyone to bed.
func (v *tonightView) allDone() []string {
	st := v.sh.styles
	if r := v.round(); r != nil && r.At.Sub(v.sh.now()) > tonightWithin {
		return []string{"",
			"   " + st.Done.Render("✓ Everything is ready, "+countdown(r.At.Sub(v.sh.now()))+" ahead."),
			"",
			"   " + st.Item.Render("Come back the evening before "+checklist.Relative(r.At, v.sh.now())+" for a last look."),
		}
	}
	return []string{"",
		"   " + st.Done.Render("✓ Everything is ready."),
		"",
		"   " + st.Item.Render("You have done the work. Lay out your things, set an alarm"),
		"   " + st.Item.Render("and go to sleep: rest is the last thing on the list."),
	}
}
