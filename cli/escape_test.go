package cli_test

import (
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// hostile is text a hand-edited job file may hold: it would retitle the
// terminal, turn it red, open a C1 control sequence and reverse the text.
const hostile = "\x1b]0;pwned\x07\x1b[31m\u009b2J\u202e"

func TestTextFromFilesIsInert(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Evil"+hostile+" Corp", "--role", "Role"+hostile,
		"--at", "2026-12-01", "--where", "Here"+hostile, "--interviewer", "Eve"+hostile)
	_, err := data.NewStore(dir).Apply(id,
		checklist.AddItem{SectionID: "research", Item: checklist.Item{ID: "evil", Text: "Item" + hostile}},
		checklist.SetNote{ItemID: "evil", Note: "first" + hostile + "\r\nsecond\roverwritten"},
	)
	if err != nil {
		t.Fatal(err)
	}
	tests := [][]string{
		{"list"},
		{"list", "--json"},
		{"show", id},
		{"show", id, "--format", "md"},
		{"show", id, "--format", "json"},
	}
	for _, args := range tests {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			out := mustRun(t, dir, args...)
			if !strings.Contains(out, "Evil") {
				t.Fatalf("the company is not shown:\n%s", out)
			}
			requireInert(t, out)
		})
	}
}

func TestErrorsAreInert(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-12-01")
	for _, args := range [][]string{{"check", id, "x" + hostile}, {"show", "x" + hostile}, {"x" + hostile}} {
		res := run(t, dir, args...)
		if res.code == 0 {
			t.Errorf("prep %q succeeded", args)
		}
		requireOneErrorLine(t, res.stderr)
		requireInert(t, res.stderr)
	}
}

// TestDueAndTrashAreInert: the after-interview tasks prep due lists, and
// the jobs prep trash lists, show hostile text from job files inert too.
func TestDueAndTrashAreInert(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Evil"+hostile+" Corp", "--role", "Role"+hostile, "--at", "2026-11-20 10:00")
	late := clock.Add(-time.Hour)
	_, err := data.NewStore(dir).Apply(id,
		checklist.AddItem{SectionID: "thanks", Item: checklist.Item{ID: "evil", Text: "Item" + hostile, DueAt: &late}},
		checklist.SetNote{ItemID: "evil", Note: "note" + hostile},
	)
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"due"}, {"due", "--json"}} {
		out := mustRun(t, dir, args...)
		if !strings.Contains(out, "Evil") || !strings.Contains(out, "Item") {
			t.Fatalf("prep %s does not show the task:\n%s", strings.Join(args, " "), out)
		}
		requireInert(t, out)
	}
	if err := data.NewStore(dir).Trash(id); err != nil {
		t.Fatal(err)
	}
	out := mustRun(t, dir, "trash")
	if !strings.Contains(out, "Evil") {
		t.Fatalf("prep trash does not show the job:\n%s", out)
	}
	requireInert(t, out)
}

func requireInert(t *testing.T, out string) {
	t.Helper()
	for _, bad := range []string{"\x1b", "\x07", "\r", "\u009b", "\u202e"} {
		if strings.Contains(out, bad) {
			t.Errorf("output holds a raw %q:\n%q", bad, out)
		}
	}
}
