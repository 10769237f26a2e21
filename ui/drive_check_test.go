package ui

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/safetext"
)

func stripped(s string) string { return ansi.Strip(s) }

// check is what must hold after every message: the screen fits the
// window, and whatever is selected exists.
func (d *driver) check() error {
	if err := d.checkView(); err != nil {
		return err
	}
	return d.checkSelection()
}

func (d *driver) checkView() error {
	if d.width <= 0 || d.height <= 0 {
		return nil
	}
	raw := d.m.View().Content
	content := stripped(raw)
	lines := strings.Split(content, "\n")
	if len(lines) > d.height {
		return fmt.Errorf("the view is %d lines high in a window %d high:\n%s", len(lines), d.height, content)
	}
	// Text being typed is drawn by the text boxes as typed; what is saved
	// of it is drawn inert, like all text from a job file.
	typing := d.m.active().Typing()
	if bad := notColour(raw); bad != "" && !typing {
		return fmt.Errorf("the view holds %q, which is not a colour", bad)
	}
	for i, l := range lines {
		if w := safetext.Width(l); w > d.width {
			return fmt.Errorf("line %d of the view is %d cells wide in a window %d wide: %q", i+1, w, d.width, l)
		}
		if typing || safetext.IsPlain(l) {
			continue
		}
		for _, r := range l {
			if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || isBidi(r) {
				return fmt.Errorf("line %d of the view holds the control character %U: %q", i+1, r, l)
			}
		}
	}
	return nil
}

// notColour finds what the terminal would take as a command, not as text
// or a colour: an escape sequence other than one that sets colours, or a
// control character other than a line break.
func notColour(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\n':
		case c == 0x1b:
			if i+1 >= len(s) || s[i+1] != '[' {
				return s[i:min(i+2, len(s))]
			}
			j := i + 2
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ';' || s[j] == ':') {
				j++
			}
			if j >= len(s) || s[j] != 'm' {
				return s[i:min(j+1, len(s))]
			}
			i = j
		case c < 0x20 || c == 0x7f:
			return s[i : i+1]
		}
	}
	return ""
}

