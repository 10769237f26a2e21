package cli

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/export"
	"github.com/prep-cli/prep/safetext"
)

// formats are the ways "prep show" can print a job.
var formats = []string{"text", "md", "json"}

// cmdShow is "prep show JOB": one job's checklist as text, Markdown or its
// file's JSON.
func cmdShow(r *runner) *cobra.Command {
	var format string
	c := &cobra.Command{
		Use:   "show JOB",
		Short: "Show a job's checklist, with the item ids",
		Long: "Show a job's checklist, with the ids that check and uncheck take.\n" +
			"JOB is a job's id, as prep list shows it, any part of it that names one job\n" +
			"alone, or the company when it has one job.",
		Example:           "prep show acme-corp-backend-engineer-2026-12-01 --format md",
		Args:              args("JOB"),
		ValidArgsFunction: r.completeJob,
		RunE: func(_ *cobra.Command, pos []string) error {
			var write func(io.Writer, checklist.Job) error
			switch format {
			case "text":
				write = r.showText
			case "md":
				write = r.showMarkdown
			case "json":
				write = showJSON
			default:
				return usagef("unknown --format %q (valid: %s)", format, strings.Join(formats, ", "))
			}
			s, err := r.store()
			if err != nil {
				return err
			}
			id, err := resolveJob(s, pos[0])
			if err != nil {
				return err
			}
			j, err := s.Load(id)
			if err != nil {
				return explainJob(err)
			}
			out := r.env.Stdout
			if format == "text" {
				out = r.out()
			}
			return write(out, j)
		},
	}
	c.Flags().StringVar(&format, "format", "text", "the format: text, md (Markdown) or json (the job file)")
	_ = c.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(formats, cobra.ShellCompDirectiveNoFileComp))
	return c
}

func showJSON(w io.Writer, j checklist.Job) error {
	b, err := data.EncodeJob(j)
	if err != nil {
		return fmt.Errorf("encode job %s: %w", j.ID, err)
	}
	_, err = w.Write(inertJSON(b))
	return err
}

func (r *runner) showText(w io.Writer, j checklist.Job) error {
	ew := &errWriter{w: w}
	ew.printf("%s — %s\n", safetext.Line(j.Company), safetext.Line(j.Role))
	ew.printf("Status:        %s\n", safetext.Line(string(j.EffectiveStatus(r.now))))
	if j.Reason != nil {
		ew.printf("Likely reason: %s\n", safetext.Line(j.Reason.String()))
	}
	field := func(label, value string) {
		if value != "" {
			ew.printf("%-15s%s\n", label+":", safetext.Line(value))
		}
	}
	if j.DecisionBy != nil {
		field("Decision by", r.local(*j.DecisionBy))
	}
	field("Posting", j.Posting)
	field("Salary", j.Salary)
	if j.AppliedAt != nil {
		field("Applied", strings.TrimSpace(j.AppliedAt.In(r.now.Location()).Format(time.DateOnly)+" "+j.AppliedVia))
	} else {
		field("Applied", j.AppliedVia)
	}
	for _, c := range j.Contacts {
		field("Contact", c.String())
	}
	writeNote(ew, j.Notes, "  ")
	r.showSections(ew, &j, "Before every round", "  ", j.VisibleSections(checklist.Before, nil))
	for _, rd := range j.ByTime() {
		r.showRound(ew, &j, rd)
	}
	r.showSections(ew, &j, "After the interviews", "  ", j.VisibleSections(checklist.After, nil))
	return ew.err
}

