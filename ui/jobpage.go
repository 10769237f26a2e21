package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/checklist"
)

// jobPageView is the job's own page: what is known about the job (the
// posting, the salary, where and when the person applied, the people to
// deal with, notes) and every round of it, with keys to change them.
type jobPageView struct {
	*openedJob
	keys jobPageKeys
	// offset is the first body line on screen.
	offset        int
	width, height int
}

func newJobPageView(o *openedJob) *jobPageView {
	return &jobPageView{openedJob: o, keys: newJobPageKeys()}
}

func (v *jobPageView) enter() tea.Cmd {
	v.offset = 0
	v.scroll()
	return nil
}

func (v *jobPageView) SetSize(width, height int) {
	v.width, v.height = width, height
	v.scroll()
}

func (v *jobPageView) Typing() bool { return false }

func (v *jobPageView) Prompt() string { return "" }

func (v *jobPageView) Update(msg tea.Msg) tea.Cmd {
	if cmd, changed := v.update(msg); changed {
		v.scroll()
		return cmd
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	switch {
	case key.Matches(k, v.keys.Edit):
		return editDetails(jobDetails)
	case key.Matches(k, v.keys.EditRound):
		return editDetails(roundDetails)
	case key.Matches(k, v.keys.AddRound):
		return editDetails(newRound)
	case key.Matches(k, v.keys.PrevRound):
		v.switchRound(-1)
	case key.Matches(k, v.keys.NextRound):
		v.switchRound(1)
	case key.Matches(k, v.keys.Cancel):
		return v.toggleCancelled()
	case key.Matches(k, v.keys.Back):
		return showChecklist
	case key.Matches(k, v.keys.Up):
		v.offset--
	case key.Matches(k, v.keys.Down):
		v.offset++
	}
	v.scroll()
	return nil
}

// toggleCancelled calls off the round on show, or puts a cancelled one
// back on the schedule.
func (v *jobPageView) toggleCancelled() tea.Cmd {
	r := v.round()
	if r == nil {
		return nil
	}
	state := checklist.Cancelled
	if r.State == checklist.Cancelled {
		state = checklist.Scheduled
	}
	return v.apply(checklist.SetRoundState{RoundID: r.ID, State: state})
}

func (v *jobPageView) bodyHeight() int {
	return max(1, v.height-reviewHeaderHeight-hintLines)
}

func (v *jobPageView) scroll() {
	v.offset = max(0, min(v.offset, len(v.lines())-v.bodyHeight()))
}

func (v *jobPageView) View() string {
	st := v.sh.styles
	w := contentWidth(v.width)
	lines := v.lines()
	h := v.bodyHeight()
	end := min(len(lines), v.offset+h)
	shown := lines[min(v.offset, end):end]
	title := st.Key.Render("About the job · ") + st.Title.Render(oneLine(v.job.Company)) + st.Subtitle.Render(" · "+oneLine(v.job.Role))
	var b strings.Builder
	b.WriteString(" " + truncate(title, w) + "\n" + rule(st, v.width))
	for _, l := range shown {
		b.WriteString("\n" + l)
	}
	for range h - len(shown) {
		b.WriteString("\n")
	}
	b.WriteString("\n" + rule(st, v.width) + "\n ")
	if v.readOnly != nil {
		b.WriteString(readOnlyLine(st, v.readOnly, w))
	} else {
		b.WriteString(st.Hint.Render(truncate("The round marked › is the one the checklist shows.", w)))
	}
	return b.String()
}

// lines lays out the page: the job's own details, then its rounds in the
// order they happen, the one on show marked.
func (v *jobPageView) lines() []string {
	st := v.sh.styles
	w := contentWidth(v.width)
	j := &v.job
	now := v.sh.now()
	var out []string
	row := func(label, value string) {
		if value = strings.TrimSpace(value); value != "" {
			out = append(out, " "+st.Muted.Render(padRight(label, 11))+st.Item.Render(truncate(oneLine(value), w-12)))
		}
	}
	status := j.EffectiveStatus(now)
	out = append(out, " "+st.Muted.Render(padRight("Status", 11))+statusStyle(st, status).Render(statusLabel(status)))
	row("Posting", j.Posting)
	row("Salary", j.Salary)
	row("Applied", j.AppliedVia)
	for _, c := range j.Contacts {
		row("Contact", c.String())
	}
	if j.Notes != "" {
		for _, l := range strings.Split(safeBlock(j.Notes), "\n") {
			out = append(out, "   "+st.Rule.Render("│ ")+st.Note.Render(truncate(l, w-5)))
		}
	}
	if j.Posting == "" && j.Salary == "" && j.AppliedVia == "" && len(j.Contacts) == 0 && j.Notes == "" {
		out = append(out, " "+st.Muted.Render(truncate("Press E to add the posting, the salary, your contacts and notes.", w)))
	}
	out = append(out, "", " "+st.Section.Render("Rounds"))
	shown := v.round()
	for _, r := range j.ByTime() {
		mark := "  "
		if r == shown {
			mark = st.Cursor.Render("› ")
		}
		label := roundLabel(j, r, now) + " · " + r.Format.Label()
		p := j.RoundProgress(checklist.Before, r).Add(j.RoundProgress(checklist.After, r))
		out = append(out, " "+mark+spread(st.Item.Render(truncate(label, w-12)),
			st.Muted.Render(fmt.Sprintf("%d/%d", p.Done, p.Total)), w-2))
		for _, place := range []string{r.Where, r.Link} {
			if place != "" {
				out = append(out, "     "+st.Muted.Render(truncate(oneLine(place), w-5)))
			}
		}
		if journey := r.JourneyText(); journey != "" {
			if r.Ahead(now) {
				journey += " · leave by " + r.LeaveBy().Format("15:04")
			}
			out = append(out, "     "+st.Muted.Render(truncate(journey, w-5)))
		}
		if len(r.Interviewers) > 0 {
			out = append(out, "     "+st.Muted.Render(truncate("With "+oneLine(strings.Join(r.Names(), ", ")), w-5)))
		}
		if note := roundClash(j, r); note != "" {
			out = append(out, "     "+st.Due.Render(truncate(note, w-5)))
		}
	}
	return out
}

// roundClash says, without refusing it, when a round is at the same time
// as another or before the job was added: people log old rounds, and
// clash.
func roundClash(j *checklist.Job, r *checklist.Round) string {
	if r.State == checklist.Cancelled {
		return ""
	}
	for _, other := range j.ByTime() {
		if other != r && other.State != checklist.Cancelled && other.At.Equal(r.At) {
			return "at the same time as " + oneLine(other.Name)
		}
	}
	if r.At.Before(j.CreatedAt) {
		return "before the job was added: logged afterwards"
	}
	return ""
}

func (v *jobPageView) ShortHelp() []key.Binding {
	k := v.shownKeys()
	return []key.Binding{k.Edit, k.AddRound, k.EditRound, k.Cancel, k.PrevRound, k.Back}
}

func (v *jobPageView) FullHelp() [][]key.Binding {
	k := v.shownKeys()
	return [][]key.Binding{{k.Up, k.Down, k.PrevRound, k.NextRound, k.Back}, {k.Edit, k.AddRound, k.EditRound, k.Cancel}}
}

// shownKeys are the keys as help shows them: the round's keys only when
// there is a round, the keys between rounds only when there are several,
// and c named for what it does to the round on show.
func (v *jobPageView) shownKeys() jobPageKeys {
	k := v.keys
	r := v.round()
	k.EditRound.SetEnabled(r != nil)
	k.Cancel.SetEnabled(r != nil)
	if r != nil && r.State == checklist.Cancelled {
		k.Cancel = k.Uncancel
	}
	several := len(v.job.Rounds) > 1
	k.PrevRound.SetEnabled(several)
	k.NextRound.SetEnabled(several)
	return k
}
