package importer

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/prep-cli/prep/checklist"
)

// Field is one line of what a plan makes: a label and its value.
type Field struct{ Label, Value string }

// Headline says in a few words what the plan does.
func (p Plan) Headline() string {
	job := p.Company + " — " + p.Role
	switch p.Action {
	case NewJob:
		switch {
		case p.Company == "":
			return "A new job"
		case p.Role == "":
			return "A new job at " + p.Company
		}
		return "A new job: " + job
	case NewRound:
		return "A new round of " + job
	case Update:
		return "An update of " + p.roundName() + " at " + job
	case Cancel:
		return capital(p.roundName()) + " at " + job + " is cancelled"
	case Older:
		return "Older than what " + p.roundName() + " at " + job + " already holds; nothing to change"
	case Unchanged:
		return capital(p.roundName()) + " at " + job + " is up to date; nothing to change"
	}
	return string(p.Action)
}

// roundName names the round a plan changes as the person knows it, by its
// name ("Technical"); by its id only when it has none.
func (p Plan) roundName() string {
	if name := strings.TrimSpace(p.Round.Name); name != "" {
		return name
	}
	return "round " + p.RoundID
}

// capital is s with its first letter in upper case.
func capital(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// Fields are the round as the plan makes it, line by line, with times in
// loc; empty details are left out.
func (p Plan) Fields(loc *time.Location) []Field {
	r := p.Round
	fields := []Field{{"Round", r.Name}}
	if !r.At.IsZero() {
		at := r.At.In(loc)
		when := at.Format("Mon 2 Jan 2006 15:04")
		if r.Minutes > 0 {
			when += fmt.Sprintf(", %d minutes", r.Minutes)
		}
		if r.At.Location().String() != loc.String() {
			// The invitation's own zone too: the one the other side said.
			when += " (" + r.At.Format("15:04") + " " + zoneName(r.At) + ")"
		}
		fields = append(fields, Field{"When", when})
		if p.Was != nil && !p.Was.At.Equal(r.At) && p.Action == Update {
			fields = append(fields, Field{"Was", p.Was.At.In(loc).Format("Mon 2 Jan 2006 15:04")})
		}
	}
	fields = append(fields, Field{"Format", r.Format.Label()})
	for _, f := range []Field{{"Where", r.Where}, {"Link", r.Link}, {"People", people(r.Interviewers)}} {
		if f.Value != "" {
			fields = append(fields, f)
		}
	}
	if p.Organizer != nil {
		fields = append(fields, Field{"Organizer", person(checklist.Person{Name: p.Organizer.Name, Email: p.Organizer.Email})})
	}
	if p.Action == NewJob && len(p.SameCompany) > 0 {
		// The person asked for a job of its own; say which there are.
		fields = append(fields, Field{"Also there", strings.Join(p.SameCompany, ", ")})
	}
	return fields
}

func zoneName(t time.Time) string {
	if name := t.Location().String(); name != "" && name != "Local" {
		return name
	}
	return t.Format("-07:00")
}

func people(ps []checklist.Person) string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = person(p)
	}
	return strings.Join(out, ", ")
}

func person(p checklist.Person) string {
	if p.Email == "" || strings.EqualFold(p.Email, p.Name) {
		return p.Name
	}
	return p.Name + " <" + p.Email + ">"
}
