package checklist_test

import (
	"strings"
	"testing"

	"github.com/rivo/uniseg"

	"github.com/prep-cli/prep/checklist"
)

// checkCut fails unless got is the start of long, at most MaxDetailLen
// bytes, ending between two characters.
func checkCut(t *testing.T, what, got, long string) {
	t.Helper()
	rest, ok := strings.CutPrefix(long, got)
	switch {
	case !ok:
		t.Errorf("%s %.20q… is not the start of what was given", what, got)
	case len(got) > checklist.MaxDetailLen:
		t.Errorf("%s is %d bytes, want at most %d", what, len(got), checklist.MaxDetailLen)
	case len(got) < checklist.MaxDetailLen-len("👩‍💻"):
		t.Errorf("%s is %d bytes, cut shorter than it needs", what, len(got))
	case uniseg.GraphemeClusterCount(got)+uniseg.GraphemeClusterCount(rest) != uniseg.GraphemeClusterCount(long):
		t.Errorf("%s is cut inside a character: …%q", what, got[len(got)-8:])
	}
}

// A megabyte pasted into a detail by mistake is kept to MaxDetailLen,
// cut between characters, whether the job is new or changed.
func TestLongDetailsAreCutBetweenCharacters(t *testing.T) {
	long := "Acme " + strings.Repeat("👩‍💻", 1<<20/len("👩‍💻"))
	d := checklist.Details{Company: long, Role: long, At: interview, Where: long, Interviewers: []string{long}}
	j, err := checklist.NewJob(testTemplate(), d, "acme", created)
	if err != nil {
		t.Fatal(err)
	}
	r := j.Rounds[0]
	for name, got := range map[string]string{"company": j.Company, "role": j.Role, "where": r.Where, "interviewer": r.Interviewers[0].Name} {
		checkCut(t, "new job's "+name, got, long)
	}

	j, _ = checklist.NewJob(testTemplate(), checklist.Details{Company: "A", Role: "R", At: interview}, "a", created)
	if _, err := (checklist.SetJobDetails{Details: checklist.JobDetails{Company: long, Role: long}}).Apply(&j); err != nil {
		t.Fatal(err)
	}
	round := checklist.RoundDetails{Name: long, At: interview, Where: long, Link: long, Interviewers: checklist.People(long)}
	if _, err := (checklist.SetRound{RoundID: j.Rounds[0].ID, Details: round}).Apply(&j); err != nil {
		t.Fatal(err)
	}
	r = j.Rounds[0]
	for name, got := range map[string]string{"company": j.Company, "role": j.Role, "round": r.Name, "where": r.Where, "link": r.Link, "interviewer": r.Interviewers[0].Name} {
		checkCut(t, "changed job's "+name, got, long)
	}
}
