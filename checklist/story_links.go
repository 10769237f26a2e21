package checklist

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// LinkStory links a story from the story bank to the job, or unlinks it.
// Linking a story already linked, or unlinking one that is not, changes
// nothing. The undo puts the links back as they were.
type LinkStory struct {
	StoryID string
	Linked  bool
}

// Apply implements Edit.
func (e LinkStory) Apply(j *Job) (Edit, error) {
	if !ValidID(e.StoryID) {
		return nil, fmt.Errorf("%q is not a story id", e.StoryID)
	}
	undo := restoreStories{ids: slices.Clone(j.Stories)}
	has := slices.Contains(j.Stories, e.StoryID)
	switch {
	case e.Linked && !has:
		j.Stories = append(j.Stories, e.StoryID)
	case !e.Linked && has:
		j.Stories = slices.DeleteFunc(slices.Clone(j.Stories), func(id string) bool { return id == e.StoryID })
		if len(j.Stories) == 0 {
			j.Stories = nil
		}
	}
	return undo, nil
}

// restoreStories puts the job's story links back exactly.
type restoreStories struct{ ids []string }

// Apply implements Edit.
func (e restoreStories) Apply(j *Job) (Edit, error) {
	undo := restoreStories{ids: slices.Clone(j.Stories)}
	j.Stories = slices.Clone(e.ids)
	return undo, nil
}

// storyItems are the default template's items that ask for stories.
var storyItems = []string{"value-stories", "star-stories", "failure-story"}

// AsksForStories reports whether an item asks the person to get stories
// ready: one of the template's story items, in any round, or an item of
// their own that says "story".
func AsksForStories(it Item) bool {
	for _, id := range storyItems {
		if it.ID == id || strings.HasSuffix(it.ID, "-"+id) {
			return true
		}
	}
	words := strings.FieldsFunc(strings.ToLower(it.Text), func(r rune) bool { return !unicode.IsLetter(r) })
	return slices.ContainsFunc(words, func(w string) bool { return w == "story" || w == "stories" })
}
