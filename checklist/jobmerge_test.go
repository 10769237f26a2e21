package checklist_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

// edited is the job after the edits, failing the test if one fails.
func edited(t *testing.T, j checklist.Job, edits ...checklist.Edit) checklist.Job {
	t.Helper()
	j = j.Clone()
	for _, e := range edits {
		if _, err := e.Apply(&j); err != nil {
			t.Fatalf("%T: %v", e, err)
		}
	}
	return j
}

func at(hours int) *time.Time {
	t := interview.Add(time.Duration(hours) * time.Hour)
	return &t
}

func secondRound(name string, day int) checklist.AddRound {
	return checklist.AddRound{Template: testTemplate(), Details: checklist.RoundDetails{
		Name: name, Format: checklist.Video, At: interview.AddDate(0, 0, day)}}
}

func ownItem(id, text string) checklist.Item { return checklist.Item{ID: id, Text: text, Own: true} }

func TestMergeJobs(t *testing.T) {
	base := newTestJob(t, "Dana Lee")
	tests := []struct {
		name         string
		ours, theirs []checklist.Edit
		check        func(t *testing.T, j checklist.Job)
		clashes      int
	}{
		{"ticks from both sides", []checklist.Edit{checklist.SetDone{ItemID: "website", Done: true, At: at(-5)}},
			[]checklist.Edit{checklist.SetDone{ItemID: "news", Done: true, At: at(-4)}},
			func(t *testing.T, j checklist.Job) {
				if !j.Item("website").Done || !j.Item("news").Done || !j.Item("news").DoneAt.Equal(*at(-4)) {
					t.Errorf("ticks: website %v, news %v at %v", j.Item("website").Done, j.Item("news").Done, j.Item("news").DoneAt)
				}
			}, 0},
		{"a journey set on one side, a place on the other",
			[]checklist.Edit{checklist.SetRound{RoundID: "r1", Details: checklist.RoundDetails{Name: "Interview", Format: checklist.InPerson, At: interview, Where: "Berlin office", TravelMinutes: 40}}},
			[]checklist.Edit{checklist.SetRound{RoundID: "r1", Details: checklist.RoundDetails{Name: "Interview", Format: checklist.InPerson, At: interview, Where: "Room 4"}}},
			func(t *testing.T, j checklist.Job) {
				if r := j.Rounds[0]; r.TravelMinutes != 40 || r.Where != "Room 4" {
					t.Errorf("journey %d min, place %q; want both sides' changes", r.TravelMinutes, r.Where)
				}
			}, 0},
		{"ticked on both: the earlier time", []checklist.Edit{checklist.SetDone{ItemID: "website", Done: true, At: at(-5)}},
			[]checklist.Edit{checklist.SetDone{ItemID: "website", Done: true, At: at(-9)}},
			func(t *testing.T, j checklist.Job) {
				if it := j.Item("website"); !it.Done || !it.DoneAt.Equal(*at(-9)) {
					t.Errorf("website done %v at %v, want the earlier tick", it.Done, it.DoneAt)
				}
			}, 0},
		{"notes on different lines merge clean",
			[]checklist.Edit{checklist.SetNote{ItemID: "website", Note: "ours first"}},
			[]checklist.Edit{checklist.SetNote{ItemID: "news", Note: "theirs"}},
			func(t *testing.T, j checklist.Job) {
				if j.Item("website").Note != "ours first" || j.Item("news").Note != "theirs" {
					t.Errorf("notes %q %q", j.Item("website").Note, j.Item("news").Note)
				}
			}, 0},
		{"the same note on both: both kept and marked",
			[]checklist.Edit{checklist.SetNote{ItemID: "website", Note: "ours"}},
			[]checklist.Edit{checklist.SetNote{ItemID: "website", Note: "theirs"}},
			func(t *testing.T, j checklist.Job) {
				n := j.Item("website").Note
				want := strings.Join([]string{checklist.ClashBegin, "ours", checklist.ClashOther, "theirs", checklist.ClashEnd}, "\n")
				if n != want {
					t.Errorf("note %q, want %q", n, want)
				}
				if got := j.ClashedNotes(); !slices.Equal(got, []string{"Read the company website"}) {
					t.Errorf("ClashedNotes = %q", got)
				}
			}, 1},
		{"items added on both sides are kept where they were added",
			[]checklist.Edit{checklist.AddItem{SectionID: "research", Index: 0, Item: ownItem("ask-a-friend", "Ask a friend")}},
			[]checklist.Edit{checklist.AddItem{SectionID: "research", Index: 2, Item: ownItem("read-reviews", "Read reviews")}},
			func(t *testing.T, j checklist.Job) {
				if got := ids(section(t, j, "research")); !slices.Equal(got, []string{"ask-a-friend", "website", "news", "read-reviews"}) {
					t.Errorf("research = %v", got)
				}
			}, 0},
		{"removed on one side, untouched on the other: removed",
			[]checklist.Edit{checklist.RemoveItem{ItemID: "news"}},
			[]checklist.Edit{checklist.SetDone{ItemID: "website", Done: true, At: at(-1)}},
			func(t *testing.T, j checklist.Job) {
				if j.Item("news") != nil {
					t.Error("news is back")
				}
			}, 0},
		{"removed on one side, ticked on the other: kept with the tick",
			[]checklist.Edit{checklist.RemoveItem{ItemID: "news"}},
			[]checklist.Edit{checklist.SetDone{ItemID: "news", Done: true, At: at(-1)}},
			func(t *testing.T, j checklist.Job) {
				if it := j.Item("news"); it == nil || !it.Done {
					t.Errorf("news = %v", it)
				}
			}, 0},
		{"moved on one side, added to on the other",
			[]checklist.Edit{checklist.MoveItem{ItemID: "news", Delta: -1}},
			[]checklist.Edit{checklist.AddItem{SectionID: "research", Index: 2, Item: ownItem("read-reviews", "Read reviews")}},
			func(t *testing.T, j checklist.Job) {
				if got := ids(section(t, j, "research")); !slices.Equal(got, []string{"news", "website", "read-reviews"}) {
					t.Errorf("research = %v", got)
				}
			}, 0},
		{"rounds added on both sides under one id are both kept",
			[]checklist.Edit{secondRound("Technical", 7)},
			[]checklist.Edit{secondRound("Onsite", 9)},
			func(t *testing.T, j checklist.Job) {
				var names []string
				for _, r := range j.Rounds {
					names = append(names, r.ID+" "+r.Name)
				}
				if !slices.Equal(names, []string{"r1 Interview", "r2 Technical", "r3 Onsite"}) {
					t.Errorf("rounds = %q", names)
				}
				checkItemIDs(t, j)
				if j.Item("r3-thank-hr") == nil {
					t.Errorf("the renamed round's items: %v", itemIDs(j))
				}
			}, 0},
		{"a round cancelled on one side, ticked in on the other",
			[]checklist.Edit{checklist.SetRoundState{RoundID: "r1", State: checklist.Cancelled}},
			[]checklist.Edit{checklist.SetDone{ItemID: "thank-hr", Done: true, At: at(3)}},
			func(t *testing.T, j checklist.Job) {
				if j.Rounds[0].State != checklist.Cancelled || !j.Item("thank-hr").Done {
					t.Errorf("state %v, thank-hr %v", j.Rounds[0].State, j.Item("thank-hr").Done)
				}
			}, 0},
		{"status on both: ours kept, the clash told",
			[]checklist.Edit{checklist.SetStatus{Status: checklist.Offer, At: *at(48)}},
			[]checklist.Edit{checklist.SetStatus{Status: checklist.Rejected, At: *at(50)}},
			func(t *testing.T, j checklist.Job) {
				if j.Status != checklist.Offer {
					t.Errorf("status %v", j.Status)
				}
			}, 1},
		{"job fields three ways",
			[]checklist.Edit{checklist.SetJobDetails{Details: withDetails(base, func(d *checklist.JobDetails) { d.Salary = "90k" })}},
			[]checklist.Edit{checklist.SetJobDetails{Details: withDetails(base, func(d *checklist.JobDetails) { d.Posting = "https://acme.example/jobs/1" })}},
			func(t *testing.T, j checklist.Job) {
				if j.Salary != "90k" || j.Posting != "https://acme.example/jobs/1" {
					t.Errorf("salary %q posting %q", j.Salary, j.Posting)
				}
			}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ours, theirs := edited(t, base, tt.ours...), edited(t, base, tt.theirs...)
			got, clashes := checklist.MergeJobs(base, ours, theirs)
			tt.check(t, got)
			checkItemIDs(t, got)
			if len(clashes) != tt.clashes {
				t.Errorf("clashes = %v, want %d", clashes, tt.clashes)
			}
			// Either way round, as many things are kept.
			back, _ := checklist.MergeJobs(base, theirs, ours)
			if len(itemIDs(back)) != len(itemIDs(got)) || len(back.Rounds) != len(got.Rounds) {
				t.Errorf("merged the other way: %v, want %v", itemIDs(back), itemIDs(got))
			}
		})
	}
}

