package ui

import (
	"path/filepath"
	"strings"
)

// problemsView lists the job files that could not be read, and why, and
// says what to do: they are left exactly as they are.
func (v *jobList) problemsView() string {
	st := v.sh.styles
	w := max(20, v.width-4)
	var b strings.Builder
	b.WriteString(st.Title.Render("Job files that could not be read") + "\n\n")
	b.WriteString(st.Muted.Width(w).Render("prep leaves them exactly as they are. "+
		"Fix or move each one, then open prep again; every other job works as usual.") + "\n")
	for _, p := range v.problems {
		name := p.Path
		if rel, err := filepath.Rel(v.sh.store.Dir(), p.Path); err == nil {
			name = rel
		}
		b.WriteString("\n" + st.Late.Render("✗ ") + st.Item.Render(truncate(oneLine(name), w-2)) + "\n")
		b.WriteString(st.Indented.Width(w).Render(st.Muted.Render(oneLine(p.Err.Error()))) + "\n")
	}
	return st.Page.Render(b.String())
}
