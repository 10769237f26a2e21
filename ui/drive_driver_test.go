package ui

import (
	"fmt"
	"go/token"
	"path/filepath"
	"reflect"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/data"
)

// driver runs the real root model the way Bubble Tea does, one message at
// a time, but decides itself when each command's result arrives and when
// time passes, so that a run is the same every time it is replayed. After
// every message it checks what a person must always be able to rely on
// (see drive_check_test.go).
type driver struct {
	store *data.Store
	// now is the app's clock; it moves only when a step says time passes.
	now time.Time
	m   Model
	// running is false once the app has quit, until it is started again.
	running bool
	// pending are commands whose results have not arrived yet; timers
	// are the app's own, due when the clock reaches them.
	pending []pendingCmd
	timers  []timer
	// messages counts the messages handed to Update.
	messages      int
	width, height int
	// formFrom is the screen the form on show was opened from.
	formFrom screenID
	// reached names every screen and form the app showed on the way.
	reached map[string]bool
	files   fileRecord
	// onlyFiles skips the checks after each message, keeping those at
	// each quit: for shrinking a run that failed at a quit.
	onlyFiles bool
	worker    *worker
	// unindexed removes the index before every step (see dataSet.indexed).
	unindexed bool
}

// pendingCmd is a command still to run, with the rest of its sequence.
type pendingCmd struct {
	cmd  tea.Cmd
	then []tea.Cmd
}

type timer struct {
	at time.Time
	fn func(time.Time) tea.Msg
}

// cmdTimeout bounds one command: disk work takes milliseconds, so a
// command still running after this is waiting on something that never
// comes.
const cmdTimeout = 10 * time.Second

// libraryTimers are the commands of Bubble Tea and Bubbles that only wait
// (a spinner's frame, a cursor's blink, a status line's timeout): the
// drive drops them, as nothing a person relies on hangs on them; the app's
// own timers go through Config.After and are kept. They are known by the
// name of the function that made them, which stays in the command's name
// when that function is inlined into its caller.
var libraryTimers = []string{".Tick.func", ".Every.func", ".Blink.func", ".NewStatusMessage.func"}

func cmdName(cmd tea.Cmd) string {
	if f := runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()); f != nil {
		return f.Name()
	}
	return "?"
}

func isLibraryTimer(cmd tea.Cmd) bool {
	name := cmdName(cmd)
	for _, t := range libraryTimers {
		if strings.Contains(name, t) {
			return true
		}
	}
	return false
}

// newDriver starts the app on a fresh copy of the data set, in dir.
func newDriver(set dataSet, dir string) (*driver, error) {
	if err := set.freshCopy(dir); err != nil {
		return nil, err
	}
	if set.indexed {
		if err := indexFolder(dir); err != nil {
			return nil, err
		}
	}
	d, err := driveFolder(dir, 80, 24)
	if d != nil {
		d.unindexed = !set.indexed
	}
	return d, err
}

// driveFolder starts the app on the data folder dir, in a window of the
// given size.
func driveFolder(dir string, width, height int) (*driver, error) {
	d := &driver{store: data.NewStore(dir), now: driveStart, width: width, height: height}
	if err := d.files.start(d.store); err != nil {
		return nil, err
	}
	return d, d.start()
}

// start opens the app, as running prep does: Init, then the window's size.
func (d *driver) start() error {
	cfg := testConfig(d.store)
	cfg.ConfigDir = filepath.Join(d.store.Dir(), "config")
	// The template is read as running prep reads it, at whatever moment
	// its command's result is delivered.
	cfg.Template = data.TemplateReader(cfg.ConfigDir)
	cfg.Now = func() time.Time { return d.now }
	cfg.After = d.after
	// S syncs with a remote that has nothing new: the sync's message and
	// the reload after it are driven too.
	cfg.Sync = func() (string, error) { return "Synced: everything was up to date.", nil }
	d.m = New(cfg)
	d.running = true
	d.pending, d.timers = nil, nil
	d.formFrom = listScreen
	d.enqueue(d.m.Init())
	return d.update(tea.WindowSizeMsg{Width: d.width, Height: d.height})
}

// after is the app's timer: it comes due when the clock passes it.
func (d *driver) after(wait time.Duration, fn func(time.Time) tea.Msg) tea.Cmd {
	d.timers = append(d.timers, timer{at: d.now.Add(wait), fn: fn})
	return nil
}

