package ui

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/prep-cli/prep/data"
)

// TestNonUTF8Terminal draws the screens as a terminal that takes no UTF-8
// gets them: every mark, bar, rule, border and help key in ASCII, at the
// sizes the other goldens use.
func TestNonUTF8Terminal(t *testing.T) {
	inASCII := func(t *testing.T, store *data.Store, w, h int) Model {
		cfg := testConfig(store)
		cfg.ASCII = true
		m := update(New(cfg), sizeMsg(w, h))
		return update(m, loadJobs(store, 0)())
	}
	screens := []struct {
		name string
		make func(t *testing.T, w, h int) Model
	}{
		{"list", func(t *testing.T, w, h int) Model {
			store, _ := sampleStore(t)
			return inASCII(t, store, w, h)
		}},
		{"checklist", func(t *testing.T, w, h int) Model {
			store, j := sampleStore(t)
			return send(update(inASCII(t, store, w, h), jobLoadedMsg{job: j}), "t", "j")
		}},
		{"tonight", func(t *testing.T, w, h int) Model {
			store, j := sampleStore(t)
			return update(inASCII(t, store, w, h), jobLoadedMsg{job: j})
		}},
		{"note-editor", func(t *testing.T, w, h int) Model {
			store, j := sampleStore(t)
			return typeInto(send(update(inASCII(t, store, w, h), jobLoadedMsg{job: j}), "t", "e"), "CEO: Ada")
		}},
		{"review", func(t *testing.T, w, h int) Model {
			store, j := finishedStore(t)
			return update(inASCII(t, store, w, h), jobLoadedMsg{job: j})
		}},
		{"new-job-form", func(t *testing.T, w, h int) Model {
			return update(inASCII(t, newStore(t), w, h), newJobMsg{})
		}},
	}
	for _, sc := range screens {
		for _, sz := range sizes {
			t.Run(fmt.Sprintf("%s/%dx%d", sc.name, sz.w, sz.h), func(t *testing.T) {
				m := sc.make(t, sz.w, sz.h)
				view := m.View()
				for i, r := range view.Content + view.WindowTitle {
					if r >= 0x80 {
						t.Fatalf("%q at byte %d of the frame:\n%s", r, i, render(m))
					}
				}
				golden.RequireEqual(t, render(m))
			})
		}
	}
}
