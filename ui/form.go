package ui

import (
	"errors"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/safetext"
)

// jobForm asks for a job's details: company, role, when, where and who.
// Each field explains its own mistakes, and nothing is saved until every
// field is right.
type jobForm struct {
	sh       *shared
	title    string
	form     *huh.Form
	values   *formValues
	keys     formKeys
	onSubmit func(checklist.Details) tea.Cmd
	onCancel tea.Cmd
	// draftKind and jobID say what a draft of the form is for; initial is
	// what the form opened with, so an untouched form keeps no draft.
	draftKind string
	jobID     string
	initial   formValues
	// The form goes on to the next field a moment after one of keys.Next,
	// so keys typed in between are held (held) until it has (from is the
	// field being left), or they would land in the field left behind.
	// Going on always moves or submits, so nothing is held for good.
	from string
	held []tea.KeyPressMsg
	// when is the date field, whose description says how the typed time
	// was understood; it is set here, between keys, rather than worked out
	// by the form on its own goroutine.
	when *huh.Input
	// inputs are the form's fields with the values they write into, so
	// that what they hold is kept clean whichever way text came in.
	inputs []boundInput
	// cut says the last key or paste brought more than its field had room
	// for, and the end was left out.
	cut    bool
	width  int
	height int
}

type boundInput struct {
	field *huh.Input
	value *string
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
	return newJobFormFrom(sh, nil)
}

// newJobFormFrom is the new job's form filled in from a draft's fields.
func newJobFormFrom(sh *shared, fields map[string]string) *jobForm {
	f := &jobForm{sh: sh, title: "New job", values: &formValues{}, onCancel: showList, draftKind: "new-job"}
	f.onSubmit = func(d checklist.Details) tea.Cmd {
		return createJob(sh.store, sh.template, d, sh.now())
	}
	f.values.fill(fields)
	f.build()
	return f
}

// newDetailsForm is the same form filled in with a job's details, to
// change them; the job keeps its id and file.
func newDetailsForm(sh *shared, j checklist.Job) *jobForm {
	return newDetailsFormFrom(sh, j, nil)
}

// newDetailsFormFrom is the details form with a draft's fields typed over
// the job's own.
func newDetailsFormFrom(sh *shared, j checklist.Job, fields map[string]string) *jobForm {
	f := &jobForm{sh: sh, title: "Edit " + oneLine(j.Company) + " · " + oneLine(j.Role),
		onCancel: func() tea.Msg { return backToChecklistMsg{} }, draftKind: "details", jobID: j.ID}
	f.values = &formValues{
		company:      j.Company,
		role:         j.Role,
		when:         j.InterviewAt.In(sh.now().Location()).Format("2006-01-02 15:04"),
		where:        j.Where,
		interviewers: strings.Join(j.Interviewers, ", "),
	}
	f.initial = *f.values
	f.onSubmit = func(d checklist.Details) tea.Cmd {
		return func() tea.Msg { return detailsChosenMsg{details: d} }
	}
	f.values.fill(fields)
	f.build()
	return f
}

// fill types a draft's fields over the values.
func (v *formValues) fill(fields map[string]string) {
	for name, p := range v.byName() {
		if s, ok := fields[name]; ok {
			*p = s
		}
	}
}

func (v *formValues) byName() map[string]*string {
	return map[string]*string{
		"company": &v.company, "role": &v.role, "when": &v.when, "where": &v.where, "interviewers": &v.interviewers,
	}
}

// draft is what has been typed in the form, as a draft to keep; nil while
// the form is as it opened.
func (f *jobForm) draft() *data.Draft {
	if *f.values == f.initial {
		return nil
	}
	fields := map[string]string{}
	for name, p := range f.values.byName() {
		fields[name] = *p
	}
	return &data.Draft{Kind: f.draftKind, Job: f.jobID, Fields: fields}
}

