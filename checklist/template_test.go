package checklist_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/prep-cli/prep/checklist"
)

func TestTemplateValidate(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(tp *checklist.Template)
		names []string // what the error must mention; nil means valid
	}{
		{name: "the test template is valid", edit: func(*checklist.Template) {}},
		{name: "a section for an offer is valid", edit: func(tp *checklist.Template) {
			tp.Sections[3].When = checklist.Offer
		}},
		{name: "an after item without a due time is valid", edit: func(tp *checklist.Template) {
			tp.Sections[2].Items[1].Due = ""
		}},
		{name: "a later version", edit: func(tp *checklist.Template) { tp.Version = 3 }, names: []string{"version 3"}},
		{name: "items for some formats and later rounds are valid", edit: func(tp *checklist.Template) {
			tp.Sections[2].Items[1].Formats = []checklist.Format{checklist.Video, checklist.Phone}
			tp.Sections[2].Items[2].Later = true
		}},
		{name: "a due time before the round is valid", edit: func(tp *checklist.Template) {
			tp.Sections[2].Items[1].Due = "-24h"
		}},
		{name: "unknown scope", edit: func(tp *checklist.Template) {
			tp.Sections[1].Scope = "team"
		}, names: []string{`"people"`, `"team"`, "job, round"}},
		{name: "missing scope", edit: func(tp *checklist.Template) {
			tp.Sections[1].Scope = ""
		}, names: []string{`"people"`, "scope"}},
		{name: "an outcome's section for each round", edit: func(tp *checklist.Template) {
			tp.Sections[3].Scope = checklist.RoundScope
		}, names: []string{`"if-no"`, "scope job"}},
		{name: "unknown format", edit: func(tp *checklist.Template) {
			tp.Sections[2].Items[1].Formats = []checklist.Format{checklist.Video, "carrier pigeon"}
		}, names: []string{`"thanks"`, `"thank-hr"`, `"carrier pigeon"`, "in-person, video, phone"}},
		{name: "no version", edit: func(tp *checklist.Template) { tp.Version = 0 }, names: []string{"version 0"}},
		{name: "no sections", edit: func(tp *checklist.Template) { tp.Sections = nil }, names: []string{"no sections"}},
		{name: "duplicate section id", edit: func(tp *checklist.Template) {
			tp.Sections[1].ID = "research"
		}, names: []string{`"research"`, "duplicate section"}},
		{name: "duplicate item id in one section", edit: func(tp *checklist.Template) {
			tp.Sections[0].Items[1].ID = "website"
		}, names: []string{`"research"`, `"website"`, "duplicate item"}},
		{name: "duplicate item id across sections", edit: func(tp *checklist.Template) {
			tp.Sections[3].Items[0].ID = "thank-hr"
		}, names: []string{`"if-no"`, `"thank-hr"`, "duplicate item"}},
		{name: "unknown phase", edit: func(tp *checklist.Template) {
			tp.Sections[1].Phase = "during"
		}, names: []string{`"people"`, `"during"`}},
		{name: "missing phase", edit: func(tp *checklist.Template) {
			tp.Sections[1].Phase = ""
		}, names: []string{`"people"`, "phase"}},
		{name: "empty text", edit: func(tp *checklist.Template) {
			tp.Sections[0].Items[1].Text = ""
		}, names: []string{`"research"`, `"news"`, "text"}},
		{name: "bad due", edit: func(tp *checklist.Template) {
			tp.Sections[2].Items[1].Due = "+5m"
		}, names: []string{`"thanks"`, `"thank-hr"`, `"+5m"`}},
		{name: "outcome section in the before phase", edit: func(tp *checklist.Template) {
			tp.Sections[3].Phase = checklist.Before
		}, names: []string{`"if-no"`, "after"}},
		{name: "unknown outcome", edit: func(tp *checklist.Template) {
			tp.Sections[3].When = checklist.Interviewed
		}, names: []string{`"if-no"`, `"interviewed"`}},
		{name: "bad section id", edit: func(tp *checklist.Template) {
			tp.Sections[0].ID = "Company Research"
		}, names: []string{`"Company Research"`}},
		{name: "bad item id", edit: func(tp *checklist.Template) {
			tp.Sections[0].Items[0].ID = "../website"
		}, names: []string{`"../website"`}},
		{name: "empty item id", edit: func(tp *checklist.Template) {
			tp.Sections[0].Items[0].ID = ""
		}, names: []string{`"research"`, `item ""`}},
		{name: "section without a title", edit: func(tp *checklist.Template) {
			tp.Sections[1].Title = ""
		}, names: []string{`"people"`, "title"}},
		{name: "section without items", edit: func(tp *checklist.Template) {
			tp.Sections[1].Items = nil
		}, names: []string{`"people"`, "no items"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tp := testTemplate()
			tt.edit(&tp)
			err := tp.Validate()
			if tt.names == nil {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			if err == nil {
				t.Fatal("Validate() = nil, want an error")
			}
			for _, want := range tt.names {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("Validate() = %q, want it to mention %s", err, want)
				}
			}
		})
	}
}

