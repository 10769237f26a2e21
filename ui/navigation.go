package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/checklist"
)

// Screens ask the root model for what lies outside them with these
// messages: going somewhere else, or saving an edit.

// openJobMsg asks for a job's checklist to be shown, at an item if one is
// named.
type openJobMsg struct{ id, item string }

// showListMsg asks for the job list.
type showListMsg struct{}

// newJobMsg asks for the form that makes a new job.
type newJobMsg struct{}

// editMsg is an edit a screen has already made to its copy of a job and
// that now has to reach the job's file.
type editMsg struct {
	jobID string
	edit  checklist.Edit
}

// editDetailsMsg asks for a form about the open job: its own details, the
// round on show, or a new round.
type editDetailsMsg struct{ what detailsForm }

type detailsForm int

const (
	jobDetails detailsForm = iota
	roundDetails
	newRound
)

// detailsChosenMsg carries the edit a person settled on in such a form.
type detailsChosenMsg struct{ edit checklist.Edit }

func chooseEdit(e checklist.Edit) tea.Cmd {
	return func() tea.Msg { return detailsChosenMsg{edit: e} }
}

func backToJob() tea.Msg { return backToChecklistMsg{} }

// backToChecklistMsg leaves the details form without a change, for the
// job's screen it was opened from.
type backToChecklistMsg struct{}

// showJobScreenMsg asks for the open job on another of its screens: the
// plain checklist, the night-before card or the look back.
type showJobScreenMsg struct{ screen screenID }

func showChecklist() tea.Msg { return showJobScreenMsg{screen: checklistScreen} }

func showTonight() tea.Msg { return showJobScreenMsg{screen: tonightScreen} }

func showReview() tea.Msg { return showJobScreenMsg{screen: reviewScreen} }

func showJobPage() tea.Msg { return showJobScreenMsg{screen: jobPageScreen} }

// errorMsg puts a failure in the footer until the next key.
type errorMsg struct{ err error }

func showError(err error) tea.Cmd {
	return func() tea.Msg { return errorMsg{err: err} }
}

// noticeMsg puts a plain word in the footer until the next key, such as
// "Nothing to undo.": news, not a failure.
type noticeMsg struct{ text string }

func showNotice(text string) tea.Cmd {
	return func() tea.Msg { return noticeMsg{text: text} }
}

func editDetails(what detailsForm) tea.Cmd {
	return func() tea.Msg { return editDetailsMsg{what: what} }
}

func openJob(id string) tea.Cmd { return openJobAt(id, "") }

func openJobAt(id, item string) tea.Cmd {
	return func() tea.Msg { return openJobMsg{id: id, item: item} }
}

func showList() tea.Msg { return showListMsg{} }

func newJob() tea.Msg { return newJobMsg{} }

func saveEdit(jobID string, e checklist.Edit) tea.Cmd {
	return func() tea.Msg { return editMsg{jobID: jobID, edit: e} }
}
