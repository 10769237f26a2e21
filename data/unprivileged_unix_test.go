//go:build unix

package data

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"syscall"
	"testing"
)

// nobody is the user a test that needs folder modes to hold runs as when
// the tests are run by root, who may write into any folder whatever its
// mode. Taking on a user id needs no account; 65534 is the one Unix
// systems keep for "nobody".
const nobody = 65534

// rerunUnprivileged runs the calling test again, alone, in a copy of this
// test binary running as nobody, and fails or passes with it. A system
// that will not switch users skips the test and says so; CI (CI=true)
// fails instead, as there the test must run.
func rerunUnprivileged(t *testing.T) {
	t.Helper()
	dir, err := os.MkdirTemp("", "prep-unprivileged-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	// nobody must reach the copy and own the folder it makes its own in.
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	home := filepath.Join(dir, "home")
	if err := os.Mkdir(home, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Chown(home, nobody, nobody); err != nil {
		t.Fatal(err)
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "data.test")
	b, err := os.ReadFile(exe)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, b, 0o755); err != nil {
		t.Fatal(err)
	}

	cmd := exec.Command(bin, "-test.run=^"+regexp.QuoteMeta(t.Name())+"$", "-test.v", "-test.timeout=2m")
	cmd.Dir = home
	cmd.Env = append(os.Environ(), "HOME="+home, "TMPDIR="+home)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody, Groups: []uint32{}}}
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		t.Errorf("run as user %d, the test failed:\n%s", nobody, out)
	case err != nil:
		cannotRunHere(t, fmt.Sprintf("root may write into a read-only folder, and the test cannot run as user %d instead: %v", nobody, err))
	case bytes.Contains(out, []byte("--- SKIP")):
		cannotRunHere(t, fmt.Sprintf("run as user %d, the test skipped:\n%s", nobody, out))
	default:
		t.Logf("run as user %d:\n%s", nobody, out)
	}
}

func cannotRunHere(t *testing.T, why string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatal(why + "\nCI must run this test.")
	}
	t.Skip(why)
}
