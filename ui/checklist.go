package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/safetext"
)

// checklistView is the plain checklist: the open job's items in two tabs,
// Before and After, with every key.
type checklistView struct {
	*openedJob
	list          *itemList
	width, height int
}

func newChecklistView(o *openedJob) *checklistView {
	v := &checklistView{openedJob: o}
	v.list = newItemList(o, v)
	return v
}

// enter shows the checklist from its top, on the tab last on show.
func (v *checklistView) enter() tea.Cmd {
	v.list.restart()
	return nil
}

func (v *checklistView) SetSize(width, height int) {
	v.width, v.height = width, height
	v.list.SetSize(width, height)
}

func (v *checklistView) Typing() bool { return v.list.Typing() }

func (v *checklistView) Prompt() string { return v.list.Prompt() }

func (v *checklistView) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if cmd, ok := v.handleKey(msg); ok {
			return cmd
		}
	case tea.MouseClickMsg:
		if m := msg.Mouse(); m.Y == 1 && m.Button == tea.MouseLeft && v.list.editor == nil {
			v.clickTab(m.X)
			return nil
		}
	}
	return v.list.Update(msg)
}

// handleKey takes the checklist's own keys: to its other screens, back to
// the list, and between the tabs. Every other key goes to the list.
func (v *checklistView) handleKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	if v.list.Typing() {
		return nil, false
	}
	k := v.list.keys
	switch {
	case key.Matches(msg, k.Tonight):
		return v.tonightOrWhy(), true
	case key.Matches(msg, k.Review):
		return showReview, true
	case key.Matches(msg, k.Back):
		return showList, true
	case key.Matches(msg, k.Tab):
		v.phase = otherPhase(v.phase)
		v.list.fixCursor()
		return nil, true
	case key.Matches(msg, k.PrevRound, k.NextRound):
		delta := 1
		if key.Matches(msg, k.PrevRound) {
			delta = -1
		}
		v.switchRound(delta)
		v.list.restart()
		return nil, true
	case key.Matches(msg, k.AddRound):
		if v.readOnly != nil {
			return showError(v.readOnly), true
		}
		return editDetails(newRound), true
	case key.Matches(msg, k.JobPage):
		return showJobPage, true
	}
	return nil, false
}

// headerHeight is the title, the tabs and a rule.
func (v *checklistView) headerHeight() int { return 3 }

func (v *checklistView) allDone() []string {
	st := v.sh.styles
	return []string{"", "   " + st.Done.Render("✓ Everything on this tab is done."),
		"   " + st.Muted.Render("Press f to see the done items again.")}
}

func (v *checklistView) View() string { return v.list.View(v.header()) }

func (v *checklistView) header() string {
	st := v.sh.styles
	w := contentWidth(v.width)
	now := v.sh.now()
	j := v.job
	company, role := oneLine(j.Company), oneLine(j.Role)
	status := j.EffectiveStatus(now)
	round, reason := "", ""
	if r := v.round(); r != nil {
		round = roundLabel(&j, r, now)
	}
	if status == checklist.Rejected && j.Reason != nil {
		reason = truncate(oneLine(j.Reason.String()), 24)
	}
	// The company always shows, whole up to half the line: the round,
	// then the reason, give way to it.
	right := func() int { return safetext.Width(joinDot(round, statusLabel(status), reason)) }
	room := w - min(safetext.Width(company), w/2) - 1
	giveWay(&round, right()-room)
	giveWay(&reason, right()-room)
	when := statusStyle(st, status).Render(statusLabel(status))
	if round != "" {
		when = st.Muted.Render(round+" · ") + when
	}
	if reason != "" {
		when += st.Muted.Render(" · " + reason)
	}
	left := w - right() - 1
	title := st.Title.Render(truncate(company, left))
	if rest := left - safetext.Width(company); rest >= 8 {
		title += st.Subtitle.Render(truncate(" · "+role, rest))
	}
	var tabs []string
	for _, p := range []checklist.Phase{checklist.Before, checklist.After} {
		label := v.tabLabel(p)
		if p == v.phase {
			tabs = append(tabs, st.TabActive.Render(label))
		} else {
			tabs = append(tabs, st.TabInactive.Render(label))
		}
	}
	total := j.TotalProgress()
	// The tabs count the round on show; beside them, the whole job's count
	// says it is of every round.
	done := "done"
	if len(j.Rounds) > 1 {
		done = "done in all"
	}
	overall := st.Muted.Render(fmt.Sprintf("%d/%d %s", total.Done, total.Total, done))
	if n := v.list.hiddenDone(); n > 0 {
		overall = st.Muted.Render(fmt.Sprintf("%d done hidden", n))
	}
	return " " + spread(title, when, w) + "\n" +
		" " + spread(strings.Join(tabs, "   "), overall, w) + "\n" +
		rule(st, v.width)
}