// pass moves the clock on; the timers it passes fire, soonest first, and
// their messages arrive like any command's.
func (d *driver) pass(dt time.Duration) {
	d.now = d.now.Add(dt)
	slices.SortStableFunc(d.timers, func(a, b timer) int { return a.at.Compare(b.at) })
	for len(d.timers) > 0 && !d.timers[0].at.After(d.now) {
		t := d.timers[0]
		d.timers = d.timers[1:]
		d.pending = append(d.pending, pendingCmd{cmd: func() tea.Msg { return t.fn(t.at) }})
	}
}

func (d *driver) enqueue(cmd tea.Cmd) {
	if cmd != nil && !isLibraryTimer(cmd) {
		d.pending = append(d.pending, pendingCmd{cmd: cmd})
	}
}

// deliver runs the i-th pending command (counting round) and hands its
// result to the app.
func (d *driver) deliver(i int) error {
	if len(d.pending) == 0 {
		return nil
	}
	i %= len(d.pending)
	p := d.pending[i]
	d.pending = slices.Delete(d.pending, i, i+1)
	msg, err := d.run(p.cmd)
	if err != nil {
		return err
	}
	if len(p.then) > 0 && !isLibraryTimer(p.then[0]) {
		d.pending = append(d.pending, pendingCmd{cmd: p.then[0], then: p.then[1:]})
	}
	return d.receive(msg)
}

// settle delivers results in the order they were asked for until none is
// left, as a quiet moment lets them all arrive.
func (d *driver) settle() error {
	for n := 0; len(d.pending) > 0 && d.running; n++ {
		if n > 10000 {
			return fmt.Errorf("the app never settles: %d commands still pending, the next %s", len(d.pending), cmdName(d.pending[0].cmd))
		}
		if err := d.deliver(0); err != nil {
			return err
		}
	}
	return nil
}

// worker runs commands as Bubble Tea does, off the model's goroutine, one
// at a time; a command that never returns leaves it stuck, and the next
// command gets a new worker.
type worker struct {
	cmds    chan tea.Cmd
	results chan cmdResult
	timer   *time.Timer
}

type cmdResult struct {
	msg tea.Msg
	err error
}

func newWorker() *worker {
	w := &worker{cmds: make(chan tea.Cmd), results: make(chan cmdResult, 1), timer: time.NewTimer(cmdTimeout)}
	go func() {
		for cmd := range w.cmds {
			w.results <- runSafely(cmd)
		}
	}()
	return w
}

func runSafely(cmd tea.Cmd) (r cmdResult) {
	defer func() {
		if p := recover(); p != nil {
			r = cmdResult{err: fmt.Errorf("panic: %v in the command %s\n%s", p, cmdName(cmd), debug.Stack())}
		}
	}()
	return cmdResult{msg: cmd()}
}

// run runs a command and waits a bounded time for it.
func (d *driver) run(cmd tea.Cmd) (tea.Msg, error) {
	if d.worker == nil {
		d.worker = newWorker()
	}
	w := d.worker
	w.cmds <- cmd
	w.timer.Reset(cmdTimeout)
	select {
	case r := <-w.results:
		w.timer.Stop()
		return r.msg, r.err
	case <-w.timer.C:
		d.worker = nil
		return nil, fmt.Errorf("the command %s did not finish in %s", cmdName(cmd), cmdTimeout)
	}
}

// stop ends the driver's worker.
func (d *driver) stop() {
	if d.worker != nil {
		close(d.worker.cmds)
		d.worker = nil
	}
}

// receive takes a command's result as the program's loop does: batches
// and sequences become commands to run, a quit ends the app, and the
// messages Bubble Tea keeps to itself are dropped.
func (d *driver) receive(msg tea.Msg) error {
	switch msg := msg.(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		for _, c := range msg {
			d.enqueue(c)
		}
		return nil
	case tea.QuitMsg:
		return d.quitted()
	case tea.SuspendMsg:
		return d.update(tea.ResumeMsg{})
	}
	t := reflect.TypeOf(msg)
	if t.PkgPath() == reflect.TypeOf(tea.QuitMsg{}).PkgPath() && !token.IsExported(t.Name()) {
		if t.Name() == "sequenceMsg" {
			v := reflect.ValueOf(msg)
			var cmds []tea.Cmd
			for i := range v.Len() {
				if c := v.Index(i).Interface().(tea.Cmd); c != nil {
					cmds = append(cmds, c)
				}
			}
			if len(cmds) > 0 {
				d.pending = append(d.pending, pendingCmd{cmd: cmds[0], then: cmds[1:]})
			}
		}
		return nil
	}
	return d.update(msg)
}

