package ui

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// step is one thing that happens to the running app: a key, text, a
// paste, the mouse, a resize, a command's result arriving, time passing,
// a change made to the files by something else, quitting. A step prints as
// one line and reads back, so a failing run can be kept as a test.
type step struct {
	op string
	// text is the key's name, the text or paste, the mouse button, the
	// kind of outside change or the background.
	text string
	// x and y are the mouse's cell or the window's size; x also picks the
	// pending result to deliver and the file to change.
	x, y int
	dt   time.Duration
}

var mouseButtons = map[string]tea.MouseButton{
	"left": tea.MouseLeft, "right": tea.MouseRight, "middle": tea.MouseMiddle,
	"up": tea.MouseWheelUp, "down": tea.MouseWheelDown, "wleft": tea.MouseWheelLeft, "wright": tea.MouseWheelRight,
}

func (s step) String() string {
	switch s.op {
	case "key", "background", "outside":
		if s.op == "outside" {
			return fmt.Sprintf("outside %s %d", s.text, s.x)
		}
		return s.op + " " + s.text
	case "text", "paste":
		return s.op + " " + strconv.Quote(s.text)
	case "click", "wheel":
		return fmt.Sprintf("%s %d %d %s", s.op, s.x, s.y, s.text)
	case "release", "motion", "size":
		return fmt.Sprintf("%s %d %d", s.op, s.x, s.y)
	case "deliver":
		return fmt.Sprintf("deliver %d", s.x)
	case "wait":
		return "wait " + s.dt.String()
	}
	return s.op
}

func parseStep(line string) (step, error) {
	op, rest, _ := strings.Cut(strings.TrimSpace(line), " ")
	s := step{op: op}
	var err error
	switch op {
	case "key", "background":
		s.text = rest
	case "outside":
		_, err = fmt.Sscanf(rest, "%s %d", &s.text, &s.x)
	case "text", "paste":
		s.text, err = strconv.Unquote(rest)
	case "click", "wheel":
		_, err = fmt.Sscanf(rest, "%d %d %s", &s.x, &s.y, &s.text)
	case "release", "motion", "size":
		_, err = fmt.Sscanf(rest, "%d %d", &s.x, &s.y)
	case "deliver":
		s.x, err = strconv.Atoi(rest)
	case "wait":
		s.dt, err = time.ParseDuration(rest)
	case "settle", "focus", "blur", "quit":
	default:
		err = fmt.Errorf("no such step")
	}
	if err != nil {
		return s, fmt.Errorf("step %q: %w", line, err)
	}
	return s, nil
}

// do makes one step happen; when the app quits on it, the person opens
// prep again.
func (d *driver) do(s step) error {
	if d.unindexed {
		if err := os.Remove(indexPath(d.store.Dir())); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	if err := d.apply(s); err != nil {
		return fmt.Errorf("%w (step %q)", err, s)
	}
	if !d.running {
		return d.start()
	}
	return nil
}

func (d *driver) apply(s step) error {
	mouse := tea.Mouse{X: s.x, Y: s.y, Button: mouseButtons[s.text]}
	switch s.op {
	case "key":
		k, ok := keyNamed(s.text)
		if !ok {
			return fmt.Errorf("no key is named %q", s.text)
		}
		return d.update(k)
	case "text":
		for _, r := range s.text {
			if err := d.update(runeKey(r)); err != nil {
				return err
			}
		}
		return nil
	case "paste":
		return d.update(tea.PasteMsg{Content: s.text})
	case "click":
		return d.update(tea.MouseClickMsg(mouse))
	case "release":
		return d.update(tea.MouseReleaseMsg(mouse))
	case "motion":
		return d.update(tea.MouseMotionMsg(mouse))
	case "wheel":
		return d.update(tea.MouseWheelMsg(mouse))
	case "size":
		return d.update(tea.WindowSizeMsg{Width: s.x, Height: s.y})
	case "background":
		return d.update(backgroundMsg(s.text == "dark"))
	case "focus":
		return d.update(tea.FocusMsg{})
	case "blur":
		return d.update(tea.BlurMsg{})
	case "deliver":
		return d.deliver(s.x)
	case "settle":
		return d.settle()
	case "wait":
		d.pass(s.dt)
		return nil
	case "outside":
		return d.changeOutside(s.text, s.x)
	case "quit":
		return d.quit()
	}
	return fmt.Errorf("no such step %q", s.op)
}

// runeKey is the key press of a typed character.
func runeKey(r rune) tea.KeyPressMsg {
	if r == ' ' {
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	}
	return tea.KeyPressMsg{Code: r, Text: string(r)}
}

// outsideChanges are what another copy of prep, a sync tool or an editor
// may do to the job files while the app runs.
var outsideChanges = []string{"tick", "note", "unitem", "remove", "break", "newer", "create"}

// changeOutside changes the k-th job file (counting round) as something
// other than the app would.
func (d *driver) changeOutside(op string, k int) error {
	jobs := filepath.Join(d.store.Dir(), "jobs")
	if op == "create" {
		j, err := d.store.Create(data.DefaultTemplate(), checklist.Details{
			Company: fmt.Sprintf("Made elsewhere %d", k), Role: "Tester", At: d.now.Add(time.Duration(k%90-30) * time.Hour),
		}, d.now)
		if err == nil {
			d.files.changedOutside(j.ID+".json", nil)
			// As the watch on the folder would tell the app.
			return d.update(folderChangedMsg{ids: []string{j.ID}})
		}
		return nil
	}
	names := jobFileNames(jobs)
	if len(names) == 0 {
		return nil
	}
	name := names[k%len(names)]
	path := filepath.Join(jobs, name)
	id := strings.TrimSuffix(name, ".json")
	switch op {
	case "tick", "note", "unitem":
		return d.editOutside(op, id, k/len(names))
	case "remove":
		if err := os.Remove(path); err != nil {
			return err
		}
		d.files.changedOutside(name, nil)
	case "break", "newer":
		b, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		if op == "break" {
			b = b[:len(b)/2]
		} else {
			b = newerVersion(b, id)
		}
		if err := os.WriteFile(path, b, 0o600); err != nil {
			return err
		}
		d.files.changedOutside(name, b)
	default:
		return fmt.Errorf("no such outside change %q", op)
	}
	// As the watch on the folder would tell the app.
	return d.update(folderChangedMsg{ids: []string{id}})
}

// editOutside changes a job as another copy of prep would, through the
// store; a file the store cannot change is left as it is.
func (d *driver) editOutside(op, id string, k int) error {
	j, err := d.store.Load(id)
	if err != nil || d.store.ReadOnly(j) != nil {
		return nil
	}
	var items []checklist.Item
	for _, s := range j.Sections {
		items = append(items, s.Items...)
	}
	if len(items) == 0 {
		return nil
	}
	it := items[k%len(items)]
	var e checklist.Edit
	switch op {
	case "tick":
		at := d.now
		e = checklist.SetDone{ItemID: it.ID, Done: !it.Done, At: &at}
	case "note":
		e = checklist.SetNote{ItemID: it.ID, Note: fmt.Sprintf("Written elsewhere %d", k)}
	case "unitem":
		e = checklist.RemoveItem{ItemID: it.ID}
	}
	if _, err := d.store.Apply(id, e); err == nil {
		d.files.changedOutside(id+".json", nil)
	}
	return nil
}

func jobFileNames(dir string) []string {
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".json") && !strings.HasPrefix(e.Name(), ".") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	return names
}
