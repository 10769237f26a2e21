package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/checklist"
)

// Screens ask the root model for what lies outside them with these
// messages: going somewhere else, or showing a word in the footer. Edits
// to save go by shared.saveEdit instead.

// openJobMsg asks for a job's checklist to be shown, at an item if one is
// named.
type openJobMsg struct{ id, item string }

// showListMsg asks for the job list.
type showListMsg struct{}

// newJobMsg asks for the form that makes a new job.
type newJobMsg struct{}

// madeEdit is an edit a screen has already made to its copy of a job and
// that now has to reach the job's file (see shared.saveEdit).
type madeEdit struct {
	jobID string
	edit  checklist.Edit
}

// editDetailsMsg asks for the form that changes the open job's details.
type editDetailsMsg struct{}

// detailsChosenMsg carries the details a person settled on in that form.
type detailsChosenMsg struct{ details checklist.Details }

// backToChecklistMsg leaves the details form without a change.
type backToChecklistMsg struct{}

// noticeMsg puts a line in the footer until the next key: an error, or a
// plain word such as "Nothing to undo."
type noticeMsg struct{ err error }

func showError(err error) tea.Cmd {
	return func() tea.Msg { return noticeMsg{err: err} }
}

func showNotice(text string) tea.Cmd {
	return showError(notice(text))
}

// notice is a message for the footer that is not a failure.
type notice string

func (n notice) Error() string { return string(n) }

func editDetails() tea.Msg { return editDetailsMsg{} }

func openJob(id string) tea.Cmd { return openJobAt(id, "") }

func openJobAt(id, item string) tea.Cmd {
	return func() tea.Msg { return openJobMsg{id: id, item: item} }
}

func showList() tea.Msg { return showListMsg{} }

func newJob() tea.Msg { return newJobMsg{} }
