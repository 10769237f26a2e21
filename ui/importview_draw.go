package ui

import (
	"fmt"
	"strings"
)

// roomy is the height from which the screen has room for blank lines.
const roomy = 20

// labelWidth is the room of the labels left of the meeting's details.
const labelWidth = 10

func (v *importView) View() string {
	st := v.sh.styles
	var page string
	switch v.step {
	case importLoading:
		page = st.Muted.Render("Reading your settings…")
	case importAskMe:
		page = "Which mail address do your invitations come to?\n" +
			st.Muted.Render("prep leaves you out of the people you will meet. Enter with nothing\n"+
				"typed skips it; prep config me add ADDRESS adds more later.") + "\n\n" + v.input.View()
	case importAskPath:
		page = "The invitation: an .ics file, or a mail saved as .eml.\n" +
			st.Muted.Render("~ is your home folder. Nothing is saved before you have seen it.") + "\n\n" + v.input.View()
	case importReading:
		page = st.Muted.Render("Reading " + oneLine(v.input.Value()) + "…")
	case importPreview, importSaving:
		page = v.preview()
	}
	// Each line is cut to the page inside its margins: one longer would
	// make the page wider than the window.
	inner := max(v.width-st.Page.GetHorizontalFrameSize(), 1)
	title, margin := st.Title.Padding(1, 2, 0), st.Page
	if v.height < roomy {
		// A small window keeps its lines for the meeting.
		title, margin = st.Title.Padding(0, 2), st.Page.Padding(0, 2)
	}
	return title.Render("Import an invitation") + "\n" + margin.Render(cutLines(page, inner))
}

// preview is what the meeting makes, before it is saved.
func (v *importView) preview() string {
	st := v.sh.styles
	var lines []string
	add := func(s string) { lines = append(lines, s) }
	if len(v.events) > 1 {
		add(st.Muted.Render(fmt.Sprintf("Meeting %d of %d in %s", v.at+1, len(v.events), oneLine(v.path))))
	}
	if v.planErr != nil {
		add(st.Error.Render(oneLine(v.planErr.Error())))
	} else {
		add(st.Section.Render(oneLine(v.plan.Headline())))
	}
	if v.height >= roomy {
		add("")
	}
	field := func(label, value string) {
		add(st.Muted.Render(padRight(label, labelWidth)) + " " + value)
	}
	if v.editsCompany() {
		field("Company", v.company.View())
	}
	if v.editsRole() {
		field("Role", v.role.View())
	}
	if v.planErr == nil {
		for _, f := range v.plan.Fields(v.sh.now().Location()) {
			field(f.Label, oneLine(f.Value))
		}
		for i, a := range v.plan.Assumed {
			label := ""
			if i == 0 {
				label = "Assumed"
			}
			field(label, st.Muted.Render(oneLine(a)))
		}
	}
	if v.step == importSaving {
		add("")
		add(st.Muted.Render("Saving…"))
	}
	return strings.Join(lines, "\n")
}
