//go:build !windows

package data

import "os"

// openJob opens a job file to read it.
func openJob(path string) (*os.File, error) { return os.Open(path) }
