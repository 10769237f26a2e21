package cli_test

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// linkJob adds an upcoming video interview with a link, an interviewer and
// a note, and returns its id.
func linkJob(t *testing.T, dir string) string {
	t.Helper()
	id := newJob(t, dir, "--company", "Globex; Labs, Inc.", "--role", "Site Reliability Engineer",
		"--at", "2026-12-01 14:30", "--where", "https://meet.example.com/abc-defg-hij", "--interviewer", "Dana Lee")
	mustRun(t, dir, "check", id, "news")
	if _, err := data.NewStore(dir).Apply(id, checklist.SetNote{ItemID: "news", Note: "Raised prices; customers, unhappy.\nAsk about it."}); err != nil {
		t.Fatal(err)
	}
	return id
}

// lf turns the CRLF line endings of an iCalendar file into LF, so that its
// golden file reads and diffs as plain text; TestExportICSLines checks the
// CRLFs themselves.
func lf(s string) string { return strings.ReplaceAll(s, "\r\n", "\n") }

func TestExport(t *testing.T) {
	dir := t.TempDir()
	rich, link := richJob(t, dir), linkJob(t, dir)
	t.Run("ics", func(t *testing.T) {
		golden.RequireEqual(t, lf(mustRun(t, dir, "export", rich, "--format", "ics")))
	})
	t.Run("ics-link", func(t *testing.T) {
		golden.RequireEqual(t, lf(mustRun(t, dir, "export", "--format=ics", link)))
	})
	t.Run("md-link", func(t *testing.T) {
		golden.RequireEqual(t, []byte(mustRun(t, dir, "export", link, "--format", "md")))
	})
	t.Run("md is show's md", func(t *testing.T) {
		for _, id := range []string{rich, link} {
			show := mustRun(t, dir, "show", id, "--format", "md")
			if out := mustRun(t, dir, "export", id); out != show {
				t.Errorf("export %s differs from show --format md:\n%s", id, out)
			}
		}
	})
	t.Run("json is the file", func(t *testing.T) {
		if out := mustRun(t, dir, "export", rich, "--format", "json"); out != string(jobFile(t, dir, rich)) {
			t.Errorf("export --format json differs from the job file:\n%s", out)
		}
	})
	t.Run("dash is stdout", func(t *testing.T) {
		if out := mustRun(t, dir, "export", rich, "-o", "-"); out != mustRun(t, dir, "export", rich) {
			t.Errorf("-o - wrote %q", out)
		}
	})
}

func TestExportICSLines(t *testing.T) {
	dir := t.TempDir()
	out := mustRun(t, dir, "export", richJob(t, dir), "--format", "ics")
	if !strings.HasPrefix(out, "BEGIN:VCALENDAR\r\n") || !strings.HasSuffix(out, "END:VCALENDAR\r\n") {
		t.Fatalf("not a calendar:\n%s", out)
	}
	for i, line := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
		if strings.ContainsAny(line, "\r\n") {
			t.Errorf("line %d does not end in CRLF: %q", i+1, line)
		}
		if len(line) > 75 {
			t.Errorf("line %d is %d octets: %q", i+1, len(line), line)
		}
	}
}