func withDetails(j checklist.Job, change func(*checklist.JobDetails)) checklist.JobDetails {
	d := j.Details()
	change(&d)
	return d
}

func ids(s checklist.Section) []string {
	var out []string
	for _, it := range s.Items {
		out = append(out, it.ID)
	}
	return out
}

// TestMergeJobsUnchangedSide: when one side changed nothing, the merge is
// the other side, exactly.
func TestMergeJobsUnchangedSide(t *testing.T) {
	base := newTestJob(t, "Dana Lee")
	changed := edited(t, base, checklist.SetDone{ItemID: "website", Done: true, At: at(-2)},
		checklist.RemoveItem{ItemID: "news"}, secondRound("Onsite", 3))
	for _, got := range []checklist.Job{first(checklist.MergeJobs(base, base, changed)), first(checklist.MergeJobs(base, changed, base))} {
		if !slices.Equal(itemIDs(got), itemIDs(changed)) || len(got.Rounds) != 2 || !got.Item("website").Done {
			t.Errorf("merge with an unchanged side = %v", itemIDs(got))
		}
	}
}

func first[A, B any](a A, _ B) A { return a }

// A story linked on one device and another unlinked on the other: both
// changes are kept.
func TestMergeJobsKeepsStoryLinksFromBothSides(t *testing.T) {
	base := checklist.Job{ID: "acme", Stories: []string{"outage", "mentor"}}
	ours := checklist.Job{ID: "acme", Stories: []string{"outage", "mentor", "launch"}}
	theirs := checklist.Job{ID: "acme", Stories: []string{"mentor"}}
	got := first(checklist.MergeJobs(base, ours, theirs))
	if want := []string{"mentor", "launch"}; !slices.Equal(got.Stories, want) {
		t.Errorf("stories after the merge = %v, want %v", got.Stories, want)
	}
}

