package cli_test

import (
	"slices"
	"testing"
	"time"
)

func TestNew(t *testing.T) {
	dir := t.TempDir()
	res := run(t, dir, "new", "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-12-01 10:00",
		"--where", "Main St 1", "--interviewer", "Ann Lee", "--interviewer", "Bob Stone")
	if res.code != 0 || res.stderr != "" {
		t.Fatalf("exit %d, stderr %q", res.code, res.stderr)
	}
	const id = "acme-corp-backend-engineer-2026-12-01"
	if res.stdout != id+"\n" {
		t.Fatalf("stdout = %q, want the id alone", res.stdout)
	}
	j := loadJob(t, dir, id)
	if want := time.Date(2026, 12, 1, 10, 0, 0, 0, cet); !j.Rounds[0].At.Equal(want) {
		t.Errorf("interview at %v, want %v", j.Rounds[0].At, want)
	}
	if j.Rounds[0].Where != "Main St 1" || !slices.Equal(j.Rounds[0].Names(), []string{"Ann Lee", "Bob Stone"}) {
		t.Errorf("where %q, interviewers %q", j.Rounds[0].Where, j.Rounds[0].Names())
	}
	if j.Item("thank-interviewers-ann-lee") == nil || j.Item("thank-interviewers-bob-stone") == nil {
		t.Error("no thank-you item for each interviewer")
	}
	if !j.CreatedAt.Equal(clock) {
		t.Errorf("created at %v, want the clock's %v", j.CreatedAt, clock)
	}

	again := newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-12-01")
	if again != id+"-2" {
		t.Errorf("second job with the same details got id %q, want %q", again, id+"-2")
	}
}

func TestNewRelativeDate(t *testing.T) {
	dir := t.TempDir()
	id := newJob(t, dir, "--company", "Initech", "--role", "SRE", "--at", "tomorrow 2pm")
	if want := time.Date(2026, 11, 24, 14, 0, 0, 0, cet); !loadJob(t, dir, id).Rounds[0].At.Equal(want) {
		t.Errorf("interview at %v, want %v", loadJob(t, dir, id).Rounds[0].At, want)
	}
}

func TestNewUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"missing company", []string{"--role", "R", "--at", "2026-12-01"}, "--company"},
		{"empty company", []string{"--company", "  ", "--role", "R", "--at", "2026-12-01"}, "--company"},
		{"missing role", []string{"--company", "C", "--at", "2026-12-01"}, "--role"},
		{"missing at", []string{"--company", "C", "--role", "R"}, "--at"},
		{"bad date", []string{"--company", "C", "--role", "R", "--at", "next week"}, "--at"},
		{"bad clock", []string{"--company", "C", "--role", "R", "--at", "2026-12-01 25:99"}, "--at"},
		{"unknown flag", []string{"--company", "C", "--role", "R", "--at", "2026-12-01", "--salary", "1"}, "-salary"},
		{"stray argument", []string{"--company", "C", "--role", "R", "--at", "2026-12-01", "extra"}, `"extra"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			res := run(t, dir, append([]string{"new"}, tt.args...)...)
			if res.code != 2 {
				t.Errorf("exit %d, want 2", res.code)
			}
			if res.stdout != "" {
				t.Errorf("stdout = %q, want nothing", res.stdout)
			}
			requireOneErrorLine(t, res.stderr, tt.want)
			requireEmptyDir(t, dir)
		})
	}
}

// --at reads what people write, and refuses a date in digits that reads
// two ways, naming both, with nothing written.
func TestNewReadsTypedDates(t *testing.T) {
	dir := t.TempDir()
	// The clock is Monday 2026-11-23 09:00 CET.
	for _, tt := range []struct{ at, want string }{
		{"friday 11am", "2026-11-27T11:00:00+01:00"},
		{"next monday 10am", "2026-11-30T10:00:00+01:00"},
		{"Dec 3 2pm", "2026-12-03T14:00:00+01:00"},
		{"3 Dec 2026 14:00 +0000", "2026-12-03T14:00:00Z"},
	} {
		id := newJob(t, dir, "--company", "Acme", "--role", tt.at, "--at", tt.at)
		if got := loadJob(t, dir, id).Rounds[0].At.Format(time.RFC3339); got != tt.want {
			t.Errorf("--at %q made a round at %s, want %s", tt.at, got, tt.want)
		}
	}
	empty := t.TempDir()
	res := run(t, empty, "new", "--company", "Acme", "--role", "SRE", "--at", "12/08 10:00")
	if res.code != 2 {
		t.Errorf("--at 12/08: exit %d, want 2", res.code)
	}
	requireOneErrorLine(t, res.stderr, "--at", "12 Aug", "Dec 8", "2026-08-12", "2026-12-08")
	requireEmptyDir(t, empty)
}
