package cli

import (
	"bytes"
	"iter"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/internal/dataset"
)

// The entries "prep list --json" and "prep due --json" were made of when
// encoding/json wrote them, kept to check that what they write now is the
// same byte for byte.
type (
	oldListEntry struct {
		ID          string           `json:"id"`
		Company     string           `json:"company"`
		Role        string           `json:"role"`
		InterviewAt string           `json:"interview_at"`
		Round       *oldRoundEntry   `json:"round"`
		Rounds      int              `json:"rounds"`
		Status      checklist.Status `json:"status"`
		Done        int              `json:"done"`
		Total       int              `json:"total"`
	}
	oldRoundEntry struct {
		ID      string               `json:"id"`
		Name    string               `json:"name"`
		Format  checklist.Format     `json:"format"`
		At      string               `json:"at"`
		Minutes int                  `json:"minutes,omitempty"`
		Where   string               `json:"where,omitempty"`
		Link    string               `json:"link,omitempty"`
		State   checklist.RoundState `json:"state"`
		Number  int                  `json:"number"`
		Of      int                  `json:"of"`
	}
	oldDueEntry struct {
		ID      string `json:"id"`
		Company string `json:"company"`
		Role    string `json:"role"`
		Item    string `json:"item"`
		Text    string `json:"text"`
		DueAt   string `json:"due_at"`
		Late    bool   `json:"late"`
	}
)

func oldListJSON(t *testing.T, jobs []checklist.Digest, now time.Time) string {
	t.Helper()
	entries := make([]oldListEntry, 0, len(jobs))
	for _, d := range jobs {
		j, p := d.Job, d.Progress
		var round *oldRoundEntry
		if rd := j.CurrentRound(now); rd != nil {
			n, of := j.Number(rd)
			round = &oldRoundEntry{
				ID: rd.ID, Name: rd.Name, Format: rd.Format, At: rd.At.In(now.Location()).Format(time.RFC3339),
				Minutes: rd.Minutes, Where: rd.Where, Link: rd.Link, State: rd.State, Number: n, Of: of,
			}
		}
		entries = append(entries, oldListEntry{
			ID: j.ID, Company: j.Company, Role: j.Role,
			InterviewAt: j.ListedAt(now).In(now.Location()).Format(time.RFC3339),
			Round:       round, Rounds: len(j.Rounds), Status: j.EffectiveStatus(now), Done: p.Done, Total: p.Total,
		})
	}
	return encodingJSON(t, entries)
}

func oldDueJSON(t *testing.T, due []checklist.Due, now time.Time) string {
	t.Helper()
	entries := make([]oldDueEntry, 0, len(due))
	for _, u := range due {
		j, o := &u.Digest.Job, u.Open
		entries = append(entries, oldDueEntry{
			ID: j.ID, Company: j.Company, Role: j.Role, Item: o.ID, Text: o.Text,
			DueAt: o.DueAt.In(now.Location()).Format(time.RFC3339), Late: u.Late(now),
		})
	}
	return encodingJSON(t, entries)
}

