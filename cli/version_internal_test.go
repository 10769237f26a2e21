package cli

import (
	"runtime/debug"
	"testing"
)

func TestBuildVersion(t *testing.T) {
	vcs := func(revision, modified string) []debug.BuildSetting {
		return []debug.BuildSetting{{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: revision}, {Key: "vcs.modified", Value: modified}}
	}
	tests := []struct {
		name string
		info *debug.BuildInfo
		want string
	}{
		{"go install of a release", &debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}}, "v1.2.0"},
		{"a build in a clone", &debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261201073000-c8221f4abcde"}},
			"v0.0.0-20261201073000-c8221f4abcde"},
		{"a commit", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: vcs("c8221f4abcdef0123456789", "false")},
			"dev-c8221f4abcde"},
		{"a commit with changes", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: vcs("c8221f4abcdef0123456789", "true")},
			"dev-c8221f4abcde-dirty"},
		{"nothing known", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "dev"},
		{"no build record", nil, "dev"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := buildVersion(tt.info); got != tt.want {
				t.Errorf("buildVersion = %q, want %q", got, tt.want)
			}
		})
	}
}
