package cli

import (
	"runtime/debug"
)

// version says what this build of prep is. A release build says what
// GoReleaser stamped it with, and the commit apart, for fang to show beside
// it. Any other build says what its build record holds (see buildVersion).
func (r *runner) version() (version, commit string) {
	if r.env.Version != "" {
		return r.env.Version, r.env.Commit
	}
	info, _ := debug.ReadBuildInfo()
	return buildVersion(info), ""
}

// buildVersion reads a build record: the module version for "go install
// ...@v1.2.0" (or a pseudo-version naming the commit, for a build in a
// clone), else the commit the build was made from, marked when it had
// changes not yet committed; failing all, "dev".
func buildVersion(info *debug.BuildInfo) string {
	if info == nil {
		return "dev"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var revision, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if revision == "" {
		return "dev"
	}
	if len(revision) > 12 {
		revision = revision[:12]
	}
	if modified == "true" {
		revision += "-dirty"
	}
	return "dev-" + revision
}
