package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/checklist"
)

// Screens ask the root model for what lies outside them with these
// messages: going somewhere else, or saving an edit.

// openJobMsg asks for a job's checklist to be shown.
type openJobMsg struct{ id string }

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

func openJob(id string) tea.Cmd { return func() tea.Msg { return openJobMsg{id: id} } }

func showList() tea.Msg { return showListMsg{} }

func newJob() tea.Msg { return newJobMsg{} }

func saveEdit(jobID string, e checklist.Edit) tea.Cmd {
	return func() tea.Msg { return editMsg{jobID: jobID, edit: e} }
}
