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

// The commands help lists, each of which has a help of its own.
var commandNames = []string{"new", "list", "show", "export", "check", "uncheck", "status", "reason",
	"due", "trash", "restore", "template", "man", "completion"}

// TestHelpOfEachCommand: prep help COMMAND is that command's help, the same
// as COMMAND --help, and not prep's own.
func TestHelpOfEachCommand(t *testing.T) {
	dir, config := t.TempDir(), t.TempDir()
	helpOf := func(args ...string) string {
		t.Helper()
		res := runWithConfig(t, dir, config, args...)
		if res.code != 0 || res.stderr != "" {
			t.Fatalf("prep %s: exit %d, stderr %q", strings.Join(args, " "), res.code, res.stderr)
		}
		return res.stdout
	}
	top := helpOf("--help")
	for _, name := range commandNames {
		t.Run(name, func(t *testing.T) {
			if !strings.Contains(top, "    "+name+" ") {
				t.Errorf("prep --help does not list %s", name)
			}
			help := helpOf("help", name)
			if flag := helpOf(name, "--help"); help != flag {
				t.Errorf("prep help %s differs from prep %s --help:\n%s\n---\n%s", name, name, help, flag)
			}
			if help == top || !strings.Contains(help, "prep "+name) {
				t.Errorf("prep help %s is not the command's own help:\n%s", name, help)
			}
		})
	}
}

// TestMistypedCommands: a command that does not exist is a usage error on
// one line, naming the commands it may have meant.
func TestMistypedCommands(t *testing.T) {
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"shw", "acme"}, []string{`"shw"`, "did you mean", "show", "prep --help"}},
		{[]string{"lsit"}, []string{`"lsit"`, "list"}},
		{[]string{"help", "chek"}, []string{`"chek"`, "check"}},
		{[]string{"frobnicate"}, []string{`"frobnicate"`, "prep --help"}},
	}
	for _, tt := range tests {
		t.Run(tt.args[len(tt.args)-1], func(t *testing.T) {
			res := run(t, t.TempDir(), tt.args...)
			if res.code != 2 || res.stdout != "" {
				t.Errorf("exit %d, stdout %q; want 2 and nothing", res.code, res.stdout)
			}
			requireOneErrorLine(t, res.stderr, tt.want...)
		})
	}
}

// TestUnknownFlagsAsTyped: an unknown flag is quoted as it was typed, with
// its two dashes, and the help to read is the command's.
func TestUnknownFlagsAsTyped(t *testing.T) {
	res := run(t, t.TempDir(), "list", "--colour")
	if res.code != 2 {
		t.Errorf("exit %d, want 2", res.code)
	}
	requireOneErrorLine(t, res.stderr, "list: unknown flag: --colour", "prep list --help")
}

func TestCompletionScripts(t *testing.T) {
	for shell, want := range map[string]string{
		"bash":       "__start_prep",
		"zsh":        "#compdef prep",
		"fish":       "complete -c prep",
		"powershell": "Register-ArgumentCompleter",
	} {
		t.Run(shell, func(t *testing.T) {
			dir := t.TempDir()
			if out := mustRun(t, dir, "completion", shell); !strings.Contains(out, want) {
				t.Errorf("the %s script does not contain %q:\n%.300s", shell, want, out)
			}
			requireEmptyDir(t, dir)
		})
	}
	res := run(t, t.TempDir(), "completion", "tcsh")
	if res.code != 2 || res.stdout != "" {
		t.Errorf("completion tcsh: exit %d, stdout %q; want 2 and nothing", res.code, res.stdout)
	}
	requireOneErrorLine(t, res.stderr, `"tcsh"`, "bash, zsh, fish and powershell")
}

// TestCompletionOfArguments: what the shell scripts ask prep for when tab
// is pressed: job ids, a job's item ids with their text, statuses,
// formats, a job's rounds, and the trash.
func TestCompletionOfArguments(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-12-01")
	other := newJob(t, dir, "--company", "Globex", "--role", "SRE", "--at", "2026-12-02")
	trashJob(t, dir, other, clock)
	tests := []struct {
		args    []string
		want    []string
		notWant []string
	}{
		{[]string{"show", ""}, []string{id}, []string{other}},
		{[]string{"check", id, ""}, []string{"industry-trends\tRead up on current trends"}, []string{id}},
		{[]string{"check", "acme", ""}, []string{"industry-trends\tRead up on current trends"}, []string{id}},
		{[]string{"round", "edit", "Acme Corp", ""}, []string{"r1\tInterview"}, nil},
		{[]string{"status", id, ""}, []string{"offer", "no-response"}, nil},
		{[]string{"reason", id, ""}, []string{"filled-internally\tFilled internally"}, nil},
		{[]string{"show", id, "--format", ""}, []string{"text", "md", "json"}, []string{"ics"}},
		{[]string{"export", id, "--format", ""}, []string{"ics"}, []string{"text"}},
		{[]string{"restore", ""}, []string{other + "\tGlobex, SRE"}, []string{id}},
		{[]string{"round", "edit", id, ""}, []string{"r1\tInterview"}, []string{id}},
		{[]string{"help", ""}, []string{"show\tShow a job's checklist"}, nil},
		{[]string{""}, []string{"new", "due"}, nil},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			// The shell scripts throw away what __complete says on stderr.
			res := run(t, dir, append([]string{"__complete"}, tt.args...)...)
			if res.code != 0 {
				t.Fatalf("exit %d: %s", res.code, res.stderr)
			}
			out := res.stdout
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("completions do not offer %q:\n%s", w, out)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(out, w+"\n") || strings.Contains(out, w+"\t") {
					t.Errorf("completions offer %q:\n%s", w, out)
				}
			}
		})
	}
}

