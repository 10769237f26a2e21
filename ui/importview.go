package ui

import (
	"errors"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/importer"
	"github.com/prep-cli/prep/invite"
	"github.com/prep-cli/prep/safetext"
)

// importView imports a calendar invitation: it asks once for the
// person's own address, then for the file, shows what it found, with the
// company and the role to correct, and saves it only when told to.
type importView struct {
	sh   *shared
	keys importKeys
	step importStep
	// jobs are the jobs there were when the invitation was read, to
	// match its meetings with.
	jobs []checklist.Job
	cfg  data.Config
	// input takes the address, then the path.
	input  textinput.Model
	path   string
	events []invite.Event
	// at is the meeting on show, of several.
	at      int
	plan    importer.Plan
	planErr error
	// company and role correct the job's; guessed are the plan's own
	// values for them, so that only a change counts as the person's word.
	company, role               textinput.Model
	guessedCompany, guessedRole string
	fresh                       bool
	// role has the focus, rather than company.
	onRole bool
	// ownJob asks for a job of its own, not a round of the company's job.
	ownJob        bool
	width, height int
}

type importStep int

const (
	importLoading importStep = iota
	importAskMe
	importAskPath
	importReading
	importPreview
	importSaving
)

func newImportView(sh *shared) (*importView, tea.Cmd) {
	v := &importView{sh: sh, keys: newImportKeys()}
	v.input, v.company, v.role = newLineInput(300), newLineInput(checklist.MaxDetailLen), newLineInput(checklist.MaxDetailLen)
	v.syncKeys()
	return v, loadConfig(sh.configDir)
}

// newLineInput is a one-line box as the app's others are.
func newLineInput(limit int) textinput.Model {
	in := textinput.New()
	in.KeyMap.DeleteWordForward.SetEnabled(false) // see deleteNextWord
	in.Prompt = "> "
	in.CharLimit = limit
	return in
}

func (v *importView) SetSize(width, height int) {
	v.width, v.height = width, height
	// The page's margins and the box's prompt and cursor; beside a label,
	// the label too.
	v.input.SetWidth(max(width-8, 10))
	v.company.SetWidth(max(width-9-labelWidth, 10))
	v.role.SetWidth(max(width-9-labelWidth, 10))
	for _, in := range []*textinput.Model{&v.input, &v.company, &v.role} {
		// The box works out which part of its text fits only when its
		// cursor moves, not when its width changes.
		in.SetCursor(in.Position())
	}
}

func (v *importView) Typing() bool {
	switch v.step {
	case importAskMe, importAskPath:
		return true
	case importPreview:
		return v.editsCompany()
	}
	return false
}

func (v *importView) Prompt() string { return "" }

func (v *importView) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case configLoadedMsg:
		return v.configLoaded(msg)
	case configSavedMsg:
		if msg.err != nil {
			return showError(msg.err)
		}
		return nil
	case invitationReadMsg:
		return v.read(msg)
	case tea.KeyPressMsg:
		return v.handleKey(msg)
	case tea.PasteMsg:
		msg.Content = safetext.Field(msg.Content)
		return v.typed(msg)
	}
	return nil
}

func (v *importView) configLoaded(msg configLoadedMsg) tea.Cmd {
	if v.step != importLoading {
		return nil
	}
	v.cfg = msg.cfg
	if msg.err == nil && msg.cfg.Me == nil && v.sh.configDir != "" {
		v.step = importAskMe
	} else {
		v.step = importAskPath
	}
	v.syncKeys()
	cmd := v.input.Focus()
	if msg.err != nil {
		// A broken config is the person's to mend; the import goes on
		// without the addresses in it.
		return tea.Batch(cmd, showError(msg.err))
	}
	return cmd
}

func (v *importView) read(msg invitationReadMsg) tea.Cmd {
	if v.step != importReading {
		return nil
	}
	if msg.err != nil {
		v.step = importAskPath
		v.syncKeys()
		return showError(msg.err)
	}
	v.input.Blur()
	v.path, v.events, v.jobs, v.at, v.ownJob = msg.path, msg.events, msg.jobs, 0, false
	v.step = importPreview
	v.fresh = true
	v.decide()
	return v.focusField()
}

// saveFailed takes the screen back to the meeting after its save failed.
func (v *importView) saveFailed() {
	if v.step == importSaving {
		v.step = importPreview
		v.syncKeys()
	}
}

// decide makes the plan for the meeting on show, with what the person
// typed over the guesses.
func (v *importView) decide() {
	o := importer.Options{Me: v.cfg.Me, New: v.ownJob}
	if c := strings.TrimSpace(v.company.Value()); !v.fresh && c != v.guessedCompany {
		o.Company = c
	}
	if r := strings.TrimSpace(v.role.Value()); !v.fresh && r != v.guessedRole {
		o.Role = r
	}
	v.plan, v.planErr = importer.Decide(v.events[v.at], v.jobs, o)
	if v.fresh {
		v.company.SetValue(v.plan.Company)
		v.role.SetValue(v.plan.Role)
		v.guessedCompany, v.guessedRole = v.plan.Company, v.plan.Role
		v.fresh, v.onRole = false, false
		if errors.Is(v.planErr, importer.ErrWhichJob) {
			v.guessedCompany = v.events[v.at].CompanyGuess
			v.company.SetValue(v.guessedCompany)
		}
	}
	v.syncKeys()
}

