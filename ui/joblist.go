package ui

import (
	"fmt"
	"io"
	"slices"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/paginator"
	tea "charm.land/bubbletea/v2"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/internal/reorder"
	"github.com/prep-cli/prep/safetext"
	"github.com/prep-cli/prep/stats"
)

// jobList is the first screen: every job, upcoming ones first. It holds
// the jobs' digests, not the jobs: a thousand of them take what a few
// whole jobs do, and come from the index without reading the job files.
// A screen that needs a whole job, or all of them, reads them itself.
type jobList struct {
	sh   *shared
	keys listKeys
	list list.Model
	jobs []checklist.Digest
	// gen counts the loadings of the list (see jobsLoadedMsg).
	gen  int
	show listShow
	// loaded is set once the jobs are in.
	loaded   bool
	problems []data.Problem
	// showProblems puts the files that could not be read on screen.
	showProblems bool
	// picker chooses the status of the job statusOf, or, after a no,
	// its likely reason (askingReason).
	picker       *picker
	statusOf     string
	askingReason bool
	// deleting is the job waiting for a yes before it goes to the trash;
	// trashing names the one on its way there.
	deleting *checklist.Job
	trashing string
	// trashed says a job went to the trash in this run, so that help
	// offers to bring it back.
	trashed bool
	// keep is a job to select once the list has it, such as one brought
	// back from the trash.
	keep    string
	confirm confirmKeys
	width   int
	height  int
}

func newJobList(sh *shared) *jobList {
	l := list.New(nil, jobDelegate{sh: sh}, 0, 0)
	l.Title = "Jobs"
	l.SetShowHelp(false)
	l.SetShowStatusBar(false)
	l.DisableQuitKeybindings()
	l.FilterInput.KeyMap.DeleteWordForward.SetEnabled(false) // see deleteNextWord
	// u brings back the job deleted last (listKeys.Restore), not the page before.
	l.KeyMap.PrevPage.SetKeys("left", "h", "pgup", "b")
	v := &jobList{sh: sh, keys: newListKeys(), confirm: newConfirmKeys(), list: l}
	v.setStyles()
	v.keys.Show.SetEnabled(false)
	return v
}

// setStyles draws the list in the app's styles of the moment.
func (v *jobList) setStyles() {
	st := v.sh.styles.List
	v.list.Styles = st
	v.list.FilterInput.SetStyles(st.Filter)
	v.list.Paginator.ActiveDot = st.ActivePaginationDot.String()
	v.list.Paginator.InactiveDot = st.InactivePaginationDot.String()
}

// listShow is which jobs the list shows.
type listShow int

const (
	showAll listShow = iota
	showUpcoming
	showPast
)

var listTitles = map[listShow]string{showAll: "Jobs", showUpcoming: "Upcoming jobs", showPast: "Past jobs"}

// jobItem is a job as the list shows it: its digest, in jobList.jobs,
// which refresh makes the items anew from after every change; and the
// text / finds it by, which the list reads off the app's goroutine.
type jobItem struct {
	d      *checklist.Digest
	filter string
}

func newJobItem(d *checklist.Digest) jobItem {
	j := &d.Job
	return jobItem{d: d, filter: j.Company + " " + j.Role + " " + string(j.Status)}
}

// FilterValue lets / find a job by company, role or status.
func (i jobItem) FilterValue() string { return i.filter }

// urgentItem is the first row of the list: what most needs doing, across
// all jobs: a round coming up within two days that is not yet prepared,
// else the one task most late or soonest due. It has nothing to filter
// by, so a filter hides it.
type urgentItem struct {
	task checklist.Task
	// prep is the round to prepare for, when there is one.
	prep *checklist.Preparation
}

// target is the job and the item to open the urgent row at.
func (u urgentItem) target() (jobID, itemID string) {
	if u.prep != nil {
		return u.prep.JobID, u.prep.ItemID
	}
	return u.task.JobID, u.task.Item.ID
}

func (urgentItem) FilterValue() string { return "" }

