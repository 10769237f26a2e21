package data

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/prep-cli/prep/checklist"
)

// ownTemplateJSON is a small valid template a person could write.
const ownTemplateJSON = `{
  "version": 1,
  "name": "mine",
  "sections": [
    {"id": "prep", "title": "Get ready", "phase": "before", "items": [
      {"id": "sleep", "text": "Sleep eight hours", "hint": "A rested mind thinks faster."},
      {"id": "notes", "text": "Read my notes 📝"}
    ]},
    {"id": "after", "title": "Afterwards", "phase": "after", "items": [
      {"id": "thanks", "text": "Thank everyone", "text_each": "Thank {name}", "due": "+24h"}
    ]}
  ]
}
`

func TestConfigDir(t *testing.T) {
	// Absolute on every platform: on Windows a path needs its drive.
	xdgConfig, err := filepath.Abs("/xdg-config")
	if err != nil {
		t.Fatal(err)
	}
	got := ConfigDir(func(k string) string {
		if k == "XDG_CONFIG_HOME" {
			return xdgConfig
		}
		return ""
	})
	if want := filepath.Join(xdgConfig, "prep"); got != want {
		t.Errorf("ConfigDir with XDG_CONFIG_HOME = %q, want %q", got, want)
	}
	home := func(k string) string {
		if k == "HOME" {
			return "/home/kim"
		}
		return ""
	}
	got = ConfigDir(home)
	if filepath.Base(got) != "prep" || !filepath.IsAbs(got) {
		t.Errorf("ConfigDir with only HOME set = %q, want the platform's config folder ending in prep", got)
	}
	relative := func(k string) string {
		if k == "XDG_CONFIG_HOME" {
			return "relative/config"
		}
		return home(k)
	}
	if rel := ConfigDir(relative); rel != got {
		t.Errorf("ConfigDir with a relative XDG_CONFIG_HOME = %q, want it ignored: %q", rel, got)
	}
	if runtime.GOOS != "windows" {
		if got := ConfigDir(func(string) string { return "" }); got != "" {
			t.Errorf("ConfigDir with no HOME = %q, want none", got)
		}
	}
	if TemplatePath("") != "" {
		t.Errorf("TemplatePath of no config folder = %q, want none", TemplatePath(""))
	}
	if want := filepath.Join("/c", "template.json"); TemplatePath("/c") != want {
		t.Errorf("TemplatePath = %q, want %q", TemplatePath("/c"), want)
	}
}

func TestLoadTemplateWithoutOwnTemplate(t *testing.T) {
	for name, dir := range map[string]string{
		"empty config folder":   t.TempDir(),
		"missing config folder": filepath.Join(t.TempDir(), "nope", "prep"),
	} {
		t.Run(name, func(t *testing.T) {
			tmpl, source, warning := LoadTemplate(dir)
			if warning != nil {
				t.Errorf("warning %v, want none", warning)
			}
			if source != DefaultTemplateSource {
				t.Errorf("source = %q, want %q", source, DefaultTemplateSource)
			}
			if !reflect.DeepEqual(tmpl, DefaultTemplate()) {
				t.Error("the template is not the default")
			}
		})
	}
}

func TestLoadTemplateOwn(t *testing.T) {
	tests := []struct {
		name     string
		json     string
		wantName string
	}{
		{"with a name", ownTemplateJSON, "mine"},
		{"without a name", strings.Replace(ownTemplateJSON, `"name": "mine",`, "", 1), "custom"},
		{"a copy of the default", string(DefaultTemplateJSON()), "custom"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "template.json")
			writeFile(t, path, []byte(tt.json))
			tmpl, source, warning := LoadTemplate(dir)
			if warning != nil {
				t.Fatalf("warning: %v", warning)
			}
			if source != path {
				t.Errorf("source = %q, want %q", source, path)
			}
			if tmpl.Name != tt.wantName {
				t.Errorf("name = %q, want %q", tmpl.Name, tt.wantName)
			}
			var want checklist.Template
			if err := json.Unmarshal([]byte(tt.json), &want); err != nil {
				t.Fatal(err)
			}
			want.Name = tt.wantName
			want = checklist.UpgradeTemplate(want)
			if !reflect.DeepEqual(tmpl, want) {
				t.Errorf("template = %+v, want the file's %+v", tmpl, want)
			}
		})
	}

	// A job made from it says so.
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "template.json"), []byte(ownTemplateJSON))
	tmpl, _, _ := LoadTemplate(dir)
	s, _ := newStore(t)
	j, err := s.Create(tmpl, details(), now)
	if err != nil {
		t.Fatal(err)
	}
	if j.Template != "mine" || j.Item("sleep") == nil || j.Item("thanks-dana-lee") == nil || j.Item("industry-trends") != nil {
		t.Errorf("job from the own template: template %q, items %v", j.Template, j.Sections)
	}
	if loaded, err := s.Load(j.ID); err != nil || loaded.Template != "mine" {
		t.Errorf("saved job: template %q, %v", loaded.Template, err)
	}
}

