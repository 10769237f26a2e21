package export

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// The Applied line says when, how, or both, whichever the job knows, and
// is left out when it knows neither.
func TestMarkdownApplied(t *testing.T) {
	applied := time.Date(2026, 11, 2, 9, 0, 0, 0, cet)
	tests := []struct {
		name string
		at   *time.Time
		via  string
		want string // "" when there is no Applied line
	}{
		{"neither", nil, "", ""},
		{"when only", &applied, "", "- **Applied:** Mon 2 Nov 2026\n"},
		{"how only", nil, "a referral from Kim", "- **Applied:** a referral from Kim\n"},
		{"both", &applied, "the careers page", "- **Applied:** Mon 2 Nov 2026 the careers page\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := hardJob()
			j.AppliedAt, j.AppliedVia = tt.at, tt.via
			out := markdownString(t, j)
			switch {
			case tt.want == "" && strings.Contains(out, "**Applied:**"):
				t.Errorf("an Applied line with nothing to say:\n%s", out)
			case tt.want != "" && !strings.Contains(out, tt.want):
				t.Errorf("output lacks %q:\n%s", tt.want, out)
			}
		})
	}
}

// A section with no items is its heading alone, with no empty lines piled
// up after it.
func TestMarkdownEmptySection(t *testing.T) {
	j := hardJob()
	j.Rounds[0].Sections = append([]checklist.Section{{ID: "empty", Title: "Nothing yet", Phase: checklist.Before}}, j.Rounds[0].Sections...)
	out := markdownString(t, j)
	if !strings.Contains(out, "### Before: Nothing yet (0/0)\n\n### ") && !strings.Contains(out, "### Nothing yet (0/0)\n\n### ") {
		t.Errorf("the empty section is not followed by the next one:\n%s", out)
	}
	if strings.Contains(out, "\n\n\n") {
		t.Errorf("the output has two empty lines in a row:\n%s", out)
	}
}

func markdownString(t *testing.T, j checklist.Job) string {
	t.Helper()
	var b bytes.Buffer
	if err := Markdown(&b, j, now); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// Each line of a note is quoted as written: a line that would start a
// list or underline a heading is escaped so that it stays text, and a line
// of digits alone (a year, a phone extension) or one that only starts with
// a full stop is written as it is.
func TestMarkdownNoteLines(t *testing.T) {
	j := hardJob()
	j.Rounds[0].Sections[0].Items[0].Note = "2026\n1. bring this\n2) and this\n- a dash\n+ a plus\n===\n\n42 is the answer\n7\n9. nine\n.NET and Go"
	want := "  > 2026\n  > 1\\. bring this\n  > 2\\) and this\n  > \\- a dash\n  > \\+ a plus\n  > \\===\n  >\n  > 42 is the answer\n  > 7\n  > 9\\. nine\n  > .NET and Go\n"
	if out := markdownString(t, j); !strings.Contains(out, want) {
		t.Errorf("output lacks the quoted note\n%s\nin\n%s", want, out)
	}
}
