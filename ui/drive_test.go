package ui

import (
	"flag"
	"fmt"
	"maps"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prep-cli/prep/internal/dataset"
)

// The drive: the real app, driven by long random runs of keys, text,
// pastes, the mouse, resizes, results arriving in any order, time passing
// and outside changes to the job files, over every data set. After every
// message the screen must fit the window and the selection must be on
// something that exists; after every quit each job file must hold what the
// app last showed of it. Each run is driven with the index of the jobs or
// without it (dataSet.indexed): the fixed budget takes turns by seed, a
// long run drives each seed both ways. The fixed budget below runs in CI;
// the flags run it for as long as you like:
//
//	go test ./ui -run TestDrive -drive.messages 100000 -drive.seed 1 -drive.seeds 20
var (
	driveMessages = flag.Int("drive.messages", 0, "messages in each drive of a long run (0: the fixed budget)")
	driveSeed     = flag.Uint64("drive.seed", 1, "the first seed of a long run")
	driveSeeds    = flag.Int("drive.seeds", 1, "how many seeds a long run drives, from drive.seed on")
	driveSet      = flag.String("drive.set", "", "the data set of a long run (empty, one, fifteen, many); all when not given")
	driveShrink   = flag.Duration("drive.shrink", 2*time.Minute, "how long a failing run may take to shrink")
)

// driveBudget is what CI drives: fixed seeds, 7,000 messages, well under
// a minute of two cores with the race detector. A message on the big
// folder costs three times one on a small one, so the small ones get more.
var driveBudget = []struct {
	set      string
	seeds    []uint64
	messages int
}{
	{"empty", []uint64{1, 2}, 1000},
	{"one", []uint64{1, 2}, 1200},
	{"fifteen", []uint64{1, 2, 3, 4}, 500},
	{"many", []uint64{1, 2}, 300},
}

func TestMain(m *testing.M) {
	code := m.Run()
	removeDataSets()
	dataset.RemoveShared()
	os.Exit(code)
}

func TestDrive(t *testing.T) {
	type run struct {
		set      dataSet
		seed     uint64
		messages int
	}
	var runs []run
	if *driveMessages > 0 {
		for _, set := range dataSets {
			if *driveSet != "" && set.name != *driveSet {
				continue
			}
			for seed := *driveSeed; seed < *driveSeed+uint64(*driveSeeds); seed++ {
				runs = append(runs, run{set.withIndex(true), seed, *driveMessages}, run{set, seed, *driveMessages})
			}
		}
	} else {
		for _, b := range driveBudget {
			set, _ := dataSetNamed(b.set)
			for _, seed := range b.seeds {
				runs = append(runs, run{set.withIndex(seed%2 == 1), seed, b.messages})
			}
		}
	}
	if len(runs) == 0 {
		t.Fatalf("no data set is named %q", *driveSet)
	}
	var mu sync.Mutex
	reached := map[string]bool{}
	if *driveMessages == 0 {
		// The fixed budget goes everywhere, so a screen it never reaches
		// is a screen CI never drives.
		t.Cleanup(func() {
			for _, name := range everyScreen {
				if !reached[name] {
					t.Errorf("the drive never reached the %s; it reached %v", name, slices.Sorted(maps.Keys(reached)))
				}
			}
		})
	}
	for _, r := range runs {
		index := "no-index"
		if r.set.indexed {
			index = "index"
		}
		t.Run(fmt.Sprintf("%s/seed-%d/%s", r.set.name, r.seed, index), func(t *testing.T) {
			t.Parallel()
			start := time.Now()
			steps, messages, went, err := drive(r.set, driveDir(t), r.seed, r.messages)
			if err != nil {
				reportFailure(t, r.set, r.seed, steps, err)
			}
			mu.Lock()
			maps.Copy(reached, went)
			mu.Unlock()
			t.Logf("%d messages in %d steps, %s; reached %v", messages, len(steps),
				time.Since(start).Round(time.Millisecond), slices.Sorted(maps.Keys(went)))
		})
	}
}

// everyScreen is every screen and form the fixed budget must reach.
var everyScreen = []string{
	"list", "checklist", "tonight", "look back", "job page", "import", "import preview", "all interviews", "stories",
	"form new-job", "form details", "form round", "form add-round",
	"field travel", "field decision", "list reason",
}

// drive makes random steps from seed until the app has had the given
// number of messages, then quits; it returns the steps made, the messages
// handed to the app, the screens it reached and the first failure.
func drive(set dataSet, dir string, seed uint64, messages int) ([]step, int, map[string]bool, error) {
	d, err := newDriver(set, dir)
	if err != nil {
		return nil, 0, nil, err
	}
	defer d.stop()
	g := newStepMaker(seed, d)
	var steps []step
	for d.messages < messages {
		s := g.next()
		steps = append(steps, s)
		if err := d.do(s); err != nil {
			return steps, d.messages, d.reached, err
		}
	}
	return steps, d.messages, d.reached, d.quit()
}

// replay runs the given steps on a fresh copy of the data set, then quits;
// onlyFiles checks only what must hold at each quit.
func replay(set dataSet, dir string, steps []step, onlyFiles bool) error {
	d, err := newDriver(set, dir)
	if err != nil {
		return err
	}
	defer d.stop()
	d.onlyFiles = onlyFiles
	for _, s := range steps {
		if err := d.do(s); err != nil {
			return err
		}
	}
	return d.quit()
}

