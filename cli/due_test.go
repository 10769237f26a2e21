package cli_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"
)

// dueJobs adds jobs in every state that matters to prep due, at the test
// clock (Monday 2026-11-23 09:00):
//
//   - Acme: interviewed on Friday, the first day's tasks done, the rest late;
//   - Globex: interviewed on Saturday at 15:00, and turned down on Sunday
//     at 09:00, so that two rejection tasks are due exactly now;
//   - Initech: the interview is tomorrow, so only its before items are due:
//     the confirmation a day ahead and the outfit the evening before;
//   - Umbrella: interviewed, then withdrawn: nothing is chased.
func dueJobs(t *testing.T, dir string) {
	t.Helper()
	acme := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-11-20 10:00",
		"--interviewer", "Ann Lee")
	for _, item := range []string{"notes-discussed", "interviewer-names", "promises", "self-review", "basics-review", "handwritten-note", "decision-date"} {
		mustRun(t, dir, "check", acme, item)
	}
	globex := newJob(t, dir, "--company", "Globex", "--role", "Designer", "--at", "2026-11-21 15:00")
	sunday := time.Date(2026, 11, 22, 9, 0, 0, 0, cet)
	if res := runAt(t, sunday, dir, "status", globex, "rejected"); res.code != 0 {
		t.Fatalf("status: %+v", res)
	}
	newJob(t, dir, "--company", "Initech", "--role", "SRE", "--at", "2026-11-24 10:00")
	umbrella := newJob(t, dir, "--company", "Umbrella", "--role", "QA", "--at", "2026-11-20 15:00")
	mustRun(t, dir, "status", umbrella, "withdrawn")
}

func TestDue(t *testing.T) {
	dir := t.TempDir()
	dueJobs(t, dir)
	golden.RequireEqual(t, []byte(mustRun(t, dir, "due")))
}

func TestDueJSON(t *testing.T) {
	dir := t.TempDir()
	dueJobs(t, dir)
	out := mustRun(t, dir, "due", "--json")
	var got []map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	text := mustRun(t, dir, "due")
	if len(got) != strings.Count(text, "\n") {
		t.Errorf("--json has %d tasks, the text %d lines", len(got), strings.Count(text, "\n"))
	}
	first := map[string]any{
		"id": "acme-corp-backend-engineer-2026-11-20", "company": "Acme Corp", "role": "Backend Engineer",
		"item": "thank-interviewers-ann-lee", "text": "Send a thank-you message to Ann Lee",
		"due_at": "2026-11-21T10:00:00+01:00", "late": true,
	}
	if len(got) == 0 {
		t.Fatal("no tasks")
	}
	for k, v := range first {
		if got[0][k] != v {
			t.Errorf("first task %s = %v, want %v", k, got[0][k], v)
		}
	}
	if len(got[0]) != len(first) {
		t.Errorf("task keys = %v, want %d keys", got[0], len(first))
	}
	var late, dueNow int
	for _, task := range got {
		if task["late"] == true {
			late++
		}
		if task["due_at"] == "2026-11-23T09:00:00+01:00" {
			dueNow++
			if task["late"] != false {
				t.Errorf("a task due exactly now is late: %v", task)
			}
		}
		if c := task["company"]; c == "Umbrella" || c == "Initech" && !slices.Contains([]string{"confirm-details", "outfit-ready", "leave-by"}, task["item"].(string)) {
			t.Errorf("a task of %s is listed: %v", c, task)
		}
	}
	if dueNow != 2 {
		t.Errorf("%d tasks due exactly now, want 2", dueNow)
	}
	if !strings.HasPrefix(out, "[\n  {\n    \"id\": ") {
		t.Errorf("--json is not indented as list --json is:\n%s", out[:min(len(out), 60)])
	}
}

func TestDueNothing(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{{"due"}, {"due", "--json"}} {
		res := run(t, dir, args...)
		if res.code != 0 || res.stderr != "" {
			t.Errorf("prep %s with no jobs: exit %d, stderr %q", strings.Join(args, " "), res.code, res.stderr)
		}
		want := "Nothing due in the next 48 hours.\n"
		if len(args) == 2 {
			want = "[]\n"
		}
		if res.stdout != want {
			t.Errorf("prep %s = %q, want %q", strings.Join(args, " "), res.stdout, want)
		}
	}
	requireEmptyDir(t, dir)

	// A job with nothing due yet: the interview is four days ahead.
	newJob(t, dir, "--company", "Initech", "--role", "SRE", "--at", "2026-11-27 10:00")
	if out := mustRun(t, dir, "due"); out != "Nothing due in the next 48 hours.\n" {
		t.Errorf("prep due = %q", out)
	}
	if out := mustRun(t, dir, "due", "--json"); out != "[]\n" {
		t.Errorf("prep due --json = %q", out)
	}
}

func TestDueSkipsUnreadableFiles(t *testing.T) {
	dir := t.TempDir()
	dueJobs(t, dir)
	want := mustRun(t, dir, "due")
	bad := filepath.Join(dir, "jobs", "broken-2026-11-01.json")
	if err := os.WriteFile(bad, []byte(`{"version": 1, "id": `), 0o600); err != nil {
		t.Fatal(err)
	}
	res := run(t, dir, "due")
	if res.code != 0 || res.stdout != want {
		t.Errorf("exit %d, stdout\n%s\nwant the same tasks as before", res.code, res.stdout)
	}
	requireOneErrorLine(t, res.stderr, "broken-2026-11-01.json")
}

func TestDueTextIsInert(t *testing.T) {
	dir := t.TempDir()
	newJob(t, dir, "--company", "Evil"+hostile+" Corp", "--role", "R", "--at", "2026-11-22 10:00")
	out := mustRun(t, dir, "due")
	if !strings.Contains(out, "Evil") {
		t.Fatalf("the company is not shown:\n%s", out)
	}
	requireInert(t, out)
}

func TestDueUsage(t *testing.T) {
	res := run(t, t.TempDir(), "due", "soon")
	if res.code != 2 {
		t.Errorf("exit %d, want 2", res.code)
	}
	requireOneErrorLine(t, res.stderr, `"soon"`)
	if out := mustRun(t, t.TempDir(), "--help"); !strings.Contains(out, "  due [--flags]") || !strings.Contains(out, "  reason JOB REASON") {
		t.Errorf("help does not list due and reason:\n%s", out)
	}
}

func TestUnreadableDueAtShowsNoDueTime(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-11-20 10:00")
	path := filepath.Join(dir, "jobs", id+".json")
	b := jobFile(t, dir, id)
	good := `"due_at": "2026-11-20T16:00:00+01:00"`
	edited := []byte(strings.Replace(string(b), good, `"due_at": "tonight"`, 1))
	if err := os.WriteFile(path, edited, 0o600); err != nil {
		t.Fatal(err)
	}
	show := mustRun(t, dir, "show", id)
	if !strings.Contains(show, "(notes-discussed)  no due time\n") {
		t.Errorf("show does not say the item has no due time:\n%s", show)
	}
	due := mustRun(t, dir, "due")
	if strings.Contains(due, "Write down what was discussed") || !strings.Contains(due, "Write down the interviewers' names") {
		t.Errorf("prep due:\n%s", due)
	}
	if !bytes.Equal(jobFile(t, dir, id), edited) {
		t.Error("reading the job rewrote its file")
	}
	mustRun(t, dir, "check", id, "promises")
	if after := jobFile(t, dir, id); !strings.Contains(string(after), `"due_at": "tonight"`) {
		t.Error("a change to the job lost the unreadable due_at")
	}
}
