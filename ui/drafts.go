package ui

import (
	"fmt"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// draftEvery is how often text being typed is written as a draft: if prep
// is killed outright, at most this much typing is lost.
const draftEvery = time.Second

// drafts is what the root model keeps of the text being typed: the draft
// last written, whether a write is on its way, and the drafts from an
// earlier run still to offer back.
type drafts struct {
	written *data.Draft
	due     bool
	offers  []data.Draft
	keys    draftKeys
}

type (
	draftTickMsg    struct{}
	draftsFoundMsg  struct{ drafts []data.Draft }
	draftWrittenMsg struct{}
)

// typed is the text open in a box or a form, as a draft; nil when there is
// none, or nothing has been typed.
func (m Model) typed() *data.Draft {
	switch {
	case m.screen == formScreen && m.form != nil:
		return m.form.draft()
	case m.shownItems() != nil:
		return m.shownItems().draft()
	}
	return nil
}

// followDraft runs after every message. While text is being typed, it
// has a draft written every draftEvery; once the text is saved (or the
// person let it go), it removes the draft.
func (m *Model) followDraft() tea.Cmd {
	now := m.typed()
	old := m.drafts.written
	switch {
	case now == nil && old != nil && !m.saver.unsaved():
		m.drafts.written = nil
		return dropDraft(m.sh.store, *old)
	case now != nil && old != nil && !samePlace(*now, *old):
		m.drafts.written = nil
		return dropDraft(m.sh.store, *old)
	case now != nil && !m.drafts.due && !sameText(now, old):
		m.drafts.due = true
		return tea.Tick(draftEvery, func(time.Time) tea.Msg { return draftTickMsg{} })
	}
	return nil
}

// writeDraft writes what is being typed, if it changed since the last
// draft.
func (m *Model) writeDraft() tea.Cmd {
	m.drafts.due = false
	d := m.typed()
	if d == nil || sameText(d, m.drafts.written) {
		return nil
	}
	d.SavedAt = m.sh.now()
	m.drafts.written = d
	store, draft := m.sh.store, *d
	return func() tea.Msg {
		// A draft that cannot be written is not worth a word: the disk's
		// trouble shows when the text itself is saved.
		_ = store.SaveDraft(draft)
		return draftWrittenMsg{}
	}
}

func samePlace(a, b data.Draft) bool {
	return a.Kind == b.Kind && a.Job == b.Job && a.Item == b.Item
}

func sameText(a, b *data.Draft) bool {
	if a == nil || b == nil {
		return a == b
	}
	if !samePlace(*a, *b) || a.Text != b.Text || len(a.Fields) != len(b.Fields) {
		return false
	}
	for k, v := range a.Fields {
		if b.Fields[k] != v {
			return false
		}
	}
	return true
}

func dropDraft(store *data.Store, d data.Draft) tea.Cmd {
	return func() tea.Msg {
		_ = store.DropDraft(d)
		return nil
	}
}

// findDrafts reads the drafts an earlier run left. One whose text has been
// saved since (a note quit with ctrl+c is saved, and its draft can outlive
// the save by a moment) is removed rather than offered.
func findDrafts(store *data.Store) tea.Cmd {
	return func() tea.Msg {
		found, _, err := store.Drafts()
		if err != nil {
			return nil
		}
		var offers []data.Draft
		for _, d := range found {
			if d.Kind == "note" {
				if j, err := store.Load(d.Job); err == nil && j.Item(d.Item) != nil && j.Item(d.Item).Note == d.Text {
					_ = store.DropDraft(d)
					continue
				}
			}
			offers = append(offers, d)
		}
		return draftsFoundMsg{drafts: offers}
	}
}

// offering is the draft the job list asks about, if any.
func (m Model) offering() *data.Draft {
	if m.screen != listScreen || len(m.drafts.offers) == 0 || m.list.Typing() {
		return nil
	}
	return &m.drafts.offers[0]
}

// answerOffer takes y, n or esc for the draft on offer; other keys go on
// to the list.
func (m Model) answerOffer(msg tea.KeyPressMsg) (Model, tea.Cmd, bool) {
	d := *m.offering()
	k := m.drafts.keys
	switch {
	case key.Matches(msg, k.Resume):
		m.drafts.offers = m.drafts.offers[1:]
		return m.resumeDraft(d)
	case key.Matches(msg, k.Drop):
		m.drafts.offers = m.drafts.offers[1:]
		return m, dropDraft(m.sh.store, d), true
	case key.Matches(msg, k.Later):
		m.drafts.offers = m.drafts.offers[1:]
		return m, nil, true
	}
	return m, nil, false
}

// resumeDraft opens the box or form the draft was typed in, with its text.
// The draft file stays until that text is saved.
func (m Model) resumeDraft(d data.Draft) (Model, tea.Cmd, bool) {
	m.going++
	switch d.Kind {
	case "new-job":
		m.drafts.written = &d
		next, cmd := m.showForm(newJobFormFrom(m.sh, d.Fields))
		return next.(Model), cmd, true
	case "note", "add", "rename", "reason", "details", "round", "add-round":
		store, gen := m.sh.store, m.going
		return m, func() tea.Msg {
			msg := loadJob(store, d.Job, "", gen)().(jobLoadedMsg)
			msg.draft = &d
			return msg
		}, true
	}
	return m, showError(errUnknownDraft), true
}

// resumeLoaded opens the job a draft belongs to, then its box or form.
// A draft typed at an item opens on the plain checklist, at the item; one
// typed with no item in view stays on the night-before card, which has the
// same box, but leaves the look back, which has none.
func (m Model) resumeLoaded(d data.Draft) (tea.Model, tea.Cmd) {
	if m.open.readOnly != nil {
		return m, showError(m.open.readOnly)
	}
	m.drafts.written = &d
	switch d.Kind {
	case "round":
		if r := m.open.job.Round(d.Item); r != nil {
			return m.showForm(newRoundForm(m.sh, m.open.job, r, d.Fields))
		}
		m.drafts.written = nil
		return m, showError(errItemGone)
	case "add-round":
		return m.showForm(newRoundForm(m.sh, m.open.job, nil, d.Fields))
	}
	if d.Kind == "details" {
		return m.showForm(newDetailsFormFrom(m.sh, m.open.job, d.Fields))
	}
	var cmds []tea.Cmd
	if m.open.job.Item(d.Item) != nil || m.screen == reviewScreen {
		next, cmd := m.showJob(checklistScreen)
		m, cmds = next.(Model), append(cmds, cmd)
	}
	l := m.shownItems()
	cmds = append(cmds, l.resume(d))
	if l.editor == nil {
		m.drafts.written = nil
	}
	return m, tea.Batch(cmds...)
}

// draftPrompt asks about the draft on offer, the question first so that a
// narrow footer keeps it.
func draftPrompt(d data.Draft, jobs []checklist.Digest, now time.Time) string {
	what := map[string]string{
		"note": "the note you were writing", "add": "the item you were adding",
		"rename": "the item you were renaming", "reason": "the reason you were writing",
		"new-job": "the new job you were filling in", "details": "the job's details you were changing",
		"round": "the round you were changing", "add-round": "the round you were adding",
	}[d.Kind]
	if what == "" {
		what = "what you were writing"
	}
	where := ""
	for i := range jobs {
		if j := &jobs[i].Job; j.ID == d.Job {
			where = " for " + oneLine(j.Company)
		}
	}
	return fmt.Sprintf("Go back to %s%s? (%s, not saved)", what, where, checklist.Relative(d.SavedAt, now))
}
