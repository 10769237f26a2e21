package importer

import "testing"

func TestRoundName(t *testing.T) {
	tests := map[string]string{
		"Acme Corp <> Jane Doe: Technical Interview":         "Technical",
		"Technical phone screen with Acme":                   "Phone screen",
		"Hooli Recruiter Screen":                             "Recruiter call",
		"Intro call – Initech":                               "Recruiter call",
		"Take-home review":                                   "Take-home",
		"Interview: Jane Doe - Umbrella Corp - SRE (Onsite)": "Onsite",
		"On-site loop":                                       "Onsite",
		"Panel interview":                                    "Panel",
		"Final round with the CEO":                           "Final",
		"System design":                                      "Technical",
		"Coffee chat":                                        "",
	}
	for summary, want := range tests {
		if got := roundName(summary, false); got != want {
			t.Errorf("roundName(%q) = %q, want %q", summary, got, want)
		}
	}
	if got := roundName("Phone screen: Acme Corp — Backend Engineer", true); got != "Phone screen" {
		t.Errorf("prep's own summary: %q", got)
	}
}

func TestRoleFrom(t *testing.T) {
	tests := []struct{ summary, company, want string }{
		{"Interview: Jane Doe - Umbrella Corp - Senior Backend Engineer (Onsite)", "Umbrella Corp", "Senior Backend Engineer"},
		{"Interview Jane Doe – Product Designer", "Globex", "Product Designer"},
		{"Phone Screen: Jane Doe <> Initech (Staff Software Engineer)", "Initech", "Staff Software Engineer"},
		{"Technical interview – Senior Data Engineer", "Contoso", "Senior Data Engineer"},
		{"Acme Data Engineer interview", "Acme", "Data Engineer"},
		{"Acme Corp <> Jane Doe: Technical Interview", "Acme Corp", ""},
		{"Coffee chat – Initrode", "Initrode", ""},
	}
	for _, tt := range tests {
		if got := roleFrom(tt.summary, tt.company, false); got != tt.want {
			t.Errorf("roleFrom(%q) = %q, want %q", tt.summary, got, tt.want)
		}
	}
	if got := roleFrom("Interview: Acme Corp — Backend Engineer", "Acme Corp", true); got != "Backend Engineer" {
		t.Errorf("prep's own summary: %q", got)
	}
}
