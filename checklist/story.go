package checklist

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/prep-cli/prep/safetext"
)

// StoryVersion is the version of the story file this build writes.
const StoryVersion = 1

// Story is a true story from the person's own work, told in STAR form:
// the situation, the task they had in it, what they did and how it ended.
// Tags name the skills or values it shows. A story is kept once, in the
// data folder, and linked from the jobs it was used for.
type Story struct {
	Version   int       `json:"version"`
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Situation string    `json:"situation,omitempty"`
	Task      string    `json:"task,omitempty"`
	Action    string    `json:"action,omitempty"`
	Result    string    `json:"result,omitempty"`
	Tags      []string  `json:"tags,omitempty"`
	CreatedAt time.Time `json:"created_at"`
}

// StoryDetails are what a person tells about a new story.
type StoryDetails struct {
	Title, Situation, Task, Action, Result string
	// Tags are the skills or values it shows, separated by commas.
	Tags string
}

// MaxStoryPart is the most a part of a story keeps, in bytes: a story is
// told in a minute or two, and this is pages of it.
const MaxStoryPart = 4000

// NewStory makes a story of the details, with an id made from its title
// that taken does not claim.
func NewStory(d StoryDetails, now time.Time, taken func(string) bool) (Story, error) {
	// A title is one line: line breaks pasted into it become spaces.
	title := tidyDetail(strings.Join(strings.Fields(d.Title), " "))
	if title == "" {
		return Story{}, errors.New("a story needs a title")
	}
	base := Slugify(title, 60)
	if base == "" {
		base = "story"
	}
	part := func(s string) string { return strings.TrimSpace(safetext.Cut(s, MaxStoryPart)) }
	return Story{
		Version: StoryVersion, ID: UniqueID(base, taken), Title: title,
		Situation: part(d.Situation), Task: part(d.Task), Action: part(d.Action), Result: part(d.Result),
		Tags: ParseTags(d.Tags), CreatedAt: now,
	}, nil
}

// ParseTags splits tags typed with commas between them, each trimmed and
// kept once, in the order typed.
func ParseTags(s string) []string {
	var tags []string
	seen := map[string]bool{}
	for _, t := range strings.Split(s, ",") {
		t = tidyDetail(strings.Join(strings.Fields(t), " "))
		if t != "" && !seen[strings.ToLower(t)] {
			seen[strings.ToLower(t)] = true
			tags = append(tags, t)
		}
	}
	return tags
}

// Validate reports whether a story read from a file can be used: a known
// version, an id fit for a file name, and a title.
func (s Story) Validate() error {
	switch {
	case s.Version < 1:
		return fmt.Errorf("story version %d is not one prep writes", s.Version)
	case !ValidID(s.ID):
		return fmt.Errorf("story id %q: ids are lower-case letters, digits and dashes", s.ID)
	case strings.TrimSpace(s.Title) == "":
		return errors.New("the story has no title")
	}
	return nil
}

// Parts are the story's four parts with their names, in STAR order.
func (s Story) Parts() [][2]string {
	return [][2]string{{"Situation", s.Situation}, {"Task", s.Task}, {"Action", s.Action}, {"Result", s.Result}}
}
