package ui

import (
	"errors"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"

	"github.com/prep-cli/prep/checklist"
)

// jobForm asks for a job's details: company, role, when, where and who.
// Each field explains its own mistakes, and nothing is saved until every
// field is right.
type jobForm struct {
	sh       *shared
	title    string
	form     *huh.Form
	values   *formValues
	cancel   key.Binding
	onSubmit func(checklist.Details) tea.Cmd
	onCancel tea.Cmd
	// moves are the keys that go on to the next field; the form moves a
	// moment later, so keys typed in between are held (held) until it has
	// (from is the field being left), or they would land in the field left
	// behind. Going on always moves or submits, so nothing is held for good.
	moves key.Binding
	from  string
	held  []tea.KeyPressMsg
	// when is the date field, whose description says how the typed time
	// was understood; it is set here, between keys, rather than worked out
	// by the form on its own goroutine.
	when   *huh.Input
	width  int
	height int
}

// formValues are the fields as typed; the form writes into them.
type formValues struct {
	company, role, when, where, interviewers string
}

// formDoneMsg and formCancelledMsg come back from the form when its last
// field is accepted or when it is left with esc.
type (
	formDoneMsg      struct{}
	formCancelledMsg struct{}
)

func newJobForm(sh *shared) *jobForm {
	f := &jobForm{sh: sh, title: "New job", values: &formValues{}, onCancel: showList}
	f.onSubmit = func(d checklist.Details) tea.Cmd {
		return createJob(sh.store, sh.template, d, sh.now())
	}
	f.build()
	return f
}

// newDetailsForm is the same form filled in with a job's details, to
// change them; the job keeps its id and file.
func newDetailsForm(sh *shared, j checklist.Job) *jobForm {
	f := &jobForm{sh: sh, title: "Edit " + oneLine(j.Company) + " · " + oneLine(j.Role),
		onCancel: func() tea.Msg { return backToChecklistMsg{} }}
	f.values = &formValues{
		company:      j.Company,
		role:         j.Role,
		when:         j.InterviewAt.In(sh.now().Location()).Format("2006-01-02 15:04"),
		where:        j.Where,
		interviewers: strings.Join(j.Interviewers, ", "),
	}
	f.onSubmit = func(d checklist.Details) tea.Cmd {
		return func() tea.Msg { return detailsChosenMsg{details: d} }
	}
	f.build()
	return f
}

func (f *jobForm) build() {
	v := f.values
	f.cancel = key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel"))
	keys := huh.NewDefaultKeyMap()
	keys.Quit = f.cancel
	f.moves = key.NewBinding(key.WithKeys(keys.Input.Next.Keys()...))
	f.when = huh.NewInput().Key("when").Title("When").Value(&v.when).
		Placeholder("2026-12-01 10:00").Validate(f.validateWhen)
	f.when.Description(f.whenPreview())
	f.form = huh.NewForm(huh.NewGroup(
		huh.NewInput().Key("company").Title("Company").Value(&v.company).
			Placeholder("Acme Corp").Validate(notEmpty("the company")),
		huh.NewInput().Key("role").Title("Role").Value(&v.role).
			Placeholder("Backend Engineer").Validate(notEmpty("the role")),
		f.when,
		huh.NewInput().Key("where").Title("Where").Value(&v.where).
			Placeholder("an address, or the video call's link").CharLimit(500),
		huh.NewInput().Key("interviewers").Title("Interviewers").Value(&v.interviewers).
			Placeholder("names, separated by commas").CharLimit(500),
	)).WithShowHelp(false).WithShowErrors(false).WithKeyMap(keys).WithTheme(huh.ThemeFunc(huh.ThemeCharm))
	f.form.SubmitCmd = func() tea.Msg { return formDoneMsg{} }
	f.form.CancelCmd = func() tea.Msg { return formCancelledMsg{} }
}

func notEmpty(what string) func(string) error {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New("type " + what)
		}
		return nil
	}
}

func (f *jobForm) validateWhen(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New("type the date, like 2026-12-01 10:00")
	}
	_, err := checklist.ParseWhen(s, f.sh.now())
	return err
}

// whenPreview shows how the typed time was understood, so a wrong guess is
// caught before the job is made.
func (f *jobForm) whenPreview() string {
	at, err := checklist.ParseWhen(f.values.when, f.sh.now())
	if err != nil || strings.TrimSpace(f.values.when) == "" {
		return "like 2026-12-01 10:00 or tomorrow 2pm; a date alone means 09:00"
	}
	return at.Format("Monday 2 January 2006, 15:04") + " · " + checklist.Relative(at, f.sh.now())
}

func (f *jobForm) details() checklist.Details {
	v := f.values
	at, _ := checklist.ParseWhen(v.when, f.sh.now())
	return checklist.Details{
		Company:      v.company,
		Role:         v.role,
		At:           at,
		Where:        v.where,
		Interviewers: strings.Split(v.interviewers, ","),
	}
}

// focused names the field being typed in.
func (f *jobForm) focused() string {
	if fl := f.form.GetFocusedField(); fl != nil {
		return fl.GetKey()
	}
	return ""
}

func (f *jobForm) Init() tea.Cmd { return f.form.Init() }

func (f *jobForm) SetSize(width, height int) {
	f.width, f.height = width, height
	f.form = f.form.WithWidth(min(width-4, 72)).WithHeight(max(height-2, 4))
}

func (f *jobForm) Typing() bool { return true }

func (f *jobForm) Prompt() string { return "" }

func (f *jobForm) Update(msg tea.Msg) tea.Cmd {
	switch msg.(type) {
	case formDoneMsg:
		return f.onSubmit(f.details())
	case formCancelledMsg:
		return f.onCancel
	}
	k, isKey := msg.(tea.KeyPressMsg)
	if isKey && key.Matches(k, deleteNextWord) {
		return nil
	}
	if isKey && f.from != "" {
		f.held = append(f.held, k)
		return nil
	}
	field := f.focused()
	cmd := f.updateForm(msg)
	switch {
	case isKey && key.Matches(k, f.moves) && len(f.form.Errors()) == 0 && f.form.State == huh.StateNormal:
		f.from = field
	case f.from != "" && (f.focused() != f.from || f.form.State != huh.StateNormal):
		f.from = ""
		held := f.held
		f.held = nil
		cmds := []tea.Cmd{cmd}
		for _, k := range held {
			cmds = append(cmds, f.Update(k))
		}
		return tea.Batch(cmds...)
	}
	return cmd
}

func (f *jobForm) updateForm(msg tea.Msg) tea.Cmd {
	fm, cmd := f.form.Update(msg)
	if form, ok := fm.(*huh.Form); ok {
		f.form = form
	}
	f.when.Description(f.whenPreview())
	return cmd
}

func (f *jobForm) View() string {
	st := f.sh.styles
	title := st.Title.Render(truncate(f.title, f.width-4))
	problem := ""
	if errs := f.form.Errors(); len(errs) > 0 {
		problem = st.Error.Render(truncate("✗ "+oneLine(errs[0].Error()), f.width-4))
	}
	return lipgloss.NewStyle().Padding(0, 2).Render(title + "\n" + problem + "\n" + f.form.View())
}

func (f *jobForm) ShortHelp() []key.Binding {
	return append(f.form.KeyBinds(), f.cancel)
}

func (f *jobForm) FullHelp() [][]key.Binding {
	return [][]key.Binding{f.ShortHelp()}
}
