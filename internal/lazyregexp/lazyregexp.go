// Package lazyregexp compiles a regular expression when it is first used
// rather than when prep starts. Every command starts the whole program,
// and the expressions for reading invitations and typed dates took a
// tenth of the start of a "prep due" that uses none of them.
package lazyregexp

import (
	"regexp"
	"sync"
)

// New gives the expression, compiled on the first call, as
// regexp.MustCompile would: it panics then if expr is not valid.
func New(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