// editsCompany reports whether the meeting on show may have its company
// corrected: it is a new job or joins one, or could.
func (v *importView) editsCompany() bool {
	if v.planErr != nil {
		return errors.Is(v.planErr, importer.ErrWhichJob)
	}
	return v.plan.Action == importer.NewJob || v.plan.Action == importer.NewRound
}

func (v *importView) editsRole() bool { return v.planErr == nil && v.plan.Action == importer.NewJob }

func (v *importView) focusField() tea.Cmd {
	v.company.Blur()
	v.role.Blur()
	if v.onRole && !v.editsRole() {
		v.onRole = false
	}
	switch {
	case v.onRole:
		return v.role.Focus()
	case v.editsCompany():
		return v.company.Focus()
	}
	return nil
}

func (v *importView) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	if key.Matches(msg, v.keys.Cancel) {
		return showList
	}
	switch v.step {
	case importAskMe:
		if key.Matches(msg, v.keys.Next) {
			return v.answerMe()
		}
	case importAskPath:
		if key.Matches(msg, v.keys.Next) {
			return v.readPath()
		}
	case importPreview:
		return v.previewKey(msg)
	default:
		return nil
	}
	return v.typed(msg)
}

func (v *importView) answerMe() tea.Cmd {
	address := strings.TrimSpace(v.input.Value())
	if address != "" {
		if err := data.ValidAddress(address); err != nil {
			return showError(err)
		}
	}
	v.cfg = v.cfg.WithMe(address)
	v.input.SetValue("")
	v.step = importAskPath
	v.syncKeys()
	return saveConfig(v.sh.configDir, v.cfg)
}

func (v *importView) readPath() tea.Cmd {
	typed := strings.TrimSpace(v.input.Value())
	if typed == "" {
		return showError(errors.New("type the path of the invitation: an .ics file, or a mail saved as .eml"))
	}
	v.step = importReading
	v.syncKeys()
	return readInvitation(v.sh.store, typed, v.cfg.Me, v.sh.now().Location())
}

func (v *importView) previewKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, v.keys.Save):
		return v.save()
	case key.Matches(msg, v.keys.NextField):
		v.onRole = !v.onRole && v.editsRole()
		return v.focusField()
	case key.Matches(msg, v.keys.OwnJob):
		v.ownJob = !v.ownJob
		v.decide()
		return v.focusField()
	case key.Matches(msg, v.keys.PrevMeet, v.keys.NextMeet):
		step := 1
		if key.Matches(msg, v.keys.PrevMeet) {
			step = len(v.events) - 1
		}
		v.at, v.fresh, v.ownJob = (v.at+step)%len(v.events), true, false
		v.decide()
		return v.focusField()
	}
	return v.typed(msg)
}

// typed hands a key or a paste to the box in use, kept to what can be
// seen on one line; in the preview the plan follows what was typed.
func (v *importView) typed(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		if key.Matches(k, deleteNextWord) {
			return nil
		}
		k.Text = safetext.Field(k.Text)
		msg = k
	}
	var cmd tea.Cmd
	switch {
	case v.step == importAskMe || v.step == importAskPath:
		v.input, cmd = v.input.Update(msg)
	case v.step == importPreview && v.onRole:
		v.role, cmd = v.role.Update(msg)
		v.decide()
	case v.step == importPreview && v.editsCompany():
		v.company, cmd = v.company.Update(msg)
		v.decide()
	}
	return cmd
}

func (v *importView) save() tea.Cmd {
	switch {
	case v.planErr != nil:
		return showError(v.planErr)
	case !v.plan.Action.Writes():
		return tea.Sequence(showList, showNotice(v.plan.Headline()+"."))
	}
	if err := v.plan.Missing(); err != nil {
		what := "company"
		if errors.Is(err, importer.ErrNoRole) {
			what = "role"
		}
		return showError(fmt.Errorf("%w; type the %s above", err, what))
	}
	v.step = importSaving
	v.company.Blur()
	v.role.Blur()
	v.syncKeys()
	return saveInvitation(v.sh.store, v.plan, v.sh.template(), v.sh.now())
}

// syncKeys shows only the keys that do something now.
func (v *importView) syncKeys() {
	preview := v.step == importPreview
	v.keys.Next.SetEnabled(v.step == importAskMe || v.step == importAskPath)
	v.keys.Save.SetEnabled(preview)
	v.keys.NextField.SetEnabled(preview && v.editsRole())
	v.keys.OwnJob.SetEnabled(preview && (v.ownJob || v.plan.Action == importer.NewRound || errors.Is(v.planErr, importer.ErrWhichJob)))
	several := preview && len(v.events) > 1
	v.keys.PrevMeet.SetEnabled(several)
	v.keys.NextMeet.SetEnabled(several)
}

func (v *importView) ShortHelp() []key.Binding {
	return []key.Binding{v.keys.Next, v.keys.Save, v.keys.NextField, v.keys.OwnJob, v.keys.PrevMeet, v.keys.Cancel}
}

func (v *importView) FullHelp() [][]key.Binding {
	return [][]key.Binding{{v.keys.Next, v.keys.Save, v.keys.NextField, v.keys.OwnJob, v.keys.PrevMeet, v.keys.NextMeet, v.keys.Cancel}}
}
