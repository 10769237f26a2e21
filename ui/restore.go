package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// jobRestoredMsg reports the job brought back from the trash; empty says
// there was none to bring back.
type jobRestoredMsg struct {
	job   checklist.Job
	empty bool
	err   error
}

// restoreLastJob brings back the job deleted last, from this run or an
// earlier one: the trash's newest file that can be read.
func restoreLastJob(store *data.Store) tea.Cmd {
	return func() tea.Msg {
		trashed, err := store.TrashList()
		if err != nil {
			return jobRestoredMsg{err: err}
		}
		for _, t := range trashed {
			if t.Err == nil {
				j, err := store.Restore(t.Name)
				return jobRestoredMsg{job: j, err: err}
			}
		}
		return jobRestoredMsg{empty: true}
	}
}

// trashedNotice says where a deleted job went and how to bring it back.
func trashedNotice(label string) string {
	return "Moved " + label + " to the trash · press u to bring it back."
}

// restored shows the job brought back, selected, and says so.
func (v *jobList) restored(msg jobRestoredMsg) tea.Cmd {
	switch {
	case msg.err != nil:
		return showError(msg.err)
	case msg.empty:
		return showNotice("The trash is empty: there is no deleted job to bring back.")
	}
	v.keep = msg.job.ID
	return tea.Batch(v.reload(), showNotice("Brought back "+jobLabel(msg.job)+"."))
}

// jobLabel names a job in a message: "Acme Corp · Backend Engineer".
func jobLabel(j checklist.Job) string { return oneLine(j.Company) + " · " + oneLine(j.Role) }
