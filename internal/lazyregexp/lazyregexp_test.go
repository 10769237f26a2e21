package lazyregexp_test

import (
	"testing"

	"github.com/prep-cli/prep/internal/lazyregexp"
)

func TestCompiledOnceOnFirstUse(t *testing.T) {
	bad := lazyregexp.New(`(`) // not compiled yet, so no panic here
	word := lazyregexp.New(`(?i)\bphone\b`)
	if !word().MatchString("A Phone screen") || word().MatchString("telephone") {
		t.Error("the expression does not match as written")
	}
	if first, again := word(), word(); first != again {
		t.Error("each call compiles the expression again")
	}
	defer func() {
		if recover() == nil {
			t.Error("an invalid expression did not panic on its first use")
		}
	}()
	bad()
}
