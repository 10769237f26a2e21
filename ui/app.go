package ui

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/internal/ascii"
)

// Config is what the app needs from outside.
type Config struct {
	Store *data.Store
	// Template reads the template new jobs are made from, and says why the
	// person's own could not be used, which the app shows. The app reads
	// it once, while its first frame is on the way, not before: the
	// default template alone takes most of a millisecond to decode. Nil
	// means data.DefaultTemplate.
	Template func() (checklist.Template, error)
	// Now tells the time; tests pass a fixed clock.
	Now func() time.Time
	// ASCII draws every mark, bar and rule in ASCII, for a terminal that
	// takes no UTF-8 (see internal/ascii).
	ASCII bool
	// ConfigDir is where the person's config is kept (see data.ConfigDir);
	// "" keeps none, and the app does not ask for what it would hold.
	ConfigDir string
	// After makes a command that sends fn's message once d has passed;
	// nil means tea.Tick. Tests pass their own, to move time on at will.
	After func(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd
	// Sync syncs the data folder with the person's other devices; nil
	// when there is no way to (S then does nothing and is not shown).
	Sync Syncer
	// SyncOnStartAndQuit runs Sync as the app opens and as it quits.
	SyncOnStartAndQuit bool
	// SettingsWarning says why the settings file could not be read; the
	// app shows it when it starts.
	SettingsWarning error
	// FollowFolder watches the jobs folder, so that a job made, restored
	// or changed elsewhere shows at once (see folderwatch.go). Run turns it
	// on; tests that do not ask for it see only the changes they make.
	FollowFolder bool
	// Loaded, when set, is called once, as soon as the jobs have first
	// been read, before the list shows them. It runs on the goroutine of
	// the command that read them, not in Update, and must not touch the
	// model.
	Loaded func()
}

// shared is what every screen reads: the store, the styles for the
// terminal's background, the clock and the template for new jobs. Only the
// root model changes it, between messages; screens only add to made.
type shared struct {
	store *data.Store
	// readTemplate is Config.Template, read once, at the first call from
	// whichever goroutine makes it (see template).
	readTemplate func() (checklist.Template, error)
	configDir    string
	styles       *Styles
	now          func() time.Time
	after        func(time.Duration, func(time.Time) tea.Msg) tea.Cmd
	// background is the terminal's answer about its colour, kept for
	// screens made after it came.
	background *tea.BackgroundColorMsg
	// ascii is Config.ASCII: each frame is drawn in ASCII at the end.
	ascii bool
	// sync is Config.Sync.
	sync Syncer
	// made are the edits the screens made while handling the message at
	// hand, for the root to save before it is done with the message.
	made []madeEdit
}

// saveEdit hands an edit a screen made to its copy of a job on to be
// saved. It is handed over within the message that made it, not as a
// command's message of its own: ctrl+c typed right after could come first,
// and the app would quit without it.
func (sh *shared) saveEdit(jobID string, e checklist.Edit) {
	sh.made = append(sh.made, madeEdit{jobID: jobID, edit: e})
}

// screen is the face every screen shows the root model.
type screen interface {
	Update(tea.Msg) tea.Cmd
	View() string
	SetSize(width, height int)
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
	// Typing reports whether the screen is taking text, so that keys such
	// as ? and q belong to it rather than to the app.
	Typing() bool
	// Prompt is a question or a notice for the footer's first line.
	Prompt() string
}

// jobScreen is a screen of the open job: it comes on showing the job as it
// is now.
type jobScreen interface {
	screen
	enter() tea.Cmd
}

type screenID int

const (
	listScreen screenID = iota
	formScreen
	// The open job's three screens.
	checklistScreen
	tonightScreen
	reviewScreen
	jobPageScreen
	// importScreen imports a calendar invitation.
	importScreen
	// The look back across every interview, and the open job's stories.
	lookBackScreen
	storiesScreen
)

// quitMsg asks the app to quit once everything is saved.
type quitMsg struct{}

func quit() tea.Msg { return quitMsg{} }

// Model is the root of the app: it routes messages to the screen on show,
// carries edits to the disk, and draws the footer.
type Model struct {
	sh     *shared
	keys   globalKeys
	help   help.Model
	saver  *saver
	screen screenID
	list   *jobList
	form   *jobForm
	// importer is the import screen, while it is on show.
	importer *importView
	// open is the job open on its three screens: the plain checklist, the
	// night-before card and the look back; jobScreen is the one of them
	// last on show, to come back to from the details form.
	open      *openedJob
	check     *checklistView
	tonight   *tonightView
	review    *reviewView
	page      *jobPageView
	stories   *storyBankView
	lookBack  *lookBackView
	jobScreen screenID
	width     int
	height    int
	// going counts the places the person asked to go (a job, the list,
	// the new-job form): a job read for an older one is not opened, as the
	// person has gone on since.
	going int
	// err, or else notice, is shown in the footer until the next key.
	err      error
	notice   string
	quitting bool
	// exited is set once the app has asked Bubble Tea to quit.
	exited bool
	// watch counts the checklists opened and closed, so that only the
	// open one's file is watched, under its details form too; stamp is how
	// its file looked when last seen.
	watch int
	stamp data.Stamp
	// lessonsFor is the watch the night-before card's lessons were last
	// asked for (see showJob).
	lessonsFor int
	// drafts follows the text being typed, and offers back what an earlier
	// run left.
	drafts drafts
	// syncing is set while a sync runs; autoSync syncs as the app opens
	// and quits.
	syncing  bool
	autoSync bool
	// follow is set to follow the jobs folder; folder is its watch, and
	// folderIDs the jobs last seen there where it cannot be watched.
	follow    bool
	folder    *folderWatch
	folderIDs []string
	// loaded is Config.Loaded, called after the first reading of the jobs.
	loaded func()
}

// New builds the app on a store.
func New(cfg Config) Model {
	now := cfg.Now
	if now == nil {
		now = func() time.Time { return time.Now().Truncate(time.Second) }
	}
	after := cfg.After
	if after == nil {
		after = tea.Tick
	}
	read := cfg.Template
	if read == nil {
		read = func() (checklist.Template, error) { return data.DefaultTemplate(), nil }
	}
	sh := &shared{store: cfg.Store, configDir: cfg.ConfigDir, styles: NewStyles(true),
		now: now, after: after, ascii: cfg.ASCII, sync: cfg.Sync}
	sh.readTemplate = sync.OnceValues(read)
	s := newSaver()
	m := Model{sh: sh, keys: newGlobalKeys(), help: help.New(), saver: &s, list: newJobList(sh),
		lookBack: newLookBackView(sh), drafts: drafts{keys: newDraftKeys()},
		autoSync: cfg.SyncOnStartAndQuit && cfg.Sync != nil, follow: cfg.FollowFolder, loaded: cfg.Loaded}
	if cfg.SettingsWarning != nil {
		m.err = fmt.Errorf("%w; the app does not sync on start and quit", cfg.SettingsWarning)
	}
	m.help.Styles = sh.styles.Help
	return m
}

// Init asks for the terminal's background and starts reading the jobs and
// the drafts an earlier run left. It clears the temporary files a killed
// copy of prep left, merges the conflict copies a sync tool left, and
// syncs if the person asked for a sync on start.
func (m Model) Init() tea.Cmd {
	cmds := []tea.Cmd{warmWidths, readTemplate(m.sh), tea.RequestBackgroundColor, thenCall(loadJobs(m.sh.store, m.list.gen), m.loaded),
		findDrafts(m.sh.store), clearTempFiles(m.sh.store), mergeCopies(m.sh.store)}
	if m.follow {
		cmds = append(cmds, startFolderWatch(m.sh.store))
	}
	if m.autoSync {
		cmds = append(cmds, requestSync)
	}
	return tea.Batch(cmds...)
}

// template is the template new jobs are made from.
func (sh *shared) template() checklist.Template {
	t, _ := sh.readTemplate()
	return t
}

func (m Model) active() screen {
	switch m.screen {
	case formScreen:
		return m.form
	case lookBackScreen:
		return m.lookBack
	case importScreen:
		return m.importer
	}
	if s := m.shownJob(); s != nil {
		return s
	}
	return m.list
}

// shownJob is the open job's screen on show, if one is.
func (m Model) shownJob() jobScreen {
	if m.open == nil {
		return nil
	}
	switch m.screen {
	case checklistScreen:
		return m.check
	case tonightScreen:
		return m.tonight
	case reviewScreen:
		return m.review
	case jobPageScreen:
		return m.page
	case storiesScreen:
		return m.stories
	}
	return nil
}

// shownItems is the item list on show, with the text box a draft is typed
// in: the plain checklist's or the night-before card's.
func (m Model) shownItems() *itemList {
	switch s := m.shownJob().(type) {
	case *checklistView:
		return s.list
	case *tonightView:
		return s.list
	}
	return nil
}

// Update routes a message, sends the edits it made on to the disk, then
// keeps the draft of whatever is being typed up to date.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.exited {
		switch msg.(type) {
		case tea.KeyPressMsg, tea.PasteMsg, tea.MouseMsg:
			return m, nil
		}
	}
	was := m.screen
	next, cmd := m.route(msg)
	nm, cmd := next.(Model).saveMade(cmd)
	if nm.screen != was {
		// Full help lists the keys of the screen it was asked on.
		nm.help.ShowAll = false
	}
	if draft := nm.followDraft(); draft != nil {
		cmd = tea.Batch(cmd, draft)
	}
	return nm, cmd
}

