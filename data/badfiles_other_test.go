//go:build !unix

package data

func platformBadFiles([]byte) []badFile { return nil }
