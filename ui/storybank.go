package ui

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/stats"
)

// storyBankView is the story bank seen from the open job, reached with o
// on an item that asks for stories: every story of the bank, ticked when
// it is linked to this job, the selected one told in full below; space
// links or unlinks it, n writes a new one, linked at once. A story the job
// links that is gone from the bank is listed as gone, and can be unlinked.
type storyBankView struct {
	*openedJob
	keys storyKeys
	// from is the job's screen to go back to.
	from screenID
	// gen counts the loadings of the bank, so that an older one is dropped.
	gen        int
	loaded     bool
	stories    []checklist.Story
	unreadable []data.Problem
	// cursor is the selected row's story id.
	cursor string
	offset int
	// form is the new story being written, if one is.
	form          *storyForm
	width, height int
}

// storyKeys are the story bank's keys.
type storyKeys struct {
	Up, Down, Link, New, Back key.Binding
}

func newStoryKeys() storyKeys {
	return storyKeys{
		Up:   key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down: key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Link: key.NewBinding(key.WithKeys("space", "x"), key.WithHelp("space", "use for this job")),
		New:  key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "new story")),
		Back: key.NewBinding(key.WithKeys("esc", "q", "o"), key.WithHelp("esc", "back")),
	}
}

func newStoryBankView(o *openedJob) *storyBankView {
	return &storyBankView{openedJob: o, keys: newStoryKeys()}
}

// showStoriesMsg asks for the story bank of the open job.
type showStoriesMsg struct{}

func showStories() tea.Msg { return showStoriesMsg{} }

// storiesLoadedMsg carries the story bank as read.
type storiesLoadedMsg struct {
	stories  []checklist.Story
	problems []data.Problem
	err      error
	gen      int
}

// storyAddedMsg reports a new story saved to the bank, written for the
// job jobID, which it is then linked to.
type storyAddedMsg struct {
	story checklist.Story
	jobID string
	err   error
}

func loadStories(store *data.Store, gen int) tea.Cmd {
	return func() tea.Msg {
		stories, problems, err := store.Stories()
		return storiesLoadedMsg{stories: stories, problems: problems, err: err, gen: gen}
	}
}

func addStory(store *data.Store, d checklist.StoryDetails, now time.Time, jobID string) tea.Cmd {
	return func() tea.Msg {
		st, err := store.AddStory(d, now)
		return storyAddedMsg{story: st, jobID: jobID, err: err}
	}
}

// enter reads the bank again.
func (v *storyBankView) enter() tea.Cmd {
	v.gen++
	v.offset, v.form = 0, nil
	return loadStories(v.sh.store, v.gen)
}

func (v *storyBankView) SetSize(width, height int) {
	v.width, v.height = width, height
	if v.form != nil {
		// The width the form's next parts are made at, too.
		v.form.width = contentWidth(width)
		v.form.editor.SetWidth(v.form.width)
	}
	v.scroll()
}

func (v *storyBankView) Typing() bool { return v.form != nil }

func (v *storyBankView) Prompt() string {
	if len(v.unreadable) == 0 || v.form != nil {
		return ""
	}
	p := v.unreadable[0]
	if len(v.unreadable) == 1 {
		return "⚠ " + oneLine(filepath.Base(p.Path)+" could not be read: "+p.Err.Error())
	}
	return fmt.Sprintf("⚠ %d story files could not be read, among them %s", len(v.unreadable), oneLine(filepath.Base(p.Path)))
}

// storyRow is a row of the bank: a story, or the id of one the job links
// that the bank no longer has.
type storyRow struct {
	id    string
	story *checklist.Story
}

func (v *storyBankView) rows() []storyRow {
	rows := make([]storyRow, 0, len(v.stories)+len(v.job.Stories))
	known := map[string]bool{}
	for i := range v.stories {
		rows = append(rows, storyRow{id: v.stories[i].ID, story: &v.stories[i]})
		known[v.stories[i].ID] = true
	}
	if v.loaded {
		for _, id := range v.job.Stories {
			if !known[id] {
				rows = append(rows, storyRow{id: id})
			}
		}
	}
	return rows
}

func (v *storyBankView) selectedRow(rows []storyRow) int {
	for i, r := range rows {
		if r.id == v.cursor {
			return i
		}
	}
	return -1
}

func (v *storyBankView) Update(msg tea.Msg) tea.Cmd {
	if cmd, changed := v.update(msg); changed {
		v.scroll()
		return cmd
	}
	switch msg := msg.(type) {
	case storiesLoadedMsg:
		if msg.gen != v.gen {
			return nil
		}
		v.loaded, v.stories, v.unreadable = true, msg.stories, msg.problems
		v.scroll()
		if msg.err != nil {
			return showError(msg.err)
		}
	case storyAddedMsg:
		if msg.err != nil {
			return showError(msg.err)
		}
		if msg.jobID != v.job.ID {
			return nil
		}
		v.stories = append(v.stories, msg.story)
		v.cursor = msg.story.ID
		v.scroll()
		return v.apply(checklist.LinkStory{StoryID: msg.story.ID, Linked: true})
	case tea.KeyPressMsg:
		if v.form != nil {
			return v.updateForm(msg)
		}
		return v.handleKey(msg)
	case tea.PasteMsg, noteEditedMsg:
		if v.form != nil {
			_, cmd := v.form.editor.Update(msg)
			return cmd
		}
	case tea.MouseWheelMsg:
		switch msg.Mouse().Button {
		case tea.MouseWheelUp:
			v.move(-1)
		case tea.MouseWheelDown:
			v.move(1)
		}
	}
	return nil
}

