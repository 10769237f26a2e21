package ui

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/safetext"
)

// jobForm asks for a job's details: for a new job, the company, the role
// and its first round; for a round, its name, time, length, place, link
// and people; for the job's own page, what is known about the job. Each
// field explains its own mistakes, and nothing is saved until every field
// is right.
type jobForm struct {
	sh       *shared
	title    string
	form     *huh.Form
	values   *formValues
	fields   []string
	keys     formKeys
	onSubmit func(formValues) tea.Cmd
	onCancel tea.Cmd
	// job is the job whose details the form changes, to show when its
	// follow-up falls due from the decision date typed.
	job checklist.Job
	// draftKind and jobID say what a draft of the form is for; initial is
	// what the form opened with, so an untouched form keeps no draft.
	draftKind string
	jobID     string
	round     string
	initial   formValues
	// The form goes on to the next field a moment after one of keys.Next,
	// so keys typed in between are held (held) until it has (from is the
	// field being left), or they would land in the field left behind.
	// Going on always moves or submits, so nothing is held for good.
	from string
	held []tea.KeyPressMsg
	// dates are the date fields, whose descriptions say how the typed
	// time was understood; they are set here, between keys, rather than
	// worked out by the form on its own goroutine.
	dates []*dateField
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
	// A round's.
	name, format, minutes, travel, link string
	// The job's own.
	posting, salary, via, notes, contacts, decision string
}

// dateField is a field of the form for a date, with the description it
// shows: how what is typed was understood.
type dateField struct {
	field    *huh.Input
	describe func() string
	shown    string
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
	f := &jobForm{sh: sh, title: "New job", values: &formValues{}, onCancel: showList, draftKind: "new-job",
		fields: []string{"company", "role", "when", "where", "interviewers"}}
	f.onSubmit = func(v formValues) tea.Cmd {
		rd := v.round(sh.now())
		d := checklist.Details{Company: v.company, Role: v.role, At: rd.At, Where: rd.Where, Interviewers: rd.Names()}
		return createJob(sh.store, sh.template(), d, sh.now())
	}
	f.values.fill(fields)
	f.build()
	return f
}

// newDetailsForm is the form of the job's own details, filled in, to
// change them; the job keeps its id and file.
func newDetailsForm(sh *shared, j checklist.Job) *jobForm {
	return newDetailsFormFrom(sh, j, nil)
}

// newDetailsFormFrom is the job's details form with a draft's fields typed
// over the job's own.
func newDetailsFormFrom(sh *shared, j checklist.Job, fields map[string]string) *jobForm {
	f := &jobForm{sh: sh, title: "About " + oneLine(j.Company) + " · " + oneLine(j.Role),
		onCancel: backToJob, draftKind: "details", jobID: j.ID,
		fields: []string{"company", "role", "posting", "salary", "via", "decision", "contacts", "notes"}}
	f.values = &formValues{
		company: j.Company, role: j.Role, posting: j.Posting, salary: j.Salary,
		via: j.AppliedVia, notes: j.Notes, contacts: contactsText(j.Contacts),
	}
	if j.DecisionBy != nil {
		f.values.decision = j.DecisionBy.In(sh.now().Location()).Format("2006-01-02 15:04")
	}
	f.job = j
	f.initial = *f.values
	f.onSubmit = func(v formValues) tea.Cmd {
		d := j.Details()
		d.Company, d.Role, d.Posting, d.Salary = v.company, v.role, v.posting, v.salary
		d.AppliedVia, d.Notes, d.Contacts = v.via, v.notes, parseContacts(v.contacts, j.Contacts)
		d.DecisionBy = v.decisionBy(sh.now())
		return chooseEdit(checklist.SetJobDetails{Details: d, At: sh.now()})
	}
	f.values.fill(fields)
	f.build()
	return f
}

// newRoundForm is the form of a round: a new one when r is nil, else r's,
// filled in, to change it or move it to a new time.
func newRoundForm(sh *shared, j checklist.Job, r *checklist.Round, fields map[string]string) *jobForm {
	f := &jobForm{sh: sh, onCancel: backToJob, jobID: j.ID, values: &formValues{format: string(checklist.InPerson)},
		fields: []string{"name", "format", "when", "minutes", "where", "travel", "link", "interviewers"}}
	if r == nil {
		f.title, f.draftKind = "New round · "+oneLine(j.Company), "add-round"
		f.onSubmit = func(v formValues) tea.Cmd {
			return chooseEdit(checklist.AddRound{Template: sh.template(), Details: v.round(sh.now()), At: sh.now()})
		}
	} else {
		n, of := j.Number(r)
		f.title, f.draftKind = fmt.Sprintf("Round %d of %d · %s", n, of, oneLine(r.Name)), "round"
		f.round = r.ID
		*f.values = formValues{
			name: r.Name, format: string(r.Format), when: r.At.In(sh.now().Location()).Format("2006-01-02 15:04"),
			where: r.Where, link: r.Link, interviewers: strings.Join(r.Names(), ", "),
		}
		if r.Minutes > 0 {
			f.values.minutes = strconv.Itoa(r.Minutes)
		}
		if r.TravelMinutes > 0 {
			f.values.travel = checklist.TravelText(r.TravelMinutes)
		}
		id := r.ID
		f.onSubmit = func(v formValues) tea.Cmd {
			return chooseEdit(checklist.SetRound{RoundID: id, Details: v.round(sh.now()), At: sh.now()})
		}
	}
	f.initial = *f.values
	f.values.fill(fields)
	f.build()
	return f
}

