package checklist_test

import (
	"reflect"
	"slices"
	"testing"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// defaultJob is a job made from the default template as shipped, its first
// round in the given format with Dana Lee.
func defaultJob(t *testing.T, f checklist.Format) checklist.Job {
	t.Helper()
	d := testDetails("Dana Lee")
	d.Format = f
	j, err := checklist.NewJob(data.DefaultTemplate(), d, "acme-corp-backend-engineer-2026-12-01", created)
	if err != nil {
		t.Fatal(err)
	}
	return j
}

// addRound adds a round from the default template, failing the test if it
// cannot, and returns its id.
func addRound(t *testing.T, j *checklist.Job, d checklist.RoundDetails) string {
	t.Helper()
	apply(t, j, checklist.AddRound{Template: data.DefaultTemplate(), Details: d})
	return j.Rounds[len(j.Rounds)-1].ID
}

// roundOfItem is the id of the round an item belongs to, "job" for the
// job's own, "" for no such item.
func roundOfItem(j *checklist.Job, itemID string) string {
	s, _, ok := j.Find(itemID)
	if !ok {
		return ""
	}
	if r := j.RoundOf(s); r != nil {
		return r.ID
	}
	return "job"
}

// TestJobSectionsAreDoneOnce: the research, the people, the values, the
// role and the outcome lists are the job's: ticked once, they stay ticked
// with their notes for every later round. The day's sections and the after
// tasks are made again for each round, and a later round begins with a
// look over the notes instead of the research again.
func TestJobSectionsAreDoneOnce(t *testing.T) {
	j := defaultJob(t, checklist.InPerson)
	apply(t, &j, checklist.SetDone{ItemID: "news", Done: true, At: &created})
	apply(t, &j, checklist.SetNote{ItemID: "news", Note: "Series B in May"})
	apply(t, &j, checklist.SetDone{ItemID: "outfit-ready", Done: true, At: &created})
	jobSections := len(j.Sections)

	addRound(t, &j, checklist.RoundDetails{Name: "Technical", At: day(7), Interviewers: checklist.People("Sam Ng")})
	addRound(t, &j, checklist.RoundDetails{Name: "Final", At: day(14), Interviewers: checklist.People("Dana Lee")})

	tests := []struct {
		item  string
		round string // "job", a round's id, or "" for none
		done  bool
	}{
		{"news", "job", true},
		{"r2-news", "", false},
		{"r3-news", "", false},
		{"mission", "job", false},
		{"linkedin-profiles", "job", false},
		{"stated-values", "job", false},
		{"skills-map", "job", false},
		{"follow-up-call", "job", false},
		{"ask-feedback", "job", false},
		{"reply-offer", "job", false},
		{"review-notes", "", false},
		{"r2-review-notes", "r2", false},
		{"r3-review-notes", "r3", false},
		{"outfit-ready", "r1", true},
		{"r2-outfit-ready", "r2", false},
		{"r3-outfit-ready", "r3", false},
		{"thank-interviewers-dana-lee", "r1", false},
		{"r2-thank-interviewers-sam-ng", "r2", false},
		{"r3-thank-interviewers-dana-lee", "r3", false},
		{"r2-thank-interviewers-dana-lee", "", false},
		{"notes-discussed", "r1", false},
		{"r2-notes-discussed", "r2", false},
	}
	for _, tt := range tests {
		t.Run(tt.item, func(t *testing.T) {
			if got := roundOfItem(&j, tt.item); got != tt.round {
				t.Fatalf("belongs to %q, want %q", got, tt.round)
			}
			if it := j.Item(tt.item); it != nil && it.Done != tt.done {
				t.Errorf("done = %v, want %v", it.Done, tt.done)
			}
		})
	}
	if len(j.Sections) != jobSections {
		t.Errorf("the job has %d sections after two more rounds, want %d", len(j.Sections), jobSections)
	}
	if got := j.Item("news").Note; got != "Series B in May" {
		t.Errorf("the research note is %q in the later rounds", got)
	}
	// Each round's checklist before it shows the job's research, ticked.
	for ri := range j.Rounds {
		r := &j.Rounds[ri]
		secs := j.VisibleSections(checklist.Before, r)
		if secs[0].ID != "research" || !slices.ContainsFunc(secs, func(s *checklist.Section) bool { return s.ID == r.Sections[0].ID }) {
			t.Errorf("round %s shows %v before it, want the job's research first and its own sections", r.ID, sectionIDs(secs))
		}
	}
	checkItemIDs(t, j)
}

func sectionIDs(secs []*checklist.Section) []string {
	var ids []string
	for _, s := range secs {
		ids = append(ids, s.ID)
	}
	return ids
}

// TestLookOverTheNotesOnlyInLaterRounds: the first round, and a round
// after nothing but a cancelled one, has no notes to look over.
func TestLookOverTheNotesOnlyInLaterRounds(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, j *checklist.Job)
		want  bool
	}{
		{"the first round", func(*testing.T, *checklist.Job) {}, false},
		{"a second round", func(t *testing.T, j *checklist.Job) {
			addRound(t, j, checklist.RoundDetails{At: day(7)})
		}, true},
		{"a second round after a cancelled first", func(t *testing.T, j *checklist.Job) {
			apply(t, j, checklist.SetRoundState{RoundID: "r1", State: checklist.Cancelled})
			addRound(t, j, checklist.RoundDetails{At: day(7)})
		}, false},
		{"a round added after the first was removed", func(t *testing.T, j *checklist.Job) {
			apply(t, j, checklist.RemoveRound{RoundID: "r1"})
			addRound(t, j, checklist.RoundDetails{At: day(7)})
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := defaultJob(t, checklist.InPerson)
			tt.setup(t, &j)
			r := j.Rounds[len(j.Rounds)-1]
			got := slices.ContainsFunc(r.Sections[0].Items, func(it checklist.Item) bool {
				return it.ID == "review-notes" || it.ID == r.ID+"-review-notes"
			})
			if got != tt.want {
				t.Errorf("round %s has the look over the notes: %v, want %v", r.ID, got, tt.want)
			}
			checkItemIDs(t, j)
		})
	}
}

