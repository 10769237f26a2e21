package checklist

import (
	"slices"
	"strings"
)

// MergeText merges two texts that were both changed from base, line by
// line: a run of lines changed on one side only takes that side's change,
// and a run changed on both sides keeps both, ours first. It reports
// whether every change fitted without such a clash. Nothing either side
// wrote is ever dropped.
func MergeText(base, ours, theirs string) (merged string, clean bool) {
	return mergeLines(base, ours, theirs, func(o, t []string) []string { return append(slices.Clone(o), t...) })
}

// mergeLines is MergeText with the lines a clash keeps given by clash,
// from our lines and theirs.
func mergeLines(base, ours, theirs string, clash func(o, t []string) []string) (merged string, clean bool) {
	switch {
	case ours == theirs || theirs == base:
		return ours, true
	case ours == base:
		return theirs, true
	}
	b, o, t := splitLines(base), splitLines(ours), splitLines(theirs)
	if len(b)*max(len(o), len(t)) > maxMergeCells {
		return joinLines(clash(o, without(t, o))), false
	}
	mo, mt := matchLines(b, o), matchLines(b, t)
	var out []string
	clean = true
	bi, oi, ti := 0, 0, 0
	take := func(bEnd, oEnd, tEnd int) {
		chunk, ok := mergeChunk(b[bi:bEnd], o[oi:oEnd], t[ti:tEnd], clash)
		out = append(out, chunk...)
		clean = clean && ok
	}
	for k := range b {
		if mo[k] < 0 || mt[k] < 0 {
			continue
		}
		take(k, mo[k], mt[k])
		out = append(out, b[k])
		bi, oi, ti = k+1, mo[k]+1, mt[k]+1
	}
	take(len(b), len(o), len(t))
	return joinLines(out), clean
}

// maxMergeCells bounds the table matchLines fills. Notes are short; a text
// past this size is merged whole, ours and then what theirs adds.
const maxMergeCells = 4 << 20

// mergeChunk resolves the lines between two lines both sides kept.
func mergeChunk(base, ours, theirs []string, clash func(o, t []string) []string) ([]string, bool) {
	switch {
	case slices.Equal(ours, theirs), slices.Equal(theirs, base):
		return ours, true
	case slices.Equal(ours, base):
		return theirs, true
	}
	return clash(ours, theirs), false
}

// matchLines pairs lines of a with lines of b along a longest common
// subsequence: m[i] is the line of b that a[i] is kept as, or -1.
func matchLines(a, b []string) []int {
	// lcs[i][j] is the length of the longest common subsequence of a[i:]
	// and b[j:], kept in one slice.
	w := len(b) + 1
	lcs := make([]int, (len(a)+1)*w)
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i*w+j] = lcs[(i+1)*w+j+1] + 1
			} else {
				lcs[i*w+j] = max(lcs[(i+1)*w+j], lcs[i*w+j+1])
			}
		}
	}
	m := make([]int, len(a))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			m[i] = j
			i, j = i+1, j+1
		case lcs[(i+1)*w+j] >= lcs[i*w+j+1]:
			m[i] = -1
			i++
		default:
			j++
		}
	}
	for ; i < len(a); i++ {
		m[i] = -1
	}
	return m
}

func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

func joinLines(lines []string) string { return strings.Join(lines, "\n") }
