package cli

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/prep-cli/prep/checklist"
)

// cmdDecision is "prep decision JOB WHEN": it records when they expect to
// decide, as they said when asked at the end of the interview, and prints
// nothing on success. The follow-up when no word comes is then due two
// working days after that date; "none" clears the date, and the follow-up
// counts from the last round again.
func cmdDecision(r *runner) *cobra.Command {
	return &cobra.Command{
		Use:   "decision JOB WHEN",
		Short: "Record when they expect to decide",
		Long: "Record when they expect to decide, as they said when you asked at the end of\n" +
			"the interview. The follow-up when no word comes is then due two working days\n" +
			"after it, not a week after the last round; none clears the date.",
		Example: `prep decision acme "2026-12-11"
prep decision acme none`,
		Args:              args("JOB", "WHEN"),
		ValidArgsFunction: r.completeJobThen(func(string) []cobra.Completion { return []cobra.Completion{"none"} }),
		RunE: func(_ *cobra.Command, pos []string) error {
			if strings.EqualFold(strings.TrimSpace(pos[1]), "none") {
				return r.apply(pos[0], checklist.SetDecisionDate{})
			}
			at, err := checklist.ParseWhen(pos[1], r.now)
			if err != nil {
				return usagef("WHEN: %v", err)
			}
			return r.apply(pos[0], checklist.SetDecisionDate{At: &at, Said: r.now})
		},
	}
}
