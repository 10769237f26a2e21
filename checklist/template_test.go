package checklist_test

import (
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
