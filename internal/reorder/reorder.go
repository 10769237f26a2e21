// Package reorder puts the elements of a slice in a new order where they
// are. The digests of a thousand jobs and the tasks due across them are
// hundreds of kilobytes; sorting their places and moving each element
// once takes no second slice of them, which in a command is fresh memory
// and in the app more to collect.
package reorder

// Apply moves s[from[i]] to s[i] for every i. from must hold each place
// of s once; it is used up, left holding each i at from[i].
func Apply[T any, I ~int | ~uint64](s []T, from []I) {
	for start := range s {
		if int(from[start]) == start {
			continue
		}
		// Follow the cycle of moves through start, with the element first
		// there kept aside, marking each place as it is filled.
		first, at := s[start], start
		for {
			next := int(from[at])
			from[at] = I(at)
			if next == start {
				s[at] = first
				break
			}
			s[at], at = s[next], next
		}
	}
}
