package ui

import (
	"image/color"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
)

// generator makes one kind of step. A screen that wants the drive to try
// something of its own adds a generator here; make may decline (false)
// when its kind of step means nothing at the moment.
type generator struct {
	name   string
	weight int
	make   func(g *stepMaker) (step, bool)
}

// generators are every kind of step the drive makes, and how often.
// Results are delivered often, so most of the time the app is as quick as
// usual, but not always at once, so keys also come before the disk has
// answered, and results come in any order, as they can in Bubble Tea.
var generators = []generator{
	{"a key of the screen on show", 30, (*stepMaker).screenKey},
	{"any key bound anywhere", 14, (*stepMaker).anyKey},
	{"a typed character", 8, (*stepMaker).typedRune},
	{"typed text", 3, (*stepMaker).typedText},
	{"a paste", 2, (*stepMaker).paste},
	{"a click", 3, (*stepMaker).click},
	{"the wheel", 2, (*stepMaker).wheel},
	{"the mouse moving or let go", 1, (*stepMaker).motion},
	{"a resize", 2, (*stepMaker).resize},
	{"a result arriving", 45, (*stepMaker).deliver},
	{"a quiet moment", 4, (*stepMaker).settle},
	{"time passing", 3, (*stepMaker).wait},
	{"a change made outside", 2, (*stepMaker).outside},
	{"the terminal's background", 1, (*stepMaker).background},
	{"the window's focus", 1, (*stepMaker).focus},
	{"an invitation's path", 120, (*stepMaker).invitationPath},
	{"a form's field filled or left", 40, (*stepMaker).formField},
	{"a no on the list's status picker", 20, (*stepMaker).listRejects},
}

// stepMaker picks steps from a seeded source, looking at the app only to
// choose steps that mean something now.
type stepMaker struct {
	r     *rand.Rand
	d     *driver
	total int
}

func newStepMaker(seed uint64, d *driver) *stepMaker {
	g := &stepMaker{r: rand.New(rand.NewPCG(seed, 0x64726976)), d: d}
	for _, gen := range generators {
		g.total += gen.weight
	}
	return g
}

func (g *stepMaker) next() step {
	for {
		n := g.r.IntN(g.total)
		for _, gen := range generators {
			if n -= gen.weight; n < 0 {
				if s, ok := gen.make(g); ok {
					return s
				}
				break
			}
		}
	}
}

func (g *stepMaker) pick(options []string) string { return options[g.r.IntN(len(options))] }

// quitKeys end the app; they are pressed less often, or few runs would
// get far from the job list.
var quitKeys = map[string]bool{"ctrl+c": true, "q": true}

func (g *stepMaker) keyStep(name string) (step, bool) {
	if quitKeys[name] && g.r.IntN(4) > 0 {
		return step{}, false
	}
	return step{op: "key", text: name}, true
}

// screenKey presses a key the screen on show lists in its help, so the
// drive goes deep into every screen, new ones too.
func (g *stepMaker) screenKey() (step, bool) {
	var keys []string
	for _, group := range g.d.m.active().FullHelp() {
		for _, b := range group {
			if b.Enabled() {
				keys = append(keys, b.Keys()...)
			}
		}
	}
	for _, b := range g.d.m.active().ShortHelp() {
		if b.Enabled() {
			keys = append(keys, b.Keys()...)
		}
	}
	if len(keys) == 0 {
		return g.anyKey()
	}
	return g.keyStep(g.pick(keys))
}

func (g *stepMaker) anyKey() (step, bool) { return g.keyStep(g.pick(everyKey)) }

// typedRunes are characters a person types: plain, accented, wide,
// emoji, combining.
var typedRunes = []rune("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-:/?!'\"éüßçñ中文字한국어😀👍\u0301\u200d")

func (g *stepMaker) typedRune() (step, bool) {
	return step{op: "text", text: string(typedRunes[g.r.IntN(len(typedRunes))])}, true
}

var typedWords = []string{
	"Acme", "tomorrow 2pm", "2026-12-01 10:00", "in 3 days", "Dana Lee, Sam Ng", "next friday",
	"Ask about on-call", "x", "  ", "Café Müller", "株式会社", "🚀 launch", "yesterday", "13:61",
	"2026-02-30 09:00", "now", "zeta", "engineer",
	// Dates as people type them, and ones read two ways or not at all.
	"friday 11am", "next monday 10am", "Dec 3 2pm", "3 Dec 2026 14:00 +0100", "tomorrow noon",
	"12/08", "25/12/2026", "today 13pm", "+0100",
}

func (g *stepMaker) typedText() (step, bool) {
	return step{op: "text", text: g.pick(typedWords)}, true
}

var pastes = append([]string{
	"Acme Corp", "first line\nsecond line\n\nfourth", "tab\tand\rcarriage return",
	"\x1b[31mred\x1b[0m \x1b]0;title\x07", strings.Repeat("pasted words ", 900),
	"2026-12-01 10:00", "\u202eevil\u202c", "",
}, hostileTexts...)

func (g *stepMaker) paste() (step, bool) { return step{op: "paste", text: g.pick(pastes)}, true }

// somewhere is a cell in the window, now and then just outside it.
func (g *stepMaker) somewhere() (int, int) {
	return g.r.IntN(max(g.d.width, 1) + 2), g.r.IntN(max(g.d.height, 1) + 2)
}

