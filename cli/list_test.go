package cli_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// fillJobs adds jobs around the test clock and returns their ids in the
// order list shows them.
func fillJobs(t *testing.T, dir string) []string {
	t.Helper()
	globex := newJob(t, dir, "--company", "Globex", "--role", "Designer", "--at", "2026-12-10 10:00")
	acme := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-11-20 10:00")
	initech := newJob(t, dir, "--company", "Initech", "--role", "Site Reliability Engineer", "--at", "tomorrow 10:00")
	umbrella := newJob(t, dir, "--company", "Umbrella", "--role", "QA", "--at", "2026-10-01 15:30")
	hooli := newJob(t, dir, "--company", "Hooli", "--role", "PM", "--at", "today 9:00")
	mustRun(t, dir, "check", initech, "news")
	mustRun(t, dir, "check", initech, "route")
	mustRun(t, dir, "status", umbrella, "rejected")
	return []string{initech, globex, hooli, acme, umbrella}
}

func TestList(t *testing.T) {
	dir := t.TempDir()
	ids := fillJobs(t, dir)
	out := mustRun(t, dir, "list")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != len(ids)+1 || !strings.HasPrefix(lines[0], "ID ") {
		t.Fatalf("want a header and %d jobs, got:\n%s", len(ids), out)
	}
	for i, id := range ids {
		if !strings.HasPrefix(lines[i+1], id+" ") {
			t.Errorf("line %d = %q, want job %s", i+1, lines[i+1], id)
		}
	}
	golden.RequireEqual(t, []byte(out))
}

func TestListEmpty(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"text", []string{"list"}, "prep new --company"},
		{"json", []string{"list", "--json"}, "[]\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			out := mustRun(t, dir, tt.args...)
			if !strings.Contains(out, tt.want) {
				t.Errorf("stdout = %q, want it to hold %q", out, tt.want)
			}
			requireEmptyDir(t, dir)
		})
	}
}

func TestListJSON(t *testing.T) {
	dir := t.TempDir()
	ids := fillJobs(t, dir)
	out := mustRun(t, dir, "list", "--json")
	var got []map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(got) != len(ids) {
		t.Fatalf("%d jobs, want %d", len(got), len(ids))
	}
	for i, id := range ids {
		if got[i]["id"] != id {
			t.Errorf("job %d is %v, want %s", i, got[i]["id"], id)
		}
	}
	want := map[string]any{
		"id":           ids[0],
		"company":      "Initech",
		"role":         "Site Reliability Engineer",
		"interview_at": "2026-11-24T10:00:00+01:00",
		"rounds":       float64(1),
		"status":       "upcoming",
		"done":         float64(2),
		"total":        got[0]["total"],
	}
	round, _ := got[0]["round"].(map[string]any)
	if round["id"] != "r1" || round["at"] != "2026-11-24T10:00:00+01:00" || round["number"] != float64(1) || round["of"] != float64(1) {
		t.Errorf("round = %v, want the job's first and only round", got[0]["round"])
	}
	delete(got[0], "round")
	for k, v := range want {
		if got[0][k] != v {
			t.Errorf("%s = %v, want %v", k, got[0][k], v)
		}
	}
	if len(got[0]) != len(want) {
		t.Errorf("keys %v, want exactly %v", got[0], want)
	}
	if got[2]["status"] != "interviewed" || got[4]["status"] != "rejected" {
		t.Errorf("statuses %v and %v, want interviewed (time has come) and rejected", got[2]["status"], got[4]["status"])
	}
}

func TestListSkipsBrokenFile(t *testing.T) {
	for _, args := range [][]string{{"list"}, {"list", "--json"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			dir := t.TempDir()
			id := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-12-01")
			broken := filepath.Join(dir, "jobs", "broken.json")
			content := []byte("{\"version\": 1, \"id\": \"broken\",")
			if err := os.WriteFile(broken, content, 0o600); err != nil {
				t.Fatal(err)
			}
			res := run(t, dir, args...)
			if res.code != 0 {
				t.Errorf("exit %d, want 0", res.code)
			}
			if !strings.Contains(res.stdout, id) {
				t.Errorf("the good job is not listed:\n%s", res.stdout)
			}
			requireOneErrorLine(t, res.stderr, "prep: skipped "+broken+": ")
			if b, _ := os.ReadFile(broken); !bytes.Equal(b, content) {
				t.Errorf("broken file changed to %q", b)
			}
		})
	}
}