// saveMade queues the edits the screens made and starts their writes.
func (m Model) saveMade(cmd tea.Cmd) (Model, tea.Cmd) {
	if len(m.sh.made) == 0 {
		return m, cmd
	}
	cmds := []tea.Cmd{cmd}
	for _, e := range m.sh.made {
		cmds = append(cmds, m.save(e.jobID, m.saver.add(e.jobID, e.edit)))
	}
	m.sh.made = nil
	return m, tea.Batch(cmds...)
}

// route routes a message: keys and navigation first, then disk results,
// then whatever is left to the screen on show.
func (m Model) route(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.resize()
		return m, nil
	case tea.BackgroundColorMsg:
		m.sh.styles = NewStyles(msg.IsDark())
		m.sh.background = &msg
		m.help.Styles = m.sh.styles.Help
		cmd := m.list.Update(msg)
		if m.screen == formScreen {
			cmd = tea.Batch(cmd, m.form.Update(msg))
		}
		return m, cmd
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case quitMsg:
		return m.quit()
	case stopMsg:
		return m.stop()
	case draftTickMsg:
		return m, m.writeDraft()
	case syncRequestedMsg:
		return m.startSync()
	case syncedMsg:
		return m.synced(msg)
	case copiesMergedMsg:
		return m.copiesMerged(msg)
	case draftsFoundMsg:
		m.drafts.offers = msg.drafts
		return m, nil
	case templateReadMsg:
		// It comes once the app is up, maybe after another error, which
		// it joins rather than hides.
		if msg.err != nil {
			m.err = errors.Join(fmt.Errorf("%w; new jobs use the default template", msg.err), m.err)
		}
		return m, nil
	case openJobMsg:
		m.going++
		return m, loadJob(m.sh.store, msg.id, msg.item, m.going)
	case jobLoadedMsg:
		if msg.gen != m.going {
			return m, nil
		}
		next, cmd := m.openLoaded(msg)
		if msg.draft == nil || msg.err != nil {
			return next, cmd
		}
		resumed, resume := next.(Model).resumeLoaded(*msg.draft)
		return resumed, tea.Batch(cmd, resume)
	case showListMsg:
		m.going++
		m.watch++
		m.screen = listScreen
		m.resize()
		return m, m.list.reload()
	case newJobMsg:
		m.going++
		return m.showForm(newJobForm(m.sh))
	case importMsg:
		m.going++
		v, cmd := newImportView(m.sh)
		m.importer, m.screen = v, importScreen
		m.resize()
		return m, cmd
	case invitationSavedMsg:
		return m.imported(msg)
	case showLookBackMsg:
		m.going++
		m.screen = lookBackScreen
		m.resize()
		return m, m.lookBack.enter()
	case storyAddedMsg:
		// For the story bank of the job it was written for, wherever the
		// person has gone since.
		if m.stories == nil {
			return m, nil
		}
		return m, m.stories.Update(msg)
	case showStoriesMsg:
		if m.shownJob() == nil {
			return m, nil
		}
		m.stories.from = m.screen
		return m.showJob(storiesScreen)
	case showJobScreenMsg:
		if m.shownJob() == nil {
			return m, nil
		}
		return m.showJob(msg.screen)
	case editDetailsMsg:
		if m.open == nil {
			return m, nil
		}
		if m.open.readOnly != nil {
			return m, showError(m.open.readOnly)
		}
		switch msg.what {
		case roundDetails:
			if r := m.open.round(); r != nil {
				return m.showForm(newRoundForm(m.sh, m.open.job, r, nil))
			}
		case newRound:
			return m.showForm(newRoundForm(m.sh, m.open.job, nil, nil))
		}
		return m.showForm(newDetailsForm(m.sh, m.open.job))
	case detailsChosenMsg:
		m.screen = m.jobScreen
		return m, m.active().Update(msg)
	case backToChecklistMsg:
		m.screen = m.jobScreen
		return m, nil
	case errorMsg:
		m.err, m.notice = msg.err, ""
		return m, nil
	case noticeMsg:
		m.err, m.notice = nil, msg.text
		return m, nil
	case jobCreatedMsg:
		if msg.err != nil {
			m.err = msg.err
			return m, nil
		}
		return m.openLoaded(jobLoadedMsg{job: msg.job, gen: m.going})
	case jobSavedMsg:
		return m.saved(msg)
	case retrySaveMsg:
		return m.retrySave(msg)
	case folderWatchMsg, folderChangedMsg, folderPolledMsg:
		return m.followFolder(msg)
	case fileCheckedMsg:
		return m.fileChecked(msg)
	case lessonsFoundMsg:
		return m.lessonsFound(msg)
	case jobReloadedMsg:
		// For the list, and the open job even under its details form.
		if m.saver.unsaved() {
			return m, nil
		}
		cmd := m.list.Update(msg)
		if m.open != nil && m.screen == formScreen {
			update, _ := m.open.update(msg)
			cmd = tea.Batch(cmd, update)
		} else if m.screen != listScreen {
			cmd = tea.Batch(cmd, m.active().Update(msg))
		}
		return m, cmd
	}
	return m, m.active().Update(msg)
}

