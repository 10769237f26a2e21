package data

import (
	"strings"
	"time"

	gojson "github.com/goccy/go-json"

	"github.com/prep-cli/prep/checklist"
)

// The short way to read a job file.
//
// Almost every job file is one prep wrote: the current version, nothing
// wrong in it. decodeCurrent reads such a file and nothing else; anything
// it does not take goes the long way (decodeJobFileSlow), which says what
// is wrong. For every file it takes, the short way gives what the long way
// would (TestShortWayAgreesOnHandEdits, FuzzShortWayAgrees and, on a
// generated folder, TestShortWayAgreesOnAGeneratedFolder). It is about six
// times as fast, from three things:
//
//   - One pass. The long way first decodes the whole file for its
//     "version", then again for the job, then encodes the job to see that
//     it can be written back. Here the version comes with the job, and
//     only the times are checked, since they are all that can fail to
//     encode.
//   - No JSON methods. checklist.Item reads itself, so that a due_at
//     written by hand that is not a time keeps the job readable; for that,
//     encoding/json hands every item to Item.UnmarshalJSON, which checks
//     and decodes its bytes once more. The file types below are the job's
//     types without methods, decoded in one plain pass and copied into a
//     checklist.Job. A due_at that is not a time fails that pass, and the
//     file goes the long way. TestFileTypesMatchTheJob keeps these types in
//     step with checklist's.
//   - github.com/goccy/go-json, a decoder compatible with encoding/json and
//     about three times as fast on these files. It is trusted only with
//     success: any error at all, and the long way, with encoding/json,
//     decides and words it.
//
// BENCHMARKS.md has the figures.

type fileJob struct {
	Version    int                 `json:"version"`
	ID         string              `json:"id"`
	Company    string              `json:"company"`
	Role       string              `json:"role"`
	Status     checklist.Status    `json:"status"`
	StatusAt   *time.Time          `json:"status_at,omitempty"`
	Reason     *checklist.Reason   `json:"reason,omitempty"`
	DecisionBy *time.Time          `json:"decision_by,omitempty"`
	Posting    string              `json:"posting,omitempty"`
	Salary     string              `json:"salary,omitempty"`
	AppliedAt  *time.Time          `json:"applied_at,omitempty"`
	AppliedVia string              `json:"applied_via,omitempty"`
	Notes      string              `json:"notes,omitempty"`
	Contacts   []checklist.Contact `json:"contacts,omitempty"`
	Rounds     []fileRound         `json:"rounds"`
	Template   string              `json:"template,omitempty"`
	CreatedAt  time.Time           `json:"created_at"`
	Sections   []fileSection       `json:"sections"`
	Stories    []string            `json:"stories,omitempty"`
}

type fileRound struct {
	ID            string               `json:"id"`
	Name          string               `json:"name"`
	Format        checklist.Format     `json:"format"`
	At            time.Time            `json:"at"`
	Minutes       int                  `json:"minutes,omitempty"`
	Where         string               `json:"where,omitempty"`
	TravelMinutes int                  `json:"travel_minutes,omitempty"`
	Link          string               `json:"link,omitempty"`
	Interviewers  []checklist.Person   `json:"interviewers,omitempty"`
	State         checklist.RoundState `json:"state"`
	Invite        *checklist.Invite    `json:"invite,omitempty"`
	Sections      []fileSection        `json:"sections"`
}

type fileSection struct {
	ID    string           `json:"id"`
	Title string           `json:"title"`
	Phase checklist.Phase  `json:"phase"`
	Scope checklist.Scope  `json:"scope,omitempty"`
	When  checklist.Status `json:"when,omitempty"`
	Items []fileItem       `json:"items"`
}

type fileItem struct {
	ID         string           `json:"id"`
	Text       string           `json:"text"`
	Hint       string           `json:"hint,omitempty"`
	Done       bool             `json:"done"`
	DoneAt     *time.Time       `json:"done_at,omitempty"`
	Note       string           `json:"note,omitempty"`
	Due        checklist.Offset `json:"due,omitempty"`
	DueDecided checklist.Offset `json:"due_decided,omitempty"`
	DueAt      *time.Time       `json:"due_at,omitempty"`
	Own        bool             `json:"own,omitempty"`
	Bring      string           `json:"bring,omitempty"`
	Each       string           `json:"each,omitempty"`
	For        string           `json:"for,omitempty"`
}

