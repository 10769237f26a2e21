package checklist_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
)

func TestNewStory(t *testing.T) {
	now := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	taken := func(id string) bool { return id == "a-launch-that-slipped" }
	st, err := checklist.NewStory(checklist.StoryDetails{
		Title: "  A launch that slipped ", Situation: " The launch was late. ", Action: "I cut scope.",
		Tags: "ownership, Failure ,, ownership, failure, learning",
	}, now, taken)
	if err != nil {
		t.Fatal(err)
	}
	want := checklist.Story{Version: 1, ID: "a-launch-that-slipped-2", Title: "A launch that slipped",
		Situation: "The launch was late.", Action: "I cut scope.", Tags: []string{"ownership", "Failure", "learning"}, CreatedAt: now}
	if !reflect.DeepEqual(st, want) {
		t.Errorf("got  %+v\nwant %+v", st, want)
	}
	if st, _ := checklist.NewStory(checklist.StoryDetails{Title: "two\r\nlines"}, now, taken); st.Title != "two lines" {
		t.Errorf("a title of two lines is kept as %q", st.Title)
	}
	for _, bad := range []string{"", "   ", "\n\t"} {
		if _, err := checklist.NewStory(checklist.StoryDetails{Title: bad}, now, taken); err == nil {
			t.Errorf("title %q taken", bad)
		}
	}
	if st, _ := checklist.NewStory(checklist.StoryDetails{Title: "€€€"}, now, taken); st.ID != "story" {
		t.Errorf("a title with no letters gives id %q", st.ID)
	}
	long, _ := checklist.NewStory(checklist.StoryDetails{Title: "x", Result: strings.Repeat("é", checklist.MaxStoryPart)}, now, taken)
	if len(long.Result) > checklist.MaxStoryPart {
		t.Errorf("a result of %d bytes kept", len(long.Result))
	}
}

func TestStoryValidate(t *testing.T) {
	ok := checklist.Story{Version: 1, ID: "a", Title: "A"}
	for name, st := range map[string]checklist.Story{
		"no version": {ID: "a", Title: "A"},
		"bad id":     {Version: 1, ID: "../a", Title: "A"},
		"no title":   {Version: 1, ID: "a", Title: " "},
	} {
		if st.Validate() == nil {
			t.Errorf("%s: valid", name)
		}
	}
	if err := ok.Validate(); err != nil {
		t.Error(err)
	}
}

func TestLinkStory(t *testing.T) {
	tests := []struct {
		name  string
		links []string
		edit  checklist.LinkStory
		want  []string
	}{
		{"link", nil, checklist.LinkStory{StoryID: "b", Linked: true}, []string{"b"}},
		{"link after the others", []string{"a"}, checklist.LinkStory{StoryID: "b", Linked: true}, []string{"a", "b"}},
		{"link twice", []string{"b"}, checklist.LinkStory{StoryID: "b", Linked: true}, []string{"b"}},
		{"unlink", []string{"a", "b"}, checklist.LinkStory{StoryID: "a"}, []string{"b"}},
		{"unlink the last", []string{"a"}, checklist.LinkStory{StoryID: "a"}, nil},
		{"unlink one not linked", []string{"a"}, checklist.LinkStory{StoryID: "c"}, []string{"a"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := checklist.Job{Stories: tt.links}
			before := j.Clone()
			undo, err := tt.edit.Apply(&j)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(j.Stories, tt.want) {
				t.Errorf("links %v, want %v", j.Stories, tt.want)
			}
			if _, err := undo.Apply(&j); err != nil || !reflect.DeepEqual(j.Stories, before.Stories) {
				t.Errorf("undo gives %v (%v), want %v", j.Stories, err, before.Stories)
			}
		})
	}
	if _, err := (checklist.LinkStory{StoryID: "../x", Linked: true}).Apply(&checklist.Job{}); err == nil {
		t.Error("an id that is not a story id linked")
	}
}
