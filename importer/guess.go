package importer

import (
	"regexp"
	"strings"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/internal/lazyregexp"
)

// roundNames are the words of a summary that name the kind of round, in
// the order they are tried: "Technical phone screen" is a phone screen.
var roundNames = []struct {
	words func() *regexp.Regexp
	name  string
}{
	{lazyregexp.New(`(?i)\bphone[ -]?screen(ing)?\b`), "Phone screen"},
	{lazyregexp.New(`(?i)\brecruiter\b|\bintro(ductory)? call\b`), "Recruiter call"},
	{lazyregexp.New(`(?i)\btake[ -]?home\b`), "Take-home"},
	{lazyregexp.New(`(?i)\bon[ -]?site\b`), "Onsite"},
	{lazyregexp.New(`(?i)\bpanel\b`), "Panel"},
	{lazyregexp.New(`(?i)\bfinal\b`), "Final"},
	{lazyregexp.New(`(?i)\btechnical\b|\bcoding\b|\bsystem design\b|\bpair(ing)?\b`), "Technical"},
}

// roundName is the kind of round a summary speaks of; "" when it names
// none. prep export writes the round's own name before a colon.
func roundName(summary string, fromPrep bool) string {
	if fromPrep {
		if name, _, ok := strings.Cut(summary, ": "); ok {
			return strings.TrimSpace(name)
		}
	}
	for _, n := range roundNames {
		if n.words().MatchString(summary) {
			return n.name
		}
	}
	return ""
}

// titleWords are words only the name of a role has.
var titleWords = lazyregexp.New(`(?i)\b(?:engineer|engineering|developer|designer|manager|scientist|analyst|architect|consultant|specialist|administrator|director|intern|internship|lead|officer|sre|devops|programmer|researcher|writer|accountant|associate|coordinator|owner|head of|vp)\b`)

// separators split a summary into its parts: "Interview: Jane Doe -
// Umbrella Corp - Senior Backend Engineer (Onsite)".
var separators = lazyregexp.New(`\s[-–—|/]\s|<>|[:()\[\]]|\s+at\s+|\s+for\s+|\s+with\s+`)

// interviewWords are the words around a role in a summary.
var interviewWords = lazyregexp.New(`(?i)\b(?:interview(?:ing)?|invitation|updated|round|screen(?:ing)?|call)\b`)

// roleFrom reads the role from a summary: the part of it that has a word
// only a role's name has, less the company and the words of interviews;
// "" when no part has one, as a summary seldom names the role for sure.
// A summary from prep export ends in " — Role".
func roleFrom(summary, company string, fromPrep bool) string {
	if fromPrep {
		if i := strings.LastIndex(summary, " — "); i >= 0 {
			return strings.TrimSpace(summary[i+len(" — "):])
		}
	}
	for _, part := range separators().Split(summary, -1) {
		if !titleWords().MatchString(part) {
			continue
		}
		if company != "" {
			part = replaceFold(part, company, " ")
		}
		part = strings.Trim(strings.Join(strings.Fields(interviewWords().ReplaceAllString(part, " ")), " "), " ,.;")
		if part != "" && len(part) <= 80 {
			return part
		}
	}
	return ""
}

// replaceFold replaces every occurrence of old in s, in any case, by new.
func replaceFold(s, old, new string) string {
	re := regexp.MustCompile(`(?i)` + regexp.QuoteMeta(old))
	return re.ReplaceAllLiteralString(s, new)
}

// sameCompany reports whether two names say the same company: "Acme",
// "ACME" and " acme " do.
func sameCompany(a, b string) bool {
	a, b = strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " ")
	return a != "" && strings.EqualFold(a, b)
}

// formatOf is the round format of the invitation's.
func formatOf(f string) checklist.Format {
	switch checklist.Format(f) {
	case checklist.Video, checklist.Phone:
		return checklist.Format(f)
	}
	return checklist.InPerson
}
