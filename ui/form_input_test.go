package ui

import (
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // Europe/Berlin loads on any machine

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/rivo/uniseg"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// hostileInput is text that would steer the terminal or reorder what is
// drawn, as a paste from a web page or a chat can bring: bidi overrides,
// isolates and marks, carriage returns, escape sequences.
const hostileInput = "Evil\u202eCorp\r\nLtd\u2066x\u2069\u200f\u061c\r\x1b]0;pwned\x07"

// hostileCleaned is hostileInput as a field keeps it.
const hostileCleaned = "EvilCorp Ltdx ]0;pwned"

// unsafeOnScreen are the characters of hostileInput that must never reach
// the terminal.
var unsafeOnScreen = []string{"\u202e", "\u2066", "\u2069", "\u200f", "\u061c", "\r", "\x1b]0;", "\x07"}

func requireInert(t *testing.T, view string) {
	t.Helper()
	for _, bad := range unsafeOnScreen {
		if strings.Contains(view, bad) {
			t.Errorf("%q reached the screen", bad)
		}
	}
}

// Bidi controls, carriage returns and escapes pasted or typed into the
// form are left out of the field and never drawn.
func TestFormKeepsControlsOut(t *testing.T) {
	m := update(loaded(t, newStore(t), 80, 24), newJobMsg{})
	m = update(m, tea.PasteMsg{Content: hostileInput})
	m = update(m, tea.KeyPressMsg{Code: 0x202e, Text: "\u202e"})
	m = update(m, tea.KeyPressMsg{Code: tea.KeyExtended, Text: "\u2067!\r"})
	requireInert(t, m.View().Content)
	if got, want := m.form.values.company, hostileCleaned+"! "; got != want {
		t.Errorf("the field holds %q, want %q", got, want)
	}
	if !strings.Contains(string(render(m)), "> "+hostileCleaned+"!") {
		t.Errorf("the cleaned text is not in the field:\n%s", render(m))
	}
}

// A job from a hand-edited file fills the details form cleaned, and the
// form draws none of what was taken out.
func TestDetailsFormFromAHostileFileIsInert(t *testing.T) {
	store := newStore(t)
	j := addJob(t, store, hostileInput, "Role\u202e", testNow.Add(24*time.Hour), "Dana\u2066 Lee")
	m := update(update(loaded(t, store, 80, 24), jobLoadedMsg{job: j}), editDetailsMsg{})
	if m.screen != formScreen {
		t.Fatalf("the details form did not open")
	}
	requireInert(t, m.View().Content)
	v := m.form.values
	if v.company != hostileCleaned || v.role != "Role" {
		t.Errorf("the form holds %q, %q", v.company, v.role)
	}
	m = update(update(m, backToChecklistMsg{}), editDetailsMsg{what: roundDetails})
	requireInert(t, m.View().Content)
	if v := m.form.values; v.interviewers != "Dana Lee" {
		t.Errorf("the round's form holds the interviewers %q", v.interviewers)
	}

	// A file can hold a company longer than any form would keep.
	j.Company = megabyte
	m = update(update(loaded(t, store, 80, 24), jobLoadedMsg{job: j}), editDetailsMsg{})
	requireCutBetweenCharacters(t, "the company field", m.form.values.company, megabyte)
	view := string(render(m))
	if !strings.Contains(view, "✗ The field is full") {
		t.Errorf("the cut is not told:\n%s", view)
	}
	for i, line := range strings.Split(view, "\n") {
		if w := ansi.StringWidth(line); w > 80 {
			t.Errorf("line %d is %d wide: %.40q…", i+1, w, line)
		}
	}
}

// megabyte is a megabyte of one emoji joined from three runes: cut
// anywhere but between two of them, it shows a broken character.
var megabyte = "Acme " + strings.Repeat("👩‍💻", 1<<20/len("👩‍💻"))

func requireCutBetweenCharacters(t *testing.T, what, got, from string) {
	t.Helper()
	rest, ok := strings.CutPrefix(from, got)
	switch {
	case !ok:
		t.Errorf("%s %.30q… is not the start of the paste", what, got)
	case len(got) > checklist.MaxDetailLen || len(got) < checklist.MaxDetailLen-len("👩‍💻"):
		t.Errorf("%s is %d bytes, want up to %d", what, len(got), checklist.MaxDetailLen)
	case uniseg.GraphemeClusterCount(got)+uniseg.GraphemeClusterCount(rest) != uniseg.GraphemeClusterCount(from):
		t.Errorf("%s is cut inside a character: …%q", what, got[len(got)-8:])
	}
}

// A megabyte pasted into a field is cut to what a job keeps, between two
// characters, the person is told, and what was typed before stays.
func TestFormCutsALongPasteBetweenCharacters(t *testing.T) {
	m := update(loaded(t, newStore(t), 80, 24), newJobMsg{})
	m = update(m, tea.PasteMsg{Content: megabyte})
	requireCutBetweenCharacters(t, "the field", m.form.values.company, megabyte)
	if view := string(render(m)); !strings.Contains(view, "✗ The field is full: what did not fit was left out") {
		t.Errorf("the cut is not told:\n%s", view)
	}
	m = update(m, tea.KeyPressMsg{Code: tea.KeyBackspace})
	if strings.Contains(string(render(m)), "is full") {
		t.Errorf("the note stays after the next key")
	}

	m = update(loaded(t, newStore(t), 80, 24), newJobMsg{})
	for _, r := range "Corp" {
		m = update(m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	m = update(m, tea.KeyPressMsg{Code: tea.KeyHome})
	m = update(m, tea.PasteMsg{Content: megabyte})
	got := m.form.values.company
	if !strings.HasSuffix(got, "Corp") {
		t.Fatalf("the text after the cursor was pushed out: …%q", got[len(got)-10:])
	}
	requireCutBetweenCharacters(t, "the paste before it", strings.TrimSuffix(got, "Corp"), megabyte)
}

// What the form saves is what it showed: cleaned, and cut between
// characters.
func TestFormSavesCleanedText(t *testing.T) {
	store := newStore(t)
	a := startApp(t, store, 100, 30)
	a.waitForText("No jobs yet")
	a.key("n")
	a.waitFor("the company field", func(s snapshot) bool { return s.field == "company" })
	a.tm.Send(tea.PasteMsg{Content: megabyte})
	a.key("enter")
	a.waitFor("the role field", func(s snapshot) bool { return s.field == "role" })
	a.tm.Send(tea.PasteMsg{Content: hostileInput})
	a.key("enter")
	a.waitFor("the when field", func(s snapshot) bool { return s.field == "when" })
	a.typeText("2026-12-01 10:00")
	a.key("enter")
	a.waitFor("the where field", func(s snapshot) bool { return s.field == "where" })
	a.tm.Send(tea.PasteMsg{Content: "Room\u202e 4\r\n1 Main St"})
	a.key("enter")
	a.waitFor("the interviewers field", func(s snapshot) bool { return s.field == "interviewers" })
	a.tm.Send(tea.PasteMsg{Content: "Dana\u2066 Lee, Sam\rNg"})
	a.key("enter")
	s := a.waitFor("the new job", func(s snapshot) bool { return s.onJob() })
	a.quit()

	j, err := store.Load(s.job.ID)
	if err != nil {
		t.Fatal(err)
	}
	requireCutBetweenCharacters(t, "the saved company", j.Company, megabyte)
	if r := j.Rounds[0]; j.Role != strings.TrimSpace(hostileCleaned) || r.Where != "Room 4 1 Main St" ||
		strings.Join(r.Names(), "|") != "Dana Lee|Sam Ng" {
		t.Errorf("saved %q, %q, %q", j.Role, r.Where, r.Names())
	}
}

// The details form of a job from a hand-edited file saves its details
// cleaned.
func TestDetailsFormSavesCleanedText(t *testing.T) {
	store := newStore(t)
	j := addJob(t, store, hostileInput, "Role", testNow.Add(24*time.Hour))
	a := startApp(t, store, 100, 30)
	a.waitForText("Role")
	a.key("enter")
	a.waitFor("the checklist", func(s snapshot) bool { return s.onJob() })
	a.key("i")
	a.waitFor("the job's page", func(s snapshot) bool { return s.screen == jobPageScreen })
	a.key("E")
	for _, field := range []string{"company", "role", "posting", "salary", "via", "decision", "contacts", "notes"} {
		a.waitFor("the "+field+" field", func(s snapshot) bool { return s.field == field })
		a.key("enter")
	}
	a.waitFor("the checklist again", func(s snapshot) bool {
		return s.onJob() && s.job.Company == hostileCleaned
	})
	a.quit()
	if saved, err := store.Load(j.ID); err != nil || saved.Company != hostileCleaned {
		t.Errorf("saved company %q (%v), want %q", saved.Company, err, hostileCleaned)
	}
}

// startAppAt is startApp with the clock at now, in now's time zone.
func startAppAt(t *testing.T, store *data.Store, now time.Time) *app {
	t.Helper()
	a := newApp(t)
	cfg := testConfig(store)
	cfg.Now = func() time.Time { return now }
	a.tm = teatest.NewTestModel(t, New(cfg), teatest.WithInitialTermSize(100, 30),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii), tea.WithFilter(a.record)))
	return a
}

// A time the clocks skip is explained under the field as it is typed and
// refused with the reason; the time it offers is taken.
func TestFormRefusesATimeTheClocksSkip(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	store := newStore(t)
	a := startAppAt(t, store, time.Date(2026, 3, 20, 20, 0, 0, 0, berlin))
	a.waitForText("No jobs yet")
	a.key("n")
	a.fillForm("Acme Corp", "SRE")
	a.waitFor("the when field", func(s snapshot) bool { return s.field == "when" })
	a.typeText("2026-03-29 02:30")
	a.waitForText("2026-03-29 02:30 does not happen: the clocks go forward from 02:00 to")
	a.waitForText("the nearest time is 2026-03-29 03:00")
	a.key("enter")
	a.waitForText("✗ 2026-03-29 02:30 does not happen")
	if s := a.waitFor("the form", func(s snapshot) bool { return s.screen == formScreen }); s.field != "when" {
		t.Fatalf("the form went on to %s", s.field)
	}

	a.tm.Send(tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl})
	a.typeText("2026-03-29 03:00")
	a.waitForText("Sunday 29 March 2026, 03:00")
	for range 3 {
		a.key("enter")
	}
	s := a.waitFor("the new job", func(s snapshot) bool { return s.onJob() })
	a.quit()
	if got := s.job.Rounds[0].At.Format(time.RFC3339); got != "2026-03-29T03:00:00+02:00" {
		t.Errorf("the job is at %s", got)
	}
}

// A time that happens twice is refused too, and the form says how to
// write either.
func TestFormRefusesATimeThatHappensTwice(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	store := newStore(t)
	a := startAppAt(t, store, time.Date(2026, 10, 31, 20, 0, 0, 0, ny))
	a.waitForText("No jobs yet")
	a.key("n")
	a.fillForm("Acme Corp", "SRE", "tomorrow 1:30am")
	a.waitForText("✗ 2026-11-01 01:30 happens twice")
	a.waitForText("write 2026-11-01T01:30:00-04:00 for the first or")
	a.key("esc")
	a.waitFor("the list", func(s snapshot) bool { return s.screen == listScreen })
	a.quit()
	if jobs, _, err := store.List(); err != nil || len(jobs) != 0 {
		t.Errorf("%d jobs saved (%v)", len(jobs), err)
	}
}
