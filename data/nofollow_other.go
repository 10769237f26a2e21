//go:build !unix

package data

// noFollow is nothing where the system has no such flag: there the check
// for a link before the open is all there is.
const noFollow = 0
