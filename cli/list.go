package cli

import (
	"fmt"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/safetext"
)

// timeLayout is how prep writes a moment for people: local date and clock.
const timeLayout = "2006-01-02 15:04"

// cmdList is "prep list": every job on a line, upcoming ones first. Files
// that cannot be read are named on stderr and skipped; they do not make the
// command fail. So are the files of a newer version of prep, which are
// listed but cannot be changed.
func cmdList(r *runner) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:     "list",
		Short:   "List the jobs, upcoming first",
		Example: `prep list --json | jq -r '.[] | select(.status == "upcoming") | .id'`,
		Args:    args(),
		RunE: func(*cobra.Command, []string) error {
			jobs, err := readable(r, (*data.Store).DigestsWithoutTasks)
			if err != nil {
				return err
			}
			if err := r.warnNewer(jobs); err != nil {
				return err
			}
			jobs = inListOrder(jobs, r.now)
			if asJSON {
				return r.listJSON(jobs)
			}
			return r.listText(jobs)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print a JSON array, one object a job")
	return c
}

// warnNewer names on stderr each job whose file a newer version of prep
// wrote: this build shows it, but will not change it.
func (r *runner) warnNewer(jobs []checklist.Digest) error {
	s, err := r.store()
	if err != nil {
		return err
	}
	for _, d := range jobs {
		if d.Job.Version > checklist.FormatVersion {
			if ro := s.ReadOnly(d.Job); ro != nil {
				r.warn("read-only: " + ro.Error())
			}
		}
	}
	return nil
}

// inListOrder puts the jobs still to come first, soonest first, then the
// past ones, most recent first.
func inListOrder(jobs []checklist.Digest, now time.Time) []checklist.Digest {
	type listed struct {
		d  *checklist.Digest
		at time.Time
	}
	var upcoming, past []listed
	for i := range jobs {
		d := &jobs[i]
		l := listed{d, d.Job.ListedAt(now)}
		if d.Job.NextRound(now) != nil {
			upcoming = append(upcoming, l)
		} else {
			past = append(past, l)
		}
	}
	// Ids are told apart only at the same time: a thousand jobs are
	// compared some ten thousand times.
	byTime := func(a, b listed) int {
		if c := a.at.Compare(b.at); c != 0 {
			return c
		}
		return strings.Compare(a.d.Job.ID, b.d.Job.ID)
	}
	slices.SortStableFunc(upcoming, byTime)
	slices.SortStableFunc(past, func(a, b listed) int { return byTime(b, a) })
	out := make([]checklist.Digest, 0, len(jobs))
	for _, l := range append(upcoming, past...) {
		out = append(out, *l.d)
	}
	return out
}

func (r *runner) listText(jobs []checklist.Digest) error {
	if len(jobs) == 0 {
		_, err := fmt.Fprintln(r.out(), "No jobs yet: add one with prep new --company C --role R --at WHEN, or run prep to open the app.")
		return err
	}
	tw := tabwriter.NewWriter(r.out(), 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tCOMPANY\tROLE\tINTERVIEW\tROUND\tSTATUS\tDONE")
	for _, d := range jobs {
		j, p := d.Job, d.Progress
		at, round := j.ListedAt(r.now), "-"
		if rd := j.CurrentRound(r.now); rd != nil {
			n, of := j.Number(rd)
			round = fmt.Sprintf("%d/%d %s", n, of, safetext.Line(rd.Name))
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s (%s)\t%s\t%s\t%d/%d\n",
			safetext.Line(j.ID), safetext.Line(j.Company), safetext.Line(j.Role),
			r.local(at), checklist.Relative(at, r.now), round,
			safetext.Line(string(j.EffectiveStatus(r.now))), p.Done, p.Total)
	}
	return tw.Flush()
}

// listJSON writes "prep list --json": an array of one object a job. Its
// keys are part of the command line contract:
//
//	id            the job id, for show, check, uncheck and status
//	company       the company
//	role          the role
//	interview_at  the time of the round below, RFC 3339 in the local time
//	              zone
//	round         the job's next round, or its last when none is to come:
//	              id, name, format, at, minutes, where, link, state, and
//	              number and of ("round 2 of 3"); null when it has none
//	rounds        how many rounds the job has, cancelled ones too
//	status        the status to show (an upcoming job whose time has come
//	              is "interviewed")
//	done, total   how many of the job's visible items are ticked, of all
func (r *runner) listJSON(jobs []checklist.Digest) error {
	loc := r.now.Location()
	w := newJSONWriter(r.env.Stdout)
	w.beginArray()
	for i := range jobs {
		j, p := &jobs[i].Job, jobs[i].Progress
		w.beginObject()
		w.stringField("id", j.ID)
		w.stringField("company", j.Company)
		w.stringField("role", j.Role)
		w.timeField("interview_at", j.ListedAt(r.now).In(loc))
		if rd := j.CurrentRound(r.now); rd != nil {
			w.beginObjectField("round")
			roundFields(w, j, rd, loc)
			w.endObject()
		} else {
			w.nullField("round")
		}
		w.intField("rounds", len(j.Rounds))
		w.stringField("status", string(j.EffectiveStatus(r.now)))
		w.intField("done", p.Done)
		w.intField("total", p.Total)
		w.endObject()
	}
	w.endArray()
	return w.finish()
}

// roundFields writes the keys of a round in "prep list --json", leaving out
// minutes, where and link when they are not set.
func roundFields(w *jsonWriter, j *checklist.Job, rd *checklist.Round, loc *time.Location) {
	n, of := j.Number(rd)
	w.stringField("id", rd.ID)
	w.stringField("name", rd.Name)
	w.stringField("format", string(rd.Format))
	w.timeField("at", rd.At.In(loc))
	if rd.Minutes != 0 {
		w.intField("minutes", rd.Minutes)
	}
	if rd.Where != "" {
		w.stringField("where", rd.Where)
	}
	if rd.Link != "" {
		w.stringField("link", rd.Link)
	}
	w.stringField("state", string(rd.State))
	w.intField("number", n)
	w.intField("of", of)
}

// local writes a moment in the time zone of the clock prep runs by.
func (r *runner) local(t time.Time) string {
	return t.In(r.now.Location()).Format(timeLayout)
}