// TestFormatDecidesTheItems: a video round asks for the camera and a quiet
// room, with no route and no printed copies; a phone round for a quiet
// place and who calls whom; a round in person for the route, the security
// desk and printed copies. The night-before card's "Bring" line follows.
func TestFormatDecidesTheItems(t *testing.T) {
	inPerson := []string{"route", "arrive-early", "parking-security", "printed-copies"}
	video := []string{"quiet-room", "join-early", "video-test"}
	phone := []string{"quiet-place", "who-calls", "notes-in-front"}
	everywhere := []string{"tailored-resume", "pen-notepad", "questions-list", "confirm-details", "outfit-ready", "notes-discussed"}
	tests := []struct {
		name   string
		format checklist.Format
		where  string
		link   string
		want   checklist.Format
		has    []string
		hasNot []string
		bring  []string
	}{
		{
			name: "in person", format: checklist.InPerson, where: "Berlin office", want: checklist.InPerson,
			has: inPerson, hasNot: append(slices.Clone(video), phone...),
			bring: []string{"copies of your resume", "pen and notepad", "your questions", "photo ID"},
		},
		{
			name: "video", format: checklist.Video, link: "https://meet.example.com/abc", want: checklist.Video,
			has: video, hasNot: append(slices.Clone(inPerson), phone...),
			bring: []string{"pen and notepad", "your questions"},
		},
		{
			name: "phone", format: checklist.Phone, where: "+49 30 1234567", want: checklist.Phone,
			has: phone, hasNot: append(slices.Clone(inPerson), video...),
			bring: []string{"pen and notepad", "your questions"},
		},
		{
			name: "no format and a join link: video", link: "https://meet.example.com/abc", want: checklist.Video,
			has: video, hasNot: inPerson,
		},
		{
			name: "no format and a link as the place: video", where: "https://zoom.example.com/j/1", want: checklist.Video,
			has: video, hasNot: inPerson,
		},
		{
			name: "no format and an address: in person", where: "Hauptstraße 1", want: checklist.InPerson,
			has: inPerson, hasNot: video,
		},
	}
	for _, tt := range tests {
		for _, later := range []bool{false, true} {
			name := tt.name + ", the first round"
			if later {
				name = tt.name + ", a later round"
			}
			t.Run(name, func(t *testing.T) {
				var j checklist.Job
				prefix := ""
				if later {
					// The second round of a job whose first was in another
					// format.
					other := checklist.Phone
					if tt.want == checklist.Phone {
						other = checklist.Video
					}
					j = defaultJob(t, other)
					prefix = addRound(t, &j, checklist.RoundDetails{Format: tt.format, At: day(7), Where: tt.where, Link: tt.link}) + "-"
				} else {
					d := testDetails("Dana Lee")
					d.Format, d.Where, d.Link = tt.format, tt.where, tt.link
					var err error
					if j, err = checklist.NewJob(data.DefaultTemplate(), d, "acme", created); err != nil {
						t.Fatal(err)
					}
				}
				r := &j.Rounds[len(j.Rounds)-1]
				if r.Format != tt.want {
					t.Errorf("format = %q, want %q", r.Format, tt.want)
				}
				for _, id := range append(slices.Clone(tt.has), everywhere...) {
					if roundOfItem(&j, prefix+id) != r.ID {
						t.Errorf("round %s has no %s", r.ID, prefix+id)
					}
				}
				for _, id := range tt.hasNot {
					if j.Item(prefix+id) != nil {
						t.Errorf("round %s has %s", r.ID, prefix+id)
					}
				}
				if got := j.ToBring(r); tt.bring != nil && !reflect.DeepEqual(got, tt.bring) {
					t.Errorf("to bring = %q, want %q", got, tt.bring)
				}
			})
		}
	}
}

