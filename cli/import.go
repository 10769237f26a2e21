package cli

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/importer"
	"github.com/prep-cli/prep/invite"
	"github.com/prep-cli/prep/safetext"
)

// importFlags are prep import's options.
type importFlags struct {
	dryRun, json, all, newJob bool
	me                        []string
	company, role, job        string
	pick                      int
}

// cmdImport is "prep import": a calendar invitation becomes a job or a
// round of one, and a later version of it changes that round.
func cmdImport(r *runner) *cobra.Command {
	var f importFlags
	c := &cobra.Command{
		Use:   "import FILE...",
		Short: "Make a job or a round from a calendar invitation",
		Long: "Read a calendar invitation (.ics), or a whole mail message (.eml) that carries one,\n" +
			"and make the meeting a job, or the next round of the job at the same company.\n" +
			"A later invitation for the same meeting moves the round, changes its place, link\n" +
			"and people, or cancels it; an older one changes nothing. FILE - reads standard input.\n\n" +
			"Your own addresses (prep config me add ADDRESS, or --me) are never taken for an\n" +
			"interviewer. Nothing is saved when anything is wrong.",
		Example: `prep import ~/Downloads/invite.ics --dry-run
prep import interview.eml --role "Backend Engineer"
prep import update.ics`,
		Annotations: map[string]string{synopsisKey: "prep import FILE... [--dry-run [--json]] [--company C] [--role R] [--job JOB | --new]"},
		Args: func(c *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("import: missing FILE; usage: %s", synopsis(c))
			}
			return nil
		},
		RunE: func(c *cobra.Command, files []string) error { return r.importFiles(files, f) },
	}
	fl := c.Flags()
	fl.BoolVar(&f.dryRun, "dry-run", false, "say what would be made, and save nothing")
	fl.BoolVar(&f.json, "json", false, "with --dry-run, say it as JSON")
	fl.StringArrayVar(&f.me, "me", nil, "one of your own mail addresses (also kept by prep config me add)")
	fl.StringVar(&f.company, "company", "", "the company, where the guess is wrong or missing")
	fl.StringVar(&f.role, "role", "", "the role, for a new job")
	fl.StringVar(&f.job, "job", "", "make the meeting a round of this job")
	fl.BoolVar(&f.newJob, "new", false, "make the meeting a job of its own, even where the company has one")
	fl.BoolVar(&f.all, "all", false, "import every meeting of an invitation that holds several")
	fl.IntVar(&f.pick, "pick", 0, "import only the Nth meeting of an invitation that holds several")
	_ = c.RegisterFlagCompletionFunc("job", r.completeJob)
	return c
}

// importFiles reads every file and decides every meeting first, so that
// a bad file or a question saves nothing; then it saves them in turn.
func (r *runner) importFiles(files []string, f importFlags) error {
	switch {
	case f.json && !f.dryRun:
		return usagef("--json goes with --dry-run")
	case f.job != "" && f.newJob:
		return usagef("--job and --new ask for different things; give one")
	case f.all && f.pick != 0:
		return usagef("--all and --pick ask for different things; give one")
	}
	me, err := r.myAddresses(f.me)
	if err != nil {
		return err
	}
	s, err := r.store()
	if err != nil {
		return err
	}
	jobs, err := r.readableJobs()
	if err != nil {
		return err
	}
	o := importer.Options{Me: me, Company: f.company, Role: f.role, New: f.newJob}
	if f.job != "" {
		if o.JobID, err = jobForImport(s, jobs, f.job); err != nil {
			return err
		}
	}
	type meeting struct {
		file  string
		event invite.Event
	}
	var meetings []meeting
	var plans []importer.Plan
	for _, file := range files {
		events, err := r.readInvite(file, me)
		if err != nil {
			return err
		}
		if events, err = picked(file, events, f); err != nil {
			return err
		}
		for _, e := range events {
			p, err := decide(file, e, jobs, o)
			if err != nil {
				return err
			}
			meetings, plans = append(meetings, meeting{file, e}), append(plans, p)
		}
	}
	if f.dryRun {
		return r.showPlans(plans, f.json)
	}
	t, _, warning := data.LoadTemplate(data.ConfigDir(r.env.Getenv))
	if warning != nil {
		r.warn(warning.Error() + "; using the default template")
	}
	for i, m := range meetings {
		p := plans[i]
		if i > 0 {
			// An earlier meeting may have made the job this one joins.
			if jobs, err = r.readableJobs(); err != nil {
				return err
			}
			if p, err = decide(m.file, m.event, jobs, o); err != nil {
				return err
			}
		}
		if err := r.saveImport(s, m.file, p, t); err != nil {
			return err
		}
	}
	return nil
}

// myAddresses are the person's own addresses: the config's and those
// given with --me.
func (r *runner) myAddresses(given []string) ([]string, error) {
	cfg, err := data.LoadConfig(data.ConfigDir(r.env.Getenv))
	if err != nil {
		r.warn(err.Error() + "; your own addresses in it were not used")
	}
	for _, a := range given {
		if err := data.ValidAddress(a); err != nil {
			return nil, usagef("--me: %v", err)
		}
		cfg = cfg.WithMe(a)
	}
	return cfg.Me, nil
}