// TestListAndDueJSONAreWhatTheyWere: over a generated data set, at moments
// in three time zones, "prep list --json" and "prep due --json" write byte
// for byte what they wrote through encoding/json, and so do the same jobs
// and tasks with odd text in every string they show, rounds without
// minutes, place or link, and jobs without rounds.
func TestListAndDueJSONAreWhatTheyWere(t *testing.T) {
	dir := t.TempDir()
	if err := dataset.Generate(dir, 100, 18); err != nil {
		t.Fatal(err)
	}
	config := t.TempDir()
	moments := []time.Time{
		dataset.Reference,
		dataset.Reference.Add(-40 * 24 * time.Hour).UTC(),
		dataset.Reference.Add(20 * 24 * time.Hour).In(time.FixedZone("", -(9*60+30)*60)),
	}
	for _, now := range moments {
		t.Run(now.Format(time.RFC3339), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			env := Env{
				Stdout: &stdout, Stderr: &stderr,
				Getenv: func(k string) string {
					if k == "XDG_CONFIG_HOME" {
						return config
					}
					return ""
				},
				Now: func() time.Time { return now },
			}
			prep := func(args ...string) string {
				t.Helper()
				stdout.Reset()
				if code := Run(append([]string{"--data-dir", dir}, args...), env); code != 0 || stderr.Len() > 0 {
					t.Fatalf("prep %v: exit %d\n%s", args, code, stderr.String())
				}
				return stdout.String()
			}
			r := &runner{env: env, now: now, dataDir: dir}
			jobs, err := readable(r, (*data.Store).Digests)
			if err != nil {
				t.Fatal(err)
			}
			jobs = inListOrder(jobs, now)
			due := checklist.DigestDue(jobs, now, checklist.SoonWithin)
			if len(due) == 0 {
				t.Fatal("nothing is due: the test checks no task")
			}
			compare(t, "prep list --json", prep("list", "--json"), oldListJSON(t, jobs, now))
			compare(t, "prep due --json", prep("due", "--json"), oldDueJSON(t, due, now))

			oddJobs(jobs)
			oddItems(due)
			stdout.Reset()
			if err := r.listJSON(jobs); err != nil {
				t.Fatal(err)
			}
			want := oldListJSON(t, jobs, now)
			if !strings.Contains(want, `"round": null`) || strings.Count(want, `"minutes"`) == strings.Count(want, `"format"`) {
				t.Fatal("the odd jobs hold no job without rounds or no round without minutes")
			}
			compare(t, "list with odd text", stdout.String(), want)
			stdout.Reset()
			if err := r.dueJSON(eachDue(due)); err != nil {
				t.Fatal(err)
			}
			compare(t, "due with odd text", stdout.String(), oldDueJSON(t, due, now))
		})
	}
}

// eachDue gives the tasks as data.Store's Due does.
func eachDue(due []checklist.Due) iter.Seq2[checklist.Due, error] {
	return func(yield func(checklist.Due, error) bool) {
		for _, u := range due {
			if !yield(u, nil) {
				return
			}
		}
	}
}

// oddJobs gives the jobs odd strings in turn, takes the rounds of one job
// in seven, and the minutes, place and link of some rounds.
func oddJobs(jobs []checklist.Digest) {
	odd := append(oddStrings(), randomStrings(100)...)
	next := 0
	text := func() string { next++; return odd[next%len(odd)] }
	for i := range jobs {
		j := &jobs[i].Job
		j.ID, j.Company, j.Role = text(), text(), text()
		if i%7 == 0 {
			j.Rounds = nil
		}
		for k := range j.Rounds {
			rd := &j.Rounds[k]
			rd.ID, rd.Name, rd.Where, rd.Link = text(), text(), text(), text()
			if (i+k)%3 == 0 {
				rd.Minutes, rd.Where, rd.Link = 0, "", ""
			}
		}
	}
}

// oddItems gives the items of the tasks odd strings in turn; oddJobs
// gives their jobs theirs.
func oddItems(due []checklist.Due) {
	odd := append(oddStrings(), randomStrings(100)...)
	next := 0
	text := func() string { next++; return odd[next%len(odd)] }
	for _, u := range due {
		u.Open.ID, u.Open.Text = text(), text()
	}
}

func compare(t *testing.T, what, got, want string) {
	t.Helper()
	if got == want {
		return
	}
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			t.Fatalf("%s differs from what encoding/json wrote at byte %d of %d:\n got …%q…\nwant …%q…",
				what, i, len(want), got[max(0, i-80):min(len(got), i+80)], want[max(0, i-80):min(len(want), i+80)])
		}
	}
	t.Fatalf("%s is %d bytes, encoding/json wrote %d", what, len(got), len(want))
}