func (v *jobList) SetSize(width, height int) {
	v.width, v.height = width, height
	v.list.SetSize(width, height)
	// The filter box works out which part of its text fits only when its
	// cursor moves, not when its width changes.
	v.list.FilterInput.SetCursor(v.list.FilterInput.Position())
	v.paginate()
}

func (v *jobList) Typing() bool {
	return v.list.FilterState() == list.Filtering || v.picker != nil || v.deleting != nil
}

func (v *jobList) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.BackgroundColorMsg:
		v.setStyles()
		return nil
	case jobsLoadedMsg:
		return v.fill(msg)
	case jobTrashedMsg:
		if msg.err != nil {
			return tea.Batch(showError(msg.err), v.reload())
		}
		v.trashed = true
		return tea.Batch(v.reload(), showNotice(trashedNotice(v.trashing)))
	case jobRestoredMsg:
		return v.restored(msg)
	case jobSavedMsg:
		v.take(msg.job.Digest())
		return nil
	case jobReloadedMsg:
		// Read again after a change of ours was refused: the list shows
		// the job as its file holds it, not as the refused change left it.
		if msg.err == nil {
			v.take(msg.job.Digest())
		}
		return nil
	case list.FilterMatchesMsg:
		// The list matched in a command of its own, against its items
		// as they were then; match the items it has now instead.
		v.match(v.selectedID(), v.list.Index())
		v.setTitle()
		return nil
	case tea.KeyPressMsg:
		return v.handleKey(msg)
	case tea.MouseClickMsg:
		return v.click(msg.Mouse())
	case tea.MouseWheelMsg:
		v.wheel(msg.Mouse())
		return nil
	}
	var cmd tea.Cmd
	v.list, cmd = v.list.Update(msg)
	v.setTitle()
	return cmd
}

// reload reads every job's digest again.
func (v *jobList) reload() tea.Cmd {
	v.gen++
	return loadJobs(v.sh.store, v.gen)
}

// fill takes the jobs as they are now, in place of those the list had.
func (v *jobList) fill(msg jobsLoadedMsg) tea.Cmd {
	if msg.gen != v.gen {
		return nil
	}
	v.loaded = true
	sortForList(msg.jobs, v.sh.now())
	v.jobs, v.problems = msg.jobs, msg.problems
	v.refresh()
	cmd := v.forgetGone()
	if msg.err != nil {
		cmd = tea.Batch(cmd, showError(msg.err))
	}
	return cmd
}

// take shows a job as its file now holds it.
func (v *jobList) take(d checklist.Digest) {
	for i := range v.jobs {
		if v.jobs[i].Job.ID == d.Job.ID {
			v.jobs[i] = d
		}
	}
	v.refresh()
}

// forgetGone drops a question about a job the list no longer has, since
// something else moved or removed its file, and says so.
func (v *jobList) forgetGone() tea.Cmd {
	var name string
	switch {
	case v.deleting != nil && !v.has(v.deleting.ID):
		name, v.deleting = oneLine(v.deleting.Company), nil
	case v.picker != nil && !v.has(v.statusOf):
		name, v.picker = v.statusOf, nil
	default:
		return nil
	}
	return showNotice(name + " is gone: something other than prep moved or removed its file.")
}

func (v *jobList) has(id string) bool {
	return v.digest(id) != nil
}

// digest is the list's digest of the job id, or nil.
func (v *jobList) digest(id string) *checklist.Digest {
	for i := range v.jobs {
		if v.jobs[i].Job.ID == id {
			return &v.jobs[i]
		}
	}
	return nil
}

// refresh shows the jobs the list is set to show, keeping the selection.
func (v *jobList) refresh() {
	now := v.sh.now()
	var items []list.Item
	if p, ok := checklist.DigestNextToPrepare(v.jobs, now); ok && v.show != showPast {
		items = append(items, urgentItem{prep: &p})
	} else if t, ok := checklist.DigestMostUrgent(v.jobs, now); ok && v.show != showPast {
		items = append(items, urgentItem{task: t})
	}
	for i := range v.jobs {
		upcoming := v.jobs[i].Job.NextRound(now) != nil
		if v.show == showAll || upcoming == (v.show == showUpcoming) {
			items = append(items, newJobItem(&v.jobs[i]))
		}
	}
	selected, at := v.selectedID(), v.list.Index()
	if v.keep != "" && v.has(v.keep) {
		selected, v.keep = v.keep, ""
	}
	v.list.SetItems(items)
	v.match(selected, at)
	v.setTitle()
	v.syncKeys()
	v.paginate()
}

