package importer

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/prep-cli/prep/invite"
)

// Read reads the meetings of an invitation (see Meetings): an iCalendar
// file or a mail that carries one. local is the zone of times that name
// none.
func Read(r io.Reader, me []string, local *time.Location) ([]invite.Event, error) {
	events, err := invite.Parse(r, invite.Options{Me: me, Local: local})
	if err != nil {
		return nil, err
	}
	return Meetings(events), nil
}

// ReadFile is Read of the file at path; its errors name the file.
func ReadFile(path string, me []string, local *time.Location) ([]invite.Event, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.IsDir() {
		return nil, fmt.Errorf("%s is a folder; give the invitation file in it", path)
	}
	events, err := Read(f, me, local)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return events, nil
}

// ExpandHome reads a path as a person types it: a leading "~" is their
// home folder, and the quotes a file manager adds on a paste go.
func ExpandHome(path, home string) string {
	path = strings.TrimSpace(path)
	if len(path) >= 2 && (path[0] == '\'' || path[0] == '"') && path[len(path)-1] == path[0] {
		path = path[1 : len(path)-1]
	}
	if home == "" {
		return path
	}
	if path == "~" {
		return home
	}
	if rest, ok := strings.CutPrefix(path, "~/"); ok {
		return filepath.Join(home, rest)
	}
	return path
}
