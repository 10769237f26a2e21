package ui

import (
	"errors"
	"fmt"
	"path/filepath"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/data"
)

// A save the disk refuses (full, read-only, the folder gone) is kept and
// tried again: with the next change, and on a timer, waiting longer after
// each refusal, so that it lands once the disk has room again even if the
// person changes nothing more.

// retrySaveMsg says it is time to try a job's refused save again; attempt
// is the refusal it answers, so a timer overtaken by a later save is
// dropped.
type retrySaveMsg struct {
	id      string
	attempt int
}

// First and longest waits before a refused save is tried again.
const (
	firstRetry   = 2 * time.Second
	longestRetry = time.Minute
)

// retryDelay doubles the wait with each refusal in a row, up to a minute.
func retryDelay(attempt int) time.Duration {
	d := firstRetry
	for i := 1; i < attempt && d < longestRetry; i++ {
		d *= 2
	}
	return min(d, longestRetry)
}

// refused says why a save failed and sets the timer to try it again.
func (m *Model) refused(id string, err *data.SaveError) tea.Cmd {
	attempt := m.saver.refusals(id)
	wait := retryDelay(attempt)
	m.err = saveRefused{err: err, wait: wait}
	return m.sh.after(wait, func(time.Time) tea.Msg { return retrySaveMsg{id: id, attempt: attempt} })
}

// retrySave tries a refused save again, unless it has been tried since or
// a write of the job is under way.
func (m Model) retrySave(msg retrySaveMsg) (tea.Model, tea.Cmd) {
	if m.saver.refusals(msg.id) != msg.attempt {
		return m, nil
	}
	return m, m.save(msg.id, m.saver.next(msg.id))
}

// saveRefused is the footer's word on a refused save: the reason first,
// so that it shows even in a narrow window, then what happens next.
type saveRefused struct {
	err  *data.SaveError
	wait time.Duration
}

func (e saveRefused) Error() string {
	return fmt.Sprintf("not saved: %s · trying again in %s and with your next change · %s",
		reason(e.err), shortWait(e.wait), filepath.Base(e.err.Path))
}

// shortWait says a wait the way the rest of the app says times: "8 s".
func shortWait(d time.Duration) string {
	if d < time.Minute {
		return fmt.Sprintf("%d s", int(d.Round(time.Second).Seconds()))
	}
	return fmt.Sprintf("%d min", int(d.Round(time.Minute).Minutes()))
}

func (e saveRefused) Unwrap() error { return e.err }

// reason is what is at the bottom of an error, without the paths and
// steps wrapped around it: "no space left on device".
func reason(err error) string {
	for {
		inner := errors.Unwrap(err)
		if inner == nil {
			return err.Error()
		}
		err = inner
	}
}
