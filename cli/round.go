package cli

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/safetext"
)

// cmdRound is "prep round": the rounds of a job, one interview each. prep
// new makes the first; these add, change, cancel and remove the others.
func cmdRound(r *runner) *cobra.Command {
	c := &cobra.Command{
		Use:   "round",
		Short: "Add, change, cancel or remove a job's rounds",
		Long: "A job holds every round of it: a recruiter call, a technical round, an onsite.\n" +
			"The research, the people and the values are done once for the job; each round\n" +
			"has its own materials, logistics and thank-yous, due from its own time.\n" +
			"ROUND is a round's id, as prep show names it (r1, r2, …).",
		Args: args(),
	}
	c.AddCommand(cmdRoundAdd(r), cmdRoundEdit(r), cmdRoundCancel(r), cmdRoundRemove(r))
	return c
}

func cmdRoundAdd(r *runner) *cobra.Command {
	var f roundFlags
	c := &cobra.Command{
		Use:               "add JOB --at WHEN",
		Short:             "Add a round to a job and print its id",
		Example:           `prep round add acme --name Technical --at "thursday 10:00" --format video --link https://meet.example.com/abc --interviewer "Dana Lee"`,
		Annotations:       map[string]string{synopsisKey: "prep round add JOB --at WHEN [--name NAME] [--format FORMAT] ..."},
		Args:              args("JOB"),
		ValidArgsFunction: r.completeJob,
		RunE: func(c *cobra.Command, pos []string) error {
			if !c.Flags().Changed("at") {
				return usagef("--at is missing; usage: %s", synopsis(c))
			}
			d, err := f.details(c, r, checklist.RoundDetails{})
			if err != nil {
				return err
			}
			t, _, warning := data.LoadTemplate(data.ConfigDir(r.env.Getenv))
			if warning != nil {
				r.warn(warning.Error() + "; using the default template")
			}
			j, err := r.applied(pos[0], checklist.AddRound{Template: t, Details: d, At: r.now})
			if err != nil {
				return err
			}
			added := j.Rounds[len(j.Rounds)-1]
			r.warnOddTimes(j, added.ID)
			_, err = fmt.Fprintln(r.env.Stdout, safetext.Line(added.ID))
			return err
		},
	}
	f.register(c, "")
	return c
}

func cmdRoundEdit(r *runner) *cobra.Command {
	var f roundFlags
	var state string
	c := &cobra.Command{
		Use:   "edit JOB ROUND",
		Short: "Change a round: its time, place, link, people, name or format",
		Long: "Change a round. Only the flags given change; a new time moves the round's due\n" +
			"times with it. --interviewer, given, replaces the list.",
		Example:           `prep round edit acme r2 --at "friday 14:00"`,
		Args:              args("JOB", "ROUND"),
		ValidArgsFunction: r.completeJobThen(r.roundCompletions),
		RunE: func(c *cobra.Command, pos []string) error {
			var st checklist.RoundState
			if c.Flags().Changed("state") {
				var err error
				if st, err = checklist.ParseRoundState(state); err != nil {
					return usagef("--state: %v", err)
				}
			}
			j, rd, err := r.round(pos[0], pos[1])
			if err != nil {
				return err
			}
			d, err := f.details(c, r, roundDetails(rd))
			if err != nil {
				return err
			}
			edits := []checklist.Edit{checklist.SetRound{RoundID: rd.ID, Details: d, At: r.now}}
			if st != "" {
				edits = append(edits, checklist.SetRoundState{RoundID: rd.ID, State: st})
			}
			if j, err = r.applied(j.ID, edits...); err != nil {
				return err
			}
			r.warnOddTimes(j, rd.ID)
			return nil
		},
	}
	f.register(c, "")
	c.Flags().StringVar(&state, "state", "", "scheduled, done or cancelled")
	return c
}

func cmdRoundCancel(r *runner) *cobra.Command {
	return &cobra.Command{
		Use:               "cancel JOB ROUND",
		Short:             "Mark a round cancelled: kept with its notes, no longer chased",
		Example:           "prep round cancel acme r2",
		Args:              args("JOB", "ROUND"),
		ValidArgsFunction: r.completeJobThen(r.roundCompletions),
		RunE: func(_ *cobra.Command, pos []string) error {
			j, rd, err := r.round(pos[0], pos[1])
			if err != nil {
				return err
			}
			_, err = r.applied(j.ID, checklist.SetRoundState{RoundID: rd.ID, State: checklist.Cancelled})
			return err
		},
	}
}

