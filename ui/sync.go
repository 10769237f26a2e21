package ui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/data"
)

// Syncer syncs the data folder with the person's other devices (prep
// sync) and says what it did in one line.
type Syncer func() (summary string, err error)

// syncRequestedMsg asks the root to sync, from the S key of the job list.
type syncRequestedMsg struct{}

func requestSync() tea.Msg { return syncRequestedMsg{} }

// syncedMsg is the result of a sync.
type syncedMsg struct {
	summary string
	err     error
	// quitting: the sync ran as the app quits, which it does now.
	quitting bool
}

// runSync syncs in a command, so the app keeps drawing meanwhile.
func runSync(sync Syncer, quitting bool) tea.Cmd {
	return func() tea.Msg {
		summary, err := sync()
		return syncedMsg{summary: summary, err: err, quitting: quitting}
	}
}

// startSync starts a sync unless one is under way, and says so in the
// footer.
func (m Model) startSync() (tea.Model, tea.Cmd) {
	if m.sh.sync == nil || m.syncing {
		return m, nil
	}
	m.syncing = true
	m.err, m.notice = nil, "Syncing…"
	return m, runSync(m.sh.sync, false)
}

// synced shows a sync's result and reads the jobs again, which it may
// have changed; the open job's file is watched, and follows by itself.
func (m Model) synced(msg syncedMsg) (tea.Model, tea.Cmd) {
	m.syncing = false
	if msg.quitting {
		return m, tea.Quit
	}
	if msg.err != nil {
		m.err, m.notice = fmt.Errorf("sync: %w", msg.err), ""
	} else {
		m.err, m.notice = nil, msg.summary
	}
	return m, m.list.reload()
}

// copiesMergedMsg reports the sync tools' conflict copies merged into
// their jobs as the app started.
type copiesMergedMsg struct{ merged []data.MergedCopy }

// mergeCopies merges the conflict copies a sync tool left beside the jobs
// (see data.Store.MergeConflictCopies).
func mergeCopies(store *data.Store) tea.Cmd {
	return func() tea.Msg {
		merged, _ := store.MergeConflictCopies()
		if len(merged) == 0 {
			return nil
		}
		return copiesMergedMsg{merged: merged}
	}
}

func (m Model) copiesMerged(msg copiesMergedMsg) (tea.Model, tea.Cmd) {
	if m.err == nil {
		m.notice = mergedNotice(msg.merged)
	}
	return m, m.list.reload()
}

func mergedNotice(merged []data.MergedCopy) string {
	if len(merged) == 1 {
		c := merged[0]
		return fmt.Sprintf("%s had made a second version of %s: merged into it; the copy is in the trash.", c.Tool, c.JobID)
	}
	return fmt.Sprintf("Merged %d second versions of jobs that sync tools had made; the copies are in the trash.", len(merged))
}

// clashNotice tells the person, as a job opens, of notes that hold two
// versions from two devices.
func clashNotice(clashed []string) string {
	if len(clashed) == 0 {
		return ""
	}
	what := "“" + oneLine(clashed[0]) + "”"
	if len(clashed) > 1 {
		what = fmt.Sprintf("%d notes", len(clashed))
		return fmt.Sprintf("%s were changed on two devices: each keeps both versions, marked with [[.", what)
	}
	if strings.HasPrefix(clashed[0], "the job's") {
		what = clashed[0]
	} else {
		what = "the note of " + what
	}
	return fmt.Sprintf("Changed on two devices: %s keeps both versions, marked with [[.", what)
}