func isBidi(r rune) bool {
	return r == 0x061c || r == 0x200e || r == 0x200f || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

func (d *driver) checkSelection() error {
	m := d.m
	switch {
	case m.screen != listScreen && m.screen != formScreen && m.screen != importScreen && m.screen != lookBackScreen && m.shownJob() == nil:
		return fmt.Errorf("screen %d of the open job is on show with no job open", m.screen)
	case m.screen == formScreen && m.form == nil:
		return errors.New("the form screen is on show with no form")
	case m.screen == importScreen && m.importer == nil:
		return errors.New("the import screen is on show with no import")
	}
	if err := checkList(m.list); err != nil {
		return err
	}
	if l := m.shownItems(); l != nil {
		return checkItems(l)
	}
	switch m.screen {
	case reviewScreen:
		return checkOffset("look back", m.review.offset)
	case jobPageScreen:
		return checkOffset("job page", m.page.offset)
	case lookBackScreen:
		return checkOffset("look back across every interview", m.lookBack.offset)
	case storiesScreen:
		return checkStories(m.stories)
	case formScreen:
		if m.form.form.State == huh.StateNormal && m.form.focused() == "" {
			return errors.New("the form has no field to type in")
		}
	}
	return nil
}

func checkList(v *jobList) error {
	l := &v.list
	items := l.VisibleItems()
	p := l.Paginator
	switch {
	case p.Page < 0 || p.Page*p.PerPage > len(items):
		return fmt.Errorf("the list is on page %d of %d rows a page, with %d rows", p.Page+1, p.PerPage, len(items))
	case len(items) > 0 && l.SelectedItem() == nil:
		return fmt.Errorf("the list's selection (row %d) is on none of its %d rows", l.Index()+1, len(items))
	case len(items) > 0 && p.Page >= p.TotalPages:
		return fmt.Errorf("the list is on page %d of %d", p.Page+1, p.TotalPages)
	case v.deleting != nil && !v.has(v.deleting.ID):
		return fmt.Errorf("the list asks to delete %s, which it no longer has", v.deleting.ID)
	case v.picker != nil && !v.has(v.statusOf):
		return fmt.Errorf("the list asks for the status of %s, which it no longer has", v.statusOf)
	}
	return checkPicker(v.picker)
}

func checkItems(l *itemList) error {
	switch {
	case l.offset < 0:
		return fmt.Errorf("the checklist is scrolled to line %d", l.offset)
	case len(l.visible()) > 0 && l.current() == nil:
		return fmt.Errorf("the checklist's cursor (%q) is on none of the %d items on show", l.cursor[l.phase], len(l.visible()))
	case l.removing != "" && l.job.Item(l.removing) == nil:
		return fmt.Errorf("the checklist asks to remove %q, which the job no longer has", l.removing)
	}
	return checkPicker(l.picker)
}

func checkOffset(what string, offset int) error {
	if offset < 0 {
		return fmt.Errorf("the %s is scrolled to line %d", what, offset)
	}
	return nil
}

func checkPicker(p *picker) error {
	if p != nil && (p.cursor < 0 || p.cursor >= len(p.options)) {
		return fmt.Errorf("the picker's cursor is on option %d of %d", p.cursor+1, len(p.options))
	}
	return nil
}

// shownJob is each job as the app last showed it: the open checklist's
// job as the checklist has it, whole, and every other as the list has its
// digest.
type shownJob struct {
	job    *checklist.Job
	digest *checklist.Digest
}

// holds reports whether job j, as its file holds it, is what the app
// showed of it.
func (s shownJob) holds(j checklist.Job) bool {
	if s.job != nil {
		return sameJob(j, *s.job)
	}
	return sameDigest(j.Digest(), *s.digest)
}

// diff names what the file and the app differ in.
func (s shownJob) diff(disk checklist.Job) string {
	if s.job != nil {
		return jobDiff(disk, *s.job)
	}
	return "its digest on the list " + firstLineDiff(digestText(disk.Digest()), digestText(*s.digest))
}

func (d *driver) shown() map[string]shownJob {
	out := map[string]shownJob{}
	for i := range d.m.list.jobs {
		dg := &d.m.list.jobs[i]
		out[dg.Job.ID] = shownJob{digest: dg}
	}
	open := d.m.shownJob() != nil || (d.m.screen == formScreen && d.formFrom != listScreen)
	if d.m.open != nil && open {
		out[d.m.open.job.ID] = shownJob{job: &d.m.open.job}
	}
	return out
}

// sameDigest compares digests as the index keeps them: times by their
// instant and offset.
func sameDigest(a, b checklist.Digest) bool { return digestText(a) == digestText(b) }

func digestText(d checklist.Digest) string {
	b, err := json.MarshalIndent(d, "", " ")
	if err != nil {
		return err.Error()
	}
	return string(b)
}

// fileRecord follows the job files as the drive changes them from outside
// the app, to tell at the end what each must hold.
type fileRecord struct {
	// outside are the jobs changed by something other than the app since
	// the app last showed them as their files hold them.
	outside map[string]bool
	// fixed are the files the app must leave byte for byte, as they were
	// made: the ones it cannot read, and the ones it may only read.
	fixed map[string][]byte
}

func (f *fileRecord) start(store *data.Store) error {
	f.outside, f.fixed = map[string]bool{}, map[string][]byte{}
	entries, err := os.ReadDir(filepath.Join(store.Dir(), "jobs"))
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(store.Dir(), "jobs", e.Name()))
		if err != nil {
			return err
		}
		if j, err := store.Load(strings.TrimSuffix(e.Name(), ".json")); err != nil || store.ReadOnly(j) != nil {
			f.fixed[e.Name()] = b
		}
	}
	return nil
}

// changedOutside notes a file changed by something else; unreadable are
// the bytes written when the app cannot read or may not write them.
func (f *fileRecord) changedOutside(name string, unreadable []byte) {
	f.outside[strings.TrimSuffix(name, ".json")] = true
	if unreadable != nil {
		f.fixed[name] = unreadable
	} else {
		delete(f.fixed, name)
	}
}