// decodeCurrent reads a file of the current version with nothing wrong in
// it, and reports false for any other, without saying why. With a scratch
// it decodes into the scratch's lists and shares its strings.
func decodeCurrent(b []byte, sc *scratch) (checklist.Job, bool) {
	if sc == nil {
		return decodeInto(b, new(fileJob), interner{})
	}
	j, ok := decodeInto(b, sc.file.reset(), sc.strings)
	if ok && sc.file.hasEmptyList() {
		// A reused list comes out the same for "[]" and for no list at
		// all, which decode differently: read such a file afresh.
		return decodeInto(b, new(fileJob), sc.strings)
	}
	return j, ok
}

func decodeInto(b []byte, f *fileJob, in interner) (checklist.Job, bool) {
	var err error
	if in.borrowed {
		err = gojson.UnmarshalWithOption(b, f, gojson.DecodeNoCopyString())
	} else {
		err = gojson.Unmarshal(b, f)
	}
	if err != nil || f.Version != checklist.FormatVersion {
		return checklist.Job{}, false
	}
	j := f.job(in)
	if checkFields(j) != nil || !timesWritable(j) {
		return checklist.Job{}, false
	}
	return j, true
}

// reset makes f ready to decode the next file into: every field zero but
// the lists of rounds, sections and items, which keep their arrays,
// emptied, so that the decoder fills them rather than growing new ones,
// one element at a time, for every file. Nothing of the last file is left
// for the next: the pointers are nil, so the decoder makes new times
// rather than writing into those of the jobs already made.
func (f *fileJob) reset() *fileJob {
	rounds := f.Rounds[:cap(f.Rounds)]
	for i := range rounds {
		rounds[i] = fileRound{Sections: resetSections(rounds[i].Sections)}
	}
	*f = fileJob{Sections: resetSections(f.Sections), Rounds: rounds[:0]}
	return f
}

func resetSections(secs []fileSection) []fileSection {
	secs = secs[:cap(secs)]
	for i := range secs {
		items := secs[i].Items[:cap(secs[i].Items)]
		clear(items)
		secs[i] = fileSection{Items: items[:0]}
	}
	return secs[:0]
}

// hasEmptyList reports whether f holds an empty list of rounds, sections
// or items in the lists it reuses.
func (f *fileJob) hasEmptyList() bool {
	if f.Rounds != nil && len(f.Rounds) == 0 || hasEmptyList(f.Sections) {
		return true
	}
	for _, r := range f.Rounds {
		if hasEmptyList(r.Sections) {
			return true
		}
	}
	return false
}

func hasEmptyList(secs []fileSection) bool {
	if secs != nil && len(secs) == 0 {
		return true
	}
	for _, s := range secs {
		if s.Items != nil && len(s.Items) == 0 {
			return true
		}
	}
	return false
}

// job copies a decoded file into a checklist.Job, keeping an empty list
// empty and a missing one nil, as decoding into the Job would. Every
// string goes through in: the texts that come from the template are
// shared, and the others kept (see interner).
func (f *fileJob) job(in interner) checklist.Job {
	if f.Reason != nil {
		f.Reason.Code = checklist.ReasonCode(in.share(string(f.Reason.Code)))
		f.Reason.Text = in.keep(f.Reason.Text)
	}
	j := checklist.Job{
		Version:    f.Version,
		ID:         in.keep(f.ID),
		Company:    in.keep(f.Company),
		Role:       in.keep(f.Role),
		Status:     checklist.Status(in.share(string(f.Status))),
		StatusAt:   f.StatusAt,
		Reason:     f.Reason,
		DecisionBy: f.DecisionBy,
		Posting:    in.keep(f.Posting),
		Salary:     in.keep(f.Salary),
		AppliedAt:  f.AppliedAt,
		AppliedVia: in.keep(f.AppliedVia),
		Notes:      in.keep(f.Notes),
		Contacts:   f.Contacts,
		Template:   in.share(f.Template),
		CreatedAt:  f.CreatedAt,
		Sections:   sections(f.Sections, in),
		Stories:    f.Stories,
	}
	for i := range j.Stories {
		j.Stories[i] = in.share(j.Stories[i])
	}
	for i := range j.Contacts {
		c := &j.Contacts[i]
		c.ID, c.Name, c.Role = in.keep(c.ID), in.keep(c.Name), in.share(c.Role)
		c.Email, c.Phone, c.LinkedIn = in.keep(c.Email), in.keep(c.Phone), in.keep(c.LinkedIn)
	}
	if f.Rounds != nil {
		j.Rounds = make([]checklist.Round, len(f.Rounds))
	}
	for ri, fr := range f.Rounds {
		for i := range fr.Interviewers {
			p := &fr.Interviewers[i]
			p.Name, p.Email = in.keep(p.Name), in.keep(p.Email)
		}
		if fr.Invite != nil {
			fr.Invite.UID = in.keep(fr.Invite.UID)
		}
		j.Rounds[ri] = checklist.Round{
			ID:            in.share(fr.ID),
			Name:          in.share(fr.Name),
			Format:        checklist.Format(in.share(string(fr.Format))),
			At:            fr.At,
			Minutes:       fr.Minutes,
			Where:         in.keep(fr.Where),
			TravelMinutes: fr.TravelMinutes,
			Link:          in.keep(fr.Link),
			Interviewers:  fr.Interviewers,
			State:         checklist.RoundState(in.share(string(fr.State))),
			Invite:        fr.Invite,
			Sections:      sections(fr.Sections, in),
		}
	}
	return j
}

