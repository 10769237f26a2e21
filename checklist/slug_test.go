package checklist_test

import (
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

func TestJobID(t *testing.T) {
	day := time.Date(2026, 12, 1, 10, 0, 0, 0, cet)
	tests := []struct {
		name, company, role string
		at                  time.Time
		want                string
	}{
		{"plain words", "Acme Corp", "Backend Engineer", day, "acme-corp-backend-engineer-2026-12-01"},
		{"accents are folded", "Café Müller", "Barista", day, "cafe-muller-barista-2026-12-01"},
		{"apostrophes vanish", "Joe's Pizza", "Cook", day, "joes-pizza-cook-2026-12-01"},
		{"punctuation runs make one dash", "Acme, Inc. -- (EU)", "Sr. Engineer / Go", day, "acme-inc-eu-sr-engineer-go-2026-12-01"},
		{"all non-Latin falls back to job", "株式会社", "エンジニア", day, "job-2026-12-01"},
		{"a non-Latin company is left out", "株式会社", "Engineer", day, "engineer-2026-12-01"},
		{"the date is the interview's own day", "Acme", "Dev", time.Date(2026, 12, 1, 0, 30, 0, 0, cet), "acme-dev-2026-12-01"},
		{"a late evening interview keeps its day", "Acme", "Dev", time.Date(2026, 11, 30, 23, 30, 0, 0, time.FixedZone("EST", -5*60*60)), "acme-dev-2026-11-30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checklist.JobID(tt.company, tt.role, tt.at)
			if got != tt.want {
				t.Errorf("JobID(%q, %q, %s) = %q, want %q", tt.company, tt.role, tt.at, got, tt.want)
			}
			if !checklist.ValidID(got) {
				t.Errorf("JobID(%q, %q) = %q, which ValidID refuses", tt.company, tt.role, got)
			}
		})
	}
}