// giveWay shortens s by over cells, or leaves it out when what would be
// left is too short to read. Its last parts between " · " go whole first:
// "Interview", not "Interview ·…".
func giveWay(s *string, over int) {
	if over <= 0 || *s == "" {
		return
	}
	n := safetext.Width(*s) - over
	parts := strings.Split(*s, " · ")
	for len(parts) > 1 && safetext.Width(strings.Join(parts, " · ")) > n {
		parts = parts[:len(parts)-1]
	}
	switch kept := strings.Join(parts, " · "); {
	case safetext.Width(kept) <= n:
		*s = kept
	case n >= 12:
		*s = truncate(kept, n)
	default:
		*s = ""
	}
}

// joinDot joins the parts that are not empty with " · ".
func joinDot(parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, " · ")
}

func (v *checklistView) tabLabel(p checklist.Phase) string {
	pr := v.job.RoundProgress(p, v.round())
	return fmt.Sprintf("%s %d/%d", phaseTitle(p), pr.Done, pr.Total)
}

func phaseTitle(p checklist.Phase) string {
	if p == checklist.After {
		return "After"
	}
	return "Before"
}

func (v *checklistView) ShortHelp() []key.Binding {
	if v.list.Typing() {
		return v.list.typingHelp()
	}
	k := offeredKeys(v.openedJob, v.list.keys)
	return []key.Binding{k.Toggle, k.Tab, k.Note, k.Status, k.Undo, k.Back}
}

func (v *checklistView) FullHelp() [][]key.Binding {
	if v.list.Typing() {
		return [][]key.Binding{v.list.typingHelp()}
	}
	k := offeredKeys(v.openedJob, v.list.learnKeys())
	return [][]key.Binding{
		{k.Up, k.Down, k.Tab, k.PrevRound, k.Hide, k.Back},
		{k.Toggle, k.DoneAt, k.Note, k.Add, k.Rename, k.Remove, k.Draft, k.Copy},
		{k.MoveUp, k.MoveDown, k.Undo, k.Redo, k.Status},
		{k.Details, k.AddRound, k.JobPage, k.Tonight, k.Review, k.Stories},
	}
}

// offeredKeys are a job screen's keys as its help shows them: without
// undo or redo while there is nothing to take back or make again, and
// without the keys between rounds for a job of one round. They still
// answer when pressed.
func offeredKeys(o *openedJob, k checklistKeys) checklistKeys {
	k.Undo.SetEnabled(k.Undo.Enabled() && o.history.CanUndo())
	k.Redo.SetEnabled(k.Redo.Enabled() && o.history.CanRedo())
	k.PrevRound.SetEnabled(k.PrevRound.Enabled() && len(o.job.Rounds) > 1)
	return k
}

// roundLabel names a round and when it is: "Round 2 of 3 · Technical · Thu
// 10:00", or the name and time alone for a job's only round.
func roundLabel(j *checklist.Job, r *checklist.Round, now time.Time) string {
	text := oneLine(r.Name) + " · " + checklist.Relative(r.At, now)
	if r.State == checklist.Cancelled {
		return text + " · cancelled"
	}
	if n, of := j.Number(r); of > 1 {
		return fmt.Sprintf("Round %d of %d · %s", n, of, text)
	}
	return text
}
