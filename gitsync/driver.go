package gitsync

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/internal/atomicfile"
)

// driverMark starts each line the merge driver writes about a clash, so
// that Sync can pick them out of what git says.
const driverMark = "prep merge-driver: "

// MergeDriver is git's merge driver for job files: it merges the versions
// in the files base, ours and theirs (see data.MergeJobFiles) and writes
// the result over ours, where git takes it from, in one step, so that a
// kill leaves ours or the result and never a part. Each clash goes to
// stderr as a line naming path, the file in the repository. It fails, and
// writes nothing, if the versions cannot be merged; Sync then keeps both.
func MergeDriver(base, ours, theirs, path string, stderr io.Writer) error {
	read := func(name string) ([]byte, error) {
		b, err := os.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("merge %s: %w", path, err)
		}
		return b, nil
	}
	b, err := read(base)
	if err != nil {
		return err
	}
	o, err := read(ours)
	if err != nil {
		return err
	}
	t, err := read(theirs)
	if err != nil {
		return err
	}
	merged, clashes, err := data.MergeJobFiles(b, o, t)
	if err != nil {
		return fmt.Errorf("merge %s: %w", path, err)
	}
	if err := atomicfile.Write(ours, merged, 0o600, true); err != nil {
		return fmt.Errorf("merge %s: %w", path, err)
	}
	for _, c := range clashes {
		fmt.Fprintf(stderr, "%s%s: %s\n", driverMark, filepath.ToSlash(path), c)
	}
	return nil
}
