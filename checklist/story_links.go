package checklist

import (
	"fmt"
	"slices"
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