func TestSlugify(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"words", "Acme Corp", "acme-corp"},
		{"accents", "Café Müller", "cafe-muller"},
		{"accents everywhere", "Ünïcödé Façade", "unicode-facade"},
		{"apostrophe", "Joe's", "joes"},
		{"typographic apostrophe", "Joe’s Diner", "joes-diner"},
		{"punctuation runs", "Acme, Inc. -- (EU)", "acme-inc-eu"},
		{"leading and trailing punctuation", "  --Acme!--  ", "acme"},
		{"symbols between words", "C++/Go Developer", "c-go-developer"},
		{"ampersand", "R&D", "r-d"},
		{"digits kept", "Team 42 B2B", "team-42-b2b"},
		{"full-width letters", "ＡＣＭＥ", "acme"},
		{"ligature", "ﬁnance", "finance"},
		{"tabs and newlines", "a\tb\nc", "a-b-c"},
		{"all non-Latin", "株式会社", ""},
		{"non-Latin and Latin", "株式会社 Acme", "acme"},
		{"nothing but punctuation", "--- !!! ---", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := checklist.Slugify(tt.in, 40); got != tt.want {
				t.Errorf("Slugify(%q, 40) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSlugifyCutsLongNamesAtAWordBoundary(t *testing.T) {
	tests := []struct {
		name, in string
		max      int
		want     string
	}{
		{"long company", "International Business Machines Corporation of America", 40, "international-business-machines"},
		{"long role", "Senior Staff Principal Distinguished Backend Platform Engineer", 40, "senior-staff-principal-distinguished"},
		{"exactly the limit is kept", "abcde fghij", 11, "abcde-fghij"},
		{"a cut on a dash leaves no dash", "abcde fghij", 6, "abcde"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checklist.Slugify(tt.in, tt.max)
			if got != tt.want {
				t.Errorf("Slugify(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
			}
			if len(got) > tt.max {
				t.Errorf("Slugify(%q, %d) = %q: %d bytes, over the limit", tt.in, tt.max, got, len(got))
			}
			full := checklist.Slugify(tt.in, 1000)
			if !strings.HasPrefix(full, got) || (len(got) < len(full) && full[len(got)] != '-') {
				t.Errorf("Slugify(%q, %d) = %q is not %q cut at a word boundary", tt.in, tt.max, got, full)
			}
		})
	}
}

// TestJobIDIsAlwaysAValidID feeds awkward names and checks the promise every
// file name relies on: no leading, trailing or double dashes, always valid.
func TestJobIDIsAlwaysAValidID(t *testing.T) {
	names := []string{
		"", " ", "-", "--", "'", "’", "Acme", "-Acme-", "Acme--Corp", "a - b", "...Acme...",
		"株式会社", "株式会社-", "Ωmega", "Straße", "Łódź", "İstanbul", "🎉 Party Inc 🎉",
		"\x00\x1b[31mred", "a\u0301", "\u0301", "\u202eevil", "O'Reilly & Sons, Ltd.",
		strings.Repeat("a", 100), strings.Repeat("ab ", 40), strings.Repeat("word-", 30),
		strings.Repeat("x", 39) + " " + strings.Repeat("y", 10),
		strings.Repeat("Ü", 60),
	}
	at := time.Date(2026, 12, 1, 10, 0, 0, 0, cet)
	for _, company := range names {
		for _, role := range names {
			id := checklist.JobID(company, role, at)
			if !checklist.ValidID(id) {
				t.Errorf("JobID(%q, %q) = %q, which ValidID refuses", company, role, id)
			}
			if !strings.HasSuffix(id, "-2026-12-01") {
				t.Errorf("JobID(%q, %q) = %q, want it to end with the date", company, role, id)
			}
		}
		slug := checklist.Slugify(company, 40)
		if slug != "" && !checklist.ValidID(slug) {
			t.Errorf("Slugify(%q) = %q: leading, trailing or double dash", company, slug)
		}
		if len(slug) > 40 {
			t.Errorf("Slugify(%q, 40) = %q: longer than 40", company, slug)
		}
	}
}

func TestUniqueID(t *testing.T) {
	tests := []struct {
		name  string
		taken []string
		want  string
	}{
		{"free", nil, "acme"},
		{"taken once", []string{"acme"}, "acme-2"},
		{"taken twice", []string{"acme", "acme-2"}, "acme-3"},
		{"a gap is filled first", []string{"acme", "acme-3"}, "acme-2"},
		{"others do not matter", []string{"acme-2", "beta"}, "acme"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			taken := map[string]bool{}
			for _, id := range tt.taken {
				taken[id] = true
			}
			got := checklist.UniqueID("acme", func(id string) bool { return taken[id] })
			if got != tt.want {
				t.Errorf("UniqueID(acme) with %v taken = %q, want %q", tt.taken, got, tt.want)
			}
		})
	}
}

func TestValidID(t *testing.T) {
	tests := []struct {
		id   string
		want bool
	}{
		{"acme-corp-backend-engineer-2026-12-01", true},
		{"a", true},
		{"2026", true},
		{"a-b", true},
		{"acme-2", true},
		{"", false},
		{"../x", false},
		{"..", false},
		{"/abs", false},
		{"/etc/passwd", false},
		{"a/b", false},
		{`a\b`, false},
		{"a\x00b", false},
		{"A", false},
		{"Acme", false},
		{"a--b", false},
		{"-a", false},
		{"a-", false},
		{"-", false},
		{"a b", false},
		{"a.json", false},
		{"a_b", false},
		{"café", false},
		{"a\n", false},
		{strings.Repeat("a", 200), true},
		{strings.Repeat("a", 201), false},
	}
	for _, tt := range tests {
		name := tt.id
		if len(name) > 20 {
			name = name[:20] + "…"
		}
		t.Run(name, func(t *testing.T) {
			if got := checklist.ValidID(tt.id); got != tt.want {
				t.Errorf("ValidID(%q) = %v, want %v", tt.id, got, tt.want)
			}
		})
	}
}
