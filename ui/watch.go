package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/data"
)

// watchEvery is how often an open job's file is looked at for changes
// made elsewhere: by another copy of prep, the command line, a sync tool or
// an editor.
const watchEvery = 2 * time.Second

// fileCheckedMsg reports how a job's file looks now; gen tells which
// opening of the checklist asked, so an old watch dies with its screen.
type fileCheckedMsg struct {
	id    string
	gen   int
	stamp data.Stamp
	ok    bool
	// once marks a look taken because the folder changed, outside the
	// round of looks every watchEvery, which it does not start again.
	once bool
}

func watchJob(sh *shared, id string, gen int) tea.Cmd {
	store := sh.store
	return sh.after(watchEvery, func(time.Time) tea.Msg {
		return statJob(store, id, gen)
	})
}

// checkJobNow looks at the open job's file at once, the folder having
// changed.
func checkJobNow(store *data.Store, id string, gen int) tea.Cmd {
	return func() tea.Msg {
		msg := statJob(store, id, gen)
		msg.once = true
		return msg
	}
}

func statJob(store *data.Store, id string, gen int) fileCheckedMsg {
	stamp, err := store.Stamp(id)
	return fileCheckedMsg{id: id, gen: gen, stamp: stamp, ok: err == nil}
}