// readInvite reads the meetings of one file, or of standard input for -.
func (r *runner) readInvite(file string, me []string) ([]invite.Event, error) {
	if file != "-" {
		return importer.ReadFile(file, me, r.now.Location())
	}
	in := r.env.Stdin
	if in == nil {
		in = bytes.NewReader(nil)
	}
	events, err := importer.Read(in, me, r.now.Location())
	if err != nil {
		return nil, fmt.Errorf("standard input: %w", err)
	}
	return events, nil
}

// picked are the meetings of a file to import: the only one, the one
// --pick names, or every one with --all.
func picked(file string, events []invite.Event, f importFlags) ([]invite.Event, error) {
	switch {
	case f.all:
		return events, nil
	case f.pick != 0:
		if f.pick < 1 || f.pick > len(events) {
			return nil, usagef("--pick %d: %s holds %s", f.pick, fileName(file), meetingCount(len(events)))
		}
		return events[f.pick-1 : f.pick], nil
	case len(events) > 1:
		var list []string
		for i, e := range events {
			list = append(list, fmt.Sprintf("%d) %s", i+1, safetext.Line(e.Summary)))
		}
		return nil, usagef("%s holds %s: %s; import one with --pick N, or all with --all",
			fileName(file), meetingCount(len(events)), strings.Join(list, ", "))
	}
	return events, nil
}

func meetingCount(n int) string {
	if n == 1 {
		return "1 meeting"
	}
	return fmt.Sprintf("%d meetings", n)
}

func fileName(file string) string {
	if file == "-" {
		return "standard input"
	}
	return safetext.Line(file)
}

// decide is importer.Decide with its questions put as usage errors that
// name the option answering them.
func decide(file string, e invite.Event, jobs []checklist.Job, o importer.Options) (importer.Plan, error) {
	p, err := importer.Decide(e, jobs, o)
	if err == nil {
		err = p.Missing()
	}
	var hint string
	switch {
	case err == nil:
		return p, nil
	case errors.Is(err, importer.ErrNoCompany):
		hint = "; give it with --company"
	case errors.Is(err, importer.ErrNoRole):
		hint = "; give it with --role"
	case errors.Is(err, importer.ErrWhichJob):
		hint = "; choose one with --job JOB, or make a job of its own with --new"
	case errors.Is(err, importer.ErrNoSuchJob):
		hint = "; prep list shows the jobs"
	default:
		return p, fmt.Errorf("%s: %w", fileName(file), err)
	}
	return p, usagef("%s: %v%s", fileName(file), err, hint)
}

// jobForImport is the job --job names, as every command names one; here
// a name that fits no job is a mistake of the command line.
func jobForImport(s *data.Store, jobs []checklist.Job, name string) (string, error) {
	id, err := resolveJob(s, name)
	if err != nil {
		return "", err
	}
	if !slices.ContainsFunc(jobs, func(j checklist.Job) bool { return j.ID == id }) {
		return "", usagef("--job %s: no such job; prep list shows the jobs", safetext.Line(name))
	}
	return id, nil
}

// saveImport saves one plan and says what it did; an older or unchanged
// invitation is said and nothing is saved.
func (r *runner) saveImport(s *data.Store, file string, p importer.Plan, t checklist.Template) error {
	if !p.Action.Writes() {
		if p.Action == importer.Older {
			r.warn(fmt.Sprintf("import: %s is older than the invitation round %s of %s came from; nothing changed",
				fileName(file), p.RoundID, p.JobID))
			return nil
		}
		_, err := fmt.Fprintf(r.out(), "%s %s: up to date\n", safetext.Line(p.JobID), p.RoundID)
		return err
	}
	j, roundID, err := importer.Save(s, p, t, r.now)
	if err != nil {
		return explainJob(err)
	}
	r.warnOddTimes(j, roundID)
	done := map[importer.Action]string{importer.NewJob: "new job", importer.NewRound: "new round",
		importer.Update: "updated", importer.Cancel: "cancelled"}[p.Action]
	_, err = fmt.Fprintf(r.out(), "%s %s: %s\n", safetext.Line(j.ID), safetext.Line(roundID), done)
	return err
}

// showPlans says what would be made, and saves nothing.
func (r *runner) showPlans(plans []importer.Plan, asJSON bool) error {
	if asJSON {
		out := make([]planJSON, len(plans))
		for i, p := range plans {
			out[i] = toPlanJSON(p)
		}
		return writeJSON(r.env.Stdout, out)
	}
	ew := &errWriter{w: r.out()}
	for i, p := range plans {
		if i > 0 {
			ew.printf("\n")
		}
		r.showPlan(ew, p)
	}
	return ew.err
}

func (r *runner) showPlan(ew *errWriter, p importer.Plan) {
	ew.printf("%s\n", safetext.Line(p.Headline()))
	for _, f := range p.Fields(r.now.Location()) {
		ew.printf("  %-10s %s\n", f.Label, safetext.Line(f.Value))
	}
	for i, a := range p.Assumed {
		label := ""
		if i == 0 {
			label = "Assumed"
		}
		ew.printf("  %-10s %s\n", label, safetext.Line(a))
	}
}
