package ui

import (
	"errors"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// TestTheTemplateIsReadOnceAfterTheStart: the template for new jobs is
// read once, after the app has started, and why the person's own could
// not be used shows in the footer. A job made then starts from what was
// read.
func TestTheTemplateIsReadOnceAfterTheStart(t *testing.T) {
	own := data.DefaultTemplate()
	own.Sections[0].Items[0].Text = "Read the annual report"
	var reads atomic.Int32
	cfg := testConfig(newStore(t))
	cfg.Template = func() (checklist.Template, error) {
		reads.Add(1)
		return own, errors.New("template.json: line 3: a misspelt key")
	}
	a := startAppWith(t, cfg, 100, 30)
	a.waitForText("a misspelt key; new jobs use the default template")
	a.key("n")
	a.waitFor("the form", func(s snapshot) bool { return s.screen == formScreen })
	a.fillForm("Acme Corp", "Backend Engineer", "2026-12-01 10:00", "", "")
	s := a.waitFor("the new job's checklist", snapshot.onJob)
	if !strings.Contains(s.job.Sections[0].Items[0].Text, "annual report") {
		t.Errorf("the new job's first item is %q, not the template's", s.job.Sections[0].Items[0].Text)
	}
	a.quit()
	if n := reads.Load(); n != 1 {
		t.Errorf("the template was read %d times, want once", n)
	}
}