// round is the round the values describe.
func (v formValues) round(now time.Time) checklist.RoundDetails {
	at, _ := checklist.ParseWhen(v.when, now)
	minutes, _ := strconv.Atoi(strings.TrimSpace(v.minutes))
	travel, _ := checklist.ParseTravel(v.travel)
	var people []checklist.Person
	for _, name := range strings.Split(v.interviewers, ",") {
		people = append(people, checklist.Person{Name: name})
	}
	return checklist.RoundDetails{
		Name: v.name, Format: checklist.Format(v.format), At: at, Minutes: minutes,
		Where: v.where, TravelMinutes: travel, Link: v.link, Interviewers: people,
	}
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
		"name": &v.name, "format": &v.format, "minutes": &v.minutes, "travel": &v.travel, "link": &v.link,
		"posting": &v.posting, "salary": &v.salary, "via": &v.via, "notes": &v.notes, "contacts": &v.contacts,
		"decision": &v.decision,
	}
}

// draft is what has been typed in the form, as a draft to keep; nil while
// the form is as it opened.
func (f *jobForm) draft() *data.Draft {
	if !f.typedSomething() {
		return nil
	}
	fields := map[string]string{}
	for name, p := range f.values.byName() {
		fields[name] = *p
	}
	return &data.Draft{Kind: f.draftKind, Job: f.jobID, Item: f.round, Fields: fields}
}

// typedSomething reports whether a field of text holds something other
// than what the form opened with. A choice alone, such as the format huh
// settles on as the form moves past it, is no text to keep.
func (f *jobForm) typedSomething() bool {
	was := f.initial.byName()
	for name, p := range f.values.byName() {
		if name != "format" && *p != *was[name] && strings.TrimSpace(*p) != "" {
			return true
		}
	}
	return false
}

func (f *jobForm) build() {
	v := f.values
	f.keys = newFormKeys()
	f.dates = nil
	fields := map[string]huh.Field{
		"company": f.input("company", "Company", &v.company).
			Placeholder("e.g. Acme Corp").Validate(notEmpty("the company")),
		"role": f.input("role", "Role", &v.role).
			Placeholder("e.g. Backend Engineer").Validate(notEmpty("the role")),
		"when": f.date(f.input("when", "When", &v.when).
			Placeholder("e.g. friday 11am").Validate(f.validateWhen), f.whenPreview),
		"decision": f.date(f.input("decision", "They decide by", &v.decision).
			Placeholder("what they said, e.g. Dec 11").Validate(f.validateDecision), f.decisionPreview),
		"where": f.input("where", "Where", &v.where).Placeholder("an address, or the video call's link"),
		"interviewers": f.input("interviewers", "Interviewers", &v.interviewers).
			Placeholder("names, separated by commas"),
		"name": f.input("name", "Round", &v.name).Placeholder(strings.Join(checklist.RoundNames(), ", ")).
			Suggestions(checklist.RoundNames()),
		"format":  formatSelect(&v.format),
		"minutes": f.input("minutes", "Length in minutes", &v.minutes).Placeholder("60 if left empty").Validate(validMinutes),
		"travel": f.input("travel", "Journey", &v.travel).Placeholder("in person: how long to get there, like 45m").
			Validate(validTravel),
		"link":     f.input("link", "Link to join", &v.link).Placeholder("the video call's address"),
		"posting":  f.input("posting", "Posting", &v.posting).Placeholder("the job ad's address"),
		"salary":   f.input("salary", "Salary", &v.salary).Placeholder("the range, or what you ask for"),
		"via":      f.input("via", "Applied", &v.via).Placeholder("when and where, e.g. 3 Nov on their site"),
		"contacts": f.input("contacts", "Contacts", &v.contacts).Placeholder("e.g. Kim Patel (recruiter) kim@acme.com; Dana Lee (hr)"),
		"notes":    f.input("notes", "Notes", &v.notes).Placeholder("anything about the job itself"),
	}
	var group []huh.Field
	for _, name := range f.fields {
		group = append(group, fields[name])
	}
	f.form = huh.NewForm(huh.NewGroup(group...)).
		WithShowHelp(false).WithShowErrors(false).WithKeyMap(f.keys.Form).WithTheme(formTheme{f.sh})
	f.form.SubmitCmd = func() tea.Msg { return formDoneMsg{} }
	f.form.CancelCmd = func() tea.Msg { return formCancelledMsg{} }
	// A job from a hand-edited file may hold anything.
	f.keepClean()
}