// showRound writes one round: its details, then its own sections.
func (r *runner) showRound(ew *errWriter, j *checklist.Job, rd *checklist.Round) {
	n, of := j.Number(rd)
	title := fmt.Sprintf("Round %d of %d · %s", n, of, safetext.Line(rd.Name))
	if rd.State == checklist.Cancelled {
		title = safetext.Line(rd.Name) + " · cancelled"
	}
	ew.printf("\n%s  (%s)\n", title, safetext.Line(rd.ID))
	when := fmt.Sprintf("%s (%s)", r.local(rd.At), checklist.Relative(rd.At, r.now))
	if rd.Minutes > 0 {
		when += fmt.Sprintf(", %d min", rd.Minutes)
	}
	ew.printf("  When:          %s, %s\n", when, rd.Format.Label())
	if rd.Where != "" {
		ew.printf("  Where:         %s\n", safetext.Line(rd.Where))
	}
	if d, set := rd.Journey(); rd.Format == checklist.InPerson && set {
		ew.printf("  Journey:       %s\n", checklist.TravelText(int(d/time.Minute)))
	} else if rd.Format == checklist.InPerson {
		ew.printf("  Journey:       not set, %s counted (prep round edit %s %s --travel 45m)\n",
			checklist.TravelText(int(d/time.Minute)), safetext.Line(j.ID), safetext.Line(rd.ID))
	}
	if rd.Link != "" {
		ew.printf("  Link:          %s\n", safetext.Line(rd.Link))
	}
	if len(rd.Interviewers) > 0 {
		ew.printf("  Interviewers:  %s\n", safeJoin(rd.Names()))
	}
	for _, phase := range checklist.Phases() {
		var own []*checklist.Section
		for _, s := range j.VisibleSections(phase, rd) {
			if j.RoundOf(s) == rd {
				own = append(own, s)
			}
		}
		r.showSections(ew, j, "  "+phaseTitle(phase), "    ", own)
	}
}

// showSections writes a heading with the sections' progress, then each
// section and its items, indented.
func (r *runner) showSections(ew *errWriter, j *checklist.Job, heading, indent string, secs []*checklist.Section) {
	if len(secs) == 0 {
		return
	}
	var p checklist.Progress
	for _, s := range secs {
		p = p.Add(s.Progress())
	}
	ew.printf("\n%s  %d/%d\n", heading, p.Done, p.Total)
	for _, s := range secs {
		sp := s.Progress()
		ew.printf("\n%s%s  %d/%d\n", indent, safetext.Line(s.Title), sp.Done, sp.Total)
		for _, it := range s.Items {
			ew.printf("%s  %s %s  (%s)%s\n", indent, box(it.Done), safetext.Line(it.Text), safetext.Line(it.ID), r.due(j, s, it, "  "))
			writeNote(ew, it.Note, indent+"      ")
		}
	}
}

func phaseTitle(p checklist.Phase) string {
	if p == checklist.After {
		return "After"
	}
	return "Before"
}

// showMarkdown writes the job as the Markdown checklist prep export writes
// too.
func (r *runner) showMarkdown(w io.Writer, j checklist.Job) error {
	return export.Markdown(w, j, r.now)
}

func box(done bool) string {
	if done {
		return "[x]"
	}
	return "[ ]"
}

// due describes when item it of section s is due, after sep, or is empty
// for an item with no due time. An open item past its time is marked late,
// one the job no longer needs as not needed; a due time the file has
// unreadable shows as "no due time".
func (r *runner) due(j *checklist.Job, s *checklist.Section, it checklist.Item, sep string) string {
	if it.DueAt == nil {
		if it.UnreadableDueAt() != "" {
			return sep + "no due time"
		}
		return ""
	}
	due := sep + "due " + r.local(*it.DueAt)
	switch j.ItemDueState(s, it, r.now) {
	case checklist.DueLate:
		due += " (late)"
	case checklist.NotNeeded:
		due += " (not needed)"
	}
	return due
}

// writeNote writes a note one line at a time, each after the prefix.
func writeNote(ew *errWriter, note, prefix string) {
	note = strings.TrimRight(note, " \t\r\n")
	if note == "" {
		return
	}
	for _, line := range strings.Split(safetext.Block(note), "\n") {
		ew.printf("%s\n", strings.TrimRight(prefix+line, " "))
	}
}

func safeJoin(names []string) string {
	safe := make([]string, len(names))
	for i, n := range names {
		safe[i] = safetext.Line(n)
	}
	return strings.Join(safe, ", ")
}

// errWriter keeps the first error of a run of writes, so that a long report
// checks it once at the end.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, a ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, a...)
	}
}
