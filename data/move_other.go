//go:build !linux && !darwin && !windows

package data

// moveNoReplace is the portable way where the system has no rename that
// refuses a taken name.
func moveNoReplace(from, to string) error { return linkThenUnlink(from, to) }