// match shows the rows that match the filter, if one is on, matched at
// once: the list would match new items in a command and, until it
// answered, show none, its page and selection still pointing into the old
// matches, past the end of the new ones. The selection stays on the job
// it was on (keep), or near where it was (at); while the filter is typed,
// it is on the best match.
func (v *jobList) match(keep string, at int) {
	switch v.list.FilterState() {
	case list.Filtering:
		v.list.SetFilterText(v.list.FilterValue())
		v.list.SetFilterState(list.Filtering)
		return
	case list.FilterApplied:
		v.list.SetFilterText(v.list.FilterValue())
	}
	rows := v.list.VisibleItems()
	for i, it := range rows {
		if ji, ok := it.(jobItem); ok && keep != "" && ji.d.Job.ID == keep {
			v.list.Select(i)
			return
		}
	}
	if len(rows) > 0 {
		v.list.Select(min(max(at, 0), len(rows)-1))
	}
}

// sortForList puts upcoming jobs first, soonest first, then past ones,
// most recent first. Each job's place is worked out once, and each digest,
// some hundreds of bytes, moved once, in place: a sorted copy was a second
// set of them, made as the load's garbage peaked.
func sortForList(jobs []checklist.Digest, now time.Time) {
	type place struct {
		upcoming bool
		at       time.Time
		i        int
	}
	places := make([]place, len(jobs))
	for i := range jobs {
		j := &jobs[i].Job
		places[i] = place{upcoming: j.NextRound(now) != nil, at: j.ListedAt(now), i: i}
	}
	slices.SortStableFunc(places, func(a, b place) int {
		switch {
		case a.upcoming != b.upcoming && a.upcoming:
			return -1
		case a.upcoming != b.upcoming:
			return 1
		case a.upcoming:
			return a.at.Compare(b.at)
		}
		return b.at.Compare(a.at)
	})
	from := make([]int, len(places))
	for n, p := range places {
		from[n] = p.i
	}
	reorder.Apply(jobs, from)
}

func (v *jobList) urgentSelected() *urgentItem {
	if it, ok := v.list.SelectedItem().(urgentItem); ok {
		return &it
	}
	return nil
}

// selected is the job on the selected row, without its sections (see
// checklist.Digest), or nil.
func (v *jobList) selected() *checklist.Job {
	it, ok := v.list.SelectedItem().(jobItem)
	if !ok {
		return nil
	}
	j := it.d.Job
	return &j
}

func (v *jobList) selectedID() string {
	if j := v.selected(); j != nil {
		return j.ID
	}
	return ""
}

func (v *jobList) pickStatus(j checklist.Job) {
	var opts []option
	for _, s := range checklist.Statuses() {
		opts = append(opts, option{label: statusLabel(s), value: string(s)})
	}
	v.picker = newPicker(oneLine(j.Company)+": where does it stand?", opts, string(j.EffectiveStatus(v.sh.now())))
	v.statusOf, v.askingReason = j.ID, false
}

// pickReason asks for the likely reason of a no, as the checklist does
// after one. "Other" wants a line of text, which the checklist's own s
// takes: it is left out here.
func (v *jobList) pickReason(j checklist.Job) {
	v.picker = reasonPicker(j, false)
	v.statusOf, v.askingReason = j.ID, true
}