func sections(fss []fileSection, in interner) []checklist.Section {
	if fss == nil {
		return nil
	}
	out := make([]checklist.Section, len(fss))
	for si, fs := range fss {
		s := checklist.Section{
			ID:    in.share(fs.ID),
			Title: in.share(fs.Title),
			Phase: checklist.Phase(in.share(string(fs.Phase))),
			Scope: checklist.Scope(in.share(string(fs.Scope))),
			When:  checklist.Status(in.share(string(fs.When))),
		}
		if fs.Items != nil {
			s.Items = make([]checklist.Item, len(fs.Items))
		}
		for ii, fi := range fs.Items {
			s.Items[ii] = checklist.Item{
				ID:         in.share(fi.ID),
				Text:       in.share(fi.Text),
				Hint:       in.share(fi.Hint),
				Done:       fi.Done,
				DoneAt:     fi.DoneAt,
				Note:       in.keep(fi.Note),
				Due:        checklist.Offset(in.share(string(fi.Due))),
				DueDecided: checklist.Offset(in.share(string(fi.DueDecided))),
				DueAt:      fi.DueAt,
				Own:        fi.Own,
				Bring:      in.share(fi.Bring),
				Each:       in.share(fi.Each),
				For:        in.keep(fi.For),
			}
		}
		out[si] = s
	}
	return out
}

// timesWritable reports whether every time of the job can be encoded: a
// time read from a file may not be (a year past 9999 once in its own time
// zone, say), and the times are all that can stop a job from encoding.
func timesWritable(j checklist.Job) bool {
	var buf [64]byte
	ok := func(t *time.Time) bool {
		if t == nil {
			return true
		}
		_, err := t.AppendText(buf[:0])
		return err == nil
	}
	if !ok(j.StatusAt) || !ok(&j.CreatedAt) || !ok(j.AppliedAt) || !ok(j.DecisionBy) {
		return false
	}
	for _, r := range j.Rounds {
		if !ok(&r.At) || r.Invite != nil && !ok(r.Invite.Stamp) {
			return false
		}
	}
	for _, s := range j.AllSections() {
		for i := range s.Items {
			if !ok(s.Items[i].DoneAt) || !ok(s.Items[i].DueAt) {
				return false
			}
		}
	}
	return true
}

// scratch is what one goroutine of Store.LoadMany reuses from one job file
// to the next: the buffer the file is read into, the file decoded, and the
// strings jobs have in common.
type scratch struct {
	buf     []byte
	file    fileJob
	strings interner
}

func newScratch() *scratch {
	return &scratch{strings: interner{shared: map[string]string{}, borrowed: true}}
}

// interner sees to the strings of a decoded file. Jobs made from one
// template hold the same texts, hints, ids and titles: shared, a thousand
// jobs take about half the memory, and the app and the collector have that
// much less to go through. Notes, names and the other things a person
// writes are not shared: they are seldom the same twice.
//
// With a scratch, the decoder gives strings borrowed from the bytes of the
// file (goccy/go-json's DecodeNoCopyString) rather than a copy of each, and
// the interner makes the copies the job keeps: one of each shared string,
// one of each other. The buffer is then reused for the next file, so every
// string of a job must go through keep or share (see fileJob.job);
// TestScratchCarriesNothingOver scribbles over the bytes to make sure.
type interner struct {
	shared map[string]string
	// borrowed says that the strings are the decoder's, to be copied.
	borrowed bool
}

// keep returns s, copied if it is borrowed.
func (in interner) keep(s string) string {
	if in.borrowed {
		return strings.Clone(s)
	}
	return s
}

// share returns the copy of s the interner holds, making it if there is
// none; with no map, it is keep.
func (in interner) share(s string) string {
	if in.shared == nil || s == "" {
		return in.keep(s)
	}
	if c, ok := in.shared[s]; ok {
		return c
	}
	c := in.keep(s)
	in.shared[c] = c
	return c
}
