package checklist_test

import (
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

func TestIsThankYou(t *testing.T) {
	tests := []struct {
		item checklist.Item
		want bool
	}{
		{checklist.Item{ID: "thank-interviewers-dana-lee", Text: "Send a thank-you message to Dana Lee"}, true},
		{checklist.Item{ID: "r2-thank-hr", Text: "Send a separate thank-you to HR"}, true},
		{checklist.Item{ID: "handwritten-note", Text: "Send a handwritten thank-you note"}, true},
		{checklist.Item{ID: "own-1", Text: "THANK the recruiter"}, true},
		{checklist.Item{ID: "own-2", Text: "Thanks to Sam for the referral"}, true},
		{checklist.Item{ID: "follow-up-call", Text: "No word yet? Call the hiring manager"}, false},
		{checklist.Item{ID: "own-3", Text: "Ask Hank about parking"}, false},
	}
	for _, tt := range tests {
		if got := checklist.IsThankYou(tt.item); got != tt.want {
			t.Errorf("IsThankYou(%q) = %v, want %v", tt.item.Text, got, tt.want)
		}
	}
}

// draftJob is a job of two rounds: the first with Dana Lee, and notes on
// what was discussed when notes is not empty; the second with two people.
func draftJob(notes string) checklist.Job {
	at := time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)
	return checklist.Job{
		ID: "acme", Company: "Acme Corp", Role: "Backend Engineer", Status: checklist.Interviewed,
		Contacts: []checklist.Contact{{ID: "kim", Name: "Kim Patel", Role: "recruiter"}},
		Sections: []checklist.Section{
			{ID: "if-no", Phase: checklist.After, When: checklist.Rejected, Items: []checklist.Item{{ID: "thank-manager", Text: "Thank the hiring manager for their time"}}},
			{ID: "offer", Phase: checklist.After, When: checklist.Offer, Items: []checklist.Item{{ID: "thank-offer", Text: "Thank them for the offer"}}},
		},
		Rounds: []checklist.Round{
			{ID: "r1", Name: "Phone screen", At: at, State: checklist.Held, Interviewers: checklist.People("Dana Lee"),
				Sections: []checklist.Section{
					{ID: "right-after", Phase: checklist.After, Items: []checklist.Item{{ID: "notes-discussed", Text: "Write down what was discussed", Note: notes}}},
					{ID: "thanks", Phase: checklist.After, Items: []checklist.Item{
						{ID: "thank-interviewers-dana-lee", Text: "Send a thank-you message to Dana Lee", For: "Dana Lee"},
						{ID: "thank-hr", Text: "Send a separate thank-you to your HR contact"},
						{ID: "handwritten-note", Text: "Send a handwritten thank-you note"},
						{ID: "linkedin-connect", Text: "Connect on LinkedIn"},
					}},
				}},
			{ID: "r2", Name: "Onsite", At: at.Add(72 * time.Hour), State: checklist.Held, Interviewers: checklist.People("Sam Ng", "Ana Li"),
				Sections: []checklist.Section{
					{ID: "r2-thanks", Phase: checklist.After, Items: []checklist.Item{{ID: "r2-handwritten-note", Text: "Send a handwritten thank-you note"}}},
				}},
		},
	}
}

func TestThankYouDraft(t *testing.T) {
	tests := []struct {
		name, notes, item string
		want              []string
		not               []string
	}{
		{"to the interviewer, with the notes", "- Their move to event sourcing.\nSalary later", "thank-interviewers-dana-lee",
			[]string{"Dear Dana,", "the Backend Engineer role at Acme Corp", "our conversation about their move to event sourcing.", "Best regards,"},
			[]string{"Salary", "..", "- "}},
		{"a note that says it was discussed", "We discussed their Kubernetes migration.", "thank-interviewers-dana-lee",
			[]string{"our conversation about their Kubernetes migration."}, []string{"about we", "discussed"}},
		{"an acronym keeps its capitals", "API design at scale", "thank-interviewers-dana-lee",
			[]string{"our conversation about API design at scale."}, nil},
		{"without notes", "", "thank-interviewers-dana-lee",
			[]string{"Dear Dana,", "I enjoyed learning more about the team and the work."}, []string{"conversation about"}},
		{"notes of blank lines only", "\n  \n", "thank-interviewers-dana-lee",
			[]string{"I enjoyed learning more about the team and the work."}, nil},
		{"to HR: the recruiter by first name", "", "thank-hr", []string{"Dear Kim,"}, nil},
		{"the round's one interviewer", "", "handwritten-note", []string{"Dear Dana,"}, nil},
		{"two interviewers: no name guessed", "", "r2-handwritten-note", []string{"Hello,"}, []string{"Dear"}},
		{"after a no", "Kafka", "thank-manager", []string{"considering me for the Backend Engineer role at Acme Corp", "future openings"}, []string{"Kafka", "next steps"}},
		{"for an offer", "", "thank-offer", []string{"Thank you for the offer of the Backend Engineer role at Acme Corp", "in writing"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := draftJob(tt.notes)
			got, err := checklist.ThankYouDraft(&j, tt.item)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("draft lacks %q:\n%s", w, got)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(got, w) {
					t.Errorf("draft has %q:\n%s", w, got)
				}
			}
		})
	}
}

// A thank-you written after the answer was a no does not look forward to
// the next steps.
func TestThankYouDraftAfterANo(t *testing.T) {
	j := draftJob("")
	j.Status = checklist.Rejected
	got, err := checklist.ThankYouDraft(&j, "thank-interviewers-dana-lee")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(got, "next steps") || !strings.Contains(got, "paths cross again") {
		t.Errorf("the draft after a no:\n%s", got)
	}
}

func TestThankYouDraftRefusesOtherItems(t *testing.T) {
	j := draftJob("")
	if _, err := checklist.ThankYouDraft(&j, "linkedin-connect"); err == nil {
		t.Error("a draft for an item that is not a thank-you")
	}
	if _, err := checklist.ThankYouDraft(&j, "no-such-item"); err == nil {
		t.Error("a draft for an item the job does not have")
	}
}

func TestThankYouDraftOfHostileText(t *testing.T) {
	j := draftJob("\x1b]52;c;aGk=\x07 the \u202erota")
	j.Company, j.Role = "Evil\x1b[2J Corp", "Role\r\nwith a break"
	j.Rounds[0].Sections[1].Items[0].For = "\x1b[31mDana\x1b[0m Lee"
	got, err := checklist.ThankYouDraft(&j, "thank-interviewers-dana-lee")
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(got, "\x1b\x07\u202e\r") {
		t.Errorf("the draft keeps control characters: %q", got)
	}
	if !strings.Contains(got, "Evil") || !strings.Contains(got, "rota") {
		t.Errorf("the draft lost the words around them: %q", got)
	}
}
