package cli_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// lookBackJobs makes, at the test clock (Monday 2026-11-23 09:00):
//
//   - Acme: an interview last Tuesday, a no on Friday for more
//     experience, with a lesson written and no thank-you sent (five are
//     owed: three after the interview, two after the no); it used the story "A launch that
//     slipped" and one since removed from the bank;
//   - Initech: the interview is tomorrow.
//
// The bank holds that story and one whose title tries to take over the
// terminal, and a story file that is cut short.
func lookBackJobs(t *testing.T, dir string) (acme string) {
	t.Helper()
	acme = newJob(t, dir, "--company", "Acme Corp", "--role", "Backend Engineer", "--at", "2026-11-17 10:00")
	friday := time.Date(2026, 11, 20, 9, 0, 0, 0, cet)
	if res := runAt(t, friday, dir, "status", acme, "rejected"); res.code != 0 {
		t.Fatalf("status: %+v", res)
	}
	mustRun(t, dir, "reason", acme, "more-experience")
	newJob(t, dir, "--company", "Initech", "--role", "SRE", "--at", "2026-11-24 10:00")
	s := data.NewStore(dir)
	st, err := s.AddStory(checklist.StoryDetails{Title: "A launch that slipped", Situation: "The launch was late.",
		Result: "Shipped, and I learned to say no early.", Tags: "ownership, failure"}, clock)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddStory(checklist.StoryDetails{Title: "Evil \x1b]52;c;aGk=\x07 title\u202e", Action: "Cleared \x1b[2J the screen"}, clock); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "stories", "cut.json"), []byte(`{"version": 1, "id": "cut"`), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Apply(acme,
		checklist.SetNote{ItemID: "lessons", Note: "Have a story about a failure ready.\nDraw first, talk after."},
		checklist.LinkStory{StoryID: st.ID, Linked: true},
		checklist.LinkStory{StoryID: "gone-story", Linked: true}); err != nil {
		t.Fatal(err)
	}
	return acme
}

func TestStatsText(t *testing.T) {
	dir := t.TempDir()
	lookBackJobs(t, dir)
	res := run(t, dir, "stats")
	if res.code != 0 {
		t.Fatalf("exit %d: %s", res.code, res.stderr)
	}
	requireOneErrorLine(t, res.stderr, filepath.Join("stories", "cut.json"))
	for _, want := range []string{
		"2 jobs · 1 round held",
		"Outcomes: 1 no · 1 still open",
		"No round yet  1 job: 1 still open",
		"Round 1       1 job: 1 no",
		"1  Another candidate had more experience or connections",
		"Thank-yous  0 of 4 on time (0%) · 4 missed",
		"Left undone before a no\n  Company research: 1 of 1",
		"2026-11-20  Acme Corp · Backend Engineer\n    Have a story about a failure ready.\n    Draw first, talk after.",
		"A launch that slipped: used for Acme Corp · Backend Engineer",
		"gone-story (no longer in the story bank): used for Acme Corp · Backend Engineer",
		"rejected  round 1 of 1, Interview",
	} {
		if !strings.Contains(res.stdout, want) {
			t.Errorf("stats lacks %q:\n%s", want, res.stdout)
		}
	}
	if strings.ContainsAny(res.stdout, "\x1b\x07\u202e") {
		t.Errorf("a story's title reached the terminal raw:\n%q", res.stdout)
	}
	if strings.Contains(res.stdout, "Left undone before an offer") {
		t.Error("a section about offers with no offer")
	}
}

