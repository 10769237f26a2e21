package ui

import (
	"slices"
	"testing"
)

// fuzzSteps are what a byte of FuzzKeys can do: press any key bound
// anywhere, resize the window, or let time pass.
var fuzzSteps = func() []step {
	var steps []step
	for _, k := range everyKey {
		steps = append(steps, step{op: "key", text: k})
	}
	for _, size := range [][2]int{{60, 16}, {80, 24}, {120, 40}, {200, 60}, {40, 10}} {
		steps = append(steps, step{op: "size", x: size[0], y: size[1]})
	}
	return append(steps, step{op: "wait", dt: watchEvery}, step{op: "wait", dt: 25 * 3600e9})
}()

// hurried marks a byte whose key comes before the results of the one
// before it have arrived.
const hurried = 0x80

// keySteps reads a fuzzer's bytes as steps: each byte one of fuzzSteps,
// then a quiet moment for its results, unless the next byte is hurried.
func keySteps(b []byte) []step {
	var steps []step
	for i, c := range b {
		steps = append(steps, fuzzSteps[int(c&^hurried)%len(fuzzSteps)])
		if i+1 == len(b) || b[i+1]&hurried == 0 {
			steps = append(steps, step{op: "settle"})
		}
	}
	return steps
}

// keyBytes writes steps by name as FuzzKeys reads them, for its seeds.
func keyBytes(t testing.TB, names ...string) []byte {
	var b []byte
	for _, n := range names {
		hurry := byte(0)
		if n[0] == '!' && len(n) > 1 {
			hurry, n = hurried, n[1:]
		}
		i := slices.IndexFunc(fuzzSteps, func(s step) bool { return s.String() == n || s.text == n })
		if i < 0 {
			t.Fatalf("no fuzz step is %q", n)
		}
		b = append(b, byte(i)|hurry)
	}
	return b
}

// FuzzKeys drives the app over the fifteen-job data set with any sequence
// of keys, resizes and waits, checking after every message what the drive
// checks. Run it with go test ./ui -run '^$' -fuzz FuzzKeys.
func FuzzKeys(f *testing.F) {
	for _, seed := range [][]string{
		{"/", "e", "enter", "j", "enter", "esc"},              // Found 1 (a)
		{"j", "enter", "r", "size 120 40", "a", "size 60 16"}, // Found 1 (b)
		{"j", "enter", "t", "!J", "!ctrl+c"},                  // an edit overtaken by ctrl+c
		{"j", "enter", "s", "down", "enter", "E", "esc", "wait 2s"},
		{"n", "a", "tab", "b", "enter", "esc", "?", "q"},
		{"!", "esc", "3", "d", "y", "2", "s", "esc", "1"},
	} {
		f.Add(keyBytes(f, seed...))
	}
	set, _ := dataSetNamed("fifteen")
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) > 400 {
			b = b[:400]
		}
		steps := keySteps(b)
		if err := replay(set, driveDir(t), steps, false); err != nil {
			t.Fatalf("%v\nsteps: %q", err, steps)
		}
	})
}