func TestLoadTemplateBroken(t *testing.T) {
	replace := func(old, new string) string {
		if !strings.Contains(ownTemplateJSON, old) {
			panic("test template has no " + old)
		}
		return strings.Replace(ownTemplateJSON, old, new, 1)
	}
	tests := []struct {
		name string
		json string
		want string
	}{
		{"broken JSON", replace(`"title": "Get ready",`, `"title": "Get ready"`), "not valid JSON at line 5, column 41"},
		{"cut off", ownTemplateJSON[:100], "ends too early"},
		{"empty", "  \n", "empty"},
		{"an array", `[1, 2]`, "JSON array, not a template"},
		{"wrong type", replace(`"version": 1`, `"version": "1"`), `"version"`},
		{"duplicate item ids", replace(`"id": "notes"`, `"id": "sleep"`), `item "sleep": duplicate item id`},
		{"duplicate section ids", replace(`"id": "after"`, `"id": "prep"`), "duplicate section id"},
		{"no sections", `{"version": 1, "name": "mine", "sections": []}`, "no sections"},
		{"unknown phase", replace(`"phase": "after"`, `"phase": "later"`), `unknown phase "later"`},
		{"no phase", replace(`"phase": "after",`, ``), `unknown phase ""`},
		{"misspelt key", replace(`"phase": "after"`, `"phse": "after"`), `unknown key "phse"`},
		{"unsafe id", replace(`"id": "sleep"`, `"id": "../sleep"`), `"../sleep"`},
		{"bad due", replace(`"+24h"`, `"tomorrow"`), `due "tomorrow"`},
		{"old version", replace(`"version": 1`, `"version": 0`), "version 0"},
		{"two templates", ownTemplateJSON + "\n " + ownTemplateJSON, "more follows the template, at line 15, column 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "template.json")
			writeFile(t, path, []byte(tt.json))
			before := snapshot(t, dir)
			tmpl, source, warning := LoadTemplate(dir)
			if warning == nil {
				t.Fatal("no warning")
			}
			msg := warning.Error()
			if !strings.HasPrefix(msg, path+": ") || !strings.Contains(msg, tt.want) || strings.Contains(msg, "\n") {
				t.Errorf("warning %q: want one line naming %s and saying %q", msg, path, tt.want)
			}
			if source != DefaultTemplateSource || !reflect.DeepEqual(tmpl, DefaultTemplate()) {
				t.Errorf("source %q: want the default template", source)
			}
			sameSnapshot(t, snapshot(t, dir), before)

			if _, err := ReadTemplateFile(path); err == nil || err.Error() != msg {
				t.Errorf("ReadTemplateFile: %v, want the same error as the warning", err)
			}
		})
	}
}

func TestLoadTemplateUnreadable(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "template.json")
	if err := os.Mkdir(path, 0o700); err != nil {
		t.Fatal(err)
	}
	tmpl, source, warning := LoadTemplate(dir)
	if warning == nil || !strings.HasPrefix(warning.Error(), path+": ") {
		t.Errorf("warning %v, want one naming %s", warning, path)
	}
	if source != DefaultTemplateSource || !reflect.DeepEqual(tmpl, DefaultTemplate()) {
		t.Errorf("source %q: want the default template", source)
	}
}

func TestReadTemplateFileMissing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mine.json")
	_, err := ReadTemplateFile(path)
	if !errors.Is(err, fs.ErrNotExist) || !strings.HasPrefix(err.Error(), path+": ") {
		t.Errorf("ReadTemplateFile of a missing file: %v", err)
	}
}

// TestLoadTemplateWithoutConfigFolder: with no config folder (no HOME), new
// jobs come from the default template, and nothing is read from the
// folder prep was started in.
func TestLoadTemplateWithoutConfigFolder(t *testing.T) {
	t.Chdir(t.TempDir())
	writeFile(t, TemplateFileName, []byte(ownTemplateJSON))
	tmpl, source, warning := LoadTemplate("")
	if warning != nil || source != DefaultTemplateSource || tmpl.Name != DefaultTemplate().Name {
		t.Errorf("LoadTemplate(\"\") = %q from %q, %v; want the default", tmpl.Name, source, warning)
	}
}