// reportFailure shrinks a failing run to the shortest run that still fails
// the same way, and prints it ready to keep in driveRegressions.
func reportFailure(t *testing.T, set dataSet, seed uint64, steps []step, err error) {
	t.Helper()
	if len(steps) == 0 {
		t.Fatal(err)
	}
	short := shrink(t, set, steps, err)
	var b strings.Builder
	fmt.Fprintf(&b, "\t{name: \"…\", set: %q, indexed: %v, steps: []string{\n", set.name, set.indexed)
	for _, s := range short {
		fmt.Fprintf(&b, "\t\t%s,\n", strconv.Quote(s.String()))
	}
	b.WriteString("\t}},\n")
	t.Fatalf("the drive of %q from seed %d failed at step %d: %v\n\nThe shortest run that still fails, %d steps (add it to driveRegressions):\n%s",
		set.name, seed, len(steps), err, len(short), b.String())
}

// shrink removes steps from a failing run, chunk by chunk and then one by
// one, while the run still fails the same way (ddmin).
func shrink(t *testing.T, set dataSet, steps []step, failure error) []step {
	want := failureKind(failure)
	atQuit := strings.HasPrefix(want, "after quitting")
	deadline := time.Now().Add(*driveShrink)
	fails := func(candidate []step) bool {
		dir, err := os.MkdirTemp(memoryTemp(), "prep-shrink-")
		if err != nil {
			return false
		}
		defer os.RemoveAll(dir)
		err = replay(set, dir, candidate, atQuit)
		return err != nil && failureKind(err) == want
	}
	if !fails(steps) {
		t.Logf("the failure did not come back on a replay of all %d steps; they are printed as they were", len(steps))
		return steps
	}
	for chunks := 2; len(steps) > 1 && time.Now().Before(deadline); {
		size := (len(steps) + chunks - 1) / chunks
		removed := false
		for start := 0; start < len(steps) && time.Now().Before(deadline); start += size {
			candidate := append(append([]step(nil), steps[:start]...), steps[min(start+size, len(steps)):]...)
			if fails(candidate) {
				steps, removed = candidate, true
				chunks = max(chunks-1, 2)
				break
			}
		}
		if !removed {
			if size == 1 {
				break
			}
			chunks = min(chunks*2, len(steps))
		}
	}
	return steps
}

var numbers = regexp.MustCompile(`[0-9]+`)

// failureKind is what a failure is about, without its numbers and its
// place: a shrunk run must fail the same way, not just any way.
func failureKind(err error) string {
	s, _, _ := strings.Cut(err.Error(), "\n")
	s, _, _ = strings.Cut(s, ", after ")
	s, _, _ = strings.Cut(s, ", on ")
	s, _, _ = strings.Cut(s, " (step ")
	if !strings.HasPrefix(s, "panic: ") {
		s, _, _ = strings.Cut(s, ": ")
	}
	return numbers.ReplaceAllString(s, "#")
}

func TestDriveRegressions(t *testing.T) {
	for _, c := range driveRegressions {
		t.Run(c.name, func(t *testing.T) {
			set, ok := dataSetNamed(c.set)
			if !ok {
				t.Fatalf("no data set is named %q", c.set)
			}
			steps := parseSteps(t, c.steps)
			if err := replay(set.withIndex(c.indexed), driveDir(t), steps, false); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func parseSteps(t testing.TB, lines []string) []step {
	t.Helper()
	steps := make([]step, len(lines))
	for i, l := range lines {
		s, err := parseStep(l)
		if err != nil {
			t.Fatal(err)
		}
		steps[i] = s
	}
	return steps
}

// Every generator makes steps, and each prints as a line that reads back
// as the same step, so that any failing run can be kept as a test.
func TestEveryGeneratorsStepsReadBack(t *testing.T) {
	store, j := sampleStore(t)
	// The screens the generators made only somewhere make their steps
	// on: the import screen asking for a path, the new-job form, and the
	// list with its status picker open.
	onImport := &driver{width: 80, height: 24, m: New(testConfig(store))}
	v, _ := newImportView(onImport.m.sh)
	v.step = importAskPath
	onImport.m.importer, onImport.m.screen = v, importScreen
	inForm := &driver{width: 80, height: 24, m: update(loaded(t, store, 80, 24), newJobMsg{})}
	picking := &driver{width: 80, height: 24, m: loaded(t, store, 80, 24)}
	picking.m.list.pickStatus(j)
	var makers []*stepMaker
	for _, d := range []*driver{onImport, inForm, picking} {
		d.pending = []pendingCmd{{}}
		makers = append(makers, newStepMaker(1, d))
	}
	for _, gen := range generators {
		made := 0
		for i := range 300 {
			s, ok := gen.make(makers[i%len(makers)])
			if !ok {
				continue
			}
			made++
			back, err := parseStep(s.String())
			if err != nil || back != s {
				t.Fatalf("%s: %q reads back as %q (%v)", gen.name, s, back, err)
			}
		}
		if made == 0 {
			t.Errorf("%s made no step", gen.name)
		}
	}
}
