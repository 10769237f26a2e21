//go:build unix

package data

import "syscall"

// noFollow makes an open fail on a link, rather than follow it.
const noFollow = syscall.O_NOFOLLOW
