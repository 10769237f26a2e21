package cli_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/cli"
	"github.com/prep-cli/prep/data"
)

// invitation is the path of a test invitation of package importer or
// invite, which are written in the shapes real producers send.
func invitation(t *testing.T, name string) string {
	t.Helper()
	for _, dir := range []string{"../importer/testdata", "../invite/testdata"} {
		if p := filepath.Join(dir, name); fileExists(p) {
			abs, err := filepath.Abs(p)
			if err != nil {
				t.Fatal(err)
			}
			return abs
		}
	}
	t.Fatalf("no test invitation %s", name)
	return ""
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// importEnv runs prep with a data folder, a config folder and standard
// input of its own.
func importEnv(t *testing.T, dir, config string, stdin []byte, args ...string) result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	env := map[string]string{"PREP_DATA_DIR": dir, "XDG_CONFIG_HOME": config}
	code := cli.Run(args, cli.Env{
		Stdin: bytes.NewReader(stdin), Stdout: &stdout, Stderr: &stderr,
		Getenv: func(k string) string { return env[k] },
		Now:    func() time.Time { return clock },
	})
	return result{code, stdout.String(), stderr.String()}
}

func jobFiles(t *testing.T, dir string) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "jobs", "*.json"))
	return files
}

// TestImportFollowsTheInvitation: an invitation makes a job, its update
// moves the round, the first version again changes nothing and says so,
// and the cancellation read from standard input cancels the round.
func TestImportFollowsTheInvitation(t *testing.T) {
	dir, config := t.TempDir(), t.TempDir()
	if res := importEnv(t, dir, config, nil, "config", "me", "add", "jane.doe@gmail.com"); res.code != 0 {
		t.Fatalf("config: %+v", res)
	}
	res := importEnv(t, dir, config, nil, "import", invitation(t, "teams.ics"))
	const id = "contoso-senior-data-engineer-2026-12-16"
	if res.code != 0 || res.stdout != id+" r1: new job\n" {
		t.Fatalf("import: %+v", res)
	}
	res = importEnv(t, dir, config, nil, "import", invitation(t, "teams-update.ics"), invitation(t, "teams.ics"))
	if res.code != 0 || res.stdout != id+" r1: updated\n" || !strings.Contains(res.stderr, "teams.ics is older than the invitation round r1") {
		t.Fatalf("update and older: %+v", res)
	}
	show := mustRun(t, dir, "show", id, "--format", "json")
	if !strings.Contains(show, `"at": "2026-12-17T10:00:00+01:00"`) || !strings.Contains(show, "Mia Wagner") {
		t.Errorf("the update did not reach the job:\n%s", show)
	}
	if strings.Contains(show, "jane.doe@gmail.com") {
		t.Error("the person's own address was taken for an interviewer")
	}
	cancel, err := os.ReadFile(invitation(t, "teams-cancel.ics"))
	if err != nil {
		t.Fatal(err)
	}
	if res := importEnv(t, dir, config, cancel, "import", "-"); res.code != 0 || res.stdout != id+" r1: cancelled\n" {
		t.Fatalf("cancel from stdin: %+v", res)
	}
	j, err := data.NewStore(dir).Load(id)
	if err != nil || j.Rounds[0].State != "cancelled" || j.Rounds[0].Invite.Sequence != 2 {
		t.Errorf("after the cancellation: %+v %v", j.Rounds, err)
	}
}

// TestImportDryRunWritesNothing: --dry-run says what would be made, as
// text or JSON, and leaves the folder empty.
func TestImportDryRunWritesNothing(t *testing.T) {
	dir, config := t.TempDir(), t.TempDir()
	res := importEnv(t, dir, config, nil, "import", "--dry-run", "--me", "jane.doe@gmail.com", invitation(t, "google-invite.eml"), "--role", "Backend Engineer")
	for _, want := range []string{"A new job: Acme Corp — Backend Engineer", "Round      Technical",
		"Link       https://meet.google.com/abc-defg-hij", "People     Dana Lee <dana.lee@acme-corp.com>, Kim Patel"} {
		if !strings.Contains(res.stdout, want) {
			t.Errorf("dry run lacks %q:\n%s", want, res.stdout)
		}
	}
	res = importEnv(t, dir, config, nil, "import", "--dry-run", "--json", invitation(t, "lever.ics"))
	var plans []map[string]any
	if err := json.Unmarshal([]byte(res.stdout), &plans); err != nil || res.code != 0 {
		t.Fatalf("JSON: %v, %+v", err, res)
	}
	if p := plans[0]; p["action"] != "new-job" || p["company"] != "Initech" || p["format"] != "phone" || p["minutes"] != 30.0 {
		t.Errorf("JSON plan %v", p)
	}
	if files := jobFiles(t, dir); len(files) != 0 {
		t.Errorf("a dry run wrote %v", files)
	}
}

