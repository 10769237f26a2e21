package data

import (
	"errors"
	"path/filepath"
	"runtime"

	"github.com/adrg/xdg"
)

// ErrNoHome is the error of DataDir when nothing says where the jobs are
// kept: no flag, no PREP_DATA_DIR, no XDG_DATA_HOME and no home folder.
var ErrNoHome = errors.New("no folder for the jobs: HOME is not set; set HOME, or name a folder with --data-dir DIR or PREP_DATA_DIR")

// DataDir picks the data directory: the --data-dir flag if given, else
// $PREP_DATA_DIR, else $XDG_DATA_HOME/prep, else the platform's usual place
// in the person's home folder. It never guesses: an XDG_DATA_HOME that is
// not an absolute path is ignored, as the XDG spec asks, and with no home
// folder to find the usual place in, it returns ErrNoHome rather than a
// folder relative to wherever prep was started.
func DataDir(flag string, getenv func(string) string) (string, error) {
	if flag != "" {
		return flag, nil
	}
	if d := getenv("PREP_DATA_DIR"); d != "" {
		return d, nil
	}
	if d := getenv("XDG_DATA_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "prep"), nil
	}
	if !hasHome(getenv) || !filepath.IsAbs(xdg.DataHome) {
		return "", ErrNoHome
	}
	return filepath.Join(xdg.DataHome, "prep"), nil
}

// hasHome reports whether the platform's usual folders can be found. Windows
// names them itself; elsewhere they are in $HOME, which must be an absolute
// path: with none, the XDG library would use "/" and write to /.local.
func hasHome(getenv func(string) string) bool {
	return runtime.GOOS == "windows" || filepath.IsAbs(getenv("HOME"))
}
