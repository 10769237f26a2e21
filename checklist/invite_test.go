package checklist_test

import (
	"testing"

	"github.com/prep-cli/prep/checklist"
)

// TestRoundKeepsItsInvite: a round made from an invitation keeps it; a
// change that names no invitation leaves it, one that names a later
// version replaces it, and the undo puts the old one back.
func TestRoundKeepsItsInvite(t *testing.T) {
	d := testDetails("Dana Lee")
	d.Invite = &checklist.Invite{UID: "abc@google.com", Sequence: 1}
	d.Notes = "  Bring the laptop.  "
	d.Contacts = []checklist.Contact{{Name: "Kim Patel", Role: "recruiter", Email: "kim@acme.example"}}
	d.People = []checklist.Person{{Name: "Sam Ng", Email: "sam@acme.example"}}
	j, err := checklist.NewJob(testTemplate(), d, "acme", created)
	if err != nil {
		t.Fatal(err)
	}
	r := &j.Rounds[0]
	if r.Invite == nil || r.Invite.UID != "abc@google.com" || r.Invite.Sequence != 1 {
		t.Fatalf("the first round's invite is %+v", r.Invite)
	}
	if d.Invite.Sequence = 9; r.Invite.Sequence != 1 {
		t.Error("the round shares its invite with the details it was made from")
	}
	if j.Notes != "Bring the laptop." || len(j.Contacts) != 1 || j.Contacts[0].ID != "kim-patel" {
		t.Errorf("notes %q, contacts %+v", j.Notes, j.Contacts)
	}
	if got := r.Names(); len(got) != 2 || got[1] != "Sam Ng" || r.Interviewers[1].Email != "sam@acme.example" {
		t.Errorf("interviewers %+v", r.Interviewers)
	}

	moved := checklist.RoundDetails{Name: r.Name, Format: r.Format, At: interview.Add(24 * 60 * 60 * 1e9), Minutes: 30}
	if _, err := (checklist.SetRound{RoundID: "r1", Details: moved}).Apply(&j); err != nil {
		t.Fatal(err)
	}
	if j.Rounds[0].Invite == nil || j.Rounds[0].Invite.Sequence != 1 {
		t.Fatalf("a change naming no invite dropped it: %+v", j.Rounds[0].Invite)
	}
	moved.Invite = &checklist.Invite{UID: "abc@google.com", Sequence: 2}
	undo, err := (checklist.SetRound{RoundID: "r1", Details: moved}).Apply(&j)
	if err != nil {
		t.Fatal(err)
	}
	if j.Rounds[0].Invite.Sequence != 2 {
		t.Errorf("the later invite was not kept: %+v", j.Rounds[0].Invite)
	}
	if _, err := undo.Apply(&j); err != nil {
		t.Fatal(err)
	}
	if j.Rounds[0].Invite.Sequence != 1 {
		t.Errorf("the undo left invite %+v", j.Rounds[0].Invite)
	}
}