func (v *jobList) updatePicker(msg tea.KeyPressMsg) tea.Cmd {
	res := v.picker.Update(msg)
	if res == picking {
		return nil
	}
	value := v.picker.Value()
	v.picker = nil
	if res == pickCancelled {
		return nil
	}
	d := v.digest(v.statusOf)
	if d == nil {
		return nil
	}
	var e checklist.Edit = checklist.SetReason{Reason: &checklist.Reason{Code: checklist.ReasonCode(value)}, At: v.sh.now()}
	if !v.askingReason {
		st := checklist.Status(value)
		if d.Job.Status == st {
			return nil
		}
		e = checklist.SetStatus{Status: st, At: v.sh.now()}
	}
	// The row shows the change at once; its counts, which hang on
	// sections the digest does not hold, follow when the save brings the
	// job back (jobSavedMsg).
	if _, err := e.Apply(&d.Job); err != nil {
		return showError(err)
	}
	v.refresh()
	v.sh.saveEdit(v.statusOf, e)
	if d.Job.Status == checklist.Rejected && !v.askingReason {
		v.pickReason(d.Job)
	}
	return nil
}

func urgentRows(items []list.Item) int {
	if len(items) > 0 {
		if _, ok := items[0].(urgentItem); ok {
			return 1
		}
	}
	return 0
}

func (v *jobList) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	if v.picker != nil {
		return v.updatePicker(msg)
	}
	if v.deleting != nil {
		j := *v.deleting
		v.deleting = nil
		if key.Matches(msg, v.confirm.Yes) {
			v.trashing = jobLabel(j)
			return trashJob(v.sh.store, j.ID)
		}
		return nil
	}
	if v.showProblems {
		if key.Matches(msg, v.keys.Problems, v.keys.Back, v.keys.Quit) {
			v.showProblems = false
		}
		return nil
	}
	if v.list.FilterState() != list.Filtering {
		sel := v.selected()
		switch {
		case key.Matches(msg, v.keys.Problems) && len(v.problems) > 0:
			v.showProblems = true
			return nil
		case key.Matches(msg, v.keys.Open) && v.urgentSelected() != nil:
			return openJobAt(v.urgentSelected().target())
		case key.Matches(msg, v.keys.Open) && sel != nil:
			return openJob(sel.ID)
		case key.Matches(msg, v.keys.New):
			return newJob
		case key.Matches(msg, v.keys.Import):
			return startImport
		case key.Matches(msg, v.keys.LookBack):
			return showLookBack
		case key.Matches(msg, v.keys.Sync) && v.sh.sync != nil:
			return requestSync
		case key.Matches(msg, v.keys.Delete) && sel != nil:
			v.deleting = sel
			return nil
		case key.Matches(msg, v.keys.Restore):
			return restoreLastJob(v.sh.store)
		case key.Matches(msg, v.keys.Status) && sel != nil:
			v.pickStatus(*sel)
			return nil
		case key.Matches(msg, v.keys.All):
			v.show = showAll
			v.refresh()
			return nil
		case key.Matches(msg, v.keys.Upcoming):
			v.show = showUpcoming
			v.refresh()
			return nil
		case key.Matches(msg, v.keys.Past):
			v.show = showPast
			v.refresh()
			return nil
		case key.Matches(msg, v.keys.Quit) && v.list.FilterState() == list.Unfiltered:
			return quit
		}
	}
	var cmd tea.Cmd
	v.list, cmd = v.list.Update(msg)
	v.setTitle()
	return cmd
}

// setTitle names the jobs on show and, while a filter is on, the filter
// and how many jobs it lets through: "Jobs (12)", "Jobs · cobalt · 1 of
// 12".
func (v *jobList) setTitle() {
	items := v.list.Items()
	title, total := listTitles[v.show], len(items)-urgentRows(items)
	if v.list.FilterState() != list.FilterApplied {
		v.list.Title = fmt.Sprintf("%s (%d)", title, total)
		return
	}
	shown := 0
	for _, it := range v.list.VisibleItems() {
		if _, ok := it.(jobItem); ok {
			shown++
		}
	}
	v.list.Title = fmt.Sprintf("%s · %s · %d of %d", title, truncate(oneLine(v.list.FilterValue()), maxFilterShown), shown, total)
}

// maxFilterShown is how much of the filter the title shows.
const maxFilterShown = 24

