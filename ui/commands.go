package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// jobsLoadedMsg carries the digest of every job, and the job files that
// could not be read.
type jobsLoadedMsg struct {
	jobs     []checklist.Digest
	problems []data.Problem
	err      error
	// gen tells which loading of the list the jobs belong to, so that
	// those of a loading since started again are dropped.
	gen int
}

// templateReadMsg says the template for new jobs has been read, and why
// the person's own could not be used, if it could not.
type templateReadMsg struct{ err error }

// readTemplate reads the template for new jobs off the app's goroutine,
// so that it is ready when a job is made.
func readTemplate(sh *shared) tea.Cmd {
	read := sh.readTemplate
	return func() tea.Msg {
		_, err := read()
		return templateReadMsg{err}
	}
}

// jobLoadedMsg carries one job, read to be opened at an item if one is
// named; gen is the request it answers (see Model.going).
type jobLoadedMsg struct {
	job  checklist.Job
	item string
	err  error
	// readOnly says why the job may be shown but not changed, if so.
	readOnly error
	// draft is text typed for the job before prep last closed, to open
	// the job at.
	draft *data.Draft
	// stamp is the file as it was just before it was read: a change made
	// after that, even before the app first looks again, is seen.
	stamp data.Stamp
	gen   int
}

// jobSavedMsg reports a batch of edits written to a job's file; job is the
// file as saved, with any change another copy of prep made kept in it.
type jobSavedMsg struct {
	id  string
	job checklist.Job
	err error
}

// jobCreatedMsg reports a new job saved for the first time.
type jobCreatedMsg struct {
	job checklist.Job
	err error
}

// jobTrashedMsg reports a job moved to the trash.
type jobTrashedMsg struct {
	id  string
	err error
}

// The commands below copy what they need before they run, so they never
// touch a model from their own goroutine.

// loadJobs reads the digest of every job, from the index where a job's
// file has not changed since it was made (see data.Store.Digests); the
// conflict copies a sync tool left in the folder come with the problems.
func loadJobs(store *data.Store, gen int) tea.Cmd {
	return func() tea.Msg {
		digests, problems, err := store.Digests()
		return jobsLoadedMsg{jobs: digests, problems: problems, err: err, gen: gen}
	}
}

// thenCall is cmd, calling fn once cmd has done its work and before its
// message is handled; it is cmd itself when fn is nil.
func thenCall(cmd tea.Cmd, fn func()) tea.Cmd {
	if fn == nil {
		return cmd
	}
	return func() tea.Msg {
		msg := cmd()
		fn()
		return msg
	}
}

// clearTempFiles removes what a copy of prep killed in the middle of a
// save left in the jobs folder and the trash. It runs beside the loading,
// not before the app opens: reading both folders first held the first
// frame back by a tenth of its time, and the list passes over temporary
// files whether they are there or not.
func clearTempFiles(store *data.Store) tea.Cmd {
	return func() tea.Msg {
		store.ClearTempFiles()
		return nil
	}
}

func loadJob(store *data.Store, id, item string, gen int) tea.Cmd {
	return func() tea.Msg {
		stamp, _ := store.Stamp(id)
		j, err := store.Load(id)
		if err != nil {
			return jobLoadedMsg{err: err, gen: gen}
		}
		return jobLoadedMsg{job: j, item: item, readOnly: store.ReadOnly(j), stamp: stamp, gen: gen}
	}
}

func applyEdits(store *data.Store, id string, edits []checklist.Edit) tea.Cmd {
	return func() tea.Msg {
		j, err := store.Apply(id, edits...)
		return jobSavedMsg{id: id, job: j, err: err}
	}
}

func createJob(store *data.Store, t checklist.Template, d checklist.Details, now time.Time) tea.Cmd {
	return func() tea.Msg {
		j, err := store.Create(t, d, now)
		return jobCreatedMsg{job: j, err: err}
	}
}

func trashJob(store *data.Store, id string) tea.Cmd {
	return func() tea.Msg {
		return jobTrashedMsg{id: id, err: store.Trash(id)}
	}
}

// jobReloadedMsg carries a job read again after a change to it failed, so
// the screen shows what the file really holds.
type jobReloadedMsg struct {
	job checklist.Job
	err error
	// changedElsewhere is set when the file was changed by something else,
	// rather than read again after a change of ours failed.
	changedElsewhere bool
}

func reloadJob(store *data.Store, id string, changedElsewhere bool) tea.Cmd {
	return func() tea.Msg {
		j, err := store.Load(id)
		return jobReloadedMsg{job: j, err: err, changedElsewhere: changedElsewhere}
	}
}
