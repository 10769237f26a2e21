package invite

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/publicsuffix"

	"github.com/prep-cli/prep/internal/lazyregexp"
)

// guessCompany names the company an invitation is from: by the
// organizer's domain, else by the domain most of the other attendees
// share, else by the summary. Mail providers and relays name no company;
// "" when nothing does.
func guessCompany(org Person, attendees []Attendee, me []string, summary string) string {
	mine := map[string]bool{}
	for _, m := range me {
		mine[normalizeAddress(m)] = true
	}
	if name := companyFromDomain(domainOf(org.Email)); name != "" && !mine[normalizeAddress(org.Email)] {
		return name
	}
	count := map[string]int{}
	best, bestN := "", 0
	for _, a := range attendees {
		addr := normalizeAddress(a.Email)
		if addr == "" || mine[addr] || a.Kind == "ROOM" || a.Kind == "RESOURCE" {
			continue
		}
		name := companyFromDomain(domainOf(addr))
		if name == "" {
			continue
		}
		count[name]++
		if count[name] > bestN {
			best, bestN = name, count[name]
		}
	}
	if best != "" {
		return best
	}
	people := []string{org.Name}
	for _, a := range attendees {
		people = append(people, a.Name)
	}
	return companyFromSummary(summary, people)
}

// Mail providers whose addresses are people's own, by the first label of
// the domain (gmail.com, gmail.de …) or by the whole domain.
var (
	providerLabels = map[string]bool{
		"gmail": true, "googlemail": true, "hotmail": true, "outlook": true, "live": true,
		"yahoo": true, "ymail": true, "rocketmail": true, "gmx": true, "yandex": true,
		"aol": true, "protonmail": true, "icloud": true, "office365": true,
	}
	providerDomains = map[string]bool{
		"msn.com": true, "me.com": true, "mac.com": true, "proton.me": true, "pm.me": true,
		"web.de": true, "mail.com": true, "mail.ru": true, "fastmail.com": true,
		"fastmail.fm": true, "hey.com": true, "qq.com": true, "163.com": true, "126.com": true,
		"tutanota.com": true, "tuta.io": true, "posteo.de": true, "mailbox.org": true,
		"zohomail.com": true, "hushmail.com": true, "rediffmail.com": true, "naver.com": true,
		"comcast.net": true, "verizon.net": true, "sbcglobal.net": true, "att.net": true,
		"btinternet.com": true, "t-online.de": true, "orange.fr": true, "free.fr": true,
		"laposte.net": true, "libero.it": true, "seznam.cz": true, "wp.pl": true,
		"o2.pl": true, "interia.pl": true, "bigpond.com": true, "shaw.ca": true,
		"rogers.com": true,
	}
)

// companyFromDomain names the company of a work address's domain:
// mail.acme-corp.co.uk gives "Acme Corp".
func companyFromDomain(domain string) string {
	if domain == "" || onDomain(domain, relayDomains) {
		return ""
	}
	if tenant, ok := strings.CutSuffix(domain, ".onmicrosoft.com"); ok {
		return titleLabel(tenant[strings.LastIndexByte(tenant, '.')+1:])
	}
	site, err := publicsuffix.EffectiveTLDPlusOne(domain)
	if err != nil || providerDomains[site] {
		return ""
	}
	label, _, _ := strings.Cut(site, ".")
	if providerLabels[label] {
		return ""
	}
	return titleLabel(label)
}

// legalForms end company names in their domains without being said.
var legalForms = map[string]bool{
	"gmbh": true, "ag": true, "inc": true, "llc": true, "ltd": true, "plc": true, "bv": true,
	"sa": true, "sarl": true, "srl": true, "spa": true, "oy": true, "ab": true, "as": true, "kg": true,
}

// titleLabel makes a domain label a name: "acme-corp" gives "Acme Corp",
// and a short one is read as initials: "ibm" gives "IBM".
func titleLabel(label string) string {
	if label == "" || !utf8.ValidString(label) {
		return ""
	}
	if len(label) <= 3 && !strings.Contains(label, "-") {
		return strings.ToUpper(label)
	}
	words := strings.FieldsFunc(label, func(r rune) bool { return r == '-' || r == '_' })
	if n := len(words); n > 1 && legalForms[words[n-1]] {
		// "contoso-gmbh.de" is Contoso: the legal form is not how people
		// say the name. "acme-corp" keeps its "Corp", which they do.
		words = words[:n-1]
	}
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(words, " ")
}

