package data

import (
	"errors"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestDataDir(t *testing.T) {
	home := map[string]string{"HOME": "/home/kim"}
	// Absolute on every platform: on Windows a path needs its drive.
	xdg, err := filepath.Abs("/xdg")
	if err != nil {
		t.Fatal(err)
	}
	with := func(env map[string]string) map[string]string {
		m := map[string]string{"HOME": home["HOME"]}
		for k, v := range env {
			m[k] = v
		}
		return m
	}
	tests := []struct {
		name string
		flag string
		env  map[string]string
		want string // "" means the platform default
	}{
		{
			name: "the flag wins over everything",
			flag: "/from/flag",
			env:  with(map[string]string{"PREP_DATA_DIR": "/from/env", "XDG_DATA_HOME": xdg}),
			want: "/from/flag",
		},
		{
			name: "PREP_DATA_DIR wins over XDG_DATA_HOME",
			env:  with(map[string]string{"PREP_DATA_DIR": "/from/env", "XDG_DATA_HOME": xdg}),
			want: "/from/env",
		},
		{
			name: "XDG_DATA_HOME gets a prep folder",
			env:  with(map[string]string{"XDG_DATA_HOME": xdg}),
			want: filepath.Join(xdg, "prep"),
		},
		{
			name: "XDG_DATA_HOME needs no HOME",
			env:  map[string]string{"XDG_DATA_HOME": xdg},
			want: filepath.Join(xdg, "prep"),
		},
		{
			name: "the flag needs no HOME",
			flag: "/from/flag",
			want: "/from/flag",
		},
		{
			name: "empty variables count as unset",
			env:  with(map[string]string{"PREP_DATA_DIR": "", "XDG_DATA_HOME": ""}),
		},
		{
			name: "a relative XDG_DATA_HOME is ignored, as the XDG spec says",
			env:  with(map[string]string{"XDG_DATA_HOME": "relative/share"}),
		},
		{
			name: "nothing set: the platform's data folder",
			env:  home,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DataDir(tt.flag, func(k string) string { return tt.env[k] })
			if err != nil {
				t.Fatalf("DataDir: %v", err)
			}
			if tt.want == "" {
				if filepath.Base(got) != "prep" || !filepath.IsAbs(got) {
					t.Errorf("DataDir = %q, want the platform's data folder ending in prep", got)
				}
				return
			}
			if got != tt.want {
				t.Errorf("DataDir = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestDataDirIsNeverGuessed: with no HOME (or one that is not a path from
// the root) and nothing else set, there is no data folder, and the error
// says what to set; it is never /.local/share/prep or a folder relative to
// where prep was started.
func TestDataDirIsNeverGuessed(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows names the data folder itself, without HOME")
	}
	for name, env := range map[string]map[string]string{
		"nothing set":              {},
		"HOME empty":               {"HOME": ""},
		"HOME relative":            {"HOME": "home/kim"},
		"XDG_DATA_HOME relative":   {"XDG_DATA_HOME": "share"},
		"XDG_DATA_HOME just a dot": {"XDG_DATA_HOME": "."},
	} {
		t.Run(name, func(t *testing.T) {
			got, err := DataDir("", func(k string) string { return env[k] })
			if !errors.Is(err, ErrNoHome) || got != "" {
				t.Fatalf("DataDir = %q, %v; want no folder and ErrNoHome", got, err)
			}
			for _, w := range []string{"HOME", "--data-dir", "PREP_DATA_DIR"} {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %s", err, w)
				}
			}
		})
	}
}
