package ui

import (
	"path/filepath"
	"slices"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/fsnotify/fsnotify"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// The jobs folder is followed so that a job made, restored, changed or
// synced in from elsewhere (the command line, a sync tool, another copy of
// prep) shows in the list at once. Where the system cannot watch the
// folder, it is looked at every pollFolderEvery instead.

// pollFolderEvery is how often the folder is looked at where it cannot be
// watched.
const pollFolderEvery = 3 * time.Second

// settleFor gathers the events of one change (a temporary file written,
// then renamed over the job's file) into one reload.
const settleFor = 100 * time.Millisecond

// folderWatch is the watch on the jobs folder.
type folderWatch struct {
	w *fsnotify.Watcher
}

// folderWatchMsg reports the watch started, or why it could not be; ids
// are the jobs found then, for the looks a fallback takes.
type folderWatchMsg struct {
	watch *folderWatch
	ids   []string
	err   error
}

// folderChangedMsg reports a change in the jobs folder: ids, when set, are
// the job files changed; a look that polled names none.
type folderChangedMsg struct {
	ids []string
}

// folderPolledMsg carries the ids the folder holds now, for the fallback.
type folderPolledMsg struct {
	ids []string
}

func startFolderWatch(store *data.Store) tea.Cmd {
	return func() tea.Msg {
		// The ids are the polling's starting point, read only when it is
		// needed: the watch itself reads no folder.
		unwatched := func(err error) tea.Msg {
			ids, _ := store.IDs()
			return folderWatchMsg{ids: ids, err: err}
		}
		w, err := fsnotify.NewWatcher()
		if err != nil {
			return unwatched(err)
		}
		if err := w.Add(filepath.Join(store.Dir(), "jobs")); err != nil {
			_ = w.Close()
			return unwatched(err)
		}
		return folderWatchMsg{watch: &folderWatch{w: w}}
	}
}

// next waits for the next change to a job file and reports it once the
// change has settled; it reports nothing once the watch is closed, and is
// nil where there is no watch.
func (f *folderWatch) next() tea.Cmd {
	if f == nil {
		return nil
	}
	return func() tea.Msg {
		var ids []string
		var settle <-chan time.Time
		for {
			select {
			case ev, ok := <-f.w.Events:
				if !ok {
					return nil
				}
				if id, ok := jobFileID(ev.Name); ok {
					if id != "" && !slices.Contains(ids, id) {
						ids = append(ids, id)
					}
					settle = time.After(settleFor)
				}
			case _, ok := <-f.w.Errors:
				if !ok {
					return nil
				}
				// Events were lost: what changed is not known, so look at all.
				return folderChangedMsg{}
			case <-settle:
				return folderChangedMsg{ids: ids}
			}
		}
	}
}

func (f *folderWatch) close() {
	if f != nil {
		_ = f.w.Close()
	}
}

// jobFileID is the id of the job whose file is at path, or "" for another
// file the list shows, such as a conflict copy a sync tool left; it
// reports false for what the list never shows: temporary files and locks.
func jobFileID(path string) (string, bool) {
	name := filepath.Base(path)
	id, ok := strings.CutSuffix(name, ".json")
	if !ok || strings.HasPrefix(name, ".") {
		return "", false
	}
	if !checklist.ValidID(id) {
		return "", true
	}
	return id, true
}

// pollFolder looks at the folder after a while, where it cannot be
// watched.
func pollFolder(sh *shared) tea.Cmd {
	store := sh.store
	return sh.after(pollFolderEvery, func(time.Time) tea.Msg {
		ids, _ := store.IDs()
		return folderPolledMsg{ids: ids}
	})
}

// followFolder takes the news of the folder: the watch started or could
// not be, a change seen, or a look taken where there is no watch. A change
// reads the list again while it is on show (it is read again anyway when
// it comes back), and looks at once at the open job's file if the change
// may be to it.
func (m Model) followFolder(msg tea.Msg) (tea.Model, tea.Cmd) {
	var ids []string
	switch msg := msg.(type) {
	case folderWatchMsg:
		if msg.err != nil {
			m.folderIDs = msg.ids
			return m, pollFolder(m.sh)
		}
		m.folder = msg.watch
		if m.exited {
			m.folder.close()
			return m, nil
		}
		return m, m.folder.next()
	case folderPolledMsg:
		if slices.Equal(msg.ids, m.folderIDs) {
			return m, pollFolder(m.sh)
		}
		m.folderIDs = msg.ids
		return m, tea.Batch(pollFolder(m.sh), m.folderChanged(nil))
	case folderChangedMsg:
		ids = msg.ids
	}
	return m, tea.Batch(m.folder.next(), m.folderChanged(ids))
}

// folderChanged is what a change to the files with the given ids, or to
// files not known, asks for.
func (m Model) folderChanged(ids []string) tea.Cmd {
	var cmds []tea.Cmd
	if m.screen == listScreen {
		cmds = append(cmds, m.list.reload())
	}
	if m.open != nil && m.shownJob() != nil && (ids == nil || slices.Contains(ids, m.open.job.ID)) {
		cmds = append(cmds, checkJobNow(m.sh.store, m.open.job.ID, m.watch))
	}
	return tea.Batch(cmds...)
}
