package cli_test

import (
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// richJob adds a job that has been through an interview and a rejection,
// with items ticked and notes written, and returns its id.
func richJob(t *testing.T, dir string) string {
	t.Helper()
	id := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-11-20 10:00",
		"--where", "Main St 1, Springfield", "--interviewer", "Ann Lee", "--interviewer", "Bob Stone")
	for _, item := range []string{"industry-trends", "news", "route", "notes-discussed", "thank-interviewers-ann-lee"} {
		mustRun(t, dir, "check", id, item)
	}
	_, err := data.NewStore(dir).Apply(id,
		checklist.SetNote{ItemID: "news", Note: "Series C in October.\nNew office in Berlin."},
		checklist.SetNote{ItemID: "route", Note: "Bus 12, 25 minutes"},
	)
	if err != nil {
		t.Fatal(err)
	}
	mustRun(t, dir, "status", id, "rejected")
	return id
}

func TestShow(t *testing.T) {
	dir := t.TempDir()
	id := richJob(t, dir)
	tests := []struct {
		name string
		args []string
	}{
		{"text", []string{"show", id}},
		{"md", []string{"show", id, "--format", "md"}},
		{"json", []string{"show", "--format=json", id}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golden.RequireEqual(t, []byte(mustRun(t, dir, tt.args...)))
		})
	}
}

func TestShowJSONIsTheFile(t *testing.T) {
	dir := t.TempDir()
	id := richJob(t, dir)
	if out := mustRun(t, dir, "show", id, "--format", "json"); out != string(jobFile(t, dir, id)) {
		t.Errorf("show --format json differs from the job file:\n%s", out)
	}
}

func TestShowErrors(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-12-01")
	tests := []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"unknown job", []string{"show", "nope"}, 1, []string{"nope", "prep list"}},
		{"not a job id", []string{"show", "../secrets"}, 1, []string{"../secrets"}},
		{"unknown format", []string{"show", id, "--format", "html"}, 2, []string{`"html"`, "text, md, json"}},
		{"missing job", []string{"show"}, 2, []string{"JOB"}},
		{"two jobs", []string{"show", id, "other"}, 2, []string{`"other"`}},
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
}
