package cli_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/prep-cli/prep/checklist"
)

func TestReason(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-11-20 10:00")
	mustRun(t, dir, "status", id, "rejected")

	if out := mustRun(t, dir, "reason", id, "job-pulled"); out != "" {
		t.Errorf("reason printed %q, want nothing", out)
	}
	if r := loadJob(t, dir, id).Reason; r == nil || *r != (checklist.Reason{Code: checklist.JobPulled}) {
		t.Errorf("reason = %+v, want job-pulled", r)
	}
	if !bytes.Contains(jobFile(t, dir, id), []byte(`"reason": {
    "code": "job-pulled"
  },`)) {
		t.Errorf("the file does not hold the reason:\n%s", jobFile(t, dir, id))
	}

	mustRun(t, dir, "reason", id, "other", "--text", " moved abroad ")
	if r := loadJob(t, dir, id).Reason; r == nil || *r != (checklist.Reason{Code: checklist.OtherReason, Text: "moved abroad"}) {
		t.Errorf("reason = %+v, want other: moved abroad", r)
	}
	if out := mustRun(t, dir, "show", id); !strings.Contains(out, "\nLikely reason: Other: moved abroad\n") {
		t.Errorf("show does not give the reason:\n%s", out)
	}
	if out := mustRun(t, dir, "show", id, "--format", "md"); !strings.Contains(out, "\n- **Likely reason:** Other: moved abroad\n") {
		t.Errorf("show --format md does not give the reason:\n%s", out)
	}
}

func TestReasonErrors(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-11-20 10:00")
	mustRun(t, dir, "status", id, "rejected")
	before := jobFile(t, dir, id)
	tests := []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"unknown reason", []string{"reason", id, "bad-luck"}, 2, []string{`"bad-luck"`,
			"filled-internally, job-pulled, description-changed, more-experience, fit, still-deciding, no-reason, other"}},
		{"other without text", []string{"reason", id, "other"}, 2, []string{"other", "--text"}},
		{"other with blank text", []string{"reason", id, "other", "--text", "  "}, 2, []string{"--text"}},
		{"two lines of text", []string{"reason", id, "fit", "--text", "one\ntwo"}, 2, []string{"one line"}},
		{"missing reason", []string{"reason", id}, 2, []string{"REASON"}},
		{"unknown job", []string{"reason", "nope", "fit"}, 1, []string{"nope"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := run(t, dir, tt.args...)
			if res.code != tt.code {
				t.Errorf("exit %d, want %d", res.code, tt.code)
			}
			requireOneErrorLine(t, res.stderr, tt.want...)
			if !bytes.Equal(jobFile(t, dir, id), before) {
				t.Error("the job file changed")
			}
		})
	}
}

// The help of prep reason names every reason, in lines that fit a
// terminal 80 columns wide.
func TestReasonHelpListsEveryReason(t *testing.T) {
	help := mustRun(t, t.TempDir(), "reason", "--help")
	start := strings.Index(help, "REASON is one of:")
	end := strings.Index(help, "other.")
	if start < 0 || end < start {
		t.Fatalf("the help does not list the reasons:\n%s", help)
	}
	list := help[start:end]
	for _, line := range strings.Split(list, "\n") {
		if n := len(strings.TrimRight(line, " ")); n > 80 {
			t.Errorf("a line of the reasons is %d columns wide: %q", n, line)
		}
	}
	for _, code := range []string{"filled-internally", "job-pulled", "description-changed", "more-experience", "fit,", "still-deciding", "no-reason"} {
		if !strings.Contains(list, code) {
			t.Errorf("the help does not name %s", code)
		}
	}
}
