package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/checklist"
)

// The keys of an item list that help with what comes after an interview:
// a thank-you drafted into the item's note, the note copied to the
// clipboard, and the story bank, to pick the stories to tell for this job.
// The bank opens from any item: the stories are the job's, though the
// items that ask for them (one story per value) are where a person thinks
// of it.

// handleLearnKey takes w, y and o; ok is false for any other key.
func (l *itemList) handleLearnKey(msg tea.KeyPressMsg) (cmd tea.Cmd, ok bool) {
	k := l.keys
	it := l.current()
	switch {
	case key.Matches(msg, k.Draft):
		return l.draftThanks(it), true
	case key.Matches(msg, k.Copy):
		if it == nil || it.Note == "" {
			return showNotice("This item has no note to copy yet."), true
		}
		return tea.Batch(tea.SetClipboard(it.Note), showNotice("Note copied to the clipboard.")), true
	case key.Matches(msg, k.Stories):
		return showStories, true
	}
	return nil, false
}

// draftThanks opens the note editor on a thank-you written from what the
// job knows, after the note already there, if any, so that nothing typed
// is lost: the person edits it, and esc saves it as any note.
func (l *itemList) draftThanks(it *checklist.Item) tea.Cmd {
	if it == nil || !checklist.IsThankYou(*it) {
		return showNotice("w writes a draft on a thank-you item.")
	}
	draft, err := checklist.ThankYouDraft(&l.job, it.ID)
	if err != nil {
		return showError(err)
	}
	text := draft
	if it.Note != "" {
		text = it.Note + "\n\n" + draft
	}
	cmd := l.openEditor(editNote, it.ID, "Thank-you draft · prep never sends it: edit it, copy it with y", text)
	l.editor.was = it.Note
	return cmd
}

// learnKeys are the keys of the list with w, y and o switched off where
// they would do nothing, for the help.
func (l *itemList) learnKeys() checklistKeys {
	k := l.keys
	it := l.current()
	k.Draft.SetEnabled(it != nil && checklist.IsThankYou(*it) && l.readOnly == nil)
	k.Copy.SetEnabled(it != nil && it.Note != "")
	return k
}
