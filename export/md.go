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
//	- **When:** Tue 1 Dec 2026, 10:00 CET
//	- **Where:** Main St 1, Springfield
//	…
//
//	## Before the interview
//
//	### Company research (2/5)
//
//	- [x] Read the company's recent news and announcements
//	  > Series C in October.
//	- [ ] Prepare two or three questions of your own
//
//	## After the interview
//
//	### Thank-you notes (1/4)
//
//	- [ ] Send a handwritten thank-you note — due Sun 22 Nov, 10:00 (late)
//
// Only the sections the job's checklist shows now are written. Text from
// the job is made inert (control characters become visible symbols) and
// its Markdown characters are escaped, so that a company called "*Acme*
// [x]" reads as itself and cannot change the layout, and "<", ">" and "&"
// are written as character references, so that no renderer makes HTML of
// it. Only a place that is a web address becomes a link. Times are those of
// now's time zone; "late" is judged at now.
func Markdown(w io.Writer, j checklist.Job, now time.Time) error {
	md := &mdWriter{w: w, now: now, at: j.InterviewAt.In(now.Location())}
	md.printf("# %s — %s\n\n", mdText(j.Company), mdText(j.Role))
	md.printf("- **When:** %s\n", md.at.Format("Mon 2 Jan 2006, 15:04 MST"))
	if where := strings.TrimSpace(j.Where); where != "" {
		if link, ok := webLink(where); ok {
			md.printf("- **Where:** <%s>\n", link)
		} else {
			md.printf("- **Where:** %s\n", mdText(where))
		}
	}
	if len(j.Interviewers) > 0 {
		md.printf("- **Interviewers:** %s\n", mdJoin(j.Interviewers, ", "))
	}
	if bring := j.ToBring(); len(bring) > 0 {
		md.printf("- **Bring:** %s\n", mdJoin(bring, ", "))
	}
	md.printf("- **Status:** %s\n", mdText(string(j.EffectiveStatus(now))))
	if j.Reason != nil {
		md.printf("- **Likely reason:** %s\n", mdText(j.Reason.String()))
	}
	for _, phase := range checklist.Phases() {
		secs := j.VisibleSections(phase)
		if len(secs) == 0 {
			continue
		}
		md.printf("\n## %s\n", phase.Heading())
		for _, s := range secs {
			p := s.Progress()
			md.printf("\n### %s (%d/%d)\n", mdText(s.Title), p.Done, p.Total)
			if len(s.Items) > 0 {
				md.printf("\n")
			}
			for _, it := range s.Items {
				md.printf("- %s %s%s\n", mdBox(it.Done), mdText(it.Text), md.due(it))
				md.note(it.Note)
			}
		}
	}
	return md.err
}

// mdWriter writes one Markdown document, keeping the first error.
type mdWriter struct {
	w   io.Writer
	now time.Time
	// at is the interview time in now's time zone; due times in its year
	// leave the year out.
	at  time.Time
	err error
}

func (md *mdWriter) printf(format string, a ...any) {
	if md.err == nil {
		_, md.err = fmt.Fprintf(md.w, format, a...)
	}
}

// due says when an item is due, after a dash, and whether it is late or
// was done late; it is empty for an item with no due time.
func (md *mdWriter) due(it checklist.Item) string {
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
	s := " — due " + due.Format(layout)
	switch it.DueState(md.now) {
	case checklist.DueLate:
		s += " (late)"
	case checklist.DoneLate:
		s += " (" + checklist.DueLabel(it, md.now) + ")"
	}
	return s
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
