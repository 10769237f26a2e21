package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/stats"
)

// lookBackView is the look back across every interview, reached from the
// job list: how the jobs ended and how far each got, the likely reasons,
// the thank-yous and follow-ups on time, what was left undone before a no
// and before an offer, every lesson, and the stories used. The folder is
// read afresh and the figures made in a command each time it comes on.
type lookBackView struct {
	sh   *shared
	keys lookBackKeys
	// gen counts the loadings, so that an older one's figures are dropped.
	gen     int
	loaded  bool
	summary stats.Summary
	// unreadable counts the job and story files that could not be read.
	unreadable int
	err        error
	// offset is the first body line on screen.
	offset        int
	width, height int
	// drawn are the lines last laid out, for drawnFor: a key or a frame
	// lays out 300 jobs only when something they show has changed.
	drawn    []string
	drawnFor lookBackLayout
}

// lookBackLayout is what the look back's lines depend on.
type lookBackLayout struct {
	width  int
	styles *Styles
	gen    int
	loaded bool
}

// lookBackKeys move through the look back and leave it.
type lookBackKeys struct {
	Up, Down, PageUp, PageDown, Top, Bottom, Back key.Binding
}

func newLookBackKeys() lookBackKeys {
	return lookBackKeys{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "space", "f"), key.WithHelp("pgdn", "page down")),
		Top:      key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g", "top")),
		Bottom:   key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G", "bottom")),
		Back:     key.NewBinding(key.WithKeys("esc", "q", "v"), key.WithHelp("esc", "back")),
	}
}

func newLookBackView(sh *shared) *lookBackView {
	return &lookBackView{sh: sh, keys: newLookBackKeys()}
}

// lookBackLoadedMsg carries the figures of one loading.
type lookBackLoadedMsg struct {
	summary    stats.Summary
	unreadable int
	err        error
	gen        int
}

// loadLookBack reads every job and story and makes the figures, all off
// the app's own goroutine.
func loadLookBack(store *data.Store, now time.Time, gen int) tea.Cmd {
	return func() tea.Msg {
		jobs, problems, err := store.List()
		if err != nil {
			return lookBackLoadedMsg{err: err, gen: gen}
		}
		stories, storyProblems, err := store.Stories()
		if err != nil {
			return lookBackLoadedMsg{err: err, gen: gen}
		}
		return lookBackLoadedMsg{summary: stats.Compute(jobs, stories, now),
			unreadable: len(problems) + len(storyProblems), gen: gen}
	}
}

// enter reads the folder again and shows the look back from its top.
func (v *lookBackView) enter() tea.Cmd {
	v.gen++
	v.offset = 0
	return loadLookBack(v.sh.store, v.sh.now(), v.gen)
}

func (v *lookBackView) SetSize(width, height int) {
	v.width, v.height = width, height
	v.scroll()
}

func (v *lookBackView) Typing() bool { return false }

func (v *lookBackView) Prompt() string {
	if v.unreadable > 0 {
		return fmt.Sprintf("⚠ %s could not be read; the figures leave them out", stats.Plural(v.unreadable, "file", "files"))
	}
	return ""
}

func (v *lookBackView) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case lookBackLoadedMsg:
		if msg.gen != v.gen {
			return nil
		}
		v.loaded, v.summary, v.unreadable, v.err = true, msg.summary, msg.unreadable, msg.err
		v.scroll()
		if msg.err != nil {
			return showError(msg.err)
		}
	case tea.KeyPressMsg:
		return v.handleKey(msg)
	case tea.MouseWheelMsg:
		switch msg.Mouse().Button {
		case tea.MouseWheelUp:
			v.offset -= 3
		case tea.MouseWheelDown:
			v.offset += 3
		}
		v.scroll()
	}
	return nil
}

