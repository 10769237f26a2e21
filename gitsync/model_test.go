package gitsync_test

import (
	"bytes"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
)

// The model-based test of syncing: two or three copies of one job, random
// edits of every kind on each, syncs in random orders, and then every copy
// is compared with what the edits say must be there. It runs at the level
// of the merge, in this process, for many trials (see memWorld), and
// through real git repositories and prep's merge driver for a few (see
// gitWorld in git_test.go).
var (
	trials    = flag.Int("sync.trials", 1000, "trials of the model-based sync test at the merge level")
	gitTrials = flag.Int("sync.gittrials", 3, "trials of the model-based sync test through git")
	seedFlag  = flag.Uint64("sync.seed", 0, "seed of the model-based sync test (0: from the clock)")
)

var (
	cet       = time.FixedZone("CET", 3600)
	interview = time.Date(2026, 12, 10, 10, 0, 0, 0, cet)
	created   = time.Date(2026, 11, 20, 9, 0, 0, 0, cet)
)

const jobID = "acme-corp-backend-engineer-2026-12-10"

// trialTemplate is a small template with a section of every kind: the
// job's own before and after, a round's before and after, and an
// outcome's; small, so that a thousand trials take seconds. No item has
// an id the checklist ticks by itself (the lessons, the likely reason,
// the interviewers' names), so that every tick is one an edit made.
func trialTemplate() checklist.Template {
	item := func(id string, due checklist.Offset) checklist.TemplateItem {
		return checklist.TemplateItem{ID: id, Text: "Do " + id, Hint: "Because.", Due: due}
	}
	return checklist.Template{Version: checklist.TemplateVersion, Name: "trial", Sections: []checklist.TemplateSection{
		{ID: "research", Title: "Research", Phase: checklist.Before, Scope: checklist.JobScope,
			Items: []checklist.TemplateItem{item("website", ""), item("news", ""), item("values", ""), item("people", "")}},
		{ID: "materials", Title: "Materials", Phase: checklist.Before, Scope: checklist.RoundScope,
			Items: []checklist.TemplateItem{item("resume", ""), item("outfit", ""), item("route", "")}},
		{ID: "thanks", Title: "Thanks", Phase: checklist.After, Scope: checklist.RoundScope,
			Items: []checklist.TemplateItem{item("notes", "+6h"), item("thank", "+24h"), {ID: "thank-each", Text: "Thank each",
				TextEach: "Thank {name}", Due: "+2d"}}},
		{ID: "follow-up", Title: "Follow-up", Phase: checklist.After, Scope: checklist.JobScope,
			Items: []checklist.TemplateItem{item("call", "+7d"), item("keep-in-touch", "+7d")}},
		{ID: "if-no", Title: "If the answer is no", Phase: checklist.After, Scope: checklist.JobScope, When: checklist.Rejected,
			Items: []checklist.TemplateItem{item("feedback", "+3d"), item("what-next", "+7d")}},
	}}
}

// baseJob is the job every trial starts from.
func baseJob(t testing.TB) checklist.Job {
	t.Helper()
	j, err := checklist.NewJob(trialTemplate(), checklist.Details{
		Company: "Acme Corp", Role: "Backend Engineer", At: interview, Interviewers: []string{"Dana Lee"},
	}, jobID, created)
	if err != nil {
		t.Fatal(err)
	}
	return j
}

// world is a set of copies of one job and the remote they sync with.
type world interface {
	// job is copy c's job as it is now.
	job(c int) checklist.Job
	// apply makes an edit on copy c, as the app or a command would.
	apply(c int, e checklist.Edit) error
	// sync syncs copy c with the remote.
	sync(c int) error
	// file is copy c's job file.
	file(c int) []byte
}

// memWorld syncs as git does, in memory: the remote holds one version, and
// each copy the version it last synced, which is the base of its next
// merge. With files set, versions go through job files and
// data.MergeJobFiles, as the merge driver does; else through
// checklist.MergeJobs alone, which is many times faster.
type memWorld struct {
	t      testing.TB
	files  bool
	remote version
	copies []memCopy
	revs   int
}

