package data

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A job file of 8 MiB to the byte still opens; one byte more is named as
// too large, and is left as it was.
func TestJobFileSizeLimit(t *testing.T) {
	s, dir := newStore(t)
	j := create(t, s, details())
	path := filepath.Join(dir, "jobs", j.ID+".json")
	good := readFile(t, path)
	padded := func(size int) []byte { return append(bytes.Clone(good), bytes.Repeat([]byte(" "), size-len(good))...) }

	writeFile(t, path, padded(maxJobSize))
	if loaded, err := s.Load(j.ID); err != nil || loaded.Company != j.Company {
		t.Fatalf("a file of exactly %d bytes: %v", maxJobSize, err)
	}
	tooBig := padded(maxJobSize + 1)
	writeFile(t, path, tooBig)
	if _, err := s.Load(j.ID); err == nil || !strings.Contains(err.Error(), "too large") || !strings.Contains(err.Error(), path) {
		t.Fatalf("a file one byte over: %v; want it named as too large", err)
	}
	if b, _ := os.ReadFile(path); !bytes.Equal(b, tooBig) {
		t.Error("the file too large was changed")
	}
}
