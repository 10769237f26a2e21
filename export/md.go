package export

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/safetext"
)

// Markdown writes the job's checklist as a Markdown document, to print or
// to send to a coach:
//
//	# Acme Corp — Backend Engineer
//
//	- **Status:** upcoming
//	- **Posting:** <https://acme.example/jobs/42>
//
//	## Before every round
//
//	### Company research (2/5)
//
//	- [x] Read the company's recent news and announcements
//	  > Series C in October.
//	- [ ] Prepare two or three questions of your own
//
//	## Round 1 of 2: Phone screen
//
//	- **When:** Tue 1 Dec 2026, 10:00 CET, 30 min, phone call
//	- **Interviewers:** Dana Lee
//
//	### Before: Materials (1/3)
//	…
//	### After: Thank-you notes (1/4)
//
//	- [ ] Send a handwritten thank-you note — due Sun 22 Nov, 10:00 (late)
//
//	## After the interviews
//	…
//
// Only the sections the job's checklist shows now are written; a cancelled
// round is named as such, with what was done for it. Text from the job is
// made inert (control characters become visible symbols) and its Markdown
// characters are escaped, so that a company called "*Acme* [x]" reads as
// itself and cannot change the layout, and "<", ">" and "&" are written as
// character references, so that no renderer makes HTML of it. Only a place
// or link that is a web address becomes a link. Times are those of now's
// time zone; "late" is judged at now.
func Markdown(w io.Writer, j checklist.Job, now time.Time) error {
	md := &mdWriter{w: w, job: &j, now: now, at: j.Start().In(now.Location())}
	md.printf("# %s — %s\n\n", mdText(j.Company), mdText(j.Role))
	md.printf("- **Status:** %s\n", mdText(string(j.EffectiveStatus(now))))
	if j.Reason != nil {
		md.printf("- **Likely reason:** %s\n", mdText(j.Reason.String()))
	}
	md.place("Posting", j.Posting)
	md.field("Salary", j.Salary)
	if j.AppliedAt != nil || j.AppliedVia != "" {
		applied := j.AppliedVia
		if j.AppliedAt != nil {
			applied = strings.TrimSpace(j.AppliedAt.In(now.Location()).Format("Mon 2 Jan 2006") + " " + applied)
		}
		md.field("Applied", applied)
	}
	for _, c := range j.Contacts {
		md.field("Contact", c.String())
	}
	md.note(j.Notes)
	md.sections("Before every round", "", j.VisibleSections(checklist.Before, nil))
	for _, r := range j.ByTime() {
		md.round(j, r)
	}
	md.sections("After the interviews", "", j.VisibleSections(checklist.After, nil))
	return md.err
}

// round writes one round: when, where and who, then its own sections.
func (md *mdWriter) round(j checklist.Job, r *checklist.Round) {
	n, of := j.Number(r)
	title := fmt.Sprintf("Round %d of %d: %s", n, of, mdText(r.Name))
	if r.State == checklist.Cancelled {
		title = mdText(r.Name) + " (cancelled)"
	}
	md.printf("\n## %s\n\n", title)
	when := r.At.In(md.now.Location()).Format("Mon 2 Jan 2006, 15:04 MST")
	if r.Minutes > 0 {
		when += fmt.Sprintf(", %d min", r.Minutes)
	}
	md.printf("- **When:** %s, %s\n", when, mdText(r.Format.Label()))
	md.place("Where", r.Where)
	md.place("Link", r.Link)
	if len(r.Interviewers) > 0 {
		md.printf("- **Interviewers:** %s\n", mdJoin(r.Names(), ", "))
	}
	if bring := j.ToBring(r); len(bring) > 0 {
		md.printf("- **Bring:** %s\n", mdJoin(bring, ", "))
	}
	for _, phase := range checklist.Phases() {
		var own []*checklist.Section
		for _, s := range j.VisibleSections(phase, r) {
			if j.RoundOf(s) != nil {
				own = append(own, s)
			}
		}
		md.sections("", phaseTitle(phase)+": ", own)
	}
}

// sections writes sections under a heading, if there are any: the
// heading, when given, as a level-two one, the sections at level three.
func (md *mdWriter) sections(heading, prefix string, secs []*checklist.Section) {
	if len(secs) == 0 {
		return
	}
	if heading != "" {
		md.printf("\n## %s\n", heading)
	}
	for _, s := range secs {
		p := s.Progress()
		md.printf("\n### %s%s (%d/%d)\n", prefix, mdText(s.Title), p.Done, p.Total)
		if len(s.Items) > 0 {
			md.printf("\n")
		}
		for _, it := range s.Items {
			md.printf("- %s %s%s\n", mdBox(it.Done), mdText(it.Text), md.due(s, it))
			md.note(it.Note)
		}
	}
}