func (v *lookBackView) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k, page := v.keys, max(1, v.bodyHeight()-1)
	switch {
	case key.Matches(msg, k.Back):
		return showList
	case key.Matches(msg, k.Up):
		v.offset--
	case key.Matches(msg, k.Down):
		v.offset++
	case key.Matches(msg, k.PageUp):
		v.offset -= page
	case key.Matches(msg, k.PageDown):
		v.offset += page
	case key.Matches(msg, k.Top):
		v.offset = 0
	case key.Matches(msg, k.Bottom):
		v.offset = len(v.lines())
	}
	v.scroll()
	return nil
}

func (v *lookBackView) bodyHeight() int {
	return max(1, v.height-reviewHeaderHeight)
}

// scroll keeps the look back within its lines.
func (v *lookBackView) scroll() {
	v.offset = max(0, min(v.offset, len(v.lines())-v.bodyHeight()))
}

func (v *lookBackView) View() string {
	st := v.sh.styles
	w := contentWidth(v.width)
	title := st.Key.Render("Looking back · ") + st.Title.Render("every interview")
	if v.loaded && v.summary.Jobs > 0 {
		title = spread(title, st.Muted.Render(stats.Plural(v.summary.Jobs, "job", "jobs")), w)
	}
	lines := v.lines()
	h := v.bodyHeight()
	end := min(len(lines), v.offset+h)
	var b strings.Builder
	b.WriteString(" " + truncate(title, w) + "\n" + rule(st, v.width))
	for _, l := range lines[min(v.offset, end):end] {
		b.WriteString("\n" + l)
	}
	return b.String()
}

func (v *lookBackView) ShortHelp() []key.Binding {
	k := v.keys
	k.PageDown.SetEnabled(v.scrolls())
	return []key.Binding{k.Up, k.Down, k.PageDown, k.Back}
}

func (v *lookBackView) FullHelp() [][]key.Binding {
	k := v.keys
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown}, {k.Top, k.Bottom, k.Back}}
}

// scrolls reports whether the look back is longer than the screen.
func (v *lookBackView) scrolls() bool { return len(v.lines()) > v.bodyHeight() }

// lines lays out the look back: a word while it loads, a welcome for an
// empty folder, else the figures.
func (v *lookBackView) lines() []string {
	layout := lookBackLayout{width: v.width, styles: v.sh.styles, gen: v.gen, loaded: v.loaded}
	if v.drawn == nil || layout != v.drawnFor {
		v.drawn, v.drawnFor = v.layOut(), layout
	}
	return v.drawn
}

func (v *lookBackView) layOut() []string {
	st := v.sh.styles
	w := contentWidth(v.width)
	wrap := func(text string) []string {
		return strings.Split(indent(st.Empty.Width(w-1).Render(text), " "), "\n")
	}
	switch {
	case !v.loaded:
		return wrap("Reading your interviews…")
	case v.err != nil:
		return wrap("The jobs folder could not be read, so there is nothing to show.")
	case v.summary.Jobs == 0:
		return wrap("Nothing to look back on yet.\n\n" +
			"Once you have been to a few interviews, this page shows how they went: " +
			"how far each got, the likely reasons for a no, whether the thank-yous went out " +
			"on time, what was often left undone, and every lesson you wrote down.")
	}
	return lookBackLines(st, v.summary, w, v.sh.now().Location())
}

// undoneShown is how many of the sections most often left undone the
// look back names.
const undoneShown = 5

