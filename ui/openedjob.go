package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/checklist"
)

// openedJob is the job open on its three screens (the plain checklist, the
// night-before card and the look back), shared by them, so that a change
// made on one shows on the others and the cursor stays where it was as the
// person switches between them.
type openedJob struct {
	sh  *shared
	job checklist.Job
	// history holds the changes made since the job opened, for undo.
	history checklist.History
	// readOnly says why the job may not be changed, if it may not.
	readOnly error
	// roundID is the round on show: its sections come with the job's own.
	roundID string
	// phase is the tab on show, Before or After.
	phase checklist.Phase
	// cursor is the selected item's id in each tab, so it stays on the same
	// item when the job is saved or reloaded.
	cursor map[checklist.Phase]string
	// typedNote is the last note saved from the editor, until its file is
	// written.
	typedNote typedNote
}

// newOpenedJob opens a job on the round that matters now (the next, else
// the last held) and on the tab that matters: Before until that round,
// After from then on; or at the given item, in its round. It says which
// screen the job opens on: the plain checklist at an item, the look back
// once the interviews are over and the outcome known, the night-before
// card when the next round is close.
func newOpenedJob(sh *shared, job checklist.Job, item string, readOnly error) (*openedJob, screenID) {
	o := &openedJob{sh: sh, job: job, readOnly: readOnly, phase: checklist.Before,
		cursor: map[checklist.Phase]string{}}
	now := sh.now()
	if r := o.job.CurrentRound(now); r != nil {
		o.roundID = r.ID
		if !now.Before(r.At) {
			o.phase = checklist.After
		}
	}
	switch s, _, ok := o.job.Find(item); {
	case ok:
		o.phase = s.Phase
		if r := o.job.RoundOf(s); r != nil {
			o.roundID = r.ID
		}
		o.cursor[o.phase] = item
	case job.EffectiveStatus(now).Final() && o.job.NextRound(now) == nil &&
		(job.Status != checklist.Offer || len(o.job.Tasks(now)) == 0):
		// An offer with its list still open waits on the person: it opens
		// where the list is worked, not on the look back.
		return o, reviewScreen
	case interviewIsTonight(o.job, now):
		return o, tonightScreen
	}
	return o, checklistScreen
}

// round is the round on show, or nil for a job with none.
func (o *openedJob) round() *checklist.Round {
	if r := o.job.Round(o.roundID); r != nil {
		return r
	}
	return o.job.CurrentRound(o.sh.now())
}

// tonightOrWhy goes to the night-before card of the round on show, or says
// why that round has none: the card is for an interview still to come.
func (o *openedJob) tonightOrWhy() tea.Cmd {
	if why := o.noCardWhy(); why != "" {
		return showNotice(why)
	}
	return showTonight
}

// noCardWhy says why the round on show has no night-before card, or is ""
// when it has one.
func (o *openedJob) noCardWhy() string {
	r, now := o.round(), o.sh.now()
	const card = "there is no night-before card"
	switch {
	case r == nil:
		return "This job has no interview yet, so " + card + "; R adds one."
	case r.State == checklist.Cancelled:
		return oneLine(r.Name) + " was called off, so " + card + "."
	case o.job.Status.Final():
		return "The job is " + statusLabel(o.job.Status) + ", so " + card + "."
	case !r.Ahead(now):
		return oneLine(r.Name) + " took place " + checklist.Relative(r.At, now) + ": the night-before card is for an interview still to come."
	}
	return ""
}

// switchRound shows the round before (delta -1) or after (1) the one on
// show, in time.
func (o *openedJob) switchRound(delta int) {
	rounds := o.job.ByTime()
	for i, r := range rounds {
		if r == o.round() {
			o.roundID = rounds[min(max(i+delta, 0), len(rounds)-1)].ID
			return
		}
	}
}

