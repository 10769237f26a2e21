//go:build !unix && !windows

package atomicfile

// running says a process is running wherever this build cannot ask: a
// temporary file left behind is then kept, never one removed under a
// process still writing it.
func running(int) bool { return true }
