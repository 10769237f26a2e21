package checklist

import (
	"strings"

	"github.com/prep-cli/prep/safetext"
)

// MaxDetailLen is the most of a company, role, place or interviewer's name
// that a job keeps, in bytes: far more than any real one needs, and little
// enough that a paste gone wrong cannot swamp the job's file or screens.
const MaxDetailLen = 500

// tidyDetail is a detail as a job keeps it: trimmed, and cut to
// MaxDetailLen on a character's boundary.
func tidyDetail(s string) string {
	return strings.TrimSpace(safetext.Cut(strings.TrimSpace(s), MaxDetailLen))
}
