package ui

import (
	"fmt"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/prep-cli/prep/checklist"
)

// tonightWithin is how close an interview is when its job opens on the
// night-before card.
const tonightWithin = 36 * time.Hour

func interviewIsTonight(j checklist.Job, now time.Time) bool {
	d := j.InterviewAt.Sub(now)
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
		return fmt.Sprintf("in %d days %d h", h/24, h%24)
	case h == 0:
		return fmt.Sprintf("in %d min", m)
	case m == 0:
		return fmt.Sprintf("in %d h", h)
	}
	return fmt.Sprintf("in %d h %d min", h, m)
}

// tonightHeader is the card at the top of the night before: when, how long
// from now, where, who and what to bring.
func (v *checklistView) tonightHeader() string {
	st := v.sh.styles
	w := v.contentWidth()
	j := v.job
	left := j.Progress(checklist.Before)
	title := st.Title.Render(oneLine(j.Company)) + st.Subtitle.Render(" · "+oneLine(j.Role))
	todo := st.Muted.Render(fmt.Sprintf("%d left to do", left.Total-left.Done))
	if left.Complete() {
		todo = st.Done.Render("all ready")
	}
	card := lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(st.AccentColor).
		Padding(0, 1).Width(w).Render(strings.Join(v.tonightCardLines(), "\n"))
	return " " + spread(title, todo, w) + "\n" + indent(card, " ")
}

// tonightCardLines are the lines inside the card: when and how long from
// now, then where, who and what to bring when the job says.
func (v *checklistView) tonightCardLines() []string {
	st := v.sh.styles
	j := v.job
	now := v.sh.now()
	inner := v.contentWidth() - 4
	lines := []string{
		st.Selected.Render(checklist.Relative(j.InterviewAt, now)) + st.Key.Render(" · "+countdown(j.InterviewAt.Sub(now))),
	}
	if j.Where != "" {
		lines = append(lines, st.Item.Render(truncate(oneLine(j.Where), inner)))
	}
	if len(j.Interviewers) > 0 {
		lines = append(lines, st.Muted.Render("Meeting ")+st.Item.Render(truncate(oneLine(strings.Join(j.Interviewers, ", ")), inner-8)))
	}
	if b := j.ToBring(); len(b) > 0 {
		lines = append(lines, st.Muted.Render("Bring ")+st.Item.Render(truncate(oneLine(strings.Join(b, " · ")), inner-6)))
	}
	return lines
}

// readyLines is what the night before says once everything is ticked.
func (v *checklistView) readyLines() []string {
	st := v.sh.styles
	return []string{"",
		"   " + st.Done.Render("✓ Everything is ready."),
		"",
		"   " + st.Item.Render("You have done the work. Lay out your things, set an alarm"),
		"   " + st.Item.Render("and go to sleep: rest is the last thing on the list."),
	}
}