func (m Model) showForm(f *jobForm) (tea.Model, tea.Cmd) {
	m.form = f
	m.screen = formScreen
	m.resize()
	cmd := m.form.Init()
	if m.sh.background != nil {
		cmd = tea.Batch(cmd, m.form.Update(*m.sh.background))
	}
	return m, cmd
}

func (m Model) handleKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	m.err, m.notice = nil, ""
	switch {
	case key.Matches(msg, m.keys.Quit):
		if l := m.shownItems(); l != nil {
			// The open note's edit is handed on to be saved as this
			// message ends, so the quit comes after it and waits for
			// its write.
			if save := l.saveOpenNote(); save != nil || len(m.sh.made) > 0 {
				return m, tea.Sequence(save, quit)
			}
		}
		if m.screen == storiesScreen {
			if save := m.stories.saveOpenForm(); save != nil {
				return m, tea.Sequence(save, quit)
			}
		}
		return m.quit()
	case key.Matches(msg, m.keys.Suspend):
		return m, tea.Suspend
	case key.Matches(msg, m.keys.Help) && !m.active().Typing():
		m.help.ShowAll = !m.help.ShowAll
		return m, nil
	case m.offering() != nil:
		if next, cmd, ok := m.answerOffer(msg); ok {
			return next, cmd
		}
	}
	return m, m.active().Update(msg)
}

