package data

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestConfigKeepsTheAddresses: the person's addresses are saved, read
// back, added once in any case and taken out; a missing file is no
// answer yet, an empty list is one; a broken file is an error naming it.
func TestConfigKeepsTheAddresses(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "prep")
	c, err := LoadConfig(dir)
	if err != nil || c.Me != nil {
		t.Fatalf("no file: %+v, %v", c, err)
	}
	c = c.WithMe("mailto:Jane@Example.com").WithMe("jane@example.com").WithMe("jd@work.example")
	if err := SaveConfig(dir, c); err != nil {
		t.Fatal(err)
	}
	back, err := LoadConfig(dir)
	if err != nil || !slices.Equal(back.Me, []string{"Jane@Example.com", "jd@work.example"}) {
		t.Fatalf("read back %+v, %v", back, err)
	}
	if err := SaveConfig(dir, back.WithoutMe("JANE@example.com").WithoutMe("jd@work.example")); err != nil {
		t.Fatal(err)
	}
	if back, _ = LoadConfig(dir); back.Me == nil || len(back.Me) != 0 {
		t.Errorf("an empty answer read back as %#v", back.Me)
	}
	if err := os.WriteFile(ConfigPath(dir), []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadConfig(dir); err == nil || !strings.Contains(err.Error(), ConfigPath(dir)) {
		t.Errorf("a broken file: %v", err)
	}
	for _, bad := range []string{"jane", "@example.com", "jane@", "Jane <jane@example.com>"} {
		if ValidAddress(bad) == nil {
			t.Errorf("%q passed as an address", bad)
		}
	}
	if err := ValidAddress("mailto:jane@example.com"); err != nil {
		t.Error(err)
	}
}

// The addresses and the sync setting share one file: saving one keeps the
// other, and a key this build does not know stays too.
func TestConfigKeepsWhatItDoesNotChange(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "config.json")
	if err := os.WriteFile(path, []byte(`{"me": ["jane@example.com"], "theme": "dark"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := LoadConfig(dir)
	if err != nil {
		t.Fatal(err)
	}
	c.SyncOnStartAndQuit = true
	if err := SaveConfig(dir, c); err != nil {
		t.Fatal(err)
	}
	if err := SaveConfig(dir, Config{SyncOnStartAndQuit: true}); err != nil {
		t.Fatal(err)
	}
	again, err := LoadConfig(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(again.Me, []string{"jane@example.com"}) || !again.SyncOnStartAndQuit {
		t.Errorf("config after two saves = %+v", again)
	}
	if b, _ := os.ReadFile(path); !strings.Contains(string(b), `"theme": "dark"`) {
		t.Errorf("the unknown key is gone:\n%s", b)
	}
}