func TestExportToFile(t *testing.T) {
	dir := t.TempDir()
	id := richJob(t, dir)
	outDir := t.TempDir()
	for _, format := range []string{"md", "json", "ics"} {
		t.Run(format, func(t *testing.T) {
			path := filepath.Join(outDir, "job."+format)
			res := run(t, dir, "export", id, "--format", format, "-o", path)
			if res.code != 0 || res.stdout != "" || res.stderr != "" {
				t.Fatalf("exit %d, stdout %q, stderr %q", res.code, res.stdout, res.stderr)
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if want := mustRun(t, dir, "export", id, "--format", format); string(got) != want {
				t.Errorf("the file differs from stdout:\n%s", got)
			}
		})
	}
	entries, err := os.ReadDir(outDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 3 {
		t.Errorf("%d files in the folder, want the 3 exports and no temporary file", len(entries))
	}
}

// TestExportReplacesFileAtomically: an existing file is replaced by a new
// one taking its name, never rewritten in place, so a reader (here a hard
// link to the old file) sees the old bytes or the new ones, never a mix.
// The mode of the file replaced is kept.
func TestExportReplacesFileAtomically(t *testing.T) {
	dir := t.TempDir()
	id := richJob(t, dir)
	outDir := t.TempDir()
	path := filepath.Join(outDir, "interview.ics")
	old := strings.Repeat("old bytes\n", 1000)
	if err := os.WriteFile(path, []byte(old), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o640); err != nil {
		t.Fatal(err)
	}
	reader := filepath.Join(outDir, "reader")
	if err := os.Link(path, reader); err != nil {
		t.Skipf("no hard links here: %v", err)
	}
	mustRun(t, dir, "export", id, "--format", "ics", "-o", path)
	if got, _ := os.ReadFile(reader); string(got) != old {
		t.Error("the old file was written over in place")
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(got), "BEGIN:VCALENDAR\r\n") {
		t.Errorf("the file was not replaced:\n%.200s", got)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if perm := info.Mode().Perm(); perm != 0o640 && runtime.GOOS != "windows" { // which has no modes
		t.Errorf("mode %o, want the old file's 640", perm)
	}
}

// TestExportRefusesJobFolders: -o never writes in the jobs or trash folder,
// however the path is spelled, and leaves the job file as it was.
func TestExportRefusesJobFolders(t *testing.T) {
	dir := t.TempDir()
	id := richJob(t, dir)
	jobPath := filepath.Join(dir, "jobs", id+".json")
	before := jobFile(t, dir, id)
	if err := os.MkdirAll(filepath.Join(dir, "trash"), 0o700); err != nil {
		t.Fatal(err)
	}
	paths := map[string]string{
		"the job file":          jobPath,
		"another job name":      filepath.Join(dir, "jobs", "other.json"),
		"a Markdown file there": filepath.Join(dir, "jobs", "notes.md"),
		"a dotted path":         filepath.Join(dir, "trash", "..", "jobs", ".", id+".json"),
		"the trash":             filepath.Join(dir, "trash", id+".json"),
	}
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(filepath.Join(dir, "jobs"), link); err == nil {
		paths["through a link"] = filepath.Join(link, id+".json")
	} else if runtime.GOOS != "windows" { // where links need a privilege
		t.Fatal(err)
	}
	// A folder made inside the trash, reached through a link to the trash:
	// the link is two levels up from the file.
	if err := os.MkdirAll(filepath.Join(dir, "trash", "kept"), 0o700); err != nil {
		t.Fatal(err)
	}
	trashLink := filepath.Join(t.TempDir(), "bin")
	if err := os.Symlink(filepath.Join(dir, "trash"), trashLink); err == nil {
		paths["inside a folder of the trash, through a link"] = filepath.Join(trashLink, "kept", "notes.md")
	} else if runtime.GOOS != "windows" {
		t.Fatal(err)
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	// On Windows there is no relative path to a folder on another drive.
	if relative, err := filepath.Rel(wd, jobPath); err == nil {
		paths["a relative path"] = relative
	}
	for name, path := range paths {
		t.Run(name, func(t *testing.T) {
			res := run(t, dir, "export", id, "--format", "json", "-o", path)
			if res.code != 2 {
				t.Errorf("exit %d, want 2", res.code)
			}
			requireOneErrorLine(t, res.stderr, "refusing", path)
			if res.stdout != "" {
				t.Errorf("stdout = %q", res.stdout)
			}
		})
	}
	if after := jobFile(t, dir, id); string(after) != string(before) {
		t.Error("the job file changed")
	}
	entries, err := os.ReadDir(filepath.Join(dir, "jobs"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() != id+".json" && !strings.HasPrefix(e.Name(), ".") {
			t.Errorf("the jobs folder holds %s", e.Name())
		}
	}
}

// TestExportOutsideDataDirIsAllowed: a file beside the jobs folder, in the
// data directory itself, is not a job file.
func TestExportOutsideJobsFolderIsAllowed(t *testing.T) {
	dir := t.TempDir()
	id := richJob(t, dir)
	path := filepath.Join(dir, "jobs-export.md")
	mustRun(t, dir, "export", id, "-o", path)
	if _, err := os.Stat(path); err != nil {
		t.Error(err)
	}
}

func TestExportErrors(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-12-01")
	outDir := t.TempDir()
	tests := []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"unknown format", []string{"export", id, "--format", "pdf"}, 2, []string{`"pdf"`, "md, json, ics"}},
		{"text is for show", []string{"export", id, "--format", "text"}, 2, []string{`"text"`, "md, json, ics"}},
		{"unknown job", []string{"export", "nope", "--format", "ics"}, 1, []string{"nope", "prep list"}},
		{"unknown job to a file", []string{"export", "nope", "-o", filepath.Join(outDir, "nope.md")}, 1, []string{"nope"}},
		{"not a job id", []string{"export", "../secrets"}, 1, []string{"../secrets"}},
		{"missing job", []string{"export"}, 2, []string{"JOB"}},
		{"two jobs", []string{"export", id, "other"}, 2, []string{`"other"`}},
		{"unknown flag", []string{"export", id, "--out", "x"}, 2, []string{"--out"}},
		{"a folder", []string{"export", id, "-o", outDir}, 2, []string{outDir, "folder"}},
		{"no such folder", []string{"export", id, "-o", filepath.Join(outDir, "missing", "x.md")}, 1, []string{filepath.Join(outDir, "missing", "x.md")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := run(t, dir, tt.args...)
			if res.code != tt.code {
				t.Errorf("exit %d, want %d", res.code, tt.code)
			}
			if res.stdout != "" {
				t.Errorf("stdout = %q, want nothing", res.stdout)
			}
			requireOneErrorLine(t, res.stderr, tt.want...)
		})
	}
	entries, err := os.ReadDir(outDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 0 {
		t.Errorf("failed exports left %d files", len(entries))
	}
}

// TestExportIsInert: hostile text from a job file reaches neither the
// terminal nor the exported file raw, in any format.
func TestExportIsInert(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Evil"+hostile+" Corp", "--role", "Role"+hostile,
		"--at", "2026-11-20 10:00", "--where", "Here"+hostile, "--interviewer", "Eve"+hostile)
	due := clock.Add(-48 * 60 * 60 * 1e9)
	_, err := data.NewStore(dir).Apply(id,
		checklist.AddItem{SectionID: "thanks", Item: checklist.Item{ID: "evil", Text: "Item" + hostile, Hint: "Hint" + hostile, DueAt: &due}},
		checklist.SetNote{ItemID: "evil", Note: "first" + hostile + "\r\nsecond\roverwritten"},
	)
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"md", "json", "ics"} {
		t.Run(format, func(t *testing.T) {
			out := mustRun(t, dir, "export", id, "--format", format)
			if !strings.Contains(out, "Evil") || !strings.Contains(out, "Item") {
				t.Fatalf("the job is not shown:\n%s", out)
			}
			if format == "ics" {
				out = strings.ReplaceAll(out, "\r\n", "\n")
			}
			requireInert(t, out)
		})
	}
}

func TestExportHelp(t *testing.T) {
	if out := mustRun(t, t.TempDir(), "--help"); !strings.Contains(out, "  export JOB [--flags]  ") {
		t.Errorf("help does not list export:\n%s", out)
	}
	out := mustRun(t, t.TempDir(), "export", "--help")
	for _, want := range []string{"prep export JOB [--flags]", "--format", "md (Markdown), json (the job file) or ics (iCalendar", "-o --output"} {
		if !strings.Contains(out, want) {
			t.Errorf("export --help does not mention %q:\n%s", want, out)
		}
	}
}