func (v *jobList) View() string {
	st := v.sh.styles
	if v.showProblems {
		return v.problemsView()
	}
	empty := st.Empty.Width(v.width)
	if !v.loaded {
		return st.Title.Padding(1, 2).Render("Jobs") + "\n" + empty.Render("Loading…")
	}
	if len(v.jobs) == 0 {
		return st.Title.Padding(1, 2).Render("Jobs") + "\n" + empty.Render(
			"No jobs yet.\n\nPress "+st.Key.Render("n")+" to add the interview you are preparing for.\n"+
				"prep keeps a checklist for it: what to do before, and what to do after.")
	}
	if len(v.list.Items()) == 0 {
		return st.Title.Padding(1, 2).Render(listTitles[v.show]) + "\n" + empty.Render(
			"Nothing here. Press "+st.Key.Render("1")+" to see every job.")
	}
	if v.picker != nil {
		return overlay(v.list.View(), v.picker.View(st, v.width), v.width, v.height)
	}
	return v.list.View()
}

// Prompt is the line the footer shows while the list waits for an answer.
func (v *jobList) Prompt() string {
	if v.deleting == nil {
		if n := len(v.problems); n > 0 && !v.showProblems {
			return fmt.Sprintf("⚠ %s could not be read · press ! to see which", stats.Plural(n, "job file", "job files"))
		}
		return ""
	}
	return fmt.Sprintf("Move %s · %s to the trash? y/n", oneLine(v.deleting.Company), oneLine(v.deleting.Role))
}

// maxPageDots is how many pages the list shows as dots; past it, "3/140".
const maxPageDots = 12

func (v *jobList) paginate() {
	v.list.Paginator.Type = paginator.Dots
	if v.list.Paginator.TotalPages > maxPageDots {
		v.list.Paginator.Type = paginator.Arabic
	}
}

// syncKeys shows only the keys that do something: there is nothing to
// open, filter or delete in an empty list.
func (v *jobList) syncKeys() {
	has := len(v.list.Items()) > 0
	v.keys.Open.SetEnabled(has)
	v.keys.Delete.SetEnabled(has)
	v.keys.Status.SetEnabled(has)
	v.list.KeyMap.Filter.SetEnabled(has)
	v.keys.Problems.SetEnabled(len(v.problems) > 0)
	v.keys.Sync.SetEnabled(v.sh.sync != nil)
	for _, k := range []*key.Binding{&v.keys.All, &v.keys.Upcoming, &v.keys.Past, &v.keys.Show} {
		k.SetEnabled(len(v.jobs) > 0)
	}
}

func (v *jobList) ShortHelp() []key.Binding {
	if v.deleting != nil {
		return []key.Binding{v.confirm.Yes, v.confirm.No}
	}
	if v.picker != nil {
		return v.picker.ShortHelp()
	}
	if v.showProblems {
		return []key.Binding{v.keys.Back}
	}
	if v.list.FilterState() == list.Filtering {
		return []key.Binding{v.list.KeyMap.AcceptWhileFiltering, v.list.KeyMap.CancelWhileFiltering}
	}
	keys := []key.Binding{v.list.KeyMap.CursorUp, v.list.KeyMap.CursorDown, v.keys.Open, v.keys.New}
	if v.trashed {
		keys = append(keys, v.keys.Restore)
	}
	return append(keys, v.list.KeyMap.Filter, v.keys.Show, v.keys.Quit)
}

func (v *jobList) FullHelp() [][]key.Binding {
	lk := v.list.KeyMap
	return [][]key.Binding{
		{lk.CursorUp, lk.CursorDown, lk.NextPage, lk.PrevPage, lk.GoToStart, lk.GoToEnd},
		{v.keys.Open, v.keys.New, v.keys.Import, v.keys.Status, v.keys.Delete, v.keys.Restore, lk.Filter, lk.ClearFilter},
		{v.keys.All, v.keys.Upcoming, v.keys.Past, v.keys.Problems, v.keys.LookBack, v.keys.Sync, v.keys.Quit},
	}
}

// jobDelegate draws a job as two lines: company and when, then role,
// status and progress.
type jobDelegate struct{ sh *shared }

func (d jobDelegate) Height() int                         { return 2 }
func (d jobDelegate) Spacing() int                        { return 1 }
func (d jobDelegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }

