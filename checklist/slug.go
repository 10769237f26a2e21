package checklist

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// maxSlugPart keeps file names readable and well under every file system's limit.
const maxSlugPart = 40

// JobID is the readable id of a job: company, role and interview date,
// for example "acme-corp-backend-engineer-2026-12-01".
func JobID(company, role string, at time.Time) string {
	parts := []string{}
	for _, s := range []string{company, role} {
		if p := Slugify(s, maxSlugPart); p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		parts = append(parts, "job")
	}
	return strings.Join(append(parts, at.Format(time.DateOnly)), "-")
}

// Slugify keeps the letters and digits of s, folded to lower-case ASCII,
// with single dashes between words, cut at a word boundary near max bytes.
func Slugify(s string, max int) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		case unicode.Is(unicode.Mn, r), r == '\'', r == '’':
			// "Café" reads as "cafe" and "Joe's" as "joes", not "caf-e" and "joe-s".
		default:
			dash = true
		}
	}
	out := b.String()
	if len(out) > max {
		out = out[:max]
		if i := strings.LastIndexByte(out, '-'); i > max/2 {
			out = out[:i]
		}
		out = strings.TrimRight(out, "-")
	}
	return out
}

// UniqueID returns base, or base with "-2", "-3"… appended, whichever is
// the first that taken does not claim.
func UniqueID(base string, taken func(string) bool) string {
	id := base
	for n := 2; taken(id); n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	return id
}

// ValidID reports whether id is safe as a file name: a non-empty slug of
// lower-case ASCII letters, digits and single inner dashes.
func ValidID(id string) bool {
	if id == "" || len(id) > 200 || id[0] == '-' || id[len(id)-1] == '-' {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		ok := c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' && id[i-1] != '-'
		if !ok {
			return false
		}
	}
	return true
}
