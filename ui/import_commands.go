package ui

import (
	"os"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/importer"
	"github.com/prep-cli/prep/invite"
)

// importMsg asks for the screen that imports an invitation.
type importMsg struct{}

func startImport() tea.Msg { return importMsg{} }

// configLoadedMsg carries the person's config, read for an import.
type configLoadedMsg struct {
	cfg data.Config
	err error
}

// configSavedMsg reports the config written after the person answered.
type configSavedMsg struct{ err error }

// invitationReadMsg carries the meetings read from the file at path, and
// the jobs there are now, to match them with.
type invitationReadMsg struct {
	path   string
	events []invite.Event
	jobs   []checklist.Job
	err    error
}

// invitationSavedMsg reports an import saved: the job as saved and the
// round made or changed.
type invitationSavedMsg struct {
	plan    importer.Plan
	job     checklist.Job
	roundID string
	err     error
}

func loadConfig(dir string) tea.Cmd {
	return func() tea.Msg {
		cfg, err := data.LoadConfig(dir)
		return configLoadedMsg{cfg: cfg, err: err}
	}
}

func saveConfig(dir string, cfg data.Config) tea.Cmd {
	return func() tea.Msg { return configSavedMsg{err: data.SaveConfig(dir, cfg)} }
}

// readInvitation reads an invitation from a path as the person typed it,
// with ~ for their home folder, and every job, whole: a meeting is matched
// with a job by the rounds it already has.
func readInvitation(store *data.Store, typed string, me []string, local *time.Location) tea.Cmd {
	return func() tea.Msg {
		home, _ := os.UserHomeDir()
		path := importer.ExpandHome(typed, home)
		events, err := importer.ReadFile(path, me, local)
		if err != nil {
			return invitationReadMsg{path: path, err: err}
		}
		jobs, _, err := store.List()
		return invitationReadMsg{path: path, events: events, jobs: jobs, err: err}
	}
}

func saveInvitation(store *data.Store, p importer.Plan, t checklist.Template, now time.Time) tea.Cmd {
	return func() tea.Msg {
		j, roundID, err := importer.Save(store, p, t, now)
		return invitationSavedMsg{plan: p, job: j, roundID: roundID, err: err}
	}
}