func (m Model) openLoaded(msg jobLoadedMsg) (tea.Model, tea.Cmd) {
	if msg.err != nil {
		m.err = msg.err
		return m, nil
	}
	if n := clashNotice(msg.job.ClashedNotes()); n != "" && m.err == nil {
		m.notice = n
	}
	o, first := newOpenedJob(m.sh, msg.job, msg.item, msg.readOnly)
	m.open = o
	m.check, m.tonight, m.review, m.page = newChecklistView(o), newTonightView(o), newReviewView(o), newJobPageView(o)
	m.stories = newStoryBankView(o)
	m.resize()
	m.watch++
	m.stamp = msg.stamp
	store, id, gen := m.sh.store, msg.job.ID, m.watch
	next, cmd := m.showJob(first)
	return next, tea.Batch(cmd, func() tea.Msg { return statJob(store, id, gen) })
}

// lessonsFound puts the lessons of other jobs on the open job's
// night-before card, if that job is still the one open.
func (m Model) lessonsFound(msg lessonsFoundMsg) (tea.Model, tea.Cmd) {
	if msg.gen == m.watch && m.tonight != nil {
		m.tonight.earlier = msg.lessons
		m.resize()
	}
	return m, nil
}

// showJob puts one of the open job's screens on show. The night-before
// card recalls lessons of other jobs, read the first time it comes on for
// the job opened.
func (m Model) showJob(id screenID) (tea.Model, tea.Cmd) {
	m.screen, m.jobScreen = id, id
	cmd := m.shownJob().enter()
	if id == tonightScreen && m.lessonsFor != m.watch {
		m.lessonsFor = m.watch
		cmd = tea.Batch(cmd, findEarlierLessons(m.sh.store, m.open.job.ID, m.watch))
	}
	return m, cmd
}

