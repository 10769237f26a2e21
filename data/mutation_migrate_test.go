package data_test

import (
	"testing"

	"github.com/prep-cli/prep/data"
)

// A version-1 job file whose interview time was taken out by hand still
// reads, as a job with one round of no time, which the person can set.
func TestV1JobWithoutAnInterviewTimeReads(t *testing.T) {
	b := []byte(`{"version":1,"id":"acme","company":"Acme","role":"R","status":"upcoming",` +
		`"created_at":"2026-11-20T10:00:00Z","sections":[]}`)
	j, err := data.DecodeJob(b)
	if err != nil {
		t.Fatal(err)
	}
	if j.Company != "Acme" || len(j.Rounds) != 1 || !j.Rounds[0].At.IsZero() {
		t.Errorf("read as %+v", j)
	}
}
