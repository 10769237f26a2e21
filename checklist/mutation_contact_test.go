package checklist_test

import (
	"testing"

	"github.com/prep-cli/prep/checklist"
)

// A contact reads on one line, with what is known of them in brackets and
// blank fields left out.
func TestContactOnOneLine(t *testing.T) {
	tests := []struct {
		contact checklist.Contact
		want    string
	}{
		{checklist.Contact{Name: "Kim Patel"}, "Kim Patel"},
		{checklist.Contact{Name: "Kim Patel", Role: " ", Email: "\t"}, "Kim Patel"},
		{checklist.Contact{Name: "Kim Patel", Role: "recruiter", Email: " kim@acme.example "}, "Kim Patel (recruiter, kim@acme.example)"},
		{checklist.Contact{Name: "Kim Patel", Phone: "+49 30 1234", LinkedIn: "in/kimpatel"}, "Kim Patel (+49 30 1234, in/kimpatel)"},
	}
	for _, tt := range tests {
		if got := tt.contact.String(); got != tt.want {
			t.Errorf("%+v = %q, want %q", tt.contact, got, tt.want)
		}
	}
}