// formatSelect picks a round's format.
func formatSelect(value *string) *huh.Select[string] {
	var opts []huh.Option[string]
	for _, fm := range checklist.Formats() {
		opts = append(opts, huh.NewOption(fm.Label(), string(fm)))
	}
	return huh.NewSelect[string]().Key("format").Title("How").Options(opts...).Inline(true).Value(value)
}

func validMinutes(s string) error {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	if n, err := strconv.Atoi(strings.TrimSpace(s)); err != nil || n < 1 || n > 24*60 {
		return errors.New("type the length in minutes, like 45")
	}
	return nil
}

func validTravel(s string) error {
	_, err := checklist.ParseTravel(s)
	return err
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
		return errors.New("type the day and time, like friday 11am")
	}
	_, err := checklist.ParseWhen(s, f.sh.now())
	return err
}

// date makes in a date field whose description is what describe says.
func (f *jobForm) date(in *huh.Input, describe func() string) *huh.Input {
	d := &dateField{field: in, describe: describe, shown: describe()}
	in.Description(d.shown)
	f.dates = append(f.dates, d)
	return in
}

// decisionBy is the decision date typed, or nil when none is.
func (v formValues) decisionBy(now time.Time) *time.Time {
	if strings.TrimSpace(v.decision) == "" {
		return nil
	}
	at, err := checklist.ParseWhen(v.decision, now)
	if err != nil {
		return nil
	}
	return &at
}

func (f *jobForm) validateDecision(s string) error {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	_, err := checklist.ParseWhen(s, f.sh.now())
	return err
}

// decisionHint is what the decision field says while it holds no date.
const decisionHint = "the day they expect to decide; the follow-up counts from it"

// decisionPreview shows how the typed decision date was understood, and
// when the follow-up if no word comes is then due.
func (f *jobForm) decisionPreview() string {
	if strings.TrimSpace(f.values.decision) == "" {
		return decisionHint
	}
	at, err := checklist.ParseWhen(f.values.decision, f.sh.now())
	if err != nil {
		var change *checklist.ClockChangeError
		var twoWays *checklist.AmbiguousDateError
		if errors.As(err, &change) || errors.As(err, &twoWays) {
			return err.Error()
		}
		return "like Dec 11, next friday or 2026-12-11"
	}
	out := at.Format("Monday 2 January 2006, 15:04")
	if due, ok := checklist.FollowUpAfter(f.job, at); ok {
		out += " · follow-up due " + due.In(f.sh.now().Location()).Format("Mon 2 Jan")
	}
	return out
}

// whenHint is what the date field says while what is typed is not yet a
// time.
const whenHint = "like friday 11am, Dec 3 2pm or 2026-12-01 10:00; a day alone means 09:00"

// whenPreview shows how the typed time was understood, so a wrong guess is
// caught before the job is made, and why a time a clock change skips or
// repeats cannot be used.
func (f *jobForm) whenPreview() string {
	at, err := checklist.ParseWhen(f.values.when, f.sh.now())
	var change *checklist.ClockChangeError
	var twoWays *checklist.AmbiguousDateError
	if errors.As(err, &change) || errors.As(err, &twoWays) {
		return err.Error()
	}
	if err != nil || strings.TrimSpace(f.values.when) == "" {
		return whenHint
	}
	return at.Format("Monday 2 January 2006, 15:04") + " · " + checklist.Relative(at, f.sh.now())
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
		return f.onSubmit(*f.values)
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
	for _, d := range f.dates {
		if preview := d.describe(); preview != d.shown {
			d.shown = preview
			d.field.Description(preview)
			// The form drew its fields as the message left them, before
			// the new description: have it draw them again, or the
			// description would show the time as it was one key ago.
			_, redraw := f.form.Update(redrawMsg{})
			cmd = tea.Batch(cmd, redraw)
		}
	}
	return cmd
}

// redrawMsg asks the form to draw its fields again; no field takes it.
type redrawMsg struct{}

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
		problem = st.Error.Render(truncate("✗ "+oneLine(errs[0].Error()), w))
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
