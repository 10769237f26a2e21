package cli_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/prep-cli/prep/data"
)

// trashJob moves a job to the trash as the app does, and dates the move.
func trashJob(t *testing.T, dir, id string, at time.Time) {
	t.Helper()
	if err := data.NewStore(dir).Trash(id); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(filepath.Join(dir, "trash", id+".json"), at, at); err != nil {
		t.Fatal(err)
	}
}

func TestTrashEmpty(t *testing.T) {
	dir := t.TempDir()
	if out := mustRun(t, dir, "trash"); out != "The trash is empty.\n" {
		t.Errorf("trash of a new data folder = %q", out)
	}
	requireEmptyDir(t, dir)

	id := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-12-01")
	if out := mustRun(t, dir, "trash"); out != "The trash is empty.\n" {
		t.Errorf("trash with a job but nothing trashed = %q", out)
	}
	if out := mustRun(t, dir, "list"); !strings.Contains(out, id) {
		t.Errorf("the job is not listed:\n%s", out)
	}
}

func TestTrashLists(t *testing.T) {
	dir := t.TempDir()
	acme := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-12-01 10:00")
	kabuki := newJob(t, dir, "--company", "株式会社カブキ", "--role", "SRE 🚀", "--at", "2026-12-03 14:30")
	trashJob(t, dir, acme, time.Date(2026, 11, 21, 8, 0, 0, 0, cet))
	trashJob(t, dir, kabuki, time.Date(2026, 11, 22, 19, 45, 0, 0, time.UTC))

	out := mustRun(t, dir, "trash")
	want := "" +
		"NAME                                   COMPANY         ROLE              INTERVIEW         TRASHED\n" +
		"sre-2026-12-03                         株式会社カブキ  SRE 🚀            2026-12-03 14:30  2026-11-22 20:45\n" +
		"acme-corp-backend-engineer-2026-12-01  Acme Corp       Backend Engineer  2026-12-01 10:00  2026-11-21 08:00\n"
	if out != want {
		t.Errorf("prep trash =\n%s\nwant\n%s", out, want)
	}
	// The interview column starts at the same place on the screen on every
	// line, wide characters and emoji included.
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	at := strings.Index(lines[0], "INTERVIEW")
	for _, l := range lines[1:] {
		if got := ansi.StringWidth(l[:strings.Index(l, "  2026-")+2]); got != at {
			t.Errorf("line %q: the interview starts at column %d, want %d", l, got, at)
		}
	}
	if jobs := mustRun(t, dir, "list"); strings.Contains(jobs, acme) {
		t.Errorf("a trashed job is listed:\n%s", jobs)
	}
}

func TestTrashSkipsBrokenFiles(t *testing.T) {
	dir := t.TempDir()
	acme := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-12-01")
	trashJob(t, dir, acme, clock)
	broken := filepath.Join(dir, "trash", "broken.json")
	if err := os.WriteFile(broken, []byte(`{"version": 1,`), 0o600); err != nil {
		t.Fatal(err)
	}
	res := run(t, dir, "trash")
	if res.code != 0 || !strings.Contains(res.stdout, acme) || strings.Contains(res.stdout, "broken") {
		t.Errorf("exit %d, stdout:\n%s", res.code, res.stdout)
	}
	requireOneErrorLine(t, res.stderr, broken)
}

func TestTrashIsInert(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Evil"+hostile+" Corp", "--role", "Role"+hostile, "--at", "2026-12-01")
	trashJob(t, dir, id, clock)
	out := mustRun(t, dir, "trash")
	if !strings.Contains(out, "Evil") {
		t.Fatalf("the company is not shown:\n%s", out)
	}
	requireInert(t, out)
}

func TestRestore(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-12-01")
	mustRun(t, dir, "check", id, "industry-trends")
	content := jobFile(t, dir, id)
	trashJob(t, dir, id, clock)

	if out := mustRun(t, dir, "restore", id); out != id+"\n" {
		t.Errorf("restore printed %q, want the id", out)
	}
	if !bytes.Equal(jobFile(t, dir, id), content) {
		t.Error("the restored job file differs from the one trashed")
	}
	if out := mustRun(t, dir, "trash"); out != "The trash is empty.\n" {
		t.Errorf("trash after restore = %q", out)
	}
	if !item(t, dir, id, "industry-trends").Done {
		t.Error("the restored job lost its tick")
	}
}

func TestRestoreWhenTheIDIsTaken(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-12-01")
	content := jobFile(t, dir, id)
	trashJob(t, dir, id, clock)
	// The same job comes back by hand while a copy is still in the trash.
	if err := os.WriteFile(filepath.Join(dir, "jobs", id+".json"), content, 0o600); err != nil {
		t.Fatal(err)
	}

	if out := mustRun(t, dir, "restore", id); out != id+"-2\n" {
		t.Errorf("restore printed %q, want %q", out, id+"-2\n")
	}
	if got := loadJob(t, dir, id+"-2"); got.ID != id+"-2" || got.Company != "Acme Corp" {
		t.Errorf("restored job = %s, %s", got.ID, got.Company)
	}
	if !bytes.Equal(jobFile(t, dir, id), content) {
		t.Error("the job that had the id changed")
	}
	if out := mustRun(t, dir, "list"); !strings.Contains(out, id+"-2 ") || !strings.Contains(out, id+" ") {
		t.Errorf("list does not show both jobs:\n%s", out)
	}
}

func TestRestoreErrors(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-12-01")
	other := newJob(t, dir, "--company", "Globex", "--role", "SRE", "--at", "2026-12-02")
	trashJob(t, dir, other, clock)
	tests := []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"unknown job", []string{"restore", "nope"}, 1, []string{"nope", "prep trash"}},
		{"a job that is not in the trash", []string{"restore", id}, 1, []string{id, "prep trash"}},
		{"a path out of the trash", []string{"restore", "../jobs/" + id}, 1, []string{`"../jobs/` + id + `"`}},
		{"an absolute path", []string{"restore", "/etc/passwd"}, 1, []string{`"/etc/passwd"`}},
		{"missing job", []string{"restore"}, 2, []string{"JOB"}},
		{"two jobs", []string{"restore", other, id}, 2, []string{`"` + id + `"`}},
		{"stray argument to trash", []string{"trash", "all"}, 2, []string{`"all"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			jobs, trashed := jobFile(t, dir, id), readTrashFile(t, dir, other)
			res := run(t, dir, tt.args...)
			if res.code != tt.code {
				t.Errorf("exit %d, want %d", res.code, tt.code)
			}
			if res.stdout != "" {
				t.Errorf("stdout = %q, want nothing", res.stdout)
			}
			requireOneErrorLine(t, res.stderr, tt.want...)
			if !bytes.Equal(jobFile(t, dir, id), jobs) || !bytes.Equal(readTrashFile(t, dir, other), trashed) {
				t.Error("a file changed")
			}
			if _, err := os.Stat(filepath.Join(dir, "jobs", other+".json")); !errors.Is(err, os.ErrNotExist) {
				t.Error("the trashed job came back")
			}
		})
	}
}

func readTrashFile(t *testing.T, dir, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "trash", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}
