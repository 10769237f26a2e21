package invite

import (
	"net/url"
	"strings"
)

// Person is someone named in an invitation: the name as written (CN),
// else the address; the address may be empty.
type Person struct {
	Name  string
	Email string
}

// Attendee is a person, a room or a resource the invitation was sent to.
type Attendee struct {
	Person
	// Role is ROLE as written: REQ-PARTICIPANT (also when not written),
	// OPT-PARTICIPANT, CHAIR or NON-PARTICIPANT.
	Role string
	// PartStat is PARTSTAT as written: NEEDS-ACTION (also when not
	// written), ACCEPTED, DECLINED, TENTATIVE or DELEGATED.
	PartStat string
	// Kind is CUTYPE as written: INDIVIDUAL (also when not written), GROUP,
	// RESOURCE, ROOM or UNKNOWN.
	Kind string
}

// Interviewers are the people the meeting is with: the attendees, less
// the person's own addresses in me (compared without regard to case),
// rooms and resources, those listed for information only, relay addresses
// of calendar and hiring systems, and anyone listed twice.
func (e Event) Interviewers(me []string) []Person {
	mine := map[string]bool{}
	for _, m := range me {
		mine[normalizeAddress(m)] = true
	}
	seen := map[string]bool{}
	var out []Person
	for _, a := range e.Attendees {
		addr := normalizeAddress(a.Email)
		key := addr
		if key == "" {
			key = "name:" + strings.ToLower(strings.TrimSpace(a.Name))
		}
		switch {
		case a.Kind == "ROOM" || a.Kind == "RESOURCE",
			a.Role == "NON-PARTICIPANT",
			addr != "" && (mine[addr] || isRelay(addr)),
			seen[key]:
			continue
		}
		seen[key] = true
		out = append(out, a.Person)
	}
	return out
}

func normalizeAddress(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 7 && strings.EqualFold(s[:7], "mailto:") {
		s = s[7:]
	}
	return strings.ToLower(strings.TrimSpace(s))
}

// readPerson reads an ORGANIZER or ATTENDEE. A value that is not an
// address (iCloud's urn:uuid:…) or is a relay (a calendar's or a hiring
// system's own address) gives way to the real address in EMAIL
// (RFC 7986), else in SENT-BY. It reports whether the address it is left
// with is still a relay.
func readPerson(p property) (Person, bool) {
	addr := mailAddress(p.value)
	if addr == "" || isRelay(addr) {
		for _, param := range []string{"EMAIL", "SENT-BY"} {
			if alt := mailAddress(p.param(param)); alt != "" && !isRelay(alt) {
				addr = alt
				break
			}
		}
	}
	name := strings.TrimSpace(strings.Trim(strings.TrimSpace(p.param("CN")), `"'`))
	if name == "" {
		name = addr
	}
	return Person{Name: name, Email: addr}, addr != "" && isRelay(addr)
}

// readOrganizer is readPerson without a relay address, since a reply to
// it reaches no one.
func readOrganizer(p property) (Person, bool) {
	person, relay := readPerson(p)
	if relay {
		if person.Name == person.Email {
			person.Name = ""
		}
		person.Email = ""
	}
	return person, relay
}

// mailAddress is the address in a cal-address, with or without mailto:,
// or "" when it is not one.
func mailAddress(v string) string {
	v = strings.TrimSpace(v)
	if len(v) >= 7 && strings.EqualFold(v[:7], "mailto:") {
		v = v[7:]
	}
	if strings.Contains(v, "%") {
		if u, err := url.PathUnescape(v); err == nil {
			v = u
		}
	}
	v = strings.TrimSpace(v)
	at := strings.LastIndexByte(v, '@')
	if at <= 0 || at == len(v)-1 || strings.ContainsAny(v, " \t\r\n<>,;:\"") {
		return ""
	}
	return v
}

func readAttendee(p property) Attendee {
	person, _ := readPerson(p)
	upper := func(name, def string) string {
		if v := strings.ToUpper(strings.TrimSpace(p.param(name))); v != "" {
			return v
		}
		return def
	}
	return Attendee{
		Person:   person,
		Role:     upper("ROLE", "REQ-PARTICIPANT"),
		PartStat: upper("PARTSTAT", "NEEDS-ACTION"),
		Kind:     upper("CUTYPE", "INDIVIDUAL"),
	}
}

// domainOf is the lower-case domain of an address.
func domainOf(addr string) string {
	at := strings.LastIndexByte(addr, '@')
	if at < 0 {
		return ""
	}
	return strings.ToLower(strings.TrimSuffix(addr[at+1:], "."))
}

// Relay domains: addresses of calendar services and hiring and scheduling
// systems that send invitations on someone's behalf. They are nobody's
// own address, and they name no employer. A service whose staff write from
// the same domain (zoom.us, workday.com) is left out: its relays are
// caught by their local part (no-reply@…).
var relayDomains = []string{
	"calendar.google.com", "imip.me.com", "calendar.yahoo.com", "calendar.zoho.com",
	"greenhouse.io", "greenhouse-mail.io", "lever.co", "ashbyhq.com", "ashbymail.com",
	"smartrecruiters.com", "myworkday.com", "icims.com", "jobvite.com",
	"taleo.net", "successfactors.com", "successfactors.eu", "bamboohr.com",
	"workable.com", "workablemail.com", "recruitee.com", "teamtailor.com",
	"teamtailor-mail.com", "personio.de", "personio.com", "breezy.hr", "jazzhr.com",
	"applytojob.com", "calendly.com", "goodtime.io", "modernloop.io", "paradox.ai",
	"hirevue.com",
}

// Local parts of addresses that no one reads.
var relayLocalParts = map[string]bool{
	"noreply": true, "no-reply": true, "no_reply": true, "donotreply": true,
	"do-not-reply": true, "do_not_reply": true, "calendar-notification": true,
	"notifications": true, "notification": true, "mailer-daemon": true,
}

func isRelay(addr string) bool {
	addr = strings.ToLower(addr)
	at := strings.LastIndexByte(addr, '@')
	if at < 0 {
		return false
	}
	if relayLocalParts[addr[:at]] {
		return true
	}
	return onDomain(addr[at+1:], relayDomains)
}

// onDomain reports whether host is one of domains or below one.
func onDomain(host string, domains []string) bool {
	for _, d := range domains {
		if host == d || len(host) > len(d) && host[len(host)-len(d)-1] == '.' && strings.HasSuffix(host, d) {
			return true
		}
	}
	return false
}