// TestMergeJobsKnowsEveryField: MergeJobs merges each field of a job, a
// round, a section, an item and a contact by name; a field added to one of
// them must be merged too (in jobmerge.go), and then listed here, or it
// would silently come from one side only.
func TestMergeJobsKnowsEveryField(t *testing.T) {
	merged := map[reflect.Type][]string{
		reflect.TypeFor[checklist.Job](): {"Version", "ID", "Company", "Role", "Status", "StatusAt", "Reason", "DecisionBy", "Posting",
			"Salary", "AppliedAt", "AppliedVia", "Notes", "Contacts", "Rounds", "Template", "CreatedAt", "Sections", "Stories"},
		reflect.TypeFor[checklist.Round](): {"ID", "Name", "Format", "At", "Minutes", "Where", "TravelMinutes", "Link", "Interviewers",
			"State", "Invite", "Sections"},
		reflect.TypeFor[checklist.Section](): {"ID", "Title", "Phase", "Scope", "When", "Items"},
		reflect.TypeFor[checklist.Item](): {"ID", "Text", "Hint", "Done", "DoneAt", "Note", "Due", "DueDecided", "DueAt", "Own",
			"Bring", "Each", "For"},
		reflect.TypeFor[checklist.Contact](): {"ID", "Name", "Role", "Email", "Phone", "LinkedIn"},
	}
	for typ, names := range merged {
		var fields []string
		for i := range typ.NumField() {
			if f := typ.Field(i); f.IsExported() {
				fields = append(fields, f.Name)
			}
		}
		if !slices.Equal(fields, names) {
			t.Errorf("%s has the fields %v; MergeJobs merges %v", typ.Name(), fields, names)
		}
	}
}
