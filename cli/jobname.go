package cli

import (
	"slices"
	"strings"

	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/safetext"
)

// resolveJob is the id of the job a person named: its whole id, any part of the
// id that names one job alone, or its company when that has one job. A name
// that fits several jobs is a usage error listing them; a name that fits
// none is given back as it is, for the store to say there is no such job.
func resolveJob(s *data.Store, name string) (string, error) {
	ids, err := s.IDs()
	if err != nil || slices.Contains(ids, name) {
		return name, nil
	}
	matches := idsContaining(ids, name)
	if len(matches) == 1 {
		return matches[0], nil
	}
	// The companies only when the file names do not settle it, from the
	// index, which reads no file that has not changed.
	digests, _, _ := s.DigestsWithoutTasks()
	var company []string
	for _, d := range digests {
		if strings.EqualFold(strings.TrimSpace(d.Job.Company), strings.TrimSpace(name)) {
			company = append(company, d.Job.ID)
		}
	}
	switch {
	case len(company) == 1:
		return company[0], nil
	case len(company) > 1:
		matches = company
	case len(matches) == 0:
		return name, nil
	}
	return "", usagef("%q names %d jobs: %s; give more of the id", safetext.Line(name), len(matches), strings.Join(matches, ", "))
}

// idsContaining are the ids that hold part, written in any case, in the
// order given.
func idsContaining(ids []string, part string) []string {
	part = strings.ToLower(strings.TrimSpace(part))
	var matches []string
	for _, id := range ids {
		if part != "" && strings.Contains(id, part) {
			matches = append(matches, id)
		}
	}
	return matches
}