// version is one version of the job; rev tells versions apart.
type version struct {
	job checklist.Job
	rev int
}

type memCopy struct {
	local, synced version
}

func newMemWorld(t testing.TB, base checklist.Job, n int, files bool) *memWorld {
	w := &memWorld{t: t, files: files, remote: version{job: base}}
	for range n {
		w.copies = append(w.copies, memCopy{local: w.remote, synced: w.remote})
	}
	return w
}

func (w *memWorld) job(c int) checklist.Job { return w.copies[c].local.job.Clone() }

func (w *memWorld) file(c int) []byte { return encode(w.t, w.copies[c].local.job) }

func (w *memWorld) apply(c int, e checklist.Edit) error {
	j := w.job(c)
	if _, err := e.Apply(&j); err != nil {
		return err
	}
	if w.files {
		j = decode(w.t, encode(w.t, j))
	}
	w.revs++
	w.copies[c].local = version{j, w.revs}
	return nil
}

func (w *memWorld) sync(c int) error {
	cp := &w.copies[c]
	if w.remote.rev != cp.synced.rev && w.remote.rev != cp.local.rev {
		var merged checklist.Job
		if w.files {
			b, _, err := data.MergeJobFiles(encode(w.t, cp.synced.job), encode(w.t, cp.local.job), encode(w.t, w.remote.job))
			if err != nil {
				return err
			}
			merged = decode(w.t, b)
		} else {
			merged, _ = checklist.MergeJobs(cp.synced.job, cp.local.job, w.remote.job)
		}
		w.revs++
		cp.local = version{merged, w.revs}
	}
	w.remote, cp.synced = cp.local, cp.local
	return nil
}

