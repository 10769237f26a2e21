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
	part := strings.ToLower(strings.TrimSpace(name))
	var matches []string
	for _, id := range ids {
		if part != "" && strings.Contains(id, part) {
			matches = append(matches, id)
		}
	}
	if len(matches) == 1 {
		return matches[0], nil
	}
	// Read the files only when the file names do not settle it.
	jobs, _ := s.LoadMany(ids)
	var company []string
	for _, j := range jobs {
		if strings.EqualFold(strings.TrimSpace(j.Company), strings.TrimSpace(name)) {
			company = append(company, j.ID)
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
