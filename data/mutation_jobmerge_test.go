package data_test

import (
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// A base that is another job's file is no base: the two versions are
// merged as a job both sides added, and neither loses what it changed.
func TestMergeJobFilesPassesOverAnotherJobsBase(t *testing.T) {
	at := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	job := func(company string) checklist.Job {
		j, err := checklist.NewJob(data.DefaultTemplate(), checklist.Details{Company: company, Role: "R", At: at}, checklist.Slugify(company, 40), at.Add(-48*time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		return j
	}
	encode := func(j checklist.Job) []byte {
		b, err := data.EncodeJob(j)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	acme := job("Acme")
	item := acme.Sections[0].Items[0].ID
	other := job("Globex")
	if _, err := (checklist.SetDone{ItemID: item, Done: true, At: &at}).Apply(&other); err != nil {
		t.Fatal(err)
	}
	ours := job("Acme")
	if _, err := (checklist.SetDone{ItemID: item, Done: true, At: &at}).Apply(&ours); err != nil {
		t.Fatal(err)
	}
	theirs := job("Acme")

	out, _, err := data.MergeJobFiles(encode(other), encode(ours), encode(theirs))
	if err != nil {
		t.Fatal(err)
	}
	merged, err := data.DecodeJob(out)
	if err != nil {
		t.Fatal(err)
	}
	if !merged.Item(item).Done {
		t.Error("the tick ours made was lost to another job's base")
	}
}
