package cli

import (
	"errors"
	"strings"

	"github.com/spf13/cobra"

	"github.com/prep-cli/prep/checklist"
)

// cmdReason is "prep reason JOB REASON": it records the likely reason an
// application did not succeed, and prints nothing on success. An unknown
// reason, or "other" without a text, is a usage error, and nothing is
// written.
func cmdReason(r *runner) *cobra.Command {
	var text string
	c := &cobra.Command{
		Use:               "reason JOB REASON",
		Short:             "Record why it likely did not work out",
		Long:              "Record why an application likely did not work out. REASON is one of:\n" + wrapped(reasonNames()+"."),
		Example:           `prep reason acme-corp-backend-engineer-2026-12-01 other --text "They wanted Rust"`,
		Args:              args("JOB", "REASON"),
		ValidArgsFunction: r.completeJobThen(reasonCompletions),
		RunE: func(_ *cobra.Command, pos []string) error {
			code, err := checklist.ParseReason(pos[1])
			if err != nil {
				return usageError{err.Error()}
			}
			reason := checklist.Reason{Code: code, Text: text}
			if err := reason.Validate(); err != nil {
				if errors.Is(err, checklist.ErrReasonText) {
					return usagef("%v: add --text \"...\"", err)
				}
				return usageError{"--text: " + err.Error()}
			}
			return r.apply(pos[0], checklist.SetReason{Reason: &reason, At: r.now})
		},
	}
	c.Flags().StringVar(&text, "text", "", "a line of your own words; required for other")
	return c
}

func reasonNames() string {
	var names []string
	for _, r := range checklist.Reasons() {
		names = append(names, string(r.Code))
	}
	return strings.Join(names, ", ")
}

// wrapped breaks words into lines of at most 76 columns, for help text.
func wrapped(words string) string {
	var b strings.Builder
	line := 0
	for _, w := range strings.Fields(words) {
		switch {
		case line == 0:
		case line+1+len(w) > 76:
			b.WriteString("\n")
			line = 0
		default:
			b.WriteString(" ")
			line++
		}
		b.WriteString(w)
		line += len(w)
	}
	return b.String()
}
