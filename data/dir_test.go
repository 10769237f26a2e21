package data

import (
	"path/filepath"
	"testing"
)

func TestDataDir(t *testing.T) {
	tests := []struct {
		name string
		flag string
		env  map[string]string
		want string // "" means the platform default
	}{
		{
			name: "the flag wins over everything",
			flag: "/from/flag",
			env:  map[string]string{"PREP_DATA_DIR": "/from/env", "XDG_DATA_HOME": "/xdg"},
			want: "/from/flag",
		},
		{
			name: "PREP_DATA_DIR wins over XDG_DATA_HOME",
			env:  map[string]string{"PREP_DATA_DIR": "/from/env", "XDG_DATA_HOME": "/xdg"},
			want: "/from/env",
		},
		{
			name: "XDG_DATA_HOME gets a prep folder",
			env:  map[string]string{"XDG_DATA_HOME": "/xdg"},
			want: filepath.Join("/xdg", "prep"),
		},
		{
			name: "empty variables count as unset",
			env:  map[string]string{"PREP_DATA_DIR": "", "XDG_DATA_HOME": ""},
		},
		{
			name: "nothing set: the platform's data folder",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			getenv := func(k string) string { return tt.env[k] }
			got := DataDir(tt.flag, getenv)
			if tt.want == "" {
				if filepath.Base(got) != "prep" || got == "prep" {
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
