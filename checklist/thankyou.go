package checklist

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/prep-cli/prep/safetext"
)

// IsThankYou reports whether an item is a thank-you to write: the
// template's thank-you items, in any round, or any item that says "thank".
func IsThankYou(it Item) bool {
	return strings.Contains(it.ID, "thank") || saysThanks(it.Text)
}

// saysThanks reports whether a text says "thank" or "Thank" (or
// "THANK"), without making a lower-case copy of it: the look back asks it
// of every item of a thousand jobs.
func saysThanks(s string) bool {
	for _, rest := range []string{"hank", "HANK"} {
		for i, from := 0, 0; ; from = i + 1 {
			i = strings.Index(s[from:], rest)
			if i < 0 {
				break
			}
			i += from
			if i > 0 && (s[i-1] == 't' || s[i-1] == 'T') {
				return true
			}
		}
	}
	return false
}

// discussedItem is the default template's item for writing down what was
// discussed in a round.
const discussedItem = "notes-discussed"

// ThankYouDraft writes a short thank-you for a thank-you item from what the
// job knows: who it is for (the interviewer the item is made for, the HR
// contact, or the round's one interviewer), the role and the company, and
// the first line of the round's notes on what was discussed. It is a
// starting point to edit, never sent by prep. An item that is not a
// thank-you has none.
func ThankYouDraft(j *Job, itemID string) (string, error) {
	s, at, err := j.locate(itemID)
	if err != nil {
		return "", err
	}
	it := s.Items[at]
	if !IsThankYou(it) {
		return "", fmt.Errorf("%q is not a thank-you", it.Text)
	}
	r := j.RoundOf(s)
	if r == nil {
		r = j.LastRound()
	}
	role, company := quoted(j.Role), quoted(j.Company)
	var b strings.Builder
	b.WriteString(greeting(j, it, r) + "\n\n")
	switch s.When {
	case Rejected:
		fmt.Fprintf(&b, "Thank you for your time and for considering me for the %s role at %s. "+
			"I enjoyed meeting the team and learning about the work.\n\n"+
			"I would be glad to hear of future openings, and I hope we stay in touch.", role, company)
	case Offer:
		fmt.Fprintf(&b, "Thank you for the offer of the %s role at %s; I am delighted. "+
			"Could you send me the offer in writing, and tell me when you need my answer?", role, company)
	default:
		fmt.Fprintf(&b, "Thank you for taking the time to talk with me about the %s role at %s. ", role, company)
		if topic := discussed(j, r); topic != "" {
			fmt.Fprintf(&b, "I especially enjoyed our conversation about %s.", topic)
		} else {
			b.WriteString("I enjoyed learning more about the team and the work.")
		}
		if j.Status == Rejected || j.Status == Withdrawn {
			// A no, or a step back, came before the thank-you went out.
			b.WriteString("\n\nI hope our paths cross again.")
		} else {
			b.WriteString("\n\nI am keen on the role and look forward to hearing about the next steps.")
		}
	}
	b.WriteString("\n\nBest regards,")
	return b.String(), nil
}

// greeting opens the draft with the first name of the person it is for.
func greeting(j *Job, it Item, r *Round) string {
	name := it.For
	switch {
	case name != "":
	case strings.Contains(it.ID, "hr"):
		for _, role := range []string{"hr", "recruiter"} {
			if c := j.Contact(role); c != nil {
				name = c.Name
				break
			}
		}
	case r != nil && len(r.Interviewers) == 1:
		name = r.Interviewers[0].Name
	}
	if first := strings.Fields(quoted(name)); len(first) > 0 {
		return "Dear " + first[0] + ","
	}
	return "Hello,"
}

// discussed is the first line of the round's notes on what was discussed,
// made to follow "our conversation about".
func discussed(j *Job, r *Round) string {
	if r == nil {
		return ""
	}
	for si := range r.Sections {
		for _, it := range r.Sections[si].Items {
			if it.ID != discussedItem && !strings.HasSuffix(it.ID, "-"+discussedItem) {
				continue
			}
			for _, line := range strings.Split(it.Note, "\n") {
				line = strings.Trim(strings.TrimSpace(line), "-*•.;: ")
				line = strings.TrimSpace(trimLeadIn(line))
				if line != "" {
					return lowerFirst(quoted(line))
				}
			}
		}
	}
	return ""
}

// quoted is a detail as a draft quotes it: trimmed, and with control
// and bidi characters shown rather than kept, since the draft leaves prep
// by the clipboard for a mail or a message.
func quoted(s string) string { return safetext.Line(tidyDetail(s)) }

// leadIns are how people start a note on what was discussed; the draft
// says "our conversation about" itself.
var leadIns = []string{"we discussed", "we talked about", "we spoke about", "we covered", "discussed",
	"talked about", "spoke about", "about"}

// trimLeadIn takes a lead-in off the start of a note's line. A line that
// is only a lead-in ("We discussed:") says nothing, the next line does.
func trimLeadIn(line string) string {
	for _, l := range leadIns {
		if strings.EqualFold(line, l) {
			return ""
		}
		if len(line) > len(l) && strings.EqualFold(line[:len(l)], l) && line[len(l)] == ' ' {
			return line[len(l):]
		}
	}
	return line
}

// lowerFirst lower-cases the first letter of a phrase put in the middle
// of a sentence, unless the word is an acronym or a name's initials ("API
// design" stays as it is).
func lowerFirst(s string) string {
	first, n := utf8.DecodeRuneInString(s)
	second, _ := utf8.DecodeRuneInString(s[n:])
	if unicode.IsUpper(first) && !unicode.IsUpper(second) {
		return string(unicode.ToLower(first)) + s[n:]
	}
	return s
}