func encode(t testing.TB, j checklist.Job) []byte {
	t.Helper()
	b, err := data.EncodeJob(j)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func decode(t testing.TB, b []byte) checklist.Job {
	t.Helper()
	j, err := data.DecodeJob(b)
	if err != nil {
		t.Fatalf("the job file does not read: %v\n%s", err, b)
	}
	return j
}

// model records every edit made in a trial, and from them what the copies
// must hold once all have synced.
type model struct {
	// writes are the last value each copy gave each thing ("status",
	// "tick website"), and in which step.
	writes map[string]map[int]write
	// tokens are the lines written into notes, by note; gone are those a
	// copy took out again.
	tokens map[string][]string
	gone   map[string]map[string]int
	// noteWriters are the copies that changed each note.
	noteWriters map[string]map[int]bool
	// added are the items a copy added, with the section, and removed
	// those a copy removed, by whom.
	added   map[string]string
	removed map[string]int
	// touched are the copies that changed each item in any way.
	touched map[string]map[int]bool
	// rounds are the names of the rounds added.
	rounds []string
	// orders are, for each section whose order a copy changed, each copy's
	// order after its last change.
	orders map[string]map[int][]string
	step   int
	// log is every edit and sync, to read when a trial fails.
	log []string
}

type write struct {
	value string
	step  int
}

func newModel() *model {
	return &model{writes: map[string]map[int]write{}, tokens: map[string][]string{}, gone: map[string]map[string]int{},
		noteWriters: map[string]map[int]bool{}, added: map[string]string{}, removed: map[string]int{},
		touched: map[string]map[int]bool{}, orders: map[string]map[int][]string{}}
}

func (m *model) set(c int, thing, value string) {
	if m.writes[thing] == nil {
		m.writes[thing] = map[int]write{}
	}
	m.writes[thing][c] = write{value, m.step}
}

func (m *model) touch(c int, item string) {
	if m.touched[item] == nil {
		m.touched[item] = map[int]bool{}
	}
	m.touched[item][c] = true
}

func (m *model) order(c int, j checklist.Job, section string) {
	if m.orders[section] == nil {
		m.orders[section] = map[int][]string{}
	}
	m.orders[section][c] = sectionIDs(j, section)
}

func sectionIDs(j checklist.Job, section string) []string {
	s := j.Section(section)
	if s == nil {
		return nil
	}
	var ids []string
	for _, it := range s.Items {
		ids = append(ids, it.ID)
	}
	return ids
}

// editor makes random edits of every kind on the copies of a world, and
// tells the model.
type editor struct {
	rng   *rand.Rand
	m     *model
	w     world
	clock time.Time
	n     int
	// base are the ids of the items of the job every copy started from,
	// which keep their ids; added ones join once made.
	items []string
}

func (e *editor) token(c int) string {
	e.n++
	return fmt.Sprintf("c%d-t%d", c, e.n)
}

// eligible are the items copy c has that edits may aim at.
func (e *editor) eligible(j checklist.Job) []string {
	var out []string
	for _, id := range e.items {
		if j.Item(id) != nil {
			out = append(out, id)
		}
	}
	return out
}

// sections are the sections edits may add items to: the job's own and the
// first round's, which every copy has.
func sections(j checklist.Job) []string {
	var out []string
	for _, s := range j.Sections {
		out = append(out, s.ID)
	}
	for _, s := range j.Rounds[0].Sections {
		out = append(out, s.ID)
	}
	return out
}

func (e *editor) edit(t testing.TB, c int) {
	e.m.step++
	e.clock = e.clock.Add(time.Minute)
	j := e.w.job(c)
	items := e.eligible(j)
	pickItem := func() string { return items[e.rng.IntN(len(items))] }
	apply := func(ed checklist.Edit) {
		t.Helper()
		if err := e.w.apply(c, ed); err != nil {
			t.Fatalf("copy %d: %T%+v: %v", c, ed, ed, err)
		}
		what := fmt.Sprintf("%T%+v", ed, ed)
		if r, ok := ed.(checklist.AddRound); ok {
			what = fmt.Sprintf("AddRound %+v", r.Details)
		}
		e.m.log = append(e.m.log, fmt.Sprintf("copy %d: %s", c, what))
	}
	switch k := e.rng.IntN(11); {
	case k <= 1 && len(items) > 0: // tick or untick
		id := pickItem()
		done := !j.Item(id).Done
		at := e.clock
		apply(checklist.SetDone{ItemID: id, Done: done, At: &at})
		e.m.set(c, "tick "+id, strconv.FormatBool(done))
		e.m.touch(c, id)
	case k <= 3 && len(items) > 0: // a note: a line added, or one rewritten
		id := pickItem()
		note := j.Item(id).Note
		lines := strings.Split(note, "\n")
		tok := e.token(c)
		if note != "" && e.rng.IntN(3) == 0 {
			i := e.rng.IntN(len(lines))
			e.m.ungone(c, "note "+id, lines[i])
			lines[i] = tok
			note = strings.Join(lines, "\n")
		} else if note == "" {
			note = tok
		} else {
			note += "\n" + tok
		}
		apply(checklist.SetNote{ItemID: id, Note: note})
		e.m.wrote(c, "note "+id, tok)
		e.m.touch(c, id)
	case k == 4: // an item added
		secs := sections(j)
		sec := secs[e.rng.IntN(len(secs))]
		id := "own-" + e.token(c)
		apply(checklist.AddItem{SectionID: sec, Index: e.rng.IntN(8), Item: checklist.Item{ID: id, Text: "Item " + id, Own: true}})
		e.items = append(e.items, id)
		e.m.added[id] = sec
		e.m.order(c, e.w.job(c), sec)
	case k == 5 && len(items) > 0: // an item removed
		id := pickItem()
		sec, _, _ := j.Find(id)
		apply(checklist.RemoveItem{ItemID: id})
		e.m.removed[id] = c
		for _, line := range strings.Split(j.Item(id).Note, "\n") {
			e.m.ungone(c, "note "+id, line)
		}
		e.m.order(c, e.w.job(c), sec.ID)
	case k == 6 && len(items) > 0: // an item moved
		id := pickItem()
		sec, _, _ := j.Find(id)
		apply(checklist.MoveItem{ItemID: id, Delta: []int{-2, -1, 1, 2}[e.rng.IntN(4)]})
		e.m.order(c, e.w.job(c), sec.ID)
	case k == 7: // a round added
		name := "Round " + e.token(c)
		apply(checklist.AddRound{Template: trialTemplate(), Details: checklist.RoundDetails{
			Name: name, Format: checklist.Video, At: interview.AddDate(0, 0, 7+e.rng.IntN(20))}})
		e.m.rounds = append(e.m.rounds, name)
	case k == 8: // the first round's state
		st := checklist.RoundStates()[e.rng.IntN(3)]
		apply(checklist.SetRoundState{RoundID: "r1", State: st})
		e.m.set(c, "state r1", string(st))
	case k == 9: // the status
		st := checklist.Statuses()[e.rng.IntN(len(checklist.Statuses()))]
		apply(checklist.SetStatus{Status: st, At: e.clock})
		e.m.set(c, "status", string(st))
	default: // the job's fields: the salary, or a line of the job's notes
		d := j.Details()
		if e.rng.IntN(2) == 0 {
			d.Salary = e.token(c)
			e.m.set(c, "salary", d.Salary)
		} else {
			tok := e.token(c)
			d.Notes = strings.TrimSpace(d.Notes + "\n" + tok)
			e.m.wrote(c, "job notes", tok)
		}
		apply(checklist.SetJobDetails{Details: d})
	}
}

func (m *model) wrote(c int, note, tok string) {
	m.tokens[note] = append(m.tokens[note], tok)
	if m.noteWriters[note] == nil {
		m.noteWriters[note] = map[int]bool{}
	}
	m.noteWriters[note][c] = true
}

func (m *model) ungone(c int, note, tok string) {
	if m.gone[note] == nil {
		m.gone[note] = map[string]int{}
	}
	m.gone[note][tok] = c
}

// check compares a job, as every copy holds it at the end, with the model.
func (m *model) check(t testing.TB, j checklist.Job, trial string) {
	t.Helper()
	fail := func(format string, a ...any) {
		t.Helper()
		t.Fatalf("%s: "+format+"\nwhat happened:\n%s", append(append([]any{trial}, a...), strings.Join(m.log, "\n"))...)
	}
	// A thing one copy alone changed has its last value; one that several
	// changed has the last value of one of them.
	for thing, by := range m.writes {
		// An item removed on one copy and changed on another comes back
		// as the changed copy had it: its tick is that copy's.
		got := m.value(j, thing)
		if _, removed := m.removed[strings.TrimPrefix(thing, "tick ")]; got == "gone" || removed {
			continue
		}
		var want []string
		for _, w := range by {
			want = append(want, w.value)
		}
		if !slices.Contains(want, got) {
			fail("%s is %q; the copies set it to %q", thing, got, want)
		}
	}
	// Every line written into a note is there, unless a copy took it out.
	for note, toks := range m.tokens {
		text, ok := m.note(j, note)
		if !ok {
			continue
		}
		lines := strings.Split(text, "\n")
		for _, tok := range toks {
			if _, out := m.gone[note][tok]; !out && !slices.Contains(lines, tok) {
				fail("%s lost the line %q: %q", note, tok, text)
			}
		}
		// A line one copy alone took out, of a note no other copy changed,
		// is gone (but for a removed item another copy kept by changing
		// it, which keeps its own version).
		_, removed := m.removed[strings.TrimPrefix(note, "note ")]
		for tok, c := range m.gone[note] {
			if !removed && len(m.noteWriters[note]) == 1 && m.noteWriters[note][c] && slices.Contains(lines, tok) {
				fail("%s still has the line %q that copy %d took out", note, tok, c)
			}
		}
	}
	// An item added is there, in its section, unless a copy removed it.
	for id, sec := range m.added {
		if _, out := m.removed[id]; out {
			continue
		}
		s, _, ok := j.Find(id)
		if !ok || s.ID != sec {
			fail("the item %s added to %s is lost", id, sec)
		}
	}
	// An item one copy removed, and no other changed, is gone.
	for id, c := range m.removed {
		others := false
		for by := range m.touched[id] {
			others = others || by != c
		}
		if !others && j.Item(id) != nil {
			fail("the item %s that copy %d removed is back", id, c)
		}
	}
	// Every round added is there.
	for _, name := range m.rounds {
		if !slices.ContainsFunc(j.Rounds, func(r checklist.Round) bool { return r.Name == name }) {
			fail("the round %q is lost", name)
		}
	}
	// A section whose order one copy alone changed has that order, but for
	// an item it removed that another copy kept by changing it.
	for sec, by := range m.orders {
		if len(by) != 1 {
			continue
		}
		for _, want := range by {
			got := slices.DeleteFunc(sectionIDs(j, sec), func(id string) bool { return !slices.Contains(want, id) })
			if !slices.Equal(got, want) {
				fail("section %s is in the order %v; the one copy that changed it left %v", sec, got, want)
			}
		}
	}
}

// value is a thing's value in the job, or "gone" when its item is.
func (m *model) value(j checklist.Job, thing string) string {
	kind, id, _ := strings.Cut(thing, " ")
	switch kind {
	case "status":
		return string(j.Status)
	case "salary":
		return j.Salary
	case "state":
		return string(j.Round(id).State)
	case "tick":
		it := j.Item(id)
		if it == nil {
			return "gone"
		}
		return strconv.FormatBool(it.Done)
	}
	panic(thing)
}

func (m *model) note(j checklist.Job, note string) (string, bool) {
	if note == "job notes" {
		return j.Notes, true
	}
	it := j.Item(strings.TrimPrefix(note, "note "))
	if it == nil {
		return "", false
	}
	return it.Note, true
}

// runTrial makes random edits on the copies of a world and syncs them in
// random orders, then syncs every copy until all agree, and checks them
// against the model.
func runTrial(t testing.TB, w world, copies int, rng *rand.Rand, base checklist.Job, trial string) {
	t.Helper()
	e := &editor{rng: rng, m: newModel(), w: w, clock: created.Add(time.Hour)}
	for _, s := range base.AllSections() {
		for _, it := range s.Items {
			e.items = append(e.items, it.ID)
		}
	}
	for range 1 + rng.IntN(3) {
		for c := range copies {
			for range rng.IntN(4) {
				e.edit(t, c)
			}
		}
		for _, c := range rng.Perm(copies)[:1+rng.IntN(copies)] {
			e.m.log = append(e.m.log, fmt.Sprintf("copy %d syncs", c))
			if err := w.sync(c); err != nil {
				t.Fatalf("%s: sync copy %d: %v", trial, c, err)
			}
		}
	}
	// Two turns: the first brings every copy's work to the remote, the
	// second brings it all back to every copy.
	for range 2 {
		for c := range copies {
			if err := w.sync(c); err != nil {
				t.Fatalf("%s: sync copy %d: %v", trial, c, err)
			}
		}
	}
	final := w.file(0)
	for c := 1; c < copies; c++ {
		if !bytes.Equal(w.file(c), final) {
			t.Fatalf("%s: copies 0 and %d differ after syncing:\n%s\n----\n%s", trial, c, final, w.file(c))
		}
	}
	j := decode(t, final)
	e.m.check(t, j, trial)
}

func seed(t testing.TB) uint64 {
	s := *seedFlag
	if s == 0 {
		s = uint64(time.Now().UnixNano())
	}
	if env, err := strconv.ParseUint(os.Getenv("PREP_SYNC_SEED"), 10, 64); err == nil {
		s = env
	}
	t.Logf("seed %d (-sync.seed or PREP_SYNC_SEED repeats it)", s)
	return s
}

// TestSyncLosesNothing is the model-based test at the level of the merge:
// one trial in ten goes through job files as the merge driver does.
func TestSyncLosesNothing(t *testing.T) {
	n := *trials
	if testing.Short() {
		n = 100
	}
	s := seed(t)
	base := baseJob(t)
	for i := range n {
		rng := rand.New(rand.NewPCG(s, uint64(i)))
		copies := 2 + i%2
		runTrial(t, newMemWorld(t, base, copies, i%10 == 0), copies, rng, base, fmt.Sprintf("trial %d (seed %d), %d copies", i, s, copies))
	}
}