// TestImportBadInput: each mistake is one line on stderr, exit 1 or 2,
// and nothing is written.
func TestImportBadInput(t *testing.T) {
	dir := t.TempDir()
	notCal := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(notCal, []byte("just some notes\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(t.TempDir(), "big.ics")
	if err := os.WriteFile(big, bytes.Repeat([]byte("X"), 6<<20), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no file", []string{"import"}, 2, "import: missing FILE"},
		{"a missing file", []string{"import", "/nowhere/invite.ics"}, 1, "/nowhere/invite.ics"},
		{"not a calendar", []string{"import", notCal}, 1, "notes.txt: not a calendar invitation"},
		{"too large", []string{"import", big}, 1, "big.ics"},
		{"no event", []string{"import", invitation(t, "bad-no-event.ics")}, 1, "no meeting (VEVENT)"},
		{"an unknown zone", []string{"import", invitation(t, "bad-unknown-zone.ics")}, 1, `"Mars/Olympus_Mons"`},
		{"several meetings", []string{"import", invitation(t, "zones.ics")}, 2, "holds 7 meetings"},
		{"--pick out of range", []string{"import", "--pick", "9", invitation(t, "zones.ics")}, 2, "holds 7 meetings"},
		{"no role", []string{"import", invitation(t, "google.ics")}, 2, "give it with --role"},
		{"no company", []string{"import", invitation(t, "quirk-blank-line.ics")}, 2, "give it with --company"},
		{"nothing to cancel", []string{"import", invitation(t, "google-cancel.ics")}, 1, "nothing to cancel"},
		{"a bad --me", []string{"import", "--me", "jane", invitation(t, "lever.ics")}, 2, `"jane" is not a mail address`},
		{"--job of no job", []string{"import", "--job", "nope", invitation(t, "lever.ics")}, 2, "--job nope: no such job"},
		{"--json alone", []string{"import", "--json", invitation(t, "lever.ics")}, 2, "--json goes with --dry-run"},
		{"a good file, then a bad one", []string{"import", invitation(t, "lever.ics"), notCal}, 1, "not a calendar"},
		{"empty stdin", []string{"import", "-"}, 1, "standard input: not a calendar invitation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := importEnv(t, dir, t.TempDir(), nil, tt.args...)
			if res.code != tt.code || !strings.Contains(res.stderr, tt.want) || strings.Count(res.stderr, "\n") != 1 {
				t.Errorf("exit %d, stderr %q; want exit %d and one line with %q", res.code, res.stderr, tt.code, tt.want)
			}
			if files := jobFiles(t, dir); len(files) != 0 {
				t.Errorf("wrote %v", files)
			}
		})
	}
}

// TestImportSeveralAndSameCompany: --all imports each meeting; a meeting
// with a company that has a job becomes its next round, or its own job
// with --new.
func TestImportSeveralAndSameCompany(t *testing.T) {
	dir, config := t.TempDir(), t.TempDir()
	res := importEnv(t, dir, config, nil, "import", "--all", "--company", "Wayne Enterprises", "--role", "Engineer", invitation(t, "zones.ics"))
	if res.code != 0 || strings.Count(res.stdout, "\n") != 7 || !strings.Contains(res.stdout, " r1: new job\n") || !strings.Contains(res.stdout, " r7: new round\n") {
		t.Fatalf("--all: %+v", res)
	}
	if files := jobFiles(t, dir); len(files) != 1 {
		t.Errorf("seven meetings with one company made %d jobs", len(files))
	}
	res = importEnv(t, dir, config, nil, "import", "--pick", "2", "--company", "Initech", invitation(t, "zones.ics"))
	if res.code != 0 || !strings.HasSuffix(res.stdout, " r2: up to date\n") {
		t.Fatalf("a meeting imported before: %+v", res)
	}
	res = importEnv(t, dir, config, nil, "import", "--new", "--company", "wayne enterprises", invitation(t, "lever.ics"))
	if res.code != 0 || !strings.Contains(res.stdout, "new job") {
		t.Fatalf("--new: %+v", res)
	}
	res = importEnv(t, dir, config, nil, "import", "--company", "Wayne Enterprises", invitation(t, "icloud.ics"))
	if res.code != 2 || !strings.Contains(res.stderr, "several jobs are at this company") {
		t.Errorf("two jobs at the company: %+v", res)
	}
}

// TestConfigMe: prep config shows the addresses and where they are kept.
func TestConfigMe(t *testing.T) {
	dir, config := t.TempDir(), t.TempDir()
	res := importEnv(t, dir, config, nil, "config")
	if res.code != 0 || !strings.Contains(res.stdout, filepath.Join(config, "prep", "config.json")) || !strings.Contains(res.stdout, "me: none yet") {
		t.Fatalf("config: %+v", res)
	}
	importEnv(t, dir, config, nil, "config", "me", "add", "Jane@Example.com")
	res = importEnv(t, dir, config, nil, "config", "me", "add", "jd@work.example")
	if res.stdout != "config: "+filepath.Join(config, "prep", "config.json")+"\nme: Jane@Example.com\nme: jd@work.example\n" {
		t.Errorf("after two adds: %q", res.stdout)
	}
	if res := importEnv(t, dir, config, nil, "config", "me", "remove", "jane@example.com"); strings.Contains(res.stdout, "Jane@") {
		t.Errorf("remove left %q", res.stdout)
	}
	if res := importEnv(t, dir, config, nil, "config", "me", "add", "not-an-address"); res.code != 2 {
		t.Errorf("a bad address: %+v", res)
	}
}

// TestImportHostileTextIsInert: what an invitation says reaches the
// terminal and the job file without anything a terminal would act on.
func TestImportHostileTextIsInert(t *testing.T) {
	dir, config := t.TempDir(), t.TempDir()
	res := importEnv(t, dir, config, nil, "import", "--dry-run", "--role", "Engineer", invitation(t, "hostile.ics"))
	if res.code != 0 || strings.ContainsAny(res.stdout, "\x1b\x07\u202e") {
		t.Fatalf("dry run: %+v", res)
	}
	res = importEnv(t, dir, config, nil, "import", "--role", "Engineer", invitation(t, "hostile.ics"))
	if res.code != 0 || strings.ContainsAny(res.stdout+res.stderr, "\x1b\x07\u202e") {
		t.Fatalf("import: %+v", res)
	}
	files := jobFiles(t, dir)
	b, err := os.ReadFile(files[0])
	if err != nil || bytes.ContainsAny(b, "\x1b\x07\u202e") {
		t.Errorf("the job file holds control characters (%v):\n%s", err, b)
	}
}