// update takes what comes back about the job: the file as saved or read
// again, and the details chosen in the form. changed says the job may look
// different now, so the screen on show puts its cursor right.
func (o *openedJob) update(msg tea.Msg) (cmd tea.Cmd, changed bool) {
	switch msg := msg.(type) {
	case jobSavedMsg:
		if msg.id == o.job.ID {
			o.job = msg.job
			return o.checkTypedNote(), true
		}
	case jobReloadedMsg:
		if msg.err == nil && msg.job.ID == o.job.ID {
			o.job = msg.job
			if !msg.changedElsewhere {
				o.history.Reset()
			}
			return nil, true
		}
	case detailsChosenMsg:
		cmd := o.apply(msg.edit)
		if _, added := msg.edit.(checklist.AddRound); added && len(o.job.Rounds) > 0 {
			o.roundID = o.job.Rounds[len(o.job.Rounds)-1].ID
		}
		return cmd, true
	}
	return nil, false
}

// refuse answers a key that would change a job shown read-only with the
// reason it may not change.
func (o *openedJob) refuse(msg tea.KeyPressMsg, k checklistKeys) (tea.Cmd, bool) {
	if o.readOnly != nil && key.Matches(msg, k.changes()...) {
		return showError(o.readOnly), true
	}
	return nil, false
}

// apply makes an edit to the open copy of the job at once, keeps it for
// undo, and hands it on to be saved.
func (o *openedJob) apply(e checklist.Edit) tea.Cmd {
	if o.readOnly != nil {
		return showError(o.readOnly)
	}
	if err := o.history.Do(&o.job, e); err != nil {
		return showError(err)
	}
	o.sh.saveEdit(o.job.ID, e)
	return nil
}

// undo and redo step through the history, and say what they took back or
// made again; the edit each step applies is saved like any other.
func (o *openedJob) undo() tea.Cmd {
	return o.step(o.history.Undo, "Nothing to undo.", func(before, after *checklist.Job) string {
		return "Undid: " + checklist.DescribeChange(after, before)
	})
}

func (o *openedJob) redo() tea.Cmd {
	return o.step(o.history.Redo, "Nothing to redo.", func(before, after *checklist.Job) string {
		return "Redid: " + checklist.DescribeChange(before, after)
	})
}

func (o *openedJob) step(do func(*checklist.Job) (checklist.Edit, bool, error), none string,
	say func(before, after *checklist.Job) string) tea.Cmd {
	if o.readOnly != nil {
		return showError(o.readOnly)
	}
	before := o.job.Clone()
	e, ok, err := do(&o.job)
	switch {
	case err != nil:
		return showError(err)
	case !ok:
		return showNotice(none)
	}
	o.sh.saveEdit(o.job.ID, e)
	return showNotice(say(&before, &o.job))
}

// saveNote saves a note typed over the note it was opened with. Another
// copy of prep may have changed that note since: the two are merged, here
// or when the store applies the edit to the file, and the person is told
// when the note they see is not just what they typed.
func (o *openedJob) saveNote(itemID, typed, was string) tea.Cmd {
	was = strings.TrimSpace(was)
	if typed == was {
		return nil
	}
	cmd := o.apply(checklist.SetNote{ItemID: itemID, Note: typed, Was: &was, At: o.sh.now()})
	if it := o.job.Item(itemID); it != nil && it.Note != typed {
		return tea.Batch(cmd, showNotice(noteMerged))
	}
	o.typedNote = typedNote{itemID: itemID, text: typed}
	return cmd
}

// noteMerged tells the person that their note was kept together with
// another copy's.
const noteMerged = "This note was changed in another window too: both texts are kept."

// typedNote is a note on its way to the disk, to compare with the note the
// file ends up with.
type typedNote struct{ itemID, text string }

// checkTypedNote tells the person when the note just saved was merged with
// one another copy of prep wrote to the file meanwhile.
func (o *openedJob) checkTypedNote() tea.Cmd {
	typed := o.typedNote
	o.typedNote = typedNote{}
	if it := o.job.Item(typed.itemID); it != nil && it.Note != typed.text {
		return showNotice(noteMerged)
	}
	return nil
}

func otherPhase(p checklist.Phase) checklist.Phase {
	if p == checklist.Before {
		return checklist.After
	}
	return checklist.Before
}
