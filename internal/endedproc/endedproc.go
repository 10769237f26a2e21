// Package endedproc gives tests the id of a process that has run and
// ended, as a copy of prep killed in the middle of a save has: the
// temporary files it left are the ones prep may remove.
package endedproc

import (
	"os"
	"os/exec"
	"testing"
)

// PID runs the test binary once more, to do nothing, and gives the id it
// had.
func PID(t testing.TB) int {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run=^$")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	return cmd.Process.Pid
}