// fileChecked reloads the open job when its file was changed by something
// other than this app, once none of our own changes to it are on the way.
func (m Model) fileChecked(msg fileCheckedMsg) (tea.Model, tea.Cmd) {
	if msg.gen != m.watch {
		return m, nil
	}
	next := watchJob(m.sh, msg.id, msg.gen)
	if msg.once {
		next = nil
	}
	if !msg.ok || m.saver.unsaved() {
		return m, next
	}
	changed := !m.stamp.Equal(data.Stamp{}) && !msg.stamp.Equal(m.stamp)
	m.stamp = msg.stamp
	if changed {
		return m, tea.Batch(next, reloadJob(m.sh.store, msg.id, true))
	}
	return m, next
}

func (m Model) save(id string, batch []checklist.Edit) tea.Cmd {
	if batch == nil {
		return nil
	}
	return applyEdits(m.sh.store, id, batch)
}

// saved takes the result of a write: it starts the job's next batch, and
// hands the saved job to the screens once nothing newer is waiting, so
// changes made by another copy of prep show up.
func (m Model) saved(msg jobSavedMsg) (tea.Model, tea.Cmd) {
	var saveErr *data.SaveError
	wasRefused := m.saver.refusals(msg.id) > 0
	m.saver.done(msg.id, errors.As(msg.err, &saveErr))
	var cmds []tea.Cmd
	switch {
	case saveErr != nil:
		cmds = append(cmds, m.refused(msg.id, saveErr))
		m.notice = ""
	case msg.err != nil:
		m.err, m.notice = msg.err, ""
	case wasRefused && errors.As(m.err, new(saveRefused)):
		m.err, m.notice = nil, "Saved."
	}
	if msg.err == nil {
		cmds = append(cmds, m.save(msg.id, m.saver.next(msg.id)))
	}
	if msg.err == nil && !m.saver.queued(msg.id) {
		cmds = append(cmds, m.active().Update(msg))
		if m.open != nil && m.screen == formScreen {
			// The open job under its details form keeps up too: the form
			// is made from it, and so is the screen after it.
			update, _ := m.open.update(msg)
			cmds = append(cmds, update)
		}
		if m.screen != listScreen {
			// The list keeps every job as last saved, whatever is on show.
			cmds = append(cmds, m.list.Update(msg))
		}
	}
	if msg.err != nil && saveErr == nil {
		cmds = append(cmds, reloadJob(m.sh.store, msg.id, false))
	}
	if m.quitting && !m.saver.writing() {
		if !m.saver.unsaved() {
			return m.exit()
		}
		m.err = unsavedError(msg.err)
	}
	return m, tea.Batch(cmds...)
}

// unsavedError is the warning before quitting with changes the disk
// refused: the reason first, then what to do, so both fit 80 columns.
func unsavedError(err error) error {
	const warning = "ctrl+c again quits without these changes"
	if err == nil {
		return errors.New("not saved · " + warning)
	}
	return fmt.Errorf("not saved: %s · %s", reason(err), warning)
}

// quit waits for every write to finish before it quits; asked twice while
// a write keeps failing, it quits without it.
func (m Model) quit() (tea.Model, tea.Cmd) {
	if m.quitting || !m.saver.unsaved() {
		return m.exit()
	}
	m.quitting = true
	var cmds []tea.Cmd
	// In the order of the ids, so that quitting goes the same way each time.
	batches := m.saver.retryAll()
	for _, id := range slices.Sorted(maps.Keys(batches)) {
		cmds = append(cmds, applyEdits(m.sh.store, id, batches[id]))
	}
	return m, tea.Batch(cmds...)
}

// exit asks Bubble Tea to quit, after a last sync if the person asked for
// one on quit. Keys, pastes and clicks can still come before it does; the
// app takes none of them, as nothing they changed could be saved.
func (m Model) exit() (tea.Model, tea.Cmd) {
	m.exited = true
	m.folder.close()
	if m.autoSync {
		m.err, m.notice = nil, "Syncing…"
		return m, runSync(m.sh.sync, true)
	}
	return m, tea.Quit
}

// footerHeight is the room kept under every screen: a line for errors and
// prompts, and one for help.
const footerHeight = 2

