package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestAppWithoutATerminal: prep run with its standard output going to a
// file draws nothing there, says in one line on stderr that the app needs
// a terminal and which commands serve scripts, and exits 2.
func TestAppWithoutATerminal(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	out, err := os.Create(filepath.Join(t.TempDir(), "out.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	cmd := prep(t, dir, nil, 0)
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = out, &stderr
	err = cmd.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 2 {
		t.Fatalf("prep > file: %v, want exit status 2", err)
	}
	msg := stderr.String()
	if strings.Count(msg, "\n") != 1 || !strings.HasPrefix(msg, "prep: ") {
		t.Errorf("stderr is not one line: %q", msg)
	}
	for _, want := range []string{"needs a terminal", "prep list", "prep --help"} {
		if !strings.Contains(msg, want) {
			t.Errorf("stderr %q does not say %q", msg, want)
		}
	}
	info, err := out.Stat()
	if err != nil {
		t.Fatal(err)
	}
	if info.Size() != 0 {
		t.Errorf("prep wrote %d bytes into the file, want none", info.Size())
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("prep made its data folder: %v", err)
	}
}
