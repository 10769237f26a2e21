package cli

import (
	"errors"

	"github.com/prep-cli/prep/checklist"
)

// runReason records the likely reason an application did not succeed. It
// prints nothing on success. An unknown reason, or "other" without a text,
// is a usage error, and nothing is written.
func runReason(r *runner, args []string) error {
	fs := r.flags()
	text := fs.String("text", "", "a line of your own `words`; required for other")
	pos, err := r.parse(fs, args, "JOB", "REASON")
	if err != nil {
		return err
	}
	code, err := checklist.ParseReason(pos[1])
	if err != nil {
		return usageError{err.Error()}
	}
	reason := checklist.Reason{Code: code, Text: *text}
	if err := reason.Validate(); err != nil {
		if errors.Is(err, checklist.ErrReasonText) {
			return usagef("%v: add --text \"...\"", err)
		}
		return usageError{"--text: " + err.Error()}
	}
	return r.apply(pos[0], checklist.SetReason{Reason: &reason})
}