func TestStatsJSON(t *testing.T) {
	dir := t.TempDir()
	acme := lookBackJobs(t, dir)
	var got struct {
		Jobs       int `json:"jobs"`
		RoundsHeld int `json:"rounds_held"`
		Outcomes   map[string]int
		Reach      []map[string]any
		Reasons    []map[string]any
		ThankYous  map[string]int `json:"thank_yous"`
		Lessons    []map[string]any
		Stories    []map[string]any
	}
	out := run(t, dir, "stats", "--json").stdout
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if got.Jobs != 2 || got.RoundsHeld != 1 || got.Outcomes["noes"] != 1 || got.Outcomes["open"] != 1 {
		t.Errorf("figures: %+v", got)
	}
	if len(got.Reach) != 2 || got.Reach[1]["id"] != acme || got.Reach[1]["number"] != 1.0 {
		t.Errorf("reach: %v", got.Reach)
	}
	if len(got.Reasons) != 1 || got.Reasons[0]["code"] != "more-experience" || got.Reasons[0]["count"] != 1.0 {
		t.Errorf("reasons: %v", got.Reasons)
	}
	if got.ThankYous["missed"] != 4 {
		t.Errorf("thank-yous: %v", got.ThankYous)
	}
	if len(got.Lessons) != 1 || got.Lessons[0]["id"] != acme || got.Lessons[0]["at"] != "2026-11-20T09:00:00+01:00" {
		t.Errorf("lessons: %v", got.Lessons)
	}
	if len(got.Stories) != 3 || got.Stories[2]["id"] != "gone-story" || got.Stories[2]["gone"] != true {
		t.Errorf("stories: %v", got.Stories)
	}
	if strings.ContainsAny(out, "\x1b\x07\u202e") {
		t.Errorf("raw control characters in the JSON: %q", out)
	}
}

func TestStatsOfAnEmptyFolder(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{{"stats"}, {"lessons"}, {"stories"}} {
		out := mustRun(t, dir, args...)
		if strings.Contains(out, "0%") || strings.Count(out, "\n") != 1 {
			t.Errorf("prep %s on nothing: %q", args[0], out)
		}
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(mustRun(t, dir, "stats", "--json")), &got); err != nil || got["jobs"] != 0.0 {
		t.Errorf("stats --json on nothing: %v %v", got, err)
	}
	requireEmptyDir(t, dir)
}

func TestLessons(t *testing.T) {
	dir := t.TempDir()
	acme := lookBackJobs(t, dir)
	out := mustRun(t, dir, "lessons")
	want := "2026-11-20  Acme Corp · Backend Engineer  (" + acme + ")\n  Have a story about a failure ready.\n  Draw first, talk after.\n"
	if out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
}

func TestStories(t *testing.T) {
	dir := t.TempDir()
	acme := lookBackJobs(t, dir)
	list := run(t, dir, "stories")
	for _, want := range []string{"a-launch-that-slipped  A launch that slipped", "1 job", "gone-story", "(no longer in the story bank)"} {
		if !strings.Contains(list.stdout, want) {
			t.Errorf("stories lacks %q:\n%s", want, list.stdout)
		}
	}
	one := run(t, dir, "stories", "launch")
	for _, want := range []string{"A launch that slipped\nShows: ownership, failure\n", "Situation\n  The launch was late.\n",
		"Result\n  Shipped, and I learned to say no early.\n", "Used for Acme Corp · Backend Engineer  (" + acme + ")"} {
		if !strings.Contains(one.stdout, want) {
			t.Errorf("story lacks %q:\n%s", want, one.stdout)
		}
	}
	if strings.Contains(one.stdout, "Task\n") {
		t.Error("an empty part shown")
	}
	evil := run(t, dir, "stories", "evil")
	if evil.code != 0 || strings.ContainsAny(list.stdout+evil.stdout, "\x1b\x07\u202e") || !strings.Contains(evil.stdout, "Cleared") {
		t.Errorf("hostile story: exit %d\n%q\n%q", evil.code, list.stdout, evil.stdout)
	}
	missing := run(t, dir, "stories", "nope")
	if missing.code != 1 {
		t.Errorf("a story that is not there: exit %d", missing.code)
	}
	requireOneErrorLine(t, strings.Join(strings.SplitAfter(missing.stderr, "\n")[1:], ""), "nope", "prep stories")
	// A part of several ids is a mistake of the command line, as for jobs.
	if res := run(t, dir, "stories", "t"); res.code != 2 || !strings.Contains(res.stderr, "names 2 stories") {
		t.Errorf("a name of two stories: exit %d, %q", res.code, res.stderr)
	}
	if res := run(t, dir, "stories", "a", "b"); res.code != 2 {
		t.Errorf("two stories named: exit %d", res.code)
	}
}
