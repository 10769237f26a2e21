package cli

import (
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/safetext"
	"github.com/prep-cli/prep/stats"
)

// cmdStats is "prep stats": the look back across every interview.
func cmdStats(r *runner) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "stats",
		Short: "Look back across every interview",
		Long: "Look back across every interview: how the jobs ended and how far each got,\n" +
			"the likely reasons, how often the thank-yous and follow-ups went out on time,\n" +
			"what was most often left undone before a no and before an offer, every\n" +
			"lesson written down, and which stories were used where.",
		Example: `prep stats --json | jq '.outcomes'`,
		Args:    args(),
		RunE: func(*cobra.Command, []string) error {
			jobs, err := r.readableJobs()
			if err != nil {
				return err
			}
			stories, err := r.readableStories()
			if err != nil {
				return err
			}
			s := stats.Compute(jobs, stories, r.now)
			if asJSON {
				return writeJSON(r.env.Stdout, statsJSON(s, r.now.Location()))
			}
			_, err = fmt.Fprint(r.out(), statsText(s, r.now.Location()))
			return err
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print the figures as one JSON object")
	return c
}

// readableStories reads the story bank, naming each file that cannot be
// read on stderr.
func (r *runner) readableStories() ([]checklist.Story, error) {
	s, err := r.store()
	if err != nil {
		return nil, err
	}
	stories, problems, err := s.Stories()
	if err != nil {
		return nil, err
	}
	r.warnProblems(problems)
	return stories, nil
}

// statsText is the look back as plain text; an empty folder gets a word
// of welcome rather than a page of zeros.
func statsText(s stats.Summary, loc *time.Location) string {
	if s.Jobs == 0 {
		return "No jobs yet, so nothing to look back on. prep new adds your first interview.\n"
	}
	var b strings.Builder
	line := func(format string, a ...any) { fmt.Fprintf(&b, format+"\n", a...) }
	head := func(title string) { line("\n%s", title) }
	line("%s · %s held", stats.Plural(s.Jobs, "job", "jobs"), stats.Plural(s.RoundsHeld, "round", "rounds"))
	line("Outcomes: %s", s.Outcomes)

	head("How far they got")
	for _, st := range s.Stages {
		line("  %-13s %s: %s", st.Label(), stats.Plural(st.Jobs, "job", "jobs"), st.Outcomes)
	}
	head("Likely reasons")
	for _, rc := range s.Reasons {
		line("  %3d  %s", rc.Count, safetext.Line(rc.Label))
	}
	if s.NoReason > 0 {
		line("  %3d  not recorded", s.NoReason)
	}
	if len(s.Reasons) == 0 && s.NoReason == 0 {
		line("  None recorded.")
	}
	head("On time")
	line("  Thank-yous  %s", s.ThankYous)
	line("  Follow-ups  %s", s.FollowUps)
	for _, u := range s.UndoneLists() {
		head(u.Title)
		for _, d := range u.Sections {
			line("  %s", safetext.Line(d.String()))
		}
		if len(u.Sections) == 0 {
			line("  Nothing: every section was done.")
		}
	}
	head("Lessons, newest first")
	for _, l := range s.Lessons {
		line("  %s  %s", l.At.In(loc).Format(time.DateOnly), safetext.Line(l.Job.Name()))
		for _, t := range strings.Split(safetext.Block(l.Text), "\n") {
			line("    %s", t)
		}
	}
	if len(s.Lessons) == 0 {
		line("  None written down yet.")
	}
	if len(s.Stories) > 0 {
		head("Stories")
		for _, u := range s.Stories {
			line("  %s", storyUseText(u))
		}
	}
	head("Each job")
	rows := make([][]string, 0, len(s.Reach))
	for _, r := range s.Reach {
		rows = append(rows, []string{"", statusLabel(r.Status), safetext.Line(r.Reached()), safetext.Line(r.Job.Name()), r.Job.ID})
	}
	var t strings.Builder
	_ = writeTable(&t, rows)
	b.WriteString(t.String())
	return b.String()
}

func storyUseText(u stats.StoryUse) string {
	var names []string
	for _, j := range u.Jobs {
		names = append(names, safetext.Line(j.Name()))
	}
	used := "not used yet"
	if len(names) > 0 {
		used = "used for " + strings.Join(names, "; ")
	}
	if u.Gone {
		return fmt.Sprintf("%s (no longer in the story bank): %s", u.ID, used)
	}
	return fmt.Sprintf("%s: %s", safetext.Line(u.Title), used)
}

// statusLabel is a status as the text output shows it.
func statusLabel(s checklist.Status) string { return strings.ReplaceAll(string(s), "-", " ") }

