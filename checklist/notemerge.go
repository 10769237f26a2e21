package checklist

import (
	"slices"
	"strings"
)

// The lines MergeNote puts around the two versions of lines that both
// devices changed, so that the person sees both and keeps what they want.
// They are plain text: the note stays a note, and the file stays a job
// file.
const (
	ClashBegin = "[[ changed on two devices; this version first:"
	ClashOther = "[[ the other version:"
	ClashEnd   = "[[ end of the two versions: keep what you want, then delete the lines that start with [["
)

// MergeNote merges a note changed on two devices, as MergeText does, but
// marks the lines both changed with ClashBegin, ClashOther and ClashEnd
// around the two versions. It reports whether there was no such clash.
func MergeNote(base, ours, theirs string) (merged string, clean bool) {
	return mergeLines(base, ours, theirs, markClash)
}

func markClash(ours, theirs []string) []string {
	out := make([]string, 0, len(ours)+len(theirs)+3)
	out = append(out, ClashBegin)
	out = append(out, ours...)
	out = append(out, ClashOther)
	out = append(out, theirs...)
	return append(out, ClashEnd)
}

// NoteClashed reports whether a note holds two versions MergeNote marked
// and the person has not yet settled.
func NoteClashed(note string) bool {
	return strings.Contains(note, ClashBegin) && slices.Contains(splitLines(note), ClashBegin)
}

// ClashedNotes lists what in the job holds two versions of a note that
// MergeNote marked: the text of each such item, and "the job's notes" for
// the job's own.
func (j *Job) ClashedNotes() []string {
	var out []string
	if NoteClashed(j.Notes) {
		out = append(out, "the job's notes")
	}
	for _, s := range j.AllSections() {
		for _, it := range s.Items {
			if NoteClashed(it.Note) {
				out = append(out, it.Text)
			}
		}
	}
	return out
}