// summaryParts splits a summary at what separates the company from the
// rest: "Acme <> Jane", "Interview: Acme — Backend Engineer",
// "Phone screen with Acme", "[Acme] Onsite".
var summaryParts = lazyregexp.New(`(?i)\s+(?:<>|<->|\||-|–|—|/|x|×|\+|@|with|at|for|and)\s+|\s*[:|]\s+|[\[\](){}]`)

// Words that say what kind of meeting it is; they are not the company.
var meetingWords = map[string]bool{
	"interview": true, "interviews": true, "screen": true, "screening": true, "phone": true,
	"call": true, "video": true, "onsite": true, "on-site": true, "virtual": true,
	"technical": true, "tech": true, "round": true, "chat": true, "intro": true,
	"introduction": true, "introductory": true, "meeting": true, "conversation": true,
	"final": true, "first": true, "second": true, "third": true, "next": true, "hiring": true,
	"recruiter": true, "recruiting": true, "coffee": true, "lunch": true, "panel": true,
	"loop": true, "coding": true, "system": true, "design": true, "behavioral": true,
	"behavioural": true, "culture": true, "fit": true, "follow-up": true, "followup": true,
	"sync": true, "catch-up": true, "min": true, "mins": true, "minutes": true, "hour": true,
	"invitation": true, "invite": true, "updated": true, "canceled": true, "cancelled": true,
	"1:1": true, "zoom": true, "teams": true, "meet": true, "google": true, "microsoft": true,
	"re": true, "fwd": true, "fw": true, "candidate": true, "assessment": true,
	"challenge": true, "take-home": true, "debrief": true, "discussion": true, "the": true,
	"a": true, "an": true, "of": true, "your": true, "our": true, "my": true, "team": true,
	"session": true, "talk": true, "quick": true, "initial": true, "prep": true,
	"webex": true, "pair": true, "pairing": true, "programming": true, "case": true,
	"study": true, "presentation": true, "hr": true, "stage": true, "assignment": true,
	"due": true, "deadline": true, "exercise": true, "task": true, "test": true,
}

// Words of a job title: a part that has one names the role, not the company.
var roleWords = map[string]bool{
	"engineer": true, "engineering": true, "developer": true, "manager": true,
	"designer": true, "analyst": true, "scientist": true, "intern": true,
	"internship": true, "director": true, "lead": true, "architect": true,
	"consultant": true, "specialist": true, "associate": true, "administrator": true,
	"officer": true, "coordinator": true, "sre": true, "devops": true, "frontend": true,
	"backend": true, "fullstack": true, "full-stack": true, "senior": true, "junior": true,
	"staff": true, "principal": true, "vp": true, "position": true, "role": true,
	"accountant": true, "researcher": true, "writer": true, "representative": true,
}

// companyFromSummary takes a part of the summary that is neither about
// the meeting, nor a job title, nor one of the people in it: the first
// whose every word starts with a capital, as names do, else the first.
func companyFromSummary(summary string, people []string) string {
	first := ""
	for _, part := range summaryParts().Split(summary, -1) {
		var keep []string
		role, proper := false, true
		for _, w := range strings.Fields(part) {
			lw := strings.ToLower(strings.Trim(w, ".,;:!?\"'"))
			switch {
			case roleWords[lw]:
				role = true
			case meetingWords[lw], lw == "", allDigits(strings.Trim(lw, "-–")):
			default:
				keep = append(keep, w)
				if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
					proper = false
				}
			}
		}
		name := strings.Trim(strings.Join(keep, " "), " ,;:!?\"'")
		switch {
		case role || name == "" || utf8.RuneCountInString(name) > 60 || isPersonName(name, people):
		case proper:
			return name
		case first == "":
			first = name
		}
	}
	return first
}

func isPersonName(s string, people []string) bool {
	for _, p := range people {
		p = strings.TrimSpace(p)
		if p != "" && (strings.EqualFold(p, s) || strings.Contains(strings.ToLower(p), strings.ToLower(s))) {
			return true
		}
	}
	return false
}
