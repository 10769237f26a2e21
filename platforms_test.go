package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// platforms are the systems prep is released for (see .goreleaser.yaml).
var platforms = []struct{ goos, goarch string }{
	{"linux", "amd64"}, {"linux", "arm64"},
	{"darwin", "amd64"}, {"darwin", "arm64"},
	{"windows", "amd64"}, {"windows", "arm64"},
}

// TestBuildsForEveryPlatform: prep builds for each system it is released
// for, without cgo, as the release does. A file that builds on Linux alone,
// such as one using a Unix-only system call, fails here.
func TestBuildsForEveryPlatform(t *testing.T) {
	if testing.Short() {
		t.Skip("builds prep six times")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build with")
	}
	out := t.TempDir()
	for _, p := range platforms {
		t.Run(p.goos+"-"+p.goarch, func(t *testing.T) {
			// The flags are the release's, so that each shares its compiled
			// packages with the release build and go vet in .ci/run.
			cmd := exec.Command(goTool, "build", "-trimpath", "-o", filepath.Join(out, p.goos+"-"+p.goarch), ".")
			cmd.Env = append(os.Environ(), "GOOS="+p.goos, "GOARCH="+p.goarch, "CGO_ENABLED=0")
			if b, err := cmd.CombinedOutput(); err != nil {
				t.Errorf("go build: %v\n%s", err, b)
			}
		})
	}
}
