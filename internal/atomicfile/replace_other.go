//go:build !windows

package atomicfile

import "github.com/natefinch/atomic"

// replace gives the file at src the name dst, in one step.
func replace(src, dst string) error { return atomic.ReplaceFile(src, dst) }
