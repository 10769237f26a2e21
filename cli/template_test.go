package cli_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/prep-cli/prep/data"
)

// ownTemplate is a small valid template a person could write.
const ownTemplate = `{
  "version": 1,
  "name": "mine",
  "sections": [
    {"id": "prep", "title": "Get ready", "phase": "before", "items": [
      {"id": "sleep", "text": "Sleep eight hours"},
      {"id": "notes", "text": "Read my notes 📝"}
    ]},
    {"id": "after", "title": "Afterwards", "phase": "after", "items": [
      {"id": "thanks", "text": "Thank everyone", "text_each": "Thank {name}", "due": "+24h"}
    ]}
  ]
}
`

// writeTemplate writes a file in a fresh folder and returns its path.
func writeTemplate(t *testing.T, dir, content string) string {
	t.Helper()
	path := filepath.Join(dir, "template.json")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// runWithConfig runs prep with XDG_CONFIG_HOME set to config.
func runWithConfig(t *testing.T, dir, config string, args ...string) result {
	t.Helper()
	return runEnv(t, clock, map[string]string{"PREP_DATA_DIR": dir, "XDG_CONFIG_HOME": config}, args...)
}

func TestTemplateCheck(t *testing.T) {
	def := data.DefaultTemplate()
	items := 0
	for _, s := range def.Sections {
		items += len(s.Items)
	}
	tests := []struct {
		name, content, want string
	}{
		{"own template", ownTemplate, "ok, 2 sections, 3 items"},
		{"one of each", `{"version": 1, "name": "one", "sections": [
			{"id": "prep", "title": "Get ready", "phase": "before", "items": [{"id": "sleep", "text": "Sleep"}]}]}`,
			"ok, 1 section, 1 item"},
		{"the default template", string(data.DefaultTemplateJSON()), fmt.Sprintf("ok, %d sections, %d items", len(def.Sections), items)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := writeTemplate(t, t.TempDir(), tt.content)
			if out := mustRun(t, dir, "template", "--check", path); out != path+": "+tt.want+"\n" {
				t.Errorf("template --check = %q, want %q", out, path+": "+tt.want+"\n")
			}
			requireEmptyDir(t, dir)
		})
	}
}

func TestTemplateCheckErrors(t *testing.T) {
	replace := func(old, new string) string {
		if !strings.Contains(ownTemplate, old) {
			panic("test template has no " + old)
		}
		return strings.Replace(ownTemplate, old, new, 1)
	}
	tests := []struct {
		name, content, want string
	}{
		{"broken JSON", replace(`"name": "mine",`, `"name": "mine"`), "not valid JSON at line 4"},
		{"duplicate ids", replace(`"id": "notes"`, `"id": "sleep"`), `item "sleep": duplicate item id`},
		{"no sections", `{"version": 1, "sections": []}`, "no sections"},
		{"unknown phase", replace(`"phase": "after"`, `"phase": "later"`), `unknown phase "later"`},
		{"misspelt key", replace(`"text_each"`, `"text_eahc"`), `unknown key "text_eahc"`},
		{"text from the file is inert", replace(`"id": "sleep"`, `"id": "sl\u001b[31m\u202eeep"`), "sl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeTemplate(t, t.TempDir(), tt.content)
			res := run(t, t.TempDir(), "template", "--check", path)
			if res.code != 1 {
				t.Errorf("exit %d, want 1", res.code)
			}
			if res.stdout != "" {
				t.Errorf("stdout = %q, want nothing", res.stdout)
			}
			requireOneErrorLine(t, res.stderr, path+": ", tt.want)
			requireInert(t, res.stderr)
		})
	}

	t.Run("missing file", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "nope.json")
		res := run(t, t.TempDir(), "template", "--check", path)
		if res.code != 1 {
			t.Errorf("exit %d, want 1", res.code)
		}
		requireOneErrorLine(t, res.stderr, path)
	})
	t.Run("no file named", func(t *testing.T) {
		res := run(t, t.TempDir(), "template", "--check")
		if res.code != 2 {
			t.Errorf("exit %d, want 2", res.code)
		}
		requireOneErrorLine(t, res.stderr, "-check")
	})
}

// TestTemplatePrintsTheDefaultEvenWithAnOwn: prep template is the starting
// point of a template, whatever the person has made of theirs.
func TestTemplatePrintsTheDefaultEvenWithAnOwn(t *testing.T) {
	config := t.TempDir()
	writeTemplate(t, filepath.Join(config, "prep"), ownTemplate)
	res := runWithConfig(t, t.TempDir(), config, "template")
	if res.code != 0 || res.stdout != string(data.DefaultTemplateJSON()) {
		t.Errorf("exit %d; the output is not the default template", res.code)
	}
}

func TestNewWithOwnTemplate(t *testing.T) {
	dir, config := t.TempDir(), t.TempDir()
	writeTemplate(t, filepath.Join(config, "prep"), ownTemplate)
	res := runWithConfig(t, dir, config, "new", "--company", "Acme Corp", "--role", "Backend Engineer",
		"--at", "2026-12-01 10:00", "--interviewer", "Ann Lee")
	if res.code != 0 || res.stderr != "" {
		t.Fatalf("exit %d, stderr %q", res.code, res.stderr)
	}
	id := strings.TrimSpace(res.stdout)
	j := loadJob(t, dir, id)
	if j.Template != "mine" {
		t.Errorf("template = %q, want mine", j.Template)
	}
	if j.Item("sleep") == nil || j.Item("thanks-ann-lee") == nil || j.Item("industry-trends") != nil {
		t.Errorf("the job's items are not the own template's: %v", j.Sections)
	}
}

func TestNewWithBrokenTemplate(t *testing.T) {
	tests := []struct {
		name, content, want string
	}{
		{"broken JSON", `{"version": 1, "sections": [`, "ends too early"},
		{"invalid", `{"version": 1, "sections": []}`, "no sections"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, config := t.TempDir(), t.TempDir()
			path := writeTemplate(t, filepath.Join(config, "prep"), tt.content)
			res := runWithConfig(t, dir, config, "new", "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-12-01")
			if res.code != 0 {
				t.Errorf("exit %d, want 0: the job is made from the default template", res.code)
			}
			requireOneErrorLine(t, res.stderr, path+": ", tt.want, "; using the default template")
			id := strings.TrimSpace(res.stdout)
			j := loadJob(t, dir, id)
			if j.Template != data.DefaultTemplate().Name || j.Item("industry-trends") == nil {
				t.Errorf("job made from %q, want the default template", j.Template)
			}
		})
	}
}

func TestHelpTellsOfTrashAndTemplates(t *testing.T) {
	config := t.TempDir()
	res := runWithConfig(t, t.TempDir(), config, "--help")
	for _, want := range []string{
		"  trash ", "  restore JOB ", "  template [--flags] ",
		"prep template --init",
		filepath.Join(config, "prep", "template.json"),
	} {
		if !strings.Contains(res.stdout, want) {
			t.Errorf("help does not mention %q:\n%s", want, res.stdout)
		}
	}
	for _, line := range strings.Split(res.stdout, "\n") {
		line = strings.TrimRight(line, " ") // fang pads lines to the terminal's width
		mine := strings.Contains(line, "template") || strings.Contains(line, "trash")
		if mine && len([]rune(line)) > 80 && !strings.Contains(line, config) {
			t.Errorf("help line wider than 80 columns: %q", line)
		}
	}
}