func (v *storyBankView) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := v.keys
	switch {
	case key.Matches(msg, k.Back):
		return func() tea.Msg { return showJobScreenMsg{screen: v.from} }
	case key.Matches(msg, k.Up):
		v.move(-1)
	case key.Matches(msg, k.Down):
		v.move(1)
	case key.Matches(msg, k.Link):
		rows := v.rows()
		if i := v.selectedRow(rows); i >= 0 {
			return v.apply(checklist.LinkStory{StoryID: rows[i].id, Linked: !slices.Contains(v.job.Stories, rows[i].id)})
		}
	case key.Matches(msg, k.New):
		if v.readOnly != nil {
			return showError(v.readOnly)
		}
		var cmd tea.Cmd
		v.form, cmd = newStoryForm(contentWidth(v.width))
		v.scroll()
		return cmd
	}
	return nil
}

// updateForm hands a key to the new story's form, and saves the story
// once its last part is written.
func (v *storyBankView) updateForm(msg tea.KeyPressMsg) tea.Cmd {
	res, cmd := v.form.Update(msg)
	switch res {
	case editorCancelled:
		v.form = nil
	case editorSaved:
		d := v.form.details
		v.form = nil
		cmd = addStory(v.sh.store, d, v.sh.now(), v.job.ID)
	}
	v.scroll()
	return cmd
}

// saveOpenForm saves the story being written, as far as it goes, when the
// app is asked to quit: nothing typed is lost. A story with no title yet
// has nothing to keep.
func (v *storyBankView) saveOpenForm() tea.Cmd {
	f := v.form
	if f == nil {
		return nil
	}
	v.form = nil
	*storySteps[f.step].field(&f.details) = f.editor.Value()
	if strings.TrimSpace(f.details.Title) == "" {
		return nil
	}
	return addStory(v.sh.store, f.details, v.sh.now(), v.job.ID)
}

func (v *storyBankView) move(delta int) {
	rows := v.rows()
	if len(rows) == 0 {
		return
	}
	i := min(max(v.selectedRow(rows)+delta, 0), len(rows)-1)
	v.cursor = rows[i].id
	v.scroll()
}

// storyHeaderHeight is the title and a rule.
const storyHeaderHeight = 2

func (v *storyBankView) bodyHeight() int {
	h := v.height - storyHeaderHeight
	if v.form != nil {
		h -= v.form.editor.Height() + 1
	}
	return max(1, h)
}

// scroll puts the cursor on a row and keeps its row on screen.
func (v *storyBankView) scroll() {
	rows := v.rows()
	if len(rows) > 0 && v.selectedRow(rows) < 0 {
		v.cursor = rows[0].id
	}
	lines, at := v.lines()
	h := v.bodyHeight()
	if at >= 0 {
		v.offset = min(v.offset, at)
		v.offset = max(v.offset, at-h+1)
	}
	v.offset = max(0, min(v.offset, len(lines)-h))
}

func (v *storyBankView) View() string {
	st := v.sh.styles
	w := contentWidth(v.width)
	linked := st.Muted.Render(stats.Plural(len(v.job.Stories), "story", "stories") + " used for this job")
	title := spread(st.Key.Render("Stories · ")+st.Title.Render(oneLine(v.job.Company)), linked, w)
	lines, _ := v.lines()
	h := v.bodyHeight()
	end := min(len(lines), v.offset+h)
	var b strings.Builder
	b.WriteString(" " + title + "\n" + rule(st, v.width))
	for _, l := range lines[min(v.offset, end):end] {
		b.WriteString("\n" + l)
	}
	if v.form != nil {
		for range h - (end - min(v.offset, end)) {
			b.WriteString("\n")
		}
		b.WriteString("\n" + rule(st, v.width) + "\n" + indent(cutLines(v.form.editor.View(st), v.width-1), " "))
	}
	return b.String()
}

func (v *storyBankView) ShortHelp() []key.Binding {
	if v.form != nil {
		return v.form.editor.ShortHelp()
	}
	k := v.keys
	k.Link.SetEnabled(len(v.rows()) > 0 && v.readOnly == nil)
	k.New.SetEnabled(v.readOnly == nil)
	return []key.Binding{k.Up, k.Down, k.Link, k.New, k.Back}
}

func (v *storyBankView) FullHelp() [][]key.Binding {
	return [][]key.Binding{v.ShortHelp()}
}