// TestToBringFollowsEachRound: each round's "Bring" line is its own: the
// photo ID and printed copies for the onsite, not for the video call.
func TestToBringFollowsEachRound(t *testing.T) {
	j := defaultJob(t, checklist.Video)
	addRound(t, &j, checklist.RoundDetails{Name: "Onsite", Format: checklist.InPerson, At: day(7), Where: "Berlin office"})
	tests := []struct {
		round *checklist.Round
		want  []string
	}{
		{&j.Rounds[0], []string{"pen and notepad", "your questions"}},
		{&j.Rounds[1], []string{"copies of your resume", "pen and notepad", "your questions", "photo ID"}},
		{nil, nil},
	}
	for _, tt := range tests {
		if got := j.ToBring(tt.round); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ToBring(%s) = %q, want %q", roundID(tt.round), got, tt.want)
		}
	}
}

// TestVisibleSections: what a round's checklist shows, in order. Before
// it, the job's own sections and then the round's; after it, the round's
// tasks and then the job's follow-up and, once there is one, the list for
// the answer. Another round's sections never show.
func TestVisibleSections(t *testing.T) {
	j := twoRounds(t)
	rejected := j.Clone()
	apply(t, &rejected, checklist.SetStatus{Status: checklist.Rejected, At: day(8)})
	stale := twoRounds(t) // a copy from before a reload
	tests := []struct {
		name  string
		job   *checklist.Job
		phase checklist.Phase
		round *checklist.Round
		want  []string
	}{
		{"before the first", &j, checklist.Before, &j.Rounds[0], []string{"research", "people", "logistics"}},
		{"before the second", &j, checklist.Before, &j.Rounds[1], []string{"research", "people", "r2-logistics"}},
		{"after the first", &j, checklist.After, &j.Rounds[0], []string{"thanks", "follow-up"}},
		{"after the second", &j, checklist.After, &j.Rounds[1], []string{"r2-thanks", "follow-up"}},
		{"after the second, once rejected", &rejected, checklist.After, &rejected.Rounds[1], []string{"r2-thanks", "follow-up", "if-no"}},
		{"no round: the job's own", &j, checklist.Before, nil, []string{"research", "people"}},
		{"no round, after: the job's own", &j, checklist.After, nil, []string{"follow-up"}},
		{"a round of another copy: the job's own", &j, checklist.Before, &stale.Rounds[1], []string{"research", "people"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sectionIDs(tt.job.VisibleSections(tt.phase, tt.round)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("VisibleSections = %v, want %v", got, tt.want)
			}
		})
	}
}