// field writes one "- **Label:** text" line, if there is text.
func (md *mdWriter) field(label, text string) {
	if text = strings.TrimSpace(text); text != "" {
		md.printf("- **%s:** %s\n", label, mdText(text))
	}
}

// place writes a field whose text may be a web address, which becomes a
// link.
func (md *mdWriter) place(label, text string) {
	text = strings.TrimSpace(text)
	if link, ok := webLink(text); ok {
		md.printf("- **%s:** <%s>\n", label, link)
		return
	}
	md.field(label, text)
}

func phaseTitle(p checklist.Phase) string {
	if p == checklist.After {
		return "After"
	}
	return "Before"
}

// mdWriter writes one Markdown document, keeping the first error.
type mdWriter struct {
	w io.Writer
	// job is the job written, whose answer says which items it no longer
	// needs.
	job *checklist.Job
	now time.Time
	// at is the job's first round in now's time zone; due times in its
	// year leave the year out.
	at  time.Time
	err error
}

func (md *mdWriter) printf(format string, a ...any) {
	if md.err == nil {
		_, md.err = fmt.Fprintf(md.w, format, a...)
	}
}

// due says when item it of section s is due, after a dash, and whether it
// is late, was done late or is no longer needed; it is empty for an item
// with no due time.
func (md *mdWriter) due(s *checklist.Section, it checklist.Item) string {
	if it.DueAt == nil {
		if it.UnreadableDueAt() != "" {
			return " — no due time"
		}
		return ""
	}
	due := it.DueAt.In(md.now.Location())
	layout := "Mon 2 Jan, 15:04"
	if !sameYear(due, md.at) {
		layout = "Mon 2 Jan 2006, 15:04"
	}
	label := " — due " + due.Format(layout)
	switch md.job.ItemDueState(s, it, md.now) {
	case checklist.DueLate:
		label += " (late)"
	case checklist.DoneLate:
		label += " (" + checklist.DueLabel(it, md.now) + ")"
	case checklist.NotNeeded:
		label += " (not needed)"
	}
	return label
}

// note writes a note as quoted lines under its item, one a line of the
// note, with an empty quoted line between paragraphs.
func (md *mdWriter) note(note string) {
	note = strings.Trim(safetext.Block(note), " \n")
	if note == "" {
		return
	}
	for _, line := range strings.Split(note, "\n") {
		if line = mdLine(line); line == "" {
			md.printf("  >\n")
		} else {
			md.printf("  > %s\n", line)
		}
	}
}

func mdBox(done bool) string {
	if done {
		return "[x]"
	}
	return "[ ]"
}

func mdJoin(names []string, sep string) string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = mdText(n)
	}
	return strings.Join(out, sep)
}

// mdText makes one line of text from a job safe to put inside a Markdown
// line: inert, trimmed, with its Markdown characters escaped.
func mdText(s string) string {
	return mdEscape(strings.TrimSpace(safetext.Line(s)))
}

// mdLine is mdText for a line that starts a block, as a line of a quoted
// note does: what would make it a list item or a heading's underline is
// escaped too. (A ">" that would quote it is written as "&gt;" already.)
func mdLine(s string) string {
	s = mdText(s)
	switch {
	case s == "":
		return s
	case strings.ContainsRune("-+=", rune(s[0])):
		return `\` + s
	}
	// "1." or "1)" would start a numbered list.
	digits := 0
	for digits < len(s) && digits < 10 && s[digits] >= '0' && s[digits] <= '9' {
		digits++
	}
	if digits > 0 && digits < len(s) && (s[digits] == '.' || s[digits] == ')') {
		return s[:digits] + `\` + s[digits:]
	}
	return s
}

// mdEscape puts a backslash before each character that could start
// emphasis, code, a link, a table cell, strikethrough or a heading's
// closing marks, and writes "<", ">" and "&" as character references.
// What is left means nothing to Markdown in the middle of a line.
//
// A backslash is not enough for "<" and "&": CommonMark honours it, but
// Python-Markdown and many older renderers do not, and make raw HTML or a
// character reference of what follows. A reference reads the same in
// every renderer, and the text can never become a tag.
func mdEscape(s string) string {
	if !strings.ContainsAny(s, "\\`*_[]|~#<>&") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for _, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '|', '~', '#':
			b.WriteByte('\\')
		case '<':
			b.WriteString("&lt;")
			continue
		case '>':
			b.WriteString("&gt;")
			continue
		case '&':
			b.WriteString("&amp;")
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
