package checklist_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// TestSetJobDetails: the job's own page. Its details are trimmed, the job
// keeps its id, its rounds and its items, and the change is undone exactly.
func TestSetJobDetails(t *testing.T) {
	applied := time.Date(2026, 11, 2, 9, 0, 0, 0, cet)
	j := newTestJob(t, "Dana Lee")
	orig := j.Clone()
	undo := apply(t, &j, checklist.SetJobDetails{Details: checklist.JobDetails{
		Company: " Globex ", Role: " Staff Engineer", Posting: " https://jobs.example.com/42 ", Salary: " 90–100k ",
		AppliedAt: &applied, AppliedVia: " referral by Ada ", Notes: "  Team of six.\nRemote on Fridays.  ",
	}})
	want := checklist.JobDetails{
		Company: "Globex", Role: "Staff Engineer", Posting: "https://jobs.example.com/42", Salary: "90–100k",
		AppliedAt: &applied, AppliedVia: "referral by Ada", Notes: "Team of six.\nRemote on Fridays.",
	}
	if got := j.Details(); !reflect.DeepEqual(got, want) {
		t.Errorf("details = %+v\nwant %+v", got, want)
	}
	if j.ID != orig.ID {
		t.Errorf("id changed to %s", j.ID)
	}
	if !reflect.DeepEqual(j.Sections, orig.Sections) || !reflect.DeepEqual(j.Rounds, orig.Rounds) {
		t.Error("the rounds or the items changed")
	}
	checkUndo(t, orig, j, undo)

	for _, d := range []checklist.JobDetails{
		{Company: " ", Role: "R"},
		{Company: "C", Role: ""},
	} {
		k := orig.Clone()
		if _, err := (checklist.SetJobDetails{Details: d}).Apply(&k); err == nil {
			t.Errorf("details %+v were accepted", d)
		}
		if !reflect.DeepEqual(k, orig) {
			t.Errorf("refused details %+v changed the job", d)
		}
	}
}

// TestSetJobDetailsContacts: each contact gets an id from its name, unique
// in the job, and keeps the one it has; a contact with no name is dropped.
func TestSetJobDetailsContacts(t *testing.T) {
	tests := []struct {
		name     string
		contacts []checklist.Contact
		want     []checklist.Contact
	}{
		{"none", nil, nil},
		{"a recruiter", []checklist.Contact{{Name: " Kim Patel ", Role: " recruiter ", Email: " kim@example.com ", Phone: " +49 30 1 ", LinkedIn: " in/kim "}},
			[]checklist.Contact{{ID: "kim-patel", Name: "Kim Patel", Role: "recruiter", Email: "kim@example.com", Phone: "+49 30 1", LinkedIn: "in/kim"}}},
		{"the same name twice", []checklist.Contact{{Name: "Kim Patel", Role: "recruiter"}, {Name: "Kim Patel", Role: "hr"}},
			[]checklist.Contact{{ID: "kim-patel", Name: "Kim Patel", Role: "recruiter"}, {ID: "kim-patel-2", Name: "Kim Patel", Role: "hr"}}},
		{"an id kept through a new name", []checklist.Contact{{ID: "kim-patel", Name: "Kim Patel-Ng"}},
			[]checklist.Contact{{ID: "kim-patel", Name: "Kim Patel-Ng"}}},
		{"an id taken twice", []checklist.Contact{{ID: "kim", Name: "Kim A"}, {ID: "kim", Name: "Kim B"}},
			[]checklist.Contact{{ID: "kim", Name: "Kim A"}, {ID: "kim-b", Name: "Kim B"}}},
		{"an id that is not one", []checklist.Contact{{ID: "../kim", Name: "Kim"}}, []checklist.Contact{{ID: "kim", Name: "Kim"}}},
		{"a name with no Latin letters", []checklist.Contact{{Name: "李明"}}, []checklist.Contact{{ID: "contact", Name: "李明"}}},
		{"no name", []checklist.Contact{{Name: "  ", Email: "someone@example.com"}, {Name: "Dana"}},
			[]checklist.Contact{{ID: "dana", Name: "Dana"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := newTestJob(t)
			d := j.Details()
			d.Contacts = tt.contacts
			apply(t, &j, checklist.SetJobDetails{Details: d})
			if !reflect.DeepEqual(j.Contacts, tt.want) {
				t.Errorf("contacts = %+v\nwant %+v", j.Contacts, tt.want)
			}
		})
	}
}

// TestJobDetailsAndContact: the form is filled with a copy, and the
// thank-you to HR can find the HR contact whatever the role's case.
func TestJobDetailsAndContact(t *testing.T) {
	j := newTestJob(t)
	j.Contacts = []checklist.Contact{{ID: "kim", Name: "Kim", Role: "Recruiter"}, {ID: "sam", Name: "Sam", Role: "HR"}}
	d := j.Details()
	d.Contacts[0].Name = "changed"
	if j.Contacts[0].Name != "Kim" {
		t.Error("Details shares the job's list of contacts")
	}
	tests := []struct {
		role, want string
	}{
		{"hr", "Sam"},
		{"recruiter", "Kim"},
		{"hiring manager", ""},
	}
	for _, tt := range tests {
		got := ""
		if c := j.Contact(tt.role); c != nil {
			got = c.Name
		}
		if got != tt.want {
			t.Errorf("Contact(%q) = %q, want %q", tt.role, got, tt.want)
		}
	}
}