// lookBackLines are the figures of the look back, in a width.
func lookBackLines(st *Styles, s stats.Summary, w int, loc *time.Location) []string {
	var out []string
	add := func(ls ...string) { out = append(out, ls...) }
	head := func(title string) { add("", " "+st.Section.Render(title)) }
	row := func(label, value string, labelWidth int) {
		add("   " + st.Muted.Render(padRight(truncate(label, labelWidth), labelWidth+1)) + truncate(value, w-labelWidth-4))
	}

	add(" " + st.Item.Render(truncate(stats.Plural(s.Jobs, "job", "jobs")+" · "+stats.Plural(s.RoundsHeld, "round", "rounds")+" held", w-1)))
	add(" " + st.Item.Render(truncate(s.Outcomes.String(), w-1)))

	head("How far they got")
	for _, sg := range s.Stages {
		row(sg.Label(), st.Item.Render(stats.Plural(sg.Jobs, "job", "jobs")+": "+sg.Outcomes.String()), 13)
	}

	head("Likely reasons")
	most := s.NoReason
	for _, rc := range s.Reasons {
		most = max(most, rc.Count)
	}
	reason := func(n int, label string) {
		bar := st.Bar(float64(n)/float64(most), 8)
		add("   " + bar + st.Muted.Render(fmt.Sprintf(" %3d  ", n)) + st.Item.Render(truncate(oneLine(label), w-18)))
	}
	for _, rc := range s.Reasons {
		reason(rc.Count, rc.Label)
	}
	if s.NoReason > 0 {
		reason(s.NoReason, "not recorded")
	}
	if most == 0 {
		add("   " + st.Muted.Render("None recorded yet."))
	}

	head("On time")
	for _, t := range []struct {
		label string
		t     stats.Timeliness
	}{{"Thank-yous", s.ThankYous}, {"Follow-ups", s.FollowUps}} {
		share, ok := t.t.OnTimeShare()
		if !ok {
			row(t.label, st.Muted.Render(t.t.String()), 11)
			continue
		}
		row(t.label, st.Bar(share, 8)+" "+st.Item.Render(t.t.String()), 11)
	}

	for _, u := range s.UndoneLists() {
		head(u.Title)
		for _, d := range u.Sections[:min(len(u.Sections), undoneShown)] {
			row(oneLine(d.Title), st.Item.Render(fmt.Sprintf("%d of %d", d.Jobs, d.Of)), 30)
		}
		if more := len(u.Sections) - undoneShown; more > 0 {
			add("   " + st.Muted.Render(fmt.Sprintf("and %s less often", stats.Plural(more, "section", "sections"))))
		}
		if len(u.Sections) == 0 {
			add("   " + st.Done.Render("✓ Nothing: every section was done."))
		}
	}

	head("Lessons, newest first")
	for _, l := range s.Lessons {
		add("   " + st.Item.Render(truncate(l.At.In(loc).Format("Jan 2 2006")+" · "+oneLine(l.Job.Name()), w-4)))
		for _, line := range strings.Split(safeBlock(l.Text), "\n") {
			add("     " + st.Rule.Render("│ ") + st.Note.Render(truncate(line, w-8)))
		}
	}
	if len(s.Lessons) == 0 {
		add("   " + st.Muted.Render("None written down yet."))
	}

	if len(s.Stories) > 0 {
		head("Stories")
		for _, u := range s.Stories {
			title := st.Item.Render(oneLine(u.Title))
			if u.Gone {
				title = st.Late.Render(oneLine(u.ID) + " · no longer in the story bank")
			}
			add("   " + truncate(title, w-4))
			used := "not used yet"
			if len(u.Jobs) > 0 {
				names := make([]string, len(u.Jobs))
				for i, j := range u.Jobs {
					names[i] = oneLine(j.Name())
				}
				used = "used for " + strings.Join(names, "; ")
			}
			add("     " + st.Muted.Render(truncate(used, w-6)))
		}
	}

	head("Each job, the latest first")
	for _, r := range s.Reach {
		status := statusStyle(st, r.Status).Render(statusLabel(r.Status))
		left := st.Item.Render(truncate(oneLine(r.Job.Name()), max(10, w/2-2)))
		mid := st.Muted.Render(" · " + oneLine(r.Reached()))
		add("   " + spread(truncate(left+mid, w-16), status, w-4))
	}
	return out
}

// showLookBackMsg asks for the look back across every interview.
type showLookBackMsg struct{}

func showLookBack() tea.Msg { return showLookBackMsg{} }
