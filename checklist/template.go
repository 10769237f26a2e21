package checklist

import (
	"errors"
	"fmt"
)

// Template is the starting point of every new job's checklist.
type Template struct {
	Version  int               `json:"version"`
	Name     string            `json:"name"`
	Sections []TemplateSection `json:"sections"`
}

// TemplateSection is a section of a template.
type TemplateSection struct {
	ID    string         `json:"id"`
	Title string         `json:"title"`
	Phase Phase          `json:"phase"`
	When  Status         `json:"when,omitempty"`
	Items []TemplateItem `json:"items"`
}

// TemplateItem is an item of a template. TextEach, when set, makes one item
// per interviewer, with "{name}" replaced by each name.
type TemplateItem struct {
	ID       string `json:"id"`
	Text     string `json:"text"`
	TextEach string `json:"text_each,omitempty"`
	Hint     string `json:"hint,omitempty"`
	Due      Offset `json:"due,omitempty"`
	Bring    string `json:"bring,omitempty"`
}

// Validate reports the first thing that would make the template unusable,
// naming the section or item at fault.
func (t Template) Validate() error {
	if t.Version != FormatVersion {
		return fmt.Errorf("version %d: this build reads version %d", t.Version, FormatVersion)
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
		case len(s.Items) == 0:
			return fmt.Errorf("%s: no items", where)
		}
		sections[s.ID] = true
		for _, it := range s.Items {
			if err := it.validate(items); err != nil {
				return fmt.Errorf("%s: %w", where, err)
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
	if it.Due != "" {
		if err := it.Due.Validate(); err != nil {
			return fmt.Errorf("%s: %w", where, err)
		}
	}
	return nil
}
