package gitsync

import "errors"

// The reasons a sync stops, each with what to do. Whatever the reason, the
// changes made on this device are committed here first (unless git itself
// is missing) and nothing is lost: the next sync takes them along.
var (
	// ErrNoGit: git is not installed, or not on the PATH.
	ErrNoGit = errors.New("git is not installed (or not on your PATH): prep sync needs it; install git, then run prep sync again")
	// ErrNotRepo: the data folder is not a git repository yet.
	ErrNotRepo = errors.New("the data folder is not kept in git yet: run prep sync --init [REMOTE] first")
	// ErrNoRemote: the repository has no remote to sync with.
	ErrNoRemote = errors.New("no remote: changes committed here; add one: prep sync --init REMOTE")
	// ErrPushRefused: the remote would not take the push.
	ErrPushRefused = errors.New("the remote refused the push: your changes are committed here and go with the next sync")
	// ErrAuth: the remote would not let this device in.
	ErrAuth = errors.New("the remote refused access (authentication failed): your changes are committed here; check your key or credentials for git, then run prep sync again")
	// ErrUnreachable: the remote could not be reached.
	ErrUnreachable = errors.New("the remote could not be reached: your changes are committed here and go with the next sync")
)

// remoteError says which of the reasons above a failed fetch or push was,
// keeping git's own words after it.
func remoteError(err error, push bool) error {
	var reason error
	switch {
	case push && said(err, "[rejected]", "[remote rejected]", "protected branch", "hook declined"):
		reason = ErrPushRefused
	case said(err, "authentication failed", "permission denied", "could not read username",
		"could not read password", "access denied", "returned error: 403", "returned error: 401",
		"host key verification failed"):
		reason = ErrAuth
	case said(err, "could not resolve host", "connection refused", "timed out", "network is unreachable",
		"does not appear to be a git repository", "could not read from remote", "not found"):
		reason = ErrUnreachable
	case push:
		reason = ErrPushRefused
	default:
		reason = ErrUnreachable
	}
	return &syncError{reason: reason, cause: err}
}

// syncError is one of the reasons above, with git's words.
type syncError struct {
	reason, cause error
}

func (e *syncError) Error() string { return e.reason.Error() + " (" + e.cause.Error() + ")" }

// Is lets errors.Is match the reason.
func (e *syncError) Is(target error) bool { return target == e.reason }

func (e *syncError) Unwrap() error { return e.cause }
