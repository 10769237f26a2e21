package checklist_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/prep-cli/prep/checklist"
)

// Changes on both sides near the first and the last line, lines removed
// and added, changes between repeated lines, merge line by line; the same
// line changed two ways keeps both.
func TestMergeTextAtTheEdges(t *testing.T) {
	tests := []struct {
		base, ours, theirs, want string
		clean                    bool
	}{
		{"x\ny", "n\nx\ny", "x\ny2", "n\nx\ny2", true},
		{"x\ny", "x2\ny", "x\ny\nz", "x2\ny\nz", true},
		{"a\nb\nc", "a\nc", "a\nb\nc\nd", "a\nc\nd", true},
		{"a\nb\nc\nd", "b\nc\nd", "a\nb\nc\nD", "b\nc\nD", true},
		{"a\nb\na\nb", "b\na\nb", "a\nb\na\nb\na", "b\na\nb\na", true},
		{"a\nb\nc", "a\nB1\nc", "a\nB2\nc", "a\nB1\nB2\nc", false},
		{"1\n2\n3\n4\n5\n6\n7\n8", "1\nB\n3\n4\n5\nF\n7\n8", "1\n2\n3\nD\n5\n6\n7\nH", "1\nB\n3\nD\n5\nF\n7\nH", true},
		{"1\n2\n3\n4\n5\n6\n7\n8", "1\n3\n4\n5\n7\n8\nX", "0\n1\n2\n3\n5\n6\n7\n8", "0\n1\n3\n5\n7\n8\nX", true},
		{"a\nb\na\nb\na", "a\nb\nX\na\nb\na", "a\nb\na\nY\nb\na", "a\nb\nX\na\nY\nb\na", true},
		{"b\na\nb\nc\nd", "c\nb", "c\nd", "c\nb", true},
		{"a\nc\nd\nc\nd\na", "d\nc\nd\na\nc\nb", "d\na", "d\na\nc\nb", true},
	}
	for _, tt := range tests {
		got, clean := checklist.MergeText(tt.base, tt.ours, tt.theirs)
		if got != tt.want || clean != tt.clean {
			t.Errorf("MergeText(%q, %q, %q) = %q, %v; want %q, %v", tt.base, tt.ours, tt.theirs, got, clean, tt.want, tt.clean)
		}
	}
}

// A text of up to 2048 lines on each side is merged line by line; past
// that it is merged whole, as a clash: ours, then the lines of theirs ours
// lacks, so that nothing either wrote is lost.
func TestMergeTextOfManyLines(t *testing.T) {
	text := func(n int, change map[int]string) string {
		lines := make([]string, n)
		for i := range lines {
			lines[i] = fmt.Sprint("line ", i)
			if s, ok := change[i]; ok {
				lines[i] = s
			}
		}
		return strings.Join(lines, "\n")
	}
	for _, n := range []int{2048, 2049} {
		base := text(n, nil)
		ours, theirs := text(n, map[int]string{1: "ours"}), text(n, map[int]string{n - 2: "theirs"})
		got, clean := checklist.MergeText(base, ours, theirs)
		want, wantClean := text(n, map[int]string{1: "ours", n - 2: "theirs"}), true
		if n > 2048 {
			want, wantClean = ours+"\nline 1\ntheirs", false
		}
		if got != want || clean != wantClean {
			t.Errorf("%d lines: merged %d lines, clean %v; want %d lines, clean %v", n, strings.Count(got, "\n")+1, clean, strings.Count(want, "\n")+1, wantClean)
		}
	}
}
