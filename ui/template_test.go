package ui

import (
	"errors"
	"strings"
	"sync/atomic"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// TestTheTemplateIsReadOnce: the template for new jobs is read once, and
// a job made from the app starts from it.
func TestTheTemplateIsReadOnce(t *testing.T) {
	own := data.DefaultTemplate()
	own.Sections[0].Items[0].Text = "Read the annual report"
	var reads atomic.Int32
	cfg := testConfig(newStore(t))
	cfg.Template = func() (checklist.Template, error) {
		reads.Add(1)
		return own, nil
	}
	a := startAppWith(t, cfg, 100, 30)
	a.key("n")
	a.waitFor("the form", func(s snapshot) bool { return s.screen == formScreen })
	a.fillForm("Acme Corp", "Backend Engineer", "2026-12-01 10:00", "", "")
	s := a.waitFor("the new job's checklist", snapshot.onJob)
	if got := s.job.Sections[0].Items[0].Text; got != own.Sections[0].Items[0].Text {
		t.Errorf("the new job's first item is %q, not the template's", got)
	}
	a.quit()
	if n := reads.Load(); n != 1 {
		t.Errorf("the template was read %d times, want once", n)
	}
}

// TestTheTemplatesWarningShows: why the person's own template could not be
// used shows in the footer once the template is read, beside an error
// already there rather than over it.
func TestTheTemplatesWarningShows(t *testing.T) {
	for name, before := range map[string]error{"alone": nil, "after another error": errors.New("the disk is full")} {
		t.Run(name, func(t *testing.T) {
			cfg := testConfig(newStore(t))
			cfg.Template = func() (checklist.Template, error) {
				return data.DefaultTemplate(), errors.New("template.json: a misspelt key")
			}
			sized, _ := New(cfg).Update(tea.WindowSizeMsg{Width: 200, Height: 40})
			m := sized.(Model)
			m.err = before
			next, _ := m.Update(readTemplate(m.sh)())
			footer := next.(Model).footer()
			if !strings.Contains(footer, "a misspelt key; new jobs use the default template") {
				t.Errorf("the footer shows no warning about the template:\n%s", footer)
			}
			if before != nil && !strings.Contains(footer, before.Error()) {
				t.Errorf("the warning hid the error before it:\n%s", footer)
			}
		})
	}
}
