package cli_test

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/adrg/xdg"

	"github.com/prep-cli/prep/cli"
	"github.com/prep-cli/prep/data"
)

// withHome points the XDG library, which reads the real environment, at a
// fresh home folder, and runs the test from a fresh working folder: both
// must stay as the test expects, whatever prep is told.
func withHome(t *testing.T) (home, cwd string) {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("Windows names the data and config folders itself, without HOME")
	}
	t.Cleanup(xdg.Reload) // runs last, once the variables are back
	home = t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("XDG_CONFIG_HOME", "")
	xdg.Reload()
	cwd = t.TempDir()
	t.Chdir(cwd)
	return home, cwd
}

// TestNoHomeIsAnError is the promise that the data folder is never
// guessed: with HOME unset and nothing else set, every command that needs
// the jobs fails with one line saying what to set, exits 1 and writes
// nothing, neither in a home folder nor where prep was started.
func TestNoHomeIsAnError(t *testing.T) {
	home, cwd := withHome(t)
	out := filepath.Join(t.TempDir(), "out.md")
	for _, args := range [][]string{
		{},
		{"list"},
		{"due", "--json"},
		{"new", "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-12-01"},
		{"show", "acme"},
		{"check", "acme", "news"},
		{"export", "acme", "-o", out},
		{"trash"},
		{"restore", "acme"},
	} {
		t.Run(strings.Join(append([]string{"prep"}, args...), " "), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := cli.Run(args, cli.Env{
				Stdout: &stdout,
				Stderr: &stderr,
				Getenv: func(string) string { return "" },
				Now:    func() time.Time { return clock },
				OpenApp: func(s *data.Store) error {
					t.Errorf("the app opened on %q", s.Dir())
					return nil
				},
			})
			if code != 1 || stdout.Len() != 0 {
				t.Errorf("exit %d, stdout %q; want 1 and nothing", code, stdout.String())
			}
			requireOneErrorLine(t, stderr.String(), "HOME is not set", "--data-dir", "PREP_DATA_DIR")
		})
	}
	requireEmptyDir(t, home)
	requireEmptyDir(t, cwd)
	if _, err := os.Lstat(out); err == nil {
		t.Error("export wrote its file")
	}
}

// TestRelativeXDGFoldersAreIgnored: a relative XDG_DATA_HOME or
// XDG_CONFIG_HOME is ignored, as the XDG spec says, rather than read from
// wherever prep happens to be started.
func TestRelativeXDGFoldersAreIgnored(t *testing.T) {
	home, cwd := withHome(t)
	// A template that would be used if the relative config folder were.
	own := bytes.Replace(data.DefaultTemplateJSON(), []byte(`"name": "`+data.DefaultTemplate().Name+`"`), []byte(`"name": "from-the-working-folder"`), 1)
	if bytes.Equal(own, data.DefaultTemplateJSON()) {
		t.Fatal("the default template has no name to replace")
	}
	tmpl := filepath.Join(cwd, "config", "prep", data.TemplateFileName)
	if err := os.MkdirAll(filepath.Dir(tmpl), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(tmpl, own, 0o600); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"HOME": home, "XDG_DATA_HOME": "share", "XDG_CONFIG_HOME": "config"}
	res := runEnv(t, clock, env, "new", "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-12-01")
	if res.code != 0 {
		t.Fatalf("prep new: exit %d: %s", res.code, res.stderr)
	}
	id := strings.TrimSpace(res.stdout)
	if _, err := os.Lstat(filepath.Join(cwd, "share")); err == nil {
		t.Error("the job was saved under the working folder")
	}
	// The job is in the platform's data folder, in the home folder.
	var file string
	_ = filepath.WalkDir(home, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Name() == id+".json" {
			file = p
		}
		return nil
	})
	if file == "" {
		t.Fatalf("no file of job %s in the home folder %s", id, home)
	}
	j := loadJob(t, filepath.Dir(filepath.Dir(file)), id)
	if j.Template != data.DefaultTemplate().Name {
		t.Errorf("the job was made from template %q, want the default: the relative config folder was read", j.Template)
	}
}