func TestManPage(t *testing.T) {
	config := t.TempDir()
	res := runWithConfig(t, t.TempDir(), config, "man")
	if res.code != 0 || res.stderr != "" {
		t.Fatalf("exit %d, stderr %q", res.code, res.stderr)
	}
	if !strings.HasPrefix(res.stdout, ".TH PREP 1 ") {
		t.Errorf("not a section 1 man page:\n%.200s", res.stdout)
	}
	for _, want := range append([]string{".SH FILES", ".SH EXIT STATUS", "Library/Application Support/prep", "LOCALAPPDATA"},
		commandNames[:len(commandNames)-2]...) {
		if !strings.Contains(res.stdout, want) {
			t.Errorf("the man page does not mention %q", want)
		}
	}
	// Release builds make the page on the build machine: it must not name
	// that machine's folders.
	if strings.Contains(res.stdout, config) {
		t.Error("the man page names this machine's config folder")
	}
}

func TestVersionOfARelease(t *testing.T) {
	var stdout bytes.Buffer
	code := cli.Run([]string{"--version"}, cli.Env{
		Stdout: &stdout, Stderr: &bytes.Buffer{}, Getenv: func(string) string { return "" },
		Now: func() time.Time { return clock }, Version: "1.2.0", Commit: "3f2a9c1d7e",
	})
	if code != 0 || stdout.String() != "prep 1.2.0 (3f2a9c1)\n" {
		t.Errorf("exit %d, %q; want prep 1.2.0 (3f2a9c1)", code, stdout.String())
	}
}

// TestAppNeedsATerminal: with standard output not a terminal, prep says so
// in one line, names the commands that serve scripts, and exits 2 without
// opening the app.
func TestAppNeedsATerminal(t *testing.T) {
	var stdout, stderr bytes.Buffer
	opened := false
	code := cli.Run(nil, cli.Env{
		Stdout: &stdout, Stderr: &stderr, Getenv: func(string) string { return "" },
		Now:      func() time.Time { return clock },
		OpenApp:  func(*data.Store) error { opened = true; return nil },
		Terminal: func() bool { return false },
	})
	if code != 2 || opened || stdout.Len() != 0 {
		t.Errorf("exit %d, app opened %v, stdout %q; want 2, no app, nothing", code, opened, stdout.String())
	}
	requireOneErrorLine(t, stderr.String(), "needs a terminal", "prep list", "prep --help")
}

// TestTemplateInit: prep template --init writes the default template where
// prep reads the person's own, making the folder, and says where; new jobs
// are made from it; a second --init keeps the person's work.
func TestTemplateInit(t *testing.T) {
	config, dir := filepath.Join(t.TempDir(), "no", "such", "folder"), t.TempDir()
	path := filepath.Join(config, "prep", "template.json")
	res := runWithConfig(t, dir, config, "template", "--init")
	if res.code != 0 || res.stderr != "" || !strings.Contains(res.stdout, path) {
		t.Fatalf("exit %d, stdout %q, stderr %q; want the path said", res.code, res.stdout, res.stderr)
	}
	if b, err := os.ReadFile(path); err != nil || !bytes.Equal(b, data.DefaultTemplateJSON()) {
		t.Fatalf("the template written is not the default: %v", err)
	}
	if _, source, warning := data.LoadTemplate(filepath.Join(config, "prep")); source != path || warning != nil {
		t.Errorf("prep reads its template from %s (%v), not the one written", source, warning)
	}

	mine := []byte(strings.Replace(string(data.DefaultTemplateJSON()), `"Company research"`, `"My research"`, 1))
	if err := os.WriteFile(path, mine, 0o600); err != nil {
		t.Fatal(err)
	}
	res = runWithConfig(t, dir, config, "template", "--init")
	if res.code != 1 || res.stdout != "" {
		t.Errorf("second --init: exit %d, stdout %q; want 1 and nothing", res.code, res.stdout)
	}
	requireOneErrorLine(t, res.stderr, path, "already exists")
	if b, _ := os.ReadFile(path); !bytes.Equal(b, mine) {
		t.Error("a second --init wrote over the person's template")
	}
	requireEmptyDir(t, dir)
}

// TestJSONNamesAgree: a thing has the same key in every command's JSON: the
// job id is "id" in list, due and the job file alike.
func TestJSONNamesAgree(t *testing.T) {
	dir := t.TempDir()
	dueJobs(t, dir)
	decode := func(args ...string) []map[string]any {
		t.Helper()
		var v []map[string]any
		if err := json.Unmarshal([]byte(mustRun(t, dir, args...)), &v); err != nil {
			t.Fatal(err)
		}
		return v
	}
	listed := map[any]map[string]any{}
	for _, j := range decode("list", "--json") {
		listed[j["id"]] = j
	}
	tasks := decode("due", "--json")
	if len(tasks) == 0 {
		t.Fatal("nothing due")
	}
	for _, task := range tasks {
		j, ok := listed[task["id"]]
		if !ok {
			t.Fatalf("due names job %v, which list does not", task["id"])
		}
		for _, key := range []string{"company", "role"} {
			if task[key] != j[key] {
				t.Errorf("%s is %v in due, %v in list", key, task[key], j[key])
			}
		}
		var file map[string]any
		if err := json.Unmarshal([]byte(mustRun(t, dir, "show", task["id"].(string), "--format", "json")), &file); err != nil {
			t.Fatal(err)
		}
		for _, key := range []string{"id", "company", "role"} {
			if file[key] != task[key] {
				t.Errorf("%s is %v in the job file, %v in due", key, file[key], task[key])
			}
		}
	}
}