func (g *stepMaker) click() (step, bool) {
	x, y := g.somewhere()
	button := "left"
	if g.r.IntN(5) == 0 {
		button = g.pick([]string{"right", "middle"})
	}
	return step{op: "click", x: x, y: y, text: button}, true
}

func (g *stepMaker) wheel() (step, bool) {
	x, y := g.somewhere()
	dir := g.pick([]string{"up", "down", "up", "down", "wleft", "wright"})
	return step{op: "wheel", x: x, y: y, text: dir}, true
}

func (g *stepMaker) motion() (step, bool) {
	x, y := g.somewhere()
	return step{op: g.pick([]string{"motion", "release"}), x: x, y: y}, true
}

// resize is mostly to a size the app supports, 60×16 to 200×60, and now
// and then to a smaller one.
func (g *stepMaker) resize() (step, bool) {
	if g.r.IntN(7) == 0 {
		return step{op: "size", x: 1 + g.r.IntN(minWidth+10), y: 1 + g.r.IntN(minHeight+4)}, true
	}
	return step{op: "size", x: minWidth + g.r.IntN(200-minWidth+1), y: minHeight + g.r.IntN(60-minHeight+1)}, true
}

func (g *stepMaker) deliver() (step, bool) {
	if len(g.d.pending) == 0 {
		return step{}, false
	}
	// The oldest results are the likeliest to come first.
	i := g.r.IntN(len(g.d.pending))
	if g.r.IntN(3) > 0 {
		i = 0
	}
	return step{op: "deliver", x: i}, true
}

func (g *stepMaker) settle() (step, bool) { return step{op: "settle"}, len(g.d.pending) > 0 }

var waits = []time.Duration{time.Second, 2 * time.Second, 5 * time.Second, 30 * time.Second,
	time.Minute, 10 * time.Minute, time.Hour, 6 * time.Hour, 24 * time.Hour}

func (g *stepMaker) wait() (step, bool) {
	return step{op: "wait", dt: waits[g.r.IntN(len(waits))]}, true
}

func (g *stepMaker) outside() (step, bool) {
	return step{op: "outside", text: g.pick(outsideChanges), x: g.r.IntN(1 << 16)}, true
}

func (g *stepMaker) background() (step, bool) {
	return step{op: "background", text: g.pick([]string{"dark", "light"})}, true
}

// invitationPaths are what a person gives the import screen: invitations
// new, updated, cancelled, with several meetings or none readable, and a
// file that is not there. They are relative to the package, where the
// tests run, so that a run kept as a test replays anywhere.
var invitationPaths = []string{
	"../importer/testdata/teams.ics", "../importer/testdata/teams-update.ics",
	"../importer/testdata/teams-cancel.ics", "../importer/testdata/lever.ics",
	"../invite/testdata/zones.ics", "../invite/testdata/google.ics", "../invite/testdata/google-invite.eml",
	"../invite/testdata/hostile.ics", "../invite/testdata/bad-not-calendar.txt", "~/no-such-invite.ics",
}

// importAnswers are what a person types when the import screen asks for
// their address.
var importAnswers = []string{"jane.doe@gmail.com", "not an address"}

// invitationPath types what the import screen asks for: the person's
// address, or the path of an invitation, and then gives it, as a person
// would. It is made only there, so its weight counts only there.
func (g *stepMaker) invitationPath() (step, bool) {
	v := g.d.m.importer
	if g.d.m.screen != importScreen || v == nil {
		return step{}, false
	}
	if typed := v.input.Value(); typed != "" {
		if slices.Contains(invitationPaths, typed) || slices.Contains(importAnswers, typed) {
			return step{op: "key", text: "enter"}, true
		}
		return step{}, false
	}
	switch v.step {
	case importAskMe:
		return step{op: "text", text: g.pick(importAnswers)}, true
	case importAskPath:
		return step{op: "text", text: g.pick(invitationPaths)}, true
	}
	return step{}, false
}

// fieldAnswers are what a person types in the form's fields whose text
// must take a shape: a journey, the date they decide by.
var fieldAnswers = map[string][]string{
	"travel":   {"45m", "1h30m", "1 h 30 min", "0", "an hour"},
	"decision": {"Dec 11", "next friday", "12/08", "in 3 days", "someday"},
}

// formField moves on through a form, as a person going down it does, and
// types into a field that wants a journey or a date what a person would.
// It is made only in a form.
func (g *stepMaker) formField() (step, bool) {
	f := g.d.m.form
	if g.d.m.screen != formScreen || f == nil {
		return step{}, false
	}
	if answers, ok := fieldAnswers[f.focused()]; ok && g.r.IntN(2) == 0 {
		return step{op: "text", text: g.pick(answers)}, true
	}
	return step{op: "key", text: "tab"}, true
}

// listRejects picks "rejected" on the list's status picker, which then
// asks for the likely reason. It is made only there.
func (g *stepMaker) listRejects() (step, bool) {
	l := g.d.m.list
	if g.d.m.screen != listScreen || l.picker == nil || l.askingReason {
		return step{}, false
	}
	return step{op: "key", text: "r"}, true
}

func (g *stepMaker) focus() (step, bool) { return step{op: g.pick([]string{"focus", "blur"})}, true }

func backgroundMsg(dark bool) tea.BackgroundColorMsg {
	if dark {
		return tea.BackgroundColorMsg{Color: color.Black}
	}
	return tea.BackgroundColorMsg{Color: color.White}
}
