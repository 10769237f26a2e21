package checklist

import (
	"errors"
	"fmt"
	"slices"
)

// Template is the starting point of every new job's checklist.
type Template struct {
	Version  int               `json:"version"`
	Name     string            `json:"name"`
	Sections []TemplateSection `json:"sections"`
}

// TemplateSection is a section of a template. Its scope says whether a job
// gets it once or each round gets its own.
type TemplateSection struct {
	ID    string         `json:"id"`
	Title string         `json:"title"`
	Phase Phase          `json:"phase"`
	Scope Scope          `json:"scope"`
	When  Status         `json:"when,omitempty"`
	Items []TemplateItem `json:"items"`
}

// TemplateItem is an item of a template. TextEach, when set, makes one item
// per interviewer, with "{name}" replaced by each name. Formats, when set,
// are the only formats of round the item is for; Later puts it only in
// rounds after the first, such as a look over the notes of the earlier
// ones. Due counts from the round's start for a round's item, from the
// last round for the job's own after items.
type TemplateItem struct {
	ID       string `json:"id"`
	Text     string `json:"text"`
	TextEach string `json:"text_each,omitempty"`
	Hint     string `json:"hint,omitempty"`
	Due      Offset `json:"due,omitempty"`
	// DueDecided counts from the job's decision date, once it has one,
	// instead of Due (see Item.DueDecided).
	DueDecided Offset   `json:"due_decided,omitempty"`
	Bring      string   `json:"bring,omitempty"`
	Formats    []Format `json:"formats,omitempty"`
	Later      bool     `json:"later,omitempty"`
}

// Scope says whether a section is done once for the whole job or again for
// each round.
type Scope string

// The scopes of a section.
const (
	JobScope   Scope = "job"
	RoundScope Scope = "round"
)

// TemplateVersion is the version of template this build writes. Templates
// of version 1, from before rounds, still load: see UpgradeTemplate.
const TemplateVersion = 2

// v1RoundSections are the sections of the first default template that
// belong to each round. A version-1 template or job file has no scopes;
// these ids tell which of its sections are a round's.
var v1RoundSections = map[string]bool{
	"materials": true, "dress": true, "logistics": true, "courtesy": true,
	"right-after": true, "thanks": true,
}

// V1Scope is the scope a section of a version-1 template or job has: a
// round's for the day's sections of the first default template, the job's
// for every other, a person's own included.
func V1Scope(sectionID string) Scope {
	if v1RoundSections[sectionID] {
		return RoundScope
	}
	return JobScope
}

// V1SectionScope is the scope a section of a version-1 template or job
// has. The day's sections of the first default template are a round's
// (V1Scope); so is a person's own after section that waits on no outcome,
// since its due times counted from the interview, which is now the
// round's start. Every other section is the job's.
func V1SectionScope(id string, phase Phase, when Status) Scope {
	if V1Scope(id) == RoundScope || !v1JobSections[id] && phase == After && when == "" {
		return RoundScope
	}
	return JobScope
}

// v1JobSections are the sections of the first default template that the
// job has once.
var v1JobSections = map[string]bool{
	"research": true, "people": true, "culture": true, "role": true,
	"follow-up": true, "if-no": true, "offer": true,
}

// UpgradeTemplate brings a version-1 template to this version: each section
// gets its scope (see V1SectionScope). A template of any other version is
// returned as it is.
func UpgradeTemplate(t Template) Template {
	if t.Version != 1 {
		return t
	}
	t.Version = TemplateVersion
	t.Sections = slices.Clone(t.Sections)
	for i := range t.Sections {
		if t.Sections[i].Scope == "" {
			s := t.Sections[i]
			t.Sections[i].Scope = V1SectionScope(s.ID, s.Phase, s.When)
		}
	}
	return t
}

// Validate reports the first thing that would make the template unusable,
// naming the section or item at fault.
func (t Template) Validate() error {
	if t.Version != TemplateVersion {
		return fmt.Errorf("version %d: this build reads versions 1 and %d", t.Version, TemplateVersion)
	}
	if len(t.Sections) == 0 {
		return errors.New("no sections")
	}
	sections := map[string]bool{}
	items := map[string]bool{}
	for i, s := range t.Sections {
		where := fmt.Sprintf("section %d (%q)", i+1, s.ID)
		switch {
		case !ValidID(s.ID):
			return fmt.Errorf("%s: id must be lower-case letters, digits and dashes", where)
		case sections[s.ID]:
			return fmt.Errorf("%s: duplicate section id", where)
		case s.Title == "":
			return fmt.Errorf("%s: no title", where)
		case !s.Phase.Valid():
			return fmt.Errorf("%s: unknown phase %q (valid: before, after)", where, s.Phase)
		case s.When != "" && s.When != Offer && s.When != Rejected:
			return fmt.Errorf("%s: unknown when %q (valid: offer, rejected)", where, s.When)
		case s.When != "" && s.Phase != After:
			return fmt.Errorf("%s: a section for an outcome must be in the after phase", where)
		case s.Scope != JobScope && s.Scope != RoundScope:
			return fmt.Errorf("%s: unknown scope %q (valid: job, round)", where, s.Scope)
		case s.When != "" && s.Scope != JobScope:
			return fmt.Errorf("%s: a section for an outcome belongs to the job (scope job)", where)
		case len(s.Items) == 0:
			return fmt.Errorf("%s: no items", where)
		}
		sections[s.ID] = true
		for _, it := range s.Items {
			if err := it.validate(items); err != nil {
				return fmt.Errorf("%s: %w", where, err)
			}
			if it.Due == Leave && s.Scope != RoundScope {
				return fmt.Errorf("%s: item %q: due leave counts from a round's journey, so it belongs to a section of scope round", where, it.ID)
			}
			items[it.ID] = true
		}
	}
	return nil
}

func (it TemplateItem) validate(seen map[string]bool) error {
	where := fmt.Sprintf("item %q", it.ID)
	switch {
	case !ValidID(it.ID):
		return fmt.Errorf("%s: id must be lower-case letters, digits and dashes", where)
	case seen[it.ID]:
		return fmt.Errorf("%s: duplicate item id", where)
	case it.Text == "":
		return fmt.Errorf("%s: no text", where)
	}
	for _, due := range []Offset{it.Due, it.DueDecided} {
		if due != "" {
			if err := due.Validate(); err != nil {
				return fmt.Errorf("%s: %w", where, err)
			}
		}
	}
	for _, f := range it.Formats {
		if _, err := ParseFormat(string(f)); err != nil {
			return fmt.Errorf("%s: %w", where, err)
		}
	}
	return nil
}