func cmdRoundRemove(r *runner) *cobra.Command {
	var force bool
	c := &cobra.Command{
		Use:   "remove JOB ROUND",
		Short: "Remove a round and its checklist",
		Long: "Remove a round and its checklist. A round with ticks or notes holds your work:\n" +
			"it is removed only with --force (prep round cancel keeps it instead).",
		Example:           "prep round remove acme r3",
		Args:              args("JOB", "ROUND"),
		ValidArgsFunction: r.completeJobThen(r.roundCompletions),
		RunE: func(_ *cobra.Command, pos []string) error {
			j, rd, err := r.round(pos[0], pos[1])
			if err != nil {
				return err
			}
			if rd.Touched() && !force {
				return fmt.Errorf("round %s has ticks or notes; add --force to remove it anyway, or keep it with prep round cancel %s %s",
					safetext.Line(rd.ID), safetext.Line(j.ID), safetext.Line(rd.ID))
			}
			_, err = r.applied(j.ID, checklist.RemoveRound{RoundID: rd.ID})
			return err
		},
	}
	c.Flags().BoolVar(&force, "force", false, "remove the round even though it has ticks or notes")
	return c
}

// round reads a job and one of its rounds; a round it does not have is an
// error naming the ones it has.
func (r *runner) round(jobID, roundID string) (checklist.Job, checklist.Round, error) {
	s, err := r.store()
	if err != nil {
		return checklist.Job{}, checklist.Round{}, err
	}
	if jobID, err = resolveJob(s, jobID); err != nil {
		return checklist.Job{}, checklist.Round{}, err
	}
	j, err := s.Load(jobID)
	if err != nil {
		return j, checklist.Round{}, explainJob(err)
	}
	if rd := j.Round(roundID); rd != nil {
		return j, *rd, nil
	}
	var ids []string
	for _, rd := range j.Rounds {
		ids = append(ids, rd.ID)
	}
	return j, checklist.Round{}, fmt.Errorf("%w: %s has no round %q (its rounds: %s)",
		checklist.ErrNoRound, safetext.Line(j.ID), safetext.Line(roundID), safeJoin(ids))
}

// applied is apply that returns the job as saved.
func (r *runner) applied(id string, edits ...checklist.Edit) (checklist.Job, error) {
	s, err := r.store()
	if err != nil {
		return checklist.Job{}, err
	}
	if id, err = resolveJob(s, id); err != nil {
		return checklist.Job{}, err
	}
	if _, err := s.Load(id); err != nil {
		return checklist.Job{}, explainJob(err)
	}
	j, err := s.Apply(id, edits...)
	if errors.Is(err, checklist.ErrNoRound) {
		return j, err
	}
	return j, explainJob(err)
}

// warnOddTimes says, without refusing it, when a round is at the same time
// as another or before the job was made: people log old rounds, and clash.
func (r *runner) warnOddTimes(j checklist.Job, roundID string) {
	rd := j.Round(roundID)
	if rd == nil || rd.State == checklist.Cancelled {
		return
	}
	for _, other := range j.Rounds {
		if other.ID != rd.ID && other.State != checklist.Cancelled && other.At.Equal(rd.At) {
			r.warn(fmt.Sprintf("round %s is at the same time as round %s (%s)", rd.ID, other.ID, safetext.Line(other.Name)))
		}
	}
	if rd.At.Before(j.CreatedAt) {
		r.warn(fmt.Sprintf("round %s is before the job was added (%s): kept, as a round logged afterwards", rd.ID, r.local(j.CreatedAt)))
	}
}

// roundCompletions offers the rounds of the job named first.
func (r *runner) roundCompletions(job string) []cobra.Completion {
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
	var out []cobra.Completion
	for _, rd := range j.Rounds {
		out = append(out, cobra.CompletionWithDesc(rd.ID, safetext.Line(rd.Name)))
	}
	return out
}