// update hands one message to the app and checks it afterwards.
func (d *driver) update(msg tea.Msg) (err error) {
	if !d.running {
		return nil
	}
	if size, ok := msg.(tea.WindowSizeMsg); ok {
		d.width, d.height = size.Width, size.Height
	}
	d.messages++
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v, on %s\n%s", r, describeMsg(msg), debug.Stack())
		}
	}()
	screen := d.m.screen
	next, cmd := d.m.Update(msg)
	d.m = next.(Model)
	if d.m.screen == formScreen && screen != formScreen {
		d.formFrom = screen
	}
	d.reach()
	d.enqueue(cmd)
	if !d.onlyFiles {
		if err := d.check(); err != nil {
			return fmt.Errorf("%w, after %s", err, describeMsg(msg))
		}
	}
	d.files.follow(d, msg)
	return nil
}

// quitted ends the app: every file must hold what it last showed. The
// person then opens prep again.
func (d *driver) quitted() error {
	if err := d.files.checkAfterQuit(d); err != nil {
		return err
	}
	d.running = false
	return nil
}

// quit presses ctrl+c as a person leaving does, waits for the app to
// finish, and presses it once more if the app asks.
func (d *driver) quit() error {
	for range 2 {
		if !d.running {
			return nil
		}
		if err := d.update(keyPress("ctrl+c")); err != nil {
			return err
		}
		if err := d.settle(); err != nil {
			return err
		}
	}
	if d.running {
		return fmt.Errorf("ctrl+c twice did not quit; the screen shows:\n%s", d.screen())
	}
	return nil
}

// refuseWrite answers the app's next write as a full disk would: every
// other result arrives first, then the write is refused with err, as the
// store refuses it, for the one job being written.
func (d *driver) refuseWrite(err error) error {
	for n := 0; ; n++ {
		i := slices.IndexFunc(d.pending, func(p pendingCmd) bool { return !isWrite(p.cmd) })
		if i < 0 || n > 1000 {
			break
		}
		if err := d.deliver(i); err != nil {
			return err
		}
	}
	i := slices.IndexFunc(d.pending, func(p pendingCmd) bool { return isWrite(p.cmd) })
	if i < 0 || len(d.m.saver.inFlight) != 1 {
		return fmt.Errorf("%d writes are under way, not one", len(d.m.saver.inFlight))
	}
	d.pending = slices.Delete(d.pending, i, i+1)
	for id := range d.m.saver.inFlight {
		path, _ := d.store.Path(id)
		return d.update(jobSavedMsg{id: id, err: &data.SaveError{Path: path, Err: err}})
	}
	return nil
}

// writing reports whether a write of a job is on its way to the disk.
func (d *driver) writing() bool {
	return slices.ContainsFunc(d.pending, func(p pendingCmd) bool { return isWrite(p.cmd) })
}

func isWrite(cmd tea.Cmd) bool { return strings.Contains(cmdName(cmd), ".applyEdits.func") }

func (d *driver) screen() string {
	return stripped(d.m.View().Content)
}

func describeMsg(msg tea.Msg) string {
	s := fmt.Sprintf("%T", msg)
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		s += " " + msg.String()
	case tea.WindowSizeMsg:
		s += fmt.Sprintf(" %dx%d", msg.Width, msg.Height)
	}
	return s
}

// screenNames name the screens for the drive's tally of where it went.
var screenNames = map[screenID]string{
	listScreen: "list", checklistScreen: "checklist", tonightScreen: "tonight",
	reviewScreen: "look back", jobPageScreen: "job page", importScreen: "import",
	lookBackScreen: "all interviews", storiesScreen: "stories",
}

// reach notes the screen on show, and for a form which one it is.
func (d *driver) reach() {
	if d.reached == nil {
		d.reached = map[string]bool{}
	}
	if d.m.screen == formScreen && d.m.form != nil {
		d.reached["form "+d.m.form.draftKind] = true
		d.reached["field "+d.m.form.focused()] = true
		return
	}
	if d.m.screen == listScreen && d.m.list.picker != nil && d.m.list.askingReason {
		d.reached["list reason"] = true
	}
	if d.m.screen == importScreen && d.m.importer != nil && d.m.importer.step == importPreview {
		d.reached["import preview"] = true
	}
	d.reached[screenNames[d.m.screen]] = true
}
