package checklist

import "slices"

// mergeKeyed merges three versions of a list of things known by their
// keys (see MergeJobs). A thing both sides have is merged with merge,
// given its base version or the zero value; a thing one side alone has is
// passed through lone, if not nil. Equal says whether a thing was left as
// it was.
func mergeKeyed[T any](base, ours, theirs []T, key func(T) string, equal func(a, b T) bool, merge func(b, o, t T) T, lone func(x T) T) []T {
	index := func(list []T) map[string]int {
		m := make(map[string]int, len(list))
		for i, x := range list {
			m[key(x)] = i
		}
		return m
	}
	keys := func(list []T) []string {
		out := make([]string, len(list))
		for i, x := range list {
			out[i] = key(x)
		}
		return out
	}
	bi, oi, ti := index(base), index(ours), index(theirs)
	kept := func(k string) (T, bool) {
		var zero T
		b, inB := bi[k]
		o, inO := oi[k]
		t, inT := ti[k]
		switch {
		case inO && inT:
			bv := zero
			if inB {
				bv = base[b]
			}
			return merge(bv, ours[o], theirs[t]), true
		case inO && (!inB || !equal(base[b], ours[o])):
			return alone(lone, ours[o]), true
		case inT && (!inB || !equal(base[b], theirs[t])):
			return alone(lone, theirs[t]), true
		}
		return zero, false
	}
	ok, ot := keys(ours), keys(theirs)
	order := placeMissing(mergeOrder(keys(base), ok, ot), ok, ot)
	var out []T
	if ours != nil || theirs != nil {
		out = make([]T, 0, len(order))
	}
	for _, k := range order {
		if x, keep := kept(k); keep {
			out = append(out, x)
		}
	}
	return out
}

func alone[T any](lone func(T) T, x T) T {
	if lone == nil {
		return x
	}
	return lone(x)
}

// mergeOrder merges three orders of keys as MergeText merges lines: where
// one side alone changed the order, its order is taken. Where both changed
// the same stretch, ours comes first, then what theirs added there; a key
// of base stays there only if both kept it there. A key that ends up in
// two places keeps the first.
func mergeOrder(base, ours, theirs []string) []string {
	switch {
	case slices.Equal(ours, theirs) || slices.Equal(theirs, base):
		return ours
	case slices.Equal(ours, base):
		return theirs
	}
	mo, mt := matchLines(base, ours), matchLines(base, theirs)
	var out []string
	bi, oi, ti := 0, 0, 0
	take := func(bEnd, oEnd, tEnd int) {
		out = append(out, orderChunk(base[bi:bEnd], ours[oi:oEnd], theirs[ti:tEnd])...)
	}
	for k := range base {
		if mo[k] < 0 || mt[k] < 0 {
			continue
		}
		take(k, mo[k], mt[k])
		out = append(out, base[k])
		bi, oi, ti = k+1, mo[k]+1, mt[k]+1
	}
	take(len(base), len(ours), len(theirs))
	seen := make(map[string]bool, len(out))
	return slices.DeleteFunc(out, func(k string) bool {
		if seen[k] {
			return true
		}
		seen[k] = true
		return false
	})
}

// orderChunk orders the keys between two keys both sides kept in place.
func orderChunk(base, ours, theirs []string) []string {
	switch {
	case slices.Equal(ours, theirs) || slices.Equal(theirs, base):
		return ours
	case slices.Equal(ours, base):
		return theirs
	}
	var out []string
	for _, k := range ours {
		if !slices.Contains(base, k) || slices.Contains(theirs, k) {
			out = append(out, k)
		}
	}
	for _, k := range theirs {
		if !slices.Contains(base, k) && !slices.Contains(ours, k) {
			out = append(out, k)
		}
	}
	return out
}

// placeMissing puts back each key of ours or theirs that the merged order
// left out (one side moved it, the other changed it where it was), after
// the key before it on its side.
func placeMissing(order, ours, theirs []string) []string {
	in := make(map[string]bool, len(order))
	for _, k := range order {
		in[k] = true
	}
	for _, side := range [][]string{ours, theirs} {
		for i, k := range side {
			if in[k] {
				continue
			}
			at := 0
			for j := i - 1; j >= 0; j-- {
				if p := slices.Index(order, side[j]); p >= 0 {
					at = p + 1
					break
				}
			}
			order = slices.Insert(order, at, k)
			in[k] = true
		}
	}
	return order
}
