package cli

import (
	"github.com/spf13/cobra"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/safetext"
)

// The shell completions of the arguments, for the scripts "prep completion
// SHELL" writes. They read as little as they can, since they run at every
// press of tab: job ids come from the file names alone.

// completeJob offers the job ids for a command whose only argument is JOB.
func (r *runner) completeJob(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	return r.jobIDs(), cobra.ShellCompDirectiveNoFileComp
}

// completeJobThen offers the job ids for JOB, then what second gives for
// the argument after it.
func (r *runner) completeJobThen(second func(job string) []cobra.Completion) cobra.CompletionFunc {
	return func(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
		switch len(args) {
		case 0:
			return r.jobIDs(), cobra.ShellCompDirectiveNoFileComp
		case 1:
			return second(args[0]), cobra.ShellCompDirectiveNoFileComp
		}
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
}

func (r *runner) jobIDs() []cobra.Completion {
	s, err := r.store()
	if err != nil {
		return nil
	}
	ids, _ := s.IDs()
	return ids
}

// itemIDs offers a job's item ids, each with its text.
func (r *runner) itemIDs(job string) []cobra.Completion {
	s, err := r.store()
	if err != nil {
		return nil
	}
	job, err = resolveJob(s, job)
	if err != nil {
		return nil
	}
	j, err := s.Load(job)
	if err != nil {
		return nil
	}
	var items []cobra.Completion
	for _, s := range j.Sections {
		for _, it := range s.Items {
			items = append(items, cobra.CompletionWithDesc(it.ID, safetext.Line(it.Text)))
		}
	}
	return items
}

func statusCompletions(string) []cobra.Completion {
	var out []cobra.Completion
	for _, s := range checklist.Statuses() {
		out = append(out, string(s))
	}
	return out
}

func reasonCompletions(string) []cobra.Completion {
	var out []cobra.Completion
	for _, r := range checklist.Reasons() {
		out = append(out, cobra.CompletionWithDesc(string(r.Code), r.Label))
	}
	return out
}

// completeTrashed offers the names of the jobs in the trash.
func (r *runner) completeTrashed(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	s, err := r.store()
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	trashed, _ := s.TrashList()
	var names []cobra.Completion
	for _, t := range trashed {
		if t.Err == nil {
			names = append(names, cobra.CompletionWithDesc(t.Name, safetext.Line(t.Company+", "+t.Role)))
		}
	}
	return names, cobra.ShellCompDirectiveNoFileComp
}
