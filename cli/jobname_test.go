package cli_test

import (
	"strings"
	"testing"
)

// A job can be named by any part of its id that names it alone, or by its
// company when that has one job; a name that fits several lists them.
func TestJobNames(t *testing.T) {
	dir := t.TempDir()
	northwind := newJob(t, dir, "--company", "Northwind Traders", "--role", "Data Analyst", "--at", "2026-12-01 10:00")
	acme := newJob(t, dir, "--company", "Acme", "--role", "Backend Engineer", "--at", "2026-12-02 10:00")
	acmeLabs := newJob(t, dir, "--company", "Acme Labs", "--role", "Platform Engineer", "--at", "2026-12-03 10:00")
	newJob(t, dir, "--company", "Orbit", "--role", "SRE", "--at", "2026-12-04 10:00")
	newJob(t, dir, "--company", "Orbit", "--role", "Data Engineer", "--at", "2026-12-05 10:00")

	for _, tt := range []struct{ name, want string }{
		{northwind, northwind},
		{"northwind", northwind},
		{"Northwind Traders", northwind},
		{"analyst", northwind},
		{"backend", acme},
		{"Acme", acme},
		{"acme labs", acmeLabs},
		{"platform", acmeLabs},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out := mustRun(t, dir, "show", tt.name, "--format", "json")
			if !strings.Contains(out, `"id": "`+tt.want+`"`) {
				t.Errorf("prep show %q showed another job than %s:\n%.200s", tt.name, tt.want, out)
			}
		})
	}

	t.Run("every command taking JOB", func(t *testing.T) {
		mustRun(t, dir, "status", "northwind", "interviewed")
		mustRun(t, dir, "reason", "northwind", "filled-internally")
		mustRun(t, dir, "export", "northwind", "--format", "md")
		mustRun(t, dir, "round", "add", "analyst", "--at", "2026-12-08 10:00")
		mustRun(t, dir, "round", "cancel", "analyst", "r2")
		if j := loadJob(t, dir, northwind); j.Status != "interviewed" || len(j.Rounds) != 2 {
			t.Errorf("the job named by a part was not the one changed: status %s, %d rounds", j.Status, len(j.Rounds))
		}
	})

	t.Run("ambiguous", func(t *testing.T) {
		for _, args := range [][]string{{"show", "orbit"}, {"status", "orbit", "offer"}, {"check", "orbit", "x"}} {
			res := run(t, dir, args...)
			if res.code != 2 {
				t.Errorf("prep %s: exit %d, want 2", strings.Join(args, " "), res.code)
			}
			requireOneErrorLine(t, res.stderr, "orbit-sre-2026-12-04", "orbit-data-engineer-2026-12-05")
			if res.stdout != "" {
				t.Errorf("prep %s printed %q", strings.Join(args, " "), res.stdout)
			}
		}
	})

	t.Run("a part of several ids", func(t *testing.T) {
		res := run(t, dir, "show", "engineer")
		if res.code != 2 {
			t.Errorf("prep show engineer: exit %d, want 2", res.code)
		}
		requireOneErrorLine(t, res.stderr, `"engineer" names 3 jobs`, acme, acmeLabs, "orbit-data-engineer-2026-12-05")
	})

	t.Run("none", func(t *testing.T) {
		res := run(t, dir, "show", "globex")
		if res.code != 1 {
			t.Errorf("prep show globex: exit %d, want 1", res.code)
		}
		requireOneErrorLine(t, res.stderr, "no such job", "globex", "prep list shows the jobs")
	})
}
