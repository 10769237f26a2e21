package cli

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/safetext"
	"github.com/prep-cli/prep/stats"
)

// cmdStories is "prep stories [STORY]": the story bank, or one story told
// in full with the jobs it was used for.
func cmdStories(r *runner) *cobra.Command {
	return &cobra.Command{
		Use:   "stories [STORY]",
		Short: "List the stories of the story bank, or show one",
		Long: "List the STAR stories of the story bank (situation, task, action, result),\n" +
			"with the jobs each was used for; with a story's id, or any part of it that\n" +
			"names one story alone, show that story in full. The app adds stories: press\n" +
			"o on an item that asks for them.",
		Args: func(c *cobra.Command, got []string) error {
			if len(got) > 1 {
				return usagef("%s: unexpected argument %q; usage: %s", c.Name(), got[1], synopsis(c))
			}
			return nil
		},
		RunE: func(_ *cobra.Command, argv []string) error {
			jobs, err := r.readableJobs()
			if err != nil {
				return err
			}
			stories, err := r.readableStories()
			if err != nil {
				return err
			}
			uses := stats.Compute(jobs, stories, r.now).Stories
			if len(argv) == 0 {
				_, err = fmt.Fprint(r.out(), storiesText(uses))
				return err
			}
			st, err := findStory(stories, argv[0])
			if err != nil {
				return err
			}
			_, err = fmt.Fprint(r.out(), storyText(st, uses))
			return err
		},
	}
}

func storiesText(uses []stats.StoryUse) string {
	if len(uses) == 0 {
		return "No stories yet. In the app, press o on an item that asks for stories to write one.\n"
	}
	rows := make([][]string, 0, len(uses))
	for _, u := range uses {
		title := safetext.Line(u.Title)
		if u.Gone {
			title = "(no longer in the story bank)"
		}
		rows = append(rows, []string{u.ID, title, stats.Plural(len(u.Jobs), "job", "jobs")})
	}
	var b strings.Builder
	_ = writeTable(&b, rows)
	return b.String()
}

// findStory is the story named by its id or by a part of it that names
// one alone, as jobs are named (see resolveJob).
func findStory(stories []checklist.Story, name string) (checklist.Story, error) {
	ids := make([]string, len(stories))
	for i, st := range stories {
		if st.ID == name {
			return st, nil
		}
		ids[i] = st.ID
	}
	matches := idsContaining(ids, name)
	switch len(matches) {
	case 1:
		return stories[slices.Index(ids, matches[0])], nil
	case 0:
		return checklist.Story{}, fmt.Errorf("no story %q; prep stories lists them", safetext.Line(name))
	}
	return checklist.Story{}, usagef("%q names %d stories: %s; give more of the id", safetext.Line(name), len(matches), strings.Join(matches, ", "))
}

func storyText(st checklist.Story, uses []stats.StoryUse) string {
	var b strings.Builder
	b.WriteString(safetext.Line(st.Title) + "\n")
	if len(st.Tags) > 0 {
		b.WriteString("Shows: " + safetext.Line(strings.Join(st.Tags, ", ")) + "\n")
	}
	for _, p := range st.Parts() {
		if strings.TrimSpace(p[1]) == "" {
			continue
		}
		b.WriteString("\n" + p[0] + "\n")
		for _, l := range strings.Split(safetext.Block(p[1]), "\n") {
			b.WriteString("  " + l + "\n")
		}
	}
	for _, u := range uses {
		if u.ID != st.ID {
			continue
		}
		b.WriteString("\n")
		if len(u.Jobs) == 0 {
			b.WriteString("Not used for a job yet.\n")
		}
		for _, j := range u.Jobs {
			b.WriteString("Used for " + safetext.Line(j.Name()) + "  (" + j.ID + ")\n")
		}
	}
	return b.String()
}