// follow clears a job changed outside once the app shows it as its file
// holds it; from then on the two must agree again.
func (f *fileRecord) follow(d *driver, msg tea.Msg) {
	if len(f.outside) == 0 {
		return
	}
	switch msg.(type) {
	case jobsLoadedMsg, jobLoadedMsg, jobReloadedMsg, jobSavedMsg, jobCreatedMsg, fileCheckedMsg:
	default:
		return
	}
	shown := d.shown()
	for id := range f.outside {
		s, isShown := shown[id]
		if isShown && s.job != nil && fileHolds(d.store, id, *s.job) {
			delete(f.outside, id)
			continue
		}
		disk, onDisk := loadFile(d.store, id)
		if onDisk == isShown && (!onDisk || s.holds(disk)) {
			delete(f.outside, id)
		}
	}
}

// checkAfterQuit is what must hold once the app has quit: every job file
// holds what the app last showed of it, unless something else changed it
// since, and the files prep cannot read or may not write are untouched.
func (f *fileRecord) checkAfterQuit(d *driver) error {
	for id, s := range d.shown() {
		if f.outside[id] || s.job != nil && fileHolds(d.store, id, *s.job) {
			continue
		}
		disk, ok := loadFile(d.store, id)
		switch {
		case !ok && inTrash(d.store, id):
		case !ok:
			return fmt.Errorf("after quitting, %s is gone or unreadable though the app last showed it", id)
		case !s.holds(disk):
			return fmt.Errorf("after quitting, the file of %s does not hold what the app last showed: %s", id, s.diff(disk))
		}
	}
	for name, want := range f.fixed {
		got, err := os.ReadFile(filepath.Join(d.store.Dir(), "jobs", name))
		switch {
		case err == nil && !bytes.Equal(got, want):
			return fmt.Errorf("after quitting, %s was changed, though prep must leave it as it is", name)
		case err != nil && !trashHolds(d.store, want):
			return fmt.Errorf("after quitting, %s is gone, though prep must leave it as it is", name)
		}
	}
	return nil
}

// fileHolds is the quick way to tell a file holds a job: byte for byte as
// prep writes it. A file written otherwise is read to compare.
func fileHolds(store *data.Store, id string, j checklist.Job) bool {
	path, err := store.Path(id)
	if err != nil {
		return false
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return false
	}
	want, err := data.EncodeJob(j)
	return err == nil && bytes.Equal(b, want)
}

func loadFile(store *data.Store, id string) (checklist.Job, bool) {
	j, err := store.Load(id)
	return j, err == nil
}

func sameJob(a, b checklist.Job) bool {
	x, errA := data.EncodeJob(a)
	y, errB := data.EncodeJob(b)
	return errA == nil && errB == nil && bytes.Equal(x, y)
}

// jobDiff names the first line where the file and the app differ.
func jobDiff(disk, shown checklist.Job) string {
	x, _ := data.EncodeJob(disk)
	y, _ := data.EncodeJob(shown)
	return firstLineDiff(string(x), string(y))
}

// firstLineDiff names the first line where the file's text x and the
// app's y differ.
func firstLineDiff(x, y string) string {
	a, b := strings.Split(x, "\n"), strings.Split(y, "\n")
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return fmt.Sprintf("line %d: the file has %q, the app %q", i+1, strings.TrimSpace(a[i]), strings.TrimSpace(b[i]))
		}
	}
	return fmt.Sprintf("the file has %d lines, the app %d", len(a), len(b))
}

func inTrash(store *data.Store, id string) bool {
	matches, _ := filepath.Glob(filepath.Join(store.Dir(), "trash", id+"*.json"))
	return len(matches) > 0
}

func trashHolds(store *data.Store, want []byte) bool {
	matches, _ := filepath.Glob(filepath.Join(store.Dir(), "trash", "*"))
	for _, p := range matches {
		if b, err := os.ReadFile(p); err == nil && bytes.Equal(b, want) {
			return true
		}
	}
	return false
}

func checkStories(v *storyBankView) error {
	rows := v.rows()
	switch {
	case v.offset < 0:
		return fmt.Errorf("the story bank is scrolled to line %d", v.offset)
	case len(rows) > 0 && v.selectedRow(rows) < 0 && v.form == nil:
		return fmt.Errorf("the story bank's cursor (%q) is on none of its %d rows", v.cursor, len(rows))
	}
	return nil
}
