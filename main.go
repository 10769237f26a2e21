// Command prep keeps an interview-preparation checklist for every job you
// interview for: what to prepare before, and what to do after.
package main

import (
	"fmt"
	"math"
	"os"
	"runtime/debug"
	"time"

	"github.com/charmbracelet/x/term"

	"github.com/prep-cli/prep/cli"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/internal/ascii"
	"github.com/prep-cli/prep/ui"
)

// version and commit are stamped by release builds (see .goreleaser.yaml);
// other builds leave them empty, and prep reads its build record instead.
var version, commit string

func main() {
	collectLate()
	os.Exit(cli.Run(os.Args[1:], cli.Env{
		Stdin:    os.Stdin,
		Stdout:   os.Stdout,
		Stderr:   os.Stderr,
		Getenv:   os.Getenv,
		Now:      now,
		OpenApp:  openApp,
		Terminal: func() bool { return term.IsTerminal(os.Stdout.Fd()) },
		Version:  version,
		Commit:   commit,
	}))
}

// now is the wall clock to the second: job files hold no fractions of it.
func now() time.Time { return time.Now().Truncate(time.Second) }

// collectLate holds the garbage collector back until the heap is large. A
// command reads, answers and ends in milliseconds, and collecting on the
// way was a third of the time "prep list" took; the limit still bounds a
// command over thousands of files. GOGC and GOMEMLIMIT, when set, win.
func collectLate() {
	if collectorUnset() {
		debug.SetGCPercent(-1)
		debug.SetMemoryLimit(256 << 20)
	}
}

// collectorUnset reports whether the person left the collector's pace to
// prep: neither GOGC nor GOMEMLIMIT is set.
func collectorUnset() bool { return os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" }

// collectAsUsual sets the collector's usual pace back for the app, which
// runs for hours and should hold no more memory than it needs. The app
// calls it once it has read the jobs: collecting while a thousand of them
// were read doubled the time they took to show.
func collectAsUsual() {
	if collectorUnset() {
		debug.SetGCPercent(100)
		debug.SetMemoryLimit(math.MaxInt64)
	}
}

// collectSoon sets the collector's usual pace back once the app's first
// frame is surely drawn, a moment after the jobs are read: with a few jobs
// they are read before Bubble Tea's first tick, and the first collection,
// run then, held that frame back by some milliseconds.
func collectSoon() { time.AfterFunc(firstFrameDrawn, collectAsUsual) }

// firstFrameDrawn is long after the app's first frame, which bench/firstframe
// times at some 20 ms from the start with a thousand jobs.
const firstFrameDrawn = 100 * time.Millisecond

func openApp(store *data.Store) error {
	config := data.ConfigDir(os.Getenv)
	settings, settingsErr := data.LoadConfig(config)
	return ui.Run(ui.Config{Store: store, Template: data.TemplateReader(config), Now: now,
		ConfigDir: config, ASCII: ascii.Needed(os.Getenv), Sync: syncer(store.Dir()),
		SyncOnStartAndQuit: settings.SyncOnStartAndQuit, SettingsWarning: settingsErr, Loaded: collectSoon})
}

// syncer is prep sync for the app: the data folder synced through git,
// told in one line.
func syncer(dir string) ui.Syncer {
	return func() (string, error) {
		repo, err := cli.OpenRepo(dir, now)
		if err != nil {
			return "", err
		}
		res, err := repo.Sync()
		if err != nil {
			return "", err
		}
		if len(res.Kept) > 0 {
			return "", fmt.Errorf("%d jobs could not be merged: both versions are kept (! lists the copies)", len(res.Kept))
		}
		return res.Summary(), nil
	}
}
