package ui

import (
	"charm.land/lipgloss/v2"

	"github.com/prep-cli/prep/checklist"
)

// statusStyle colours a status by what it means for the person: green for
// an offer, red for a no, the accent while it is still ahead.
func statusStyle(st *Styles, s checklist.Status) lipgloss.Style {
	switch s {
	case checklist.Upcoming:
		return st.Section.UnsetBold()
	case checklist.Offer:
		return st.Done
	case checklist.Rejected:
		return st.Late.UnsetBold()
	}
	return st.Muted
}

// statusLabel is a status as a person reads it.
func statusLabel(s checklist.Status) string {
	if s == checklist.NoResponse {
		return "no response"
	}
	return string(s)
}
