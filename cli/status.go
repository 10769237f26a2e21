package cli

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/prep-cli/prep/checklist"
)

// cmdStatus is "prep status JOB STATUS": it sets where a job's application
// stands, and prints nothing on success. An unknown status is a usage
// error, and nothing is written.
func cmdStatus(r *runner) *cobra.Command {
	return &cobra.Command{
		Use:               "status JOB STATUS",
		Short:             "Set a job's status",
		Long:              "Set where a job's application stands. STATUS is one of:\n" + statusNames() + ".",
		Example:           "prep status acme-corp-backend-engineer-2026-12-01 offer",
		Args:              args("JOB", "STATUS"),
		ValidArgsFunction: r.completeJobThen(statusCompletions),
		RunE: func(_ *cobra.Command, pos []string) error {
			st, err := checklist.ParseStatus(pos[1])
			if err != nil {
				return usageError{err.Error()}
			}
			return r.apply(pos[0], checklist.SetStatus{Status: st, At: r.now})
		},
	}
}

func statusNames() string {
	var names []string
	for _, s := range checklist.Statuses() {
		names = append(names, string(s))
	}
	return strings.Join(names, ", ")
}