// The JSON of "prep stats --json". The keys are part of the command line
// contract; each job is named by its id, as in list and due.
type statsOut struct {
	Jobs              int           `json:"jobs"`
	RoundsHeld        int           `json:"rounds_held"`
	Outcomes          outcomesOut   `json:"outcomes"`
	Reach             []reachOut    `json:"reach"`
	Stages            []stageOut    `json:"stages"`
	Reasons           []reasonOut   `json:"reasons"`
	NoReason          int           `json:"no_reason"`
	ThankYous         timelinessOut `json:"thank_yous"`
	FollowUps         timelinessOut `json:"follow_ups"`
	UndoneBeforeNo    []undoneOut   `json:"undone_before_no"`
	UndoneBeforeOffer []undoneOut   `json:"undone_before_offer"`
	Lessons           []lessonOut   `json:"lessons"`
	Stories           []storyUseOut `json:"stories"`
}

type outcomesOut struct {
	Offers    int `json:"offers"`
	Noes      int `json:"noes"`
	NoAnswers int `json:"no_answers"`
	Withdrawn int `json:"withdrawn"`
	Open      int `json:"open"`
}

type reachOut struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	Round  string `json:"round,omitempty"`
	Number int    `json:"number"`
	Of     int    `json:"of"`
}

type stageOut struct {
	Round int `json:"round"`
	Jobs  int `json:"jobs"`
	outcomesOut
}

type reasonOut struct {
	Code  string `json:"code"`
	Label string `json:"label"`
	Count int    `json:"count"`
}

type timelinessOut struct {
	OnTime int `json:"on_time"`
	Late   int `json:"late"`
	Missed int `json:"missed"`
}

type undoneOut struct {
	Section string `json:"section"`
	Jobs    int    `json:"jobs"`
	Of      int    `json:"of"`
}

type lessonOut struct {
	ID      string `json:"id"`
	Company string `json:"company"`
	Role    string `json:"role"`
	At      string `json:"at"`
	Text    string `json:"text"`
}

type storyUseOut struct {
	ID    string   `json:"id"`
	Title string   `json:"title,omitempty"`
	Gone  bool     `json:"gone,omitempty"`
	Jobs  []string `json:"jobs"`
}

func outcomesOf(o stats.Outcomes) outcomesOut {
	return outcomesOut{Offers: o.Offers, Noes: o.Noes, NoAnswers: o.NoAnswers, Withdrawn: o.Withdrawn, Open: o.Open}
}

func timelinessOf(t stats.Timeliness) timelinessOut {
	return timelinessOut{OnTime: t.OnTime, Late: t.Late, Missed: t.Missed}
}

func undoneOf(list []stats.Undone) []undoneOut {
	out := make([]undoneOut, 0, len(list))
	for _, u := range list {
		out = append(out, undoneOut{Section: u.Title, Jobs: u.Jobs, Of: u.Of})
	}
	return out
}

func statsJSON(s stats.Summary, loc *time.Location) statsOut {
	out := statsOut{
		Jobs: s.Jobs, RoundsHeld: s.RoundsHeld, Outcomes: outcomesOf(s.Outcomes),
		Reach: []reachOut{}, Stages: []stageOut{}, Reasons: []reasonOut{}, NoReason: s.NoReason,
		ThankYous: timelinessOf(s.ThankYous), FollowUps: timelinessOf(s.FollowUps),
		UndoneBeforeNo: undoneOf(s.UndoneBeforeNo), UndoneBeforeOffer: undoneOf(s.UndoneBeforeOffer),
		Lessons: lessonsJSON(s.Lessons, loc), Stories: []storyUseOut{},
	}
	for _, r := range s.Reach {
		out.Reach = append(out.Reach, reachOut{ID: r.Job.ID, Status: string(r.Status), Round: r.Round, Number: r.Number, Of: r.Of})
	}
	for _, st := range s.Stages {
		out.Stages = append(out.Stages, stageOut{Round: st.Number, Jobs: st.Jobs, outcomesOut: outcomesOf(st.Outcomes)})
	}
	for _, rc := range s.Reasons {
		out.Reasons = append(out.Reasons, reasonOut{Code: string(rc.Code), Label: rc.Label, Count: rc.Count})
	}
	for _, u := range s.Stories {
		ids := []string{}
		for _, j := range u.Jobs {
			ids = append(ids, j.ID)
		}
		out.Stories = append(out.Stories, storyUseOut{ID: u.ID, Title: u.Title, Gone: u.Gone, Jobs: ids})
	}
	return out
}

func lessonsJSON(lessons []stats.Lesson, loc *time.Location) []lessonOut {
	out := []lessonOut{}
	for _, l := range lessons {
		out = append(out, lessonOut{ID: l.Job.ID, Company: l.Job.Company, Role: l.Job.Role,
			At: l.At.In(loc).Format(time.RFC3339), Text: l.Text})
	}
	return out
}
