package checklist_test

import (
	"strings"
	"testing"

	"github.com/prep-cli/prep/checklist"
)

func TestMergeText(t *testing.T) {
	tests := []struct {
		name, base, ours, theirs, want string
		clean                          bool
	}{
		{"nobody changed it", "a", "a", "a", "a", true},
		{"only we changed it", "a", "a b", "a", "a b", true},
		{"only they changed it", "a", "a", "a c", "a c", true},
		{"both wrote the same", "a", "b", "b", "b", true},
		{"both began from nothing", "", "ours", "theirs", "ours\ntheirs", false},
		{"we added a line, they added another at the end",
			"CEO: Ada", "Went to the office\nCEO: Ada", "CEO: Ada\nCTO: Bo",
			"Went to the office\nCEO: Ada\nCTO: Bo", true},
		{"each changed a different line",
			"one\ntwo\nthree", "ONE\ntwo\nthree", "one\ntwo\nTHREE", "ONE\ntwo\nTHREE", true},
		{"both changed the same line: both kept, ours first",
			"one\ntwo\nthree", "one\n2\nthree", "one\nII\nthree", "one\n2\nII\nthree", false},
		{"they emptied it, we added to it",
			"keep", "keep\nmore", "", "keep\nmore", false},
		{"we removed a line they left alone", "a\nb\nc", "a\nc", "a\nb\nc\nd", "a\nc\nd", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, clean := checklist.MergeText(tt.base, tt.ours, tt.theirs)
			if got != tt.want || clean != tt.clean {
				t.Errorf("MergeText(%q, %q, %q) = %q, %v; want %q, %v", tt.base, tt.ours, tt.theirs, got, clean, tt.want, tt.clean)
			}
		})
	}
}

// TestMergeTextKeepsEveryLineAdded: whatever the texts, a line that either
// side added to the base is in the result.
func TestMergeTextKeepsEveryLineAdded(t *testing.T) {
	base := "research\nvalues\npeople"
	for _, ours := range []string{"research\nvalues\npeople\nours", "ours\nresearch", "values", ""} {
		for _, theirs := range []string{"research\ntheirs\npeople", "theirs", "research\nvalues\npeople\ntheirs 2", ""} {
			got, _ := checklist.MergeText(base, ours, theirs)
			for _, side := range []string{ours, theirs} {
				for _, line := range strings.Split(side, "\n") {
					if line != "" && !strings.Contains(base, line) && !strings.Contains(got, line) {
						t.Errorf("MergeText(base, %q, %q) = %q lost %q", ours, theirs, got, line)
					}
				}
			}
		}
	}
}

func TestMergeTextOfLongTextsKeepsBoth(t *testing.T) {
	long := strings.Repeat("line\n", 3000)
	got, clean := checklist.MergeText(long, long+"ours", long+"theirs")
	if clean || !strings.Contains(got, "ours") || !strings.Contains(got, "theirs") {
		t.Errorf("a long note lost a side: clean=%v, ends %q", clean, got[len(got)-20:])
	}
}
