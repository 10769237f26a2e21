package cli_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// unseen are characters encoding/json writes raw that a terminal may act on
// or that reorder the text around them: DEL, C1 controls (CSI among them)
// and the bidi controls.
const unseen = "\x7f\u0080\u009b\u009f\u061c\u200e\u200f\u202a\u202e\u2066\u2069"

// TestJSONEscapesWhatATerminalActsOn: --json output printed to a terminal
// holds none of those characters raw, and a program reading it still gets
// every one of them back, exactly where it was. The text around them, an
// accent and a no-break space included, is written as it is.
func TestJSONEscapesWhatATerminalActsOn(t *testing.T) {
	dir := t.TempDir()
	around := "Caf\u00e9\u00a0~"
	company := around + unseen + " Corp"
	task := "Thank them" + unseen
	id := newJob(t, dir, "--company", company, "--role", "Role", "--at", "2026-11-20 10:00")
	late := clock.Add(-time.Hour)
	if _, err := data.NewStore(dir).Apply(id,
		checklist.AddItem{SectionID: "thanks", Item: checklist.Item{ID: "odd", Text: task, DueAt: &late}}); err != nil {
		t.Fatal(err)
	}
	// output runs prep, checks that nothing unseen is raw in what it
	// printed, and decodes it into v.
	output := func(t *testing.T, v any, args ...string) {
		t.Helper()
		out := mustRun(t, dir, args...)
		for _, r := range unseen {
			if strings.ContainsRune(out, r) {
				t.Errorf("prep %s prints %U raw", strings.Join(args, " "), r)
			}
		}
		if !strings.Contains(out, around) {
			t.Errorf("prep %s does not write %q as it is:\n%s", strings.Join(args, " "), around, out)
		}
		if err := json.Unmarshal([]byte(out), v); err != nil {
			t.Fatalf("prep %s printed no JSON: %v\n%s", strings.Join(args, " "), err, out)
		}
	}

	var list []struct{ Company string }
	if output(t, &list, "list", "--json"); len(list) != 1 || list[0].Company != company {
		t.Errorf("list --json gives %+q, want the company %+q", list, company)
	}
	var job struct{ Company string }
	if output(t, &job, "show", id, "--format", "json"); job.Company != company {
		t.Errorf("show --format json gives the company %+q, want %+q", job.Company, company)
	}
	var due []struct{ Company, Text string }
	output(t, &due, "due", "--json")
	found := false
	for _, d := range due {
		found = found || d.Text == task && d.Company == company
	}
	if !found {
		t.Errorf("due --json gives %+q, want the task %+q of %+q", due, task, company)
	}
}
