package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/export"
	"github.com/prep-cli/prep/safetext"
)

// formats are the ways "prep show" can print a job.
var formats = []string{"text", "md", "json"}

// runShow prints one job's checklist as text, Markdown or its file's JSON.
func runShow(r *runner, args []string) error {
	fs := r.flags()
	format := fs.String("format", "text", "the `format`: text, md (Markdown) or json (the job file)")
	pos, err := r.parse(fs, args, "JOB")
	if err != nil {
		return err
	}
	var write func(io.Writer, checklist.Job) error
	switch *format {
	case "text":
		write = r.showText
	case "md":
		write = r.showMarkdown
	case "json":
		write = showJSON
	default:
		return usagef("unknown --format %q (valid: %s)", *format, strings.Join(formats, ", "))
	}
	s, err := r.store()
	if err != nil {
		return err
	}
	j, err := s.Load(pos[0])
	if err != nil {
		return explainJob(err)
	}
	return write(r.env.Stdout, j)
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
	ew.printf("When:          %s (%s)\n", r.local(j.InterviewAt), checklist.Relative(j.InterviewAt, r.now))
	if j.Where != "" {
		ew.printf("Where:         %s\n", safetext.Line(j.Where))
	}
	if len(j.Interviewers) > 0 {
		ew.printf("Interviewers:  %s\n", safeJoin(j.Interviewers))
	}
	ew.printf("Status:        %s\n", safetext.Line(string(j.EffectiveStatus(r.now))))
	if j.Reason != nil {
		ew.printf("Likely reason: %s\n", safetext.Line(j.Reason.String()))
	}
	for _, phase := range checklist.Phases() {
		secs := j.VisibleSections(phase)
		if len(secs) == 0 {
			continue
		}
		p := j.Progress(phase)
		ew.printf("\n%s  %d/%d\n", phase.Heading(), p.Done, p.Total)
		for _, s := range secs {
			sp := s.Progress()
			ew.printf("\n  %s  %d/%d\n", safetext.Line(s.Title), sp.Done, sp.Total)
			for _, it := range s.Items {
				ew.printf("    %s %s  (%s)%s\n", box(it.Done), safetext.Line(it.Text), safetext.Line(it.ID), r.due(it, "  "))
				writeNote(ew, it.Note, "        ")
			}
		}
	}
	return ew.err
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

// due describes when an item is due, after sep, or is empty for an item
// with no due time. An open item past its time is marked late; a due time
// the file has unreadable shows as "no due time".
func (r *runner) due(it checklist.Item, sep string) string {
	if it.DueAt == nil {
		if it.UnreadableDueAt() != "" {
			return sep + "no due time"
		}
		return ""
	}
	s := sep + "due " + r.local(*it.DueAt)
	if it.DueState(r.now) == checklist.DueLate {
		s += " (late)"
	}
	return s
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
