package atomicfile

import (
	"errors"

	"golang.org/x/sys/windows"
)

// running reports whether a process with the id pid is running. Windows
// refuses to open a process that is not there as an invalid parameter; a
// process of another user is there, though it may not be opened.
func running(pid int) bool {
	h, err := windows.OpenProcess(windows.PROCESS_QUERY_LIMITED_INFORMATION, false, uint32(pid))
	if err != nil {
		return !errors.Is(err, windows.ERROR_INVALID_PARAMETER)
	}
	defer windows.CloseHandle(h)
	var code uint32
	if err := windows.GetExitCodeProcess(h, &code); err != nil {
		return true
	}
	return code == stillActive
}

// stillActive is the exit code of a process that has not ended.
const stillActive = 259
