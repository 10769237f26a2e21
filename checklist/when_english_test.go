package checklist

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/olebedev/when"
)

// readEnglish stands in for when.EN.Parse so that prep links no language
// but English; over every phrase it must read what the library reads.
func TestReadEnglishReadsAsTheLibrary(t *testing.T) {
	phrases := englishCorpus(t)
	bases := []time.Time{
		time.Date(2026, 11, 30, 20, 0, 0, 0, time.UTC),  // a Monday evening
		time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC),     // a year's first minute
		time.Date(2028, 2, 29, 12, 30, 0, 0, time.UTC),  // a leap day
		time.Date(2026, 12, 31, 23, 59, 0, 0, time.UTC), // a year's last minute
		time.Date(2026, 3, 8, 9, 15, 0, 0, time.FixedZone("EST", -5*3600)),
	}
	read, pairs := 0, 0
	// Each phrase is read from the first moment and from one of the others
	// in turn; under the race detector, which makes the expressions some
	// twenty times slower and finds nothing in one goroutine, only every
	// raceStride-th phrase.
	for i := 0; i < len(phrases); i += raceStride {
		p := phrases[i]
		for _, base := range []time.Time{bases[0], bases[1+i%(len(bases)-1)]} {
			pairs++
			got, gotErr := readEnglish(p, base)
			want, wantErr := when.EN.Parse(p, base)
			switch {
			case gotErr != nil || wantErr != nil:
				if gotErr == nil || wantErr == nil {
					t.Errorf("%q from %v: error %v, the library's %v", p, base, gotErr, wantErr)
				}
			case got == nil || want == nil:
				if got != nil || want != nil {
					t.Errorf("%q from %v: read %+v, the library %+v", p, base, got, want)
				}
			default:
				read++
				if got.Index != want.Index || got.Text != want.Text ||
					!got.Time.Equal(want.Time) || got.Time.Location() != want.Time.Location() {
					t.Errorf("%q from %v: read %d %q %v, the library %d %q %v", p, base,
						got.Index, got.Text, got.Time, want.Index, want.Text, want.Time)
				}
			}
		}
	}
	t.Logf("%d of %d readings of %d phrases name a time", read, pairs, len(phrases))
	// A corpus the library mostly passes over would prove little.
	if read < pairs/3 {
		t.Errorf("only %d of %d readings name a time", read, pairs)
	}
}

// englishCorpus is every string written in the tests of the packages that
// read typed dates, each also as wordsWall hands it on, and combinations of
// the words for days, dates and times, with their beginnings cut off short.
func englishCorpus(t *testing.T) []string {
	t.Helper()
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, s := range testLiterals(t, ".", "../cli", "../ui") {
		add(s)
		text, _, _, _ := monthFirst(strings.Join(strings.Fields(s), " "))
		add(text)
	}

	var days []string
	for _, d := range []string{"monday", "Tue", "wednesday", "thu", "thur", "Friday", "sat", "sunday"} {
		for _, pre := range []string{"", "next ", "last ", "this ", "on ", "past "} {
			days = append(days, pre+d)
		}
	}
	days = append(days, "today", "tomorrow", "tonight", "yesterday", "this morning",
		"tomorrow evening", "last night", "in 3 days", "in 2 weeks", "in a month",
		"in an hour", "in half an hour", "in 5 minutes", "within 2 days", "2 weeks ago",
		"3 days ago", "an hour ago", "a year ago", "25/12/2026", "12/12", "3/4")
	for _, m := range []string{"Dec", "december", "dec.", "Sept", "feb", "Jan", "may", "june"} {
		for _, d := range []string{"3", "3rd", "29", "30", "31", "1st", "twenty-first", "third"} {
			days = append(days, m+" "+d, d+" "+m)
		}
		days = append(days, "the 3rd of "+m, m+" 29 2027", "3 "+m+", 2026")
	}
	clocks := []string{"11am", "11 am", "11:30am", "11:30 p.m.", "11a", "2p", "12pm", "12am",
		"14:30", "9h", "9:05", "0:00", "24:00", "13pm", "11.30am", "noon", "midnight",
		"midday", "afternoon", "evening", "morning", "3 o'clock", "15"}
	for i, d := range days {
		add(d)
		for _, c := range clocks {
			add(d + " " + c)
		}
		// Each day also comes after one time of day, and before "at" and
		// another, taking the times in turn.
		add(clocks[i%len(clocks)] + " " + d)
		add(clocks[(i+7)%len(clocks)] + ", " + d)
		add(d + " at " + clocks[(i+13)%len(clocks)])
	}
	for _, c := range clocks {
		add(c)
		add("at " + c)
	}
	for _, s := range []string{"next friday at 2:30pm", "3 Dec 2026 14:00", "in 3 days at 2pm", "2 weeks ago noon"} {
		for i := range len(s) {
			add(s[:i])
			add(s[i:])
		}
	}
	for _, junk := range []string{"", " ", "asdf", "next", "last", "in", "ago", "at", "pm", "::", "3",
		"friday friday", "the 5th", "in days", "next week maybe", "call Ana on friday 11am re offer",
		"dec dec 3 3", "31 feb", "feb 30 25:61", "in -3 days", "99 days ago", "monday 3pm tuesday 4pm"} {
		add(junk)
	}
	return out
}

// testLiterals are the strings written in the test files of dirs.
func testLiterals(t *testing.T, dirs ...string) []string {
	t.Helper()
	var out []string
	for _, dir := range dirs {
		files, err := filepath.Glob(filepath.Join(dir, "*_test.go"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no test files in %s: %v", dir, err)
		}
		for _, name := range files {
			f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.SkipObjectResolution)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(f, func(n ast.Node) bool {
				if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
					if s, err := strconv.Unquote(lit.Value); err == nil {
						out = append(out, s)
					}
				}
				return true
			})
		}
	}
	return out
}

// raceStride is how far apart the phrases read are: every one, but see
// when_english_race_test.go.
var raceStride = 1