// resize sizes the screens to the window, and never below the smallest
// window they are made for: in a smaller one only the ask for a larger
// window is drawn, and the text boxes inside the screens fail at a width
// below nothing.
func (m *Model) resize() {
	m.help.SetWidth(m.width)
	w, h := max(m.width, minWidth), max(m.height, minHeight)-footerHeight
	m.list.SetSize(w, h)
	m.lookBack.SetSize(w, h)
	if m.form != nil {
		m.form.SetSize(w, h)
	}
	if m.importer != nil {
		m.importer.SetSize(w, h)
	}
	if m.open != nil {
		for _, s := range []screen{m.check, m.tonight, m.review, m.page, m.stories} {
			s.SetSize(w, h)
		}
	}
}

// The smallest window every screen fits in.
const (
	minWidth  = 60
	minHeight = 16
)

// View draws the screen on show above the footer.
func (m Model) View() tea.View {
	if m.width > 0 && (m.width < minWidth || m.height < minHeight) {
		return m.frame(m.tooSmall())
	}
	footer := m.footer()
	body := m.active().View()
	room := max(0, m.height-lipgloss.Height(footer))
	lines := strings.Split(body, "\n")
	if len(lines) > room {
		lines = lines[:room]
	}
	for len(lines) < room {
		lines = append(lines, "")
	}
	return m.frame(strings.Join(lines, "\n") + "\n" + footer)
}

// tooSmall asks for a larger window, in words that fit even a tiny one.
func (m Model) tooSmall() string {
	ask := lipgloss.NewStyle().Width(m.width).Align(lipgloss.Center).
		Render(fmt.Sprintf("Make the window larger: at least %d×%d.", minWidth, minHeight))
	lines := strings.Split(ask, "\n")
	lines = lines[:min(len(lines), m.height)]
	for i, l := range lines {
		lines[i] = m.sh.styles.Muted.Render(truncate(l, m.width))
	}
	return lipgloss.Place(m.width, m.height, lipgloss.Center, lipgloss.Center, strings.Join(lines, "\n"))
}

func (m Model) frame(content string) tea.View {
	title := m.title()
	if m.sh.ascii {
		content, title = ascii.Replace(content), ascii.Replace(title)
	}
	v := tea.NewView(content)
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = title
	return v
}

func (m Model) footer() string {
	st := m.sh.styles
	status := ""
	if m.err != nil {
		status = st.Error.Render(truncate("✗ "+oneLine(m.err.Error()), m.width))
	} else if m.notice != "" {
		status = st.Muted.Render(truncate(m.notice, m.width))
	} else if m.quitting {
		status = st.Muted.Render("Saving…")
	} else if d := m.offering(); d != nil {
		status = st.Key.Render(truncate(draftPrompt(*d, m.list.jobs, m.sh.now()), m.width))
	} else if p := m.active().Prompt(); p != "" {
		status = st.Key.Render(truncate(p, m.width))
	}
	if m.offering() != nil {
		k := m.drafts.keys
		return status + "\n" + m.shortHelp([]key.Binding{k.Resume, k.Drop, k.Later})
	}
	keys := helpKeys{screen: m.active(), global: m.keys}
	if m.help.ShowAll {
		return status + "\n" + m.help.FullHelpView(keys.FullHelp())
	}
	return status + "\n" + m.shortHelp(keys.ShortHelp())
}

// shortHelp draws the help line, leaving out the least needed keys (the
// ones before "? help", from the end) until it fits the window.
func (m Model) shortHelp(keys []key.Binding) string {
	h := m.help
	h.SetWidth(0)
	line := h.ShortHelpView(keys)
	for len(keys) > 2 && lipgloss.Width(line) > m.width {
		keys = append(keys[:len(keys)-2:len(keys)-2], keys[len(keys)-1])
		line = h.ShortHelpView(keys)
	}
	return truncate(line, m.width)
}

func (m Model) title() string {
	if m.shownJob() != nil {
		return "prep · " + oneLine(m.open.job.Company)
	}
	return "prep"
}

// helpKeys joins a screen's keys with the global ones for the help line.
type helpKeys struct {
	screen screen
	global globalKeys
}

func (h helpKeys) ShortHelp() []key.Binding {
	if h.screen.Typing() {
		return h.screen.ShortHelp()
	}
	return append(h.screen.ShortHelp(), h.global.Help)
}

// FullHelp adds the global keys to the screen's last column, so that the
// help fits in 80 columns.
func (h helpKeys) FullHelp() [][]key.Binding {
	groups := h.screen.FullHelp()
	global := []key.Binding{h.global.Help, h.global.Suspend, h.global.Quit}
	if len(groups) == 0 {
		return [][]key.Binding{global}
	}
	last := len(groups) - 1
	groups[last] = append(append([]key.Binding(nil), groups[last]...), global...)
	return groups
}