func (d jobDelegate) Render(w io.Writer, m list.Model, index int, item list.Item) {
	st := d.sh.styles
	now := d.sh.now()
	width := m.Width() - 3
	bar := "   "
	if index == m.Index() {
		bar = " " + st.cursorBar
	}
	if u, ok := item.(urgentItem); ok && u.prep != nil {
		fmt.Fprint(w, d.renderPrep(*u.prep, bar, width, now))
		return
	}
	if u, ok := item.(urgentItem); ok {
		fmt.Fprint(w, d.renderUrgent(u.task, bar, width, now))
		return
	}
	it, ok := item.(jobItem)
	if !ok {
		return
	}
	dg := it.d
	j, p := &dg.Job, dg.Progress
	status := j.EffectiveStatus(now)
	// Room for every segment at once: a segment holds a style, hundreds
	// of bytes, and growing the slice row by row was most of a frame's
	// garbage.
	second := make([]segment, 0, 7)
	second = append(second, segment{text: oneLine(j.Role) + " · ", style: st.Subtitle},
		segment{text: statusLabel(status), style: statusStyle(st, status)})
	if j.Version > checklist.FormatVersion {
		// Written by a newer prep: shown, but every change would be refused.
		second = append(second, segment{text: " · read-only", style: st.Muted})
	}
	soon, late := dg.DueCounts(now)
	if late > 0 {
		second = append(second, segment{text: " · ", style: st.Muted},
			segment{text: fmt.Sprintf("! %d late", late), style: st.Late})
	}
	if soon > 0 {
		second = append(second, segment{text: " · ", style: st.Muted},
			segment{text: fmt.Sprintf("%d due soon", soon), style: st.Due})
	}
	// A space of its own before the count: "18/124" fills all six columns.
	progress := []segment{{text: st.Bar(p.Fraction(), 10), drawn: 10},
		{text: fmt.Sprintf(" %6s", fmt.Sprintf("%d/%d", p.Done, p.Total)), style: st.Muted}}
	fmt.Fprint(w, bar+line([]segment{{text: oneLine(j.Company), style: st.Title}},
		roundSegments(st, j, now), width)+"\n"+
		bar+line(second, progress, width))
}

// lateMark is the width of the "! " that marks a late task.
func lateMark(t checklist.Task, now time.Time) int {
	if t.Late(now) {
		return 2
	}
	return 0
}

// renderUrgent draws the most urgent task as the list's first row.
func (d jobDelegate) renderUrgent(t checklist.Task, bar string, width int, now time.Time) string {
	st := d.sh.styles
	label := checklist.DueLabel(t.Item, now)
	styled := st.Due.Render(label)
	if t.Late(now) {
		styled = st.Late.Render("! " + label)
	}
	return bar + line([]segment{{text: "Next up", style: st.Key}, {text: " · " + oneLine(t.Company), style: st.Muted}},
		[]segment{{text: styled, drawn: safetext.Width(label) + lateMark(t, now)}}, width) + "\n" +
		bar + st.Item.Render(truncate(oneLine(t.Item.Text), width))
}

// renderPrep draws the round to prepare for as the list's first row:
// "Technical at Orbit in 20 h · 12 left to prepare".
func (d jobDelegate) renderPrep(p checklist.Preparation, bar string, width int, now time.Time) string {
	st := d.sh.styles
	until := checklist.Until(p.Round.At, now)
	text := fmt.Sprintf("%s at %s %s · %d left to prepare", oneLine(p.Round.Name), oneLine(p.Company), until, p.Left)
	return bar + line([]segment{{text: "Next up", style: st.Key}, {text: " · " + oneLine(p.Company), style: st.Muted}},
		[]segment{{text: st.Due.Render(until), drawn: safetext.Width(until)}}, width) + "\n" +
		bar + st.Item.Render(truncate(text, width))
}

// roundSegments say which round a job's row is about and when: "Round 2
// of 3 · Technical · Thu 10:00" for a job of several rounds, the round's
// name and time for a job of one.
func roundSegments(st *Styles, j *checklist.Job, now time.Time) []segment {
	r := j.CurrentRound(now)
	if r == nil {
		return nil
	}
	return []segment{{text: roundLabel(j, r, now), style: st.Muted}}
}