// v1Template is a template as version 1 wrote it, before rounds: no
// scopes. It holds sections of the first default template and a person's
// own, before and after.
func v1Template() checklist.Template {
	item := func(id string) []checklist.TemplateItem {
		return []checklist.TemplateItem{{ID: id, Text: "Do " + id, Due: "+1d"}}
	}
	return checklist.Template{Version: 1, Name: "mine", Sections: []checklist.TemplateSection{
		{ID: "research", Title: "Research", Phase: checklist.Before, Items: item("news")},
		{ID: "my-prep", Title: "My own prep", Phase: checklist.Before, Items: item("mock")},
		{ID: "materials", Title: "Materials", Phase: checklist.Before, Items: item("resume")},
		{ID: "logistics", Title: "Logistics", Phase: checklist.Before, Items: item("route")},
		{ID: "thanks", Title: "Thanks", Phase: checklist.After, Items: item("thank-hr")},
		{ID: "my-after", Title: "My own after", Phase: checklist.After, Items: item("journal")},
		{ID: "follow-up", Title: "Follow-up", Phase: checklist.After, Items: item("follow-up-call")},
		{ID: "if-no", Title: "If no", Phase: checklist.After, When: checklist.Rejected, Items: item("ask-feedback")},
		{ID: "my-offer", Title: "My offer list", Phase: checklist.After, When: checklist.Offer, Items: item("celebrate")},
		{ID: "culture", Title: "Culture", Phase: checklist.Before, Scope: checklist.RoundScope, Items: item("values")},
	}}
}

// TestUpgradeTemplate: a person's template from version 1 still makes
// jobs. The day's sections and a person's own after list, whose due times
// counted from the interview, become each round's; the research, a
// person's own preparation, the follow-up and the outcome lists the job's.
// A scope the template already gives is kept.
func TestUpgradeTemplate(t *testing.T) {
	v1 := v1Template()
	up := checklist.UpgradeTemplate(v1)
	if up.Version != checklist.TemplateVersion || up.Name != "mine" {
		t.Errorf("upgraded to version %d named %q", up.Version, up.Name)
	}
	if err := up.Validate(); err != nil {
		t.Fatalf("the upgraded template is not valid: %v", err)
	}
	want := map[string]checklist.Scope{
		"research": checklist.JobScope, "my-prep": checklist.JobScope,
		"materials": checklist.RoundScope, "logistics": checklist.RoundScope, "thanks": checklist.RoundScope,
		"my-after": checklist.RoundScope, "follow-up": checklist.JobScope,
		"if-no": checklist.JobScope, "my-offer": checklist.JobScope, "culture": checklist.RoundScope,
	}
	for _, s := range up.Sections {
		if s.Scope != want[s.ID] {
			t.Errorf("section %q has scope %q, want %q", s.ID, s.Scope, want[s.ID])
		}
	}
	if !reflect.DeepEqual(v1, v1Template()) {
		t.Error("upgrading changed the template it was given")
	}

	j, err := checklist.NewJob(up, testDetails("Dana Lee"), "acme", created)
	if err != nil {
		t.Fatal(err)
	}
	for id, round := range map[string]bool{"news": false, "mock": false, "resume": true, "journal": true, "follow-up-call": false, "celebrate": false} {
		s, _, ok := j.Find(id)
		if !ok || (j.RoundOf(s) != nil) != round {
			t.Errorf("item %s found %v, in the round %v; want in the round %v", id, ok, ok && j.RoundOf(s) != nil, round)
		}
	}
	requireDue(t, j, "journal", interview.AddDate(0, 0, 1))

	t.Run("other versions are left as they are", func(t *testing.T) {
		for _, v := range []int{0, 2, 3} {
			tp := v1Template()
			tp.Version = v
			if got := checklist.UpgradeTemplate(tp); !reflect.DeepEqual(got, tp) {
				t.Errorf("version %d was changed: %+v", v, got)
			}
		}
		// A version-2 template must say its scopes.
		tp := v1Template()
		tp.Version = checklist.TemplateVersion
		if err := checklist.UpgradeTemplate(tp).Validate(); err == nil || !strings.Contains(err.Error(), "scope") {
			t.Errorf("a version-2 template without scopes: %v, want an error about the scope", err)
		}
	})
}
