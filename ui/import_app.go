package ui

import (
	tea "charm.land/bubbletea/v2"
)

// imported takes an import's result: the list shows the job as saved,
// and the job opens, if the person is still waiting for it; a failure is
// said in the footer, with the meeting still on show.
func (m Model) imported(msg invitationSavedMsg) (tea.Model, tea.Cmd) {
	waiting := m.screen == importScreen && m.importer != nil
	if msg.err != nil {
		m.err, m.notice = msg.err, ""
		if waiting {
			m.importer.saveFailed()
		}
		return m, nil
	}
	cmd := tea.Batch(m.list.Update(jobSavedMsg{id: msg.job.ID, job: msg.job}), m.list.reload())
	if !waiting {
		return m, cmd
	}
	m.importer = nil
	next, open := m.openLoaded(jobLoadedMsg{job: msg.job, gen: m.going})
	done := next.(Model)
	done.notice = "Imported: " + oneLine(msg.plan.Headline()) + "."
	return done, tea.Batch(cmd, open)
}
