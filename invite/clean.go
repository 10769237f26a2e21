package invite

import (
	"strings"

	"github.com/prep-cli/prep/safetext"
)

// Clean returns a copy of the event fit to keep and show: in every text,
// control characters, bidi controls and invalid UTF-8 are dropped, and
// line breaks and tabs become spaces, except in Description, which keeps
// its lines. An invitation is written by someone else; what it says is
// kept, what it could do to a terminal is not.
func (e Event) Clean() Event {
	e.UID = safetext.Field(e.UID)
	e.Method = Method(safetext.Field(string(e.Method)))
	e.Status = Status(safetext.Field(string(e.Status)))
	e.Summary = safetext.Field(e.Summary)
	e.Location = safetext.Field(e.Location)
	e.Link = safetext.Field(e.Link)
	e.CompanyGuess = safetext.Field(e.CompanyGuess)
	e.Organizer = e.Organizer.clean()
	attendees := make([]Attendee, len(e.Attendees))
	for i, a := range e.Attendees {
		a.Person = a.Person.clean()
		a.Role, a.PartStat, a.Kind = safetext.Field(a.Role), safetext.Field(a.PartStat), safetext.Field(a.Kind)
		attendees[i] = a
	}
	e.Attendees = attendees
	lines := strings.Split(strings.ReplaceAll(e.Description, "\r\n", "\n"), "\n")
	for i, l := range lines {
		lines[i] = safetext.Field(l)
	}
	e.Description = strings.Join(lines, "\n")
	assumed := make([]string, len(e.Assumed))
	for i, a := range e.Assumed {
		assumed[i] = safetext.Field(a)
	}
	e.Assumed = assumed
	return e
}

func (p Person) clean() Person {
	return Person{Name: safetext.Field(p.Name), Email: safetext.Field(p.Email)}
}
