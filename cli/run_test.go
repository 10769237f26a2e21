package cli_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/cli"
	"github.com/prep-cli/prep/data"
)

func TestTemplate(t *testing.T) {
	dir := t.TempDir()
	out := mustRun(t, dir, "template")
	if !bytes.Equal([]byte(out), data.DefaultTemplateJSON()) {
		t.Error("template is not the default template as shipped")
	}
	if _, err := data.DecodeTemplate([]byte(out)); err != nil {
		t.Errorf("template does not read back: %v", err)
	}
	requireEmptyDir(t, dir)
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}} {
		t.Run(args[0], func(t *testing.T) {
			out := mustRun(t, t.TempDir(), args...)
			for _, cmd := range []string{"new", "list", "show", "check", "uncheck", "status", "template", "--data-dir", "--version"} {
				if !strings.Contains(out, "  "+cmd+" ") {
					t.Errorf("help does not list %s:\n%s", cmd, out)
				}
			}
		})
	}
}

func TestCommandHelp(t *testing.T) {
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"new", "--help"}, []string{"prep new [--flags]", "--company", "--interviewer", "--at", "friday 11am", "12/08", "--data-dir"}},
		{[]string{"show", "-h"}, []string{"prep show JOB [--flags]", "--format", "text, md (Markdown) or json"}},
		{[]string{"list", "--help"}, []string{"--json"}},
		{[]string{"help", "show"}, []string{"prep show JOB [--flags]", "--format"}},
	}
	for _, tt := range tests {
		t.Run(tt.args[0], func(t *testing.T) {
			out := mustRun(t, t.TempDir(), tt.args...)
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("help does not mention %q:\n%s", w, out)
				}
			}
		})
	}
}

func TestVersion(t *testing.T) {
	out := mustRun(t, t.TempDir(), "--version")
	if !strings.HasPrefix(out, "prep ") || strings.Count(out, "\n") != 1 || strings.Contains(out, "(devel)") {
		t.Errorf("version = %q, want one line \"prep <version>\"", out)
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"unknown command", []string{"frobnicate"}, []string{`"frobnicate"`, "prep --help"}},
		{"unknown global flag", []string{"--colour", "list"}, []string{"-colour", "prep --help"}},
		{"stray argument to list", []string{"list", "all"}, []string{`"all"`}},
		{"stray argument to template", []string{"template", "mine"}, []string{`"mine"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := run(t, t.TempDir(), tt.args...)
			if res.code != 2 {
				t.Errorf("exit %d, want 2", res.code)
			}
			if res.stdout != "" {
				t.Errorf("stdout = %q, want nothing", res.stdout)
			}
			requireOneErrorLine(t, res.stderr, tt.want...)
		})
	}
}

func TestDataDirFlag(t *testing.T) {
	env, flagDir := t.TempDir(), t.TempDir()
	tests := []struct {
		name string
		args []string
	}{
		{"before the command", []string{"--data-dir", flagDir, "list", "--json"}},
		{"after the command", []string{"list", "--json", "--data-dir", flagDir}},
		{"with an equals sign", []string{"list", "--data-dir=" + flagDir, "--json"}},
	}
	id := newJob(t, flagDir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-12-01")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if out := mustRun(t, env, tt.args...); !strings.Contains(out, id) {
				t.Errorf("the job in --data-dir is not listed:\n%s", out)
			}
		})
	}
}

func TestOpenApp(t *testing.T) {
	dir := t.TempDir()
	var opened string
	env := cli.Env{
		Stdout: &bytes.Buffer{},
		Stderr: &bytes.Buffer{},
		Getenv: func(string) string { return "" },
		Now:    func() time.Time { return clock },
		OpenApp: func(s *data.Store) error {
			opened = s.Dir()
			return nil
		},
	}
	if code := cli.Run([]string{"--data-dir", dir}, env); code != 0 || opened != dir {
		t.Errorf("exit %d, app opened on %q, want 0 and %q", code, opened, dir)
	}

	var stderr bytes.Buffer
	env.Stderr = &stderr
	env.OpenApp = func(*data.Store) error { return errors.New("no terminal") }
	if code := cli.Run([]string{"--data-dir", dir}, env); code != 1 {
		t.Errorf("app failing: exit %d, want 1", code)
	}
	requireOneErrorLine(t, stderr.String(), "no terminal")
}