func (f *jobForm) build() {
	v := f.values
	f.keys = newFormKeys()
	f.when = f.input("when", "When", &v.when).
		Placeholder("2026-12-01 10:00").Validate(f.validateWhen)
	f.when.Description(f.whenPreview())
	f.form = huh.NewForm(huh.NewGroup(
		f.input("company", "Company", &v.company).
			Placeholder("Acme Corp").Validate(notEmpty("the company")),
		f.input("role", "Role", &v.role).
			Placeholder("Backend Engineer").Validate(notEmpty("the role")),
		f.when,
		f.input("where", "Where", &v.where).
			Placeholder("an address, or the video call's link"),
		f.input("interviewers", "Interviewers", &v.interviewers).
			Placeholder("names, separated by commas"),
	)).WithShowHelp(false).WithShowErrors(false).WithKeyMap(f.keys.Form).WithTheme(formTheme{f.sh})
	f.form.SubmitCmd = func() tea.Msg { return formDoneMsg{} }
	f.form.CancelCmd = func() tea.Msg { return formCancelledMsg{} }
	// A job from a hand-edited file may hold anything.
	f.keepClean()
}

// input is a field of the form writing into value.
func (f *jobForm) input(key, title string, value *string) *huh.Input {
	in := huh.NewInput().Key(key).Title(title).Value(value)
	f.inputs = append(f.inputs, boundInput{field: in, value: value})
	return in
}

// fieldText is text as a field keeps it: without control or bidi
// characters, which could steer the terminal or reorder what is drawn, and
// no longer than a job keeps a detail, cut between characters.
func fieldText(s string) string {
	return safetext.Cut(safetext.Field(s), checklist.MaxDetailLen)
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
// caught before the job is made, and why a time a clock change skips or
// repeats cannot be used.
func (f *jobForm) whenPreview() string {
	at, err := checklist.ParseWhen(f.values.when, f.sh.now())
	var change *checklist.ClockChangeError
	if errors.As(err, &change) {
		return change.Error()
	}
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
	if isKey && f.from != "" {
		f.held = append(f.held, k)
		return nil
	}
	msg = f.fit(msg)
	field := f.focused()
	cmd := f.updateForm(msg)
	switch {
	case isKey && key.Matches(k, f.keys.Next) && len(f.form.Errors()) == 0 && f.form.State == huh.StateNormal:
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

// fit cleans the text a key or a paste brings and cuts it to the room left
// in the field, so that nothing already typed is pushed out.
func (f *jobForm) fit(msg tea.Msg) tea.Msg {
	switch m := msg.(type) {
	case tea.KeyPressMsg:
		f.cut = false
		if m.Text != "" {
			m.Text = f.fitText(m.Text)
		}
		return m
	case tea.PasteMsg:
		f.cut = false
		m.Content = f.fitText(m.Content)
		return m
	}
	return msg
}

func (f *jobForm) fitText(s string) string {
	s = safetext.Field(s)
	kept := safetext.Cut(s, checklist.MaxDetailLen-len(f.focusedValue()))
	f.cut = f.cut || len(kept) < len(s)
	return kept
}

// focusedValue is what the field being typed in holds.
func (f *jobForm) focusedValue() string {
	focused := f.focused()
	for _, in := range f.inputs {
		if in.field.GetKey() == focused {
			return *in.value
		}
	}
	return ""
}

func (f *jobForm) updateForm(msg tea.Msg) tea.Cmd {
	fm, cmd := f.form.Update(msg)
	if form, ok := fm.(*huh.Form); ok {
		f.form = form
	}
	f.keepClean()
	f.when.Description(f.whenPreview())
	return cmd
}

// keepClean puts back clean any field holding what fit would have kept
// out: text can reach a field other ways, as the job's details when the
// form opens, or the clipboard that ctrl+v reads.
func (f *jobForm) keepClean() {
	for _, in := range f.inputs {
		if clean := fieldText(*in.value); clean != *in.value {
			f.cut = f.cut || len(safetext.Field(*in.value)) > len(clean)
			*in.value = clean
			in.field.Value(in.value)
		}
	}
}

func (f *jobForm) View() string {
	st := f.sh.styles
	w := max(f.width-4, 1)
	title := st.Title.Render(truncate(f.title, w))
	problem := ""
	if errs := f.form.Errors(); len(errs) > 0 {
		problem = st.Error.Render(truncate("✗ "+errs[0].Error(), w))
	} else if f.cut {
		problem = st.Error.Render(truncate("✗ The field is full: what did not fit was left out", w))
	}
	return st.Margin.Render(title + "\n" + problem + "\n" + f.form.View())
}

func (f *jobForm) ShortHelp() []key.Binding {
	return append(f.form.KeyBinds(), f.keys.Cancel)
}

func (f *jobForm) FullHelp() [][]key.Binding {
	return [][]key.Binding{f.ShortHelp()}
}
