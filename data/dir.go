package data

import (
	"path/filepath"

	"github.com/adrg/xdg"
)

// DataDir picks the data directory: the --data-dir flag if given, else
// $PREP_DATA_DIR, else $XDG_DATA_HOME/prep, else the platform's usual place.
func DataDir(flag string, getenv func(string) string) string {
	if flag != "" {
		return flag
	}
	if d := getenv("PREP_DATA_DIR"); d != "" {
		return d
	}
	if d := getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "prep")
	}
	return filepath.Join(xdg.DataHome, "prep")
}