// lines lays out the bank, and says which line the cursor's row is on.
func (v *storyBankView) lines() (out []string, at int) {
	st := v.sh.styles
	w := contentWidth(v.width)
	at = -1
	if !v.loaded {
		return []string{"", "   " + st.Muted.Render("Reading the story bank…")}, at
	}
	rows := v.rows()
	if len(rows) == 0 {
		text := st.Empty.Width(w - 1).Render("No stories yet. Press n to write your first: a true story from your work, " +
			"told as the situation, your task, what you did and how it ended. Stories are kept once and used for any job.")
		return strings.Split(indent(text, " "), "\n"), at
	}
	var selected *storyRow
	for i, r := range rows {
		mark := "[ ] "
		if slices.Contains(v.job.Stories, r.id) {
			mark = "[x] "
		}
		bar := "   "
		if r.id == v.cursor {
			bar, at, selected = " "+st.cursorBar, len(out), &rows[i]
		}
		var line string
		if r.story == nil {
			line = st.Late.Render(truncate(mark+oneLine(r.id)+" · gone from the story bank", w-3))
		} else {
			tags := ""
			if len(r.story.Tags) > 0 {
				tags = st.Muted.Render(oneLine(strings.Join(r.story.Tags, ", ")))
			}
			line = spread(st.Item.Render(mark+oneLine(r.story.Title)), tags, w-3)
		}
		out = append(out, bar+line)
	}
	if selected != nil {
		out = append(out, "")
		out = append(out, storyDetailLines(st, *selected, w)...)
	}
	return out, at
}

// storyDetailLines tell the selected story in full.
func storyDetailLines(st *Styles, r storyRow, w int) []string {
	if r.story == nil {
		text := st.Muted.Width(w - 3).Render("This job used a story that is no longer in the story bank. Press space to let it go.")
		return strings.Split(indent(text, "   "), "\n")
	}
	var out []string
	for _, p := range r.story.Parts() {
		if strings.TrimSpace(p[1]) == "" {
			continue
		}
		out = append(out, "   "+st.Section.Render(p[0]))
		for _, line := range strings.Split(safeBlock(p[1]), "\n") {
			wrapped := st.Note.Width(w - 5).Render(line)
			out = append(out, strings.Split(indent(wrapped, "     "), "\n")...)
		}
	}
	if len(out) == 0 {
		out = append(out, "   "+st.Muted.Render("Nothing written yet beyond the title."))
	}
	return out
}

// storyForm asks for a new story a part at a time: the title, then the
// situation, the task, the action and the result, then the tags.
type storyForm struct {
	step    int
	details checklist.StoryDetails
	editor  *itemEditor
	width   int
}

// storySteps are the form's parts, in the order asked.
var storySteps = []struct {
	label string
	kind  editorKind
	field func(*checklist.StoryDetails) *string
}{
	{"Title: a few words to know it by", editRename, func(d *checklist.StoryDetails) *string { return &d.Title }},
	{"Situation: where and when", editNote, func(d *checklist.StoryDetails) *string { return &d.Situation }},
	{"Task: what you had to do", editNote, func(d *checklist.StoryDetails) *string { return &d.Task }},
	{"Action: what you did", editNote, func(d *checklist.StoryDetails) *string { return &d.Action }},
	{"Result: how it ended, and what you learned", editNote, func(d *checklist.StoryDetails) *string { return &d.Result }},
	{"Tags: the skills or values it shows, with commas", editRename, func(d *checklist.StoryDetails) *string { return &d.Tags }},
}

func newStoryForm(width int) (*storyForm, tea.Cmd) {
	f := &storyForm{width: width}
	return f, f.open()
}

func (f *storyForm) open() tea.Cmd {
	s := storySteps[f.step]
	label := fmt.Sprintf("New story %d/%d · %s", f.step+1, len(storySteps), s.label)
	e, cmd := newItemEditor(s.kind, fmt.Sprintf("story-%d", f.step), label, *s.field(&f.details), f.width)
	if f.step > 0 {
		e.keys.Cancel.SetHelp("esc", "skip")
	}
	// The keys that keep a part go on to the next; only the last saves,
	// and what it saves is a story, not a note.
	what := "next part"
	if f.step == len(storySteps)-1 {
		what = "save story"
	}
	e.keys.Save.SetHelp(e.keys.Save.Help().Key, what)
	f.editor = e
	return cmd
}

// Update hands a key to the part being written. It reports editorSaved
// once the last part is in, editorCancelled when the title is left empty
// or with esc, and editing otherwise; esc on a later part skips it.
func (f *storyForm) Update(msg tea.KeyPressMsg) (editorResult, tea.Cmd) {
	res, cmd := f.editor.Update(msg)
	switch res {
	case editorCancelled:
		if f.step == 0 {
			return editorCancelled, nil
		}
		*storySteps[f.step].field(&f.details) = ""
		fallthrough
	case editorSaved:
		if res == editorSaved {
			*storySteps[f.step].field(&f.details) = f.editor.Value()
		}
		if f.step == 0 && f.details.Title == "" {
			return editorCancelled, nil
		}
		if f.step == len(storySteps)-1 {
			return editorSaved, nil
		}
		f.step++
		return editing, f.open()
	}
	return editing, cmd
}
