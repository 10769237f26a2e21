package reorder

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
)

func TestApply(t *testing.T) {
	tests := map[string][]int{
		"nothing":           {},
		"one":               {0},
		"in order":          {0, 1, 2, 3},
		"reversed":          {3, 2, 1, 0},
		"a swap":            {1, 0, 2},
		"one long cycle":    {1, 2, 3, 4, 0},
		"cycles and places": {2, 1, 0, 4, 5, 3, 6},
	}
	rng := rand.New(rand.NewPCG(1, 2))
	tests["a thousand at random"] = rng.Perm(1000)
	for name, from := range tests {
		t.Run(name, func(t *testing.T) {
			s := make([]string, len(from))
			want := make([]string, len(from))
			for i := range s {
				s[i] = "element " + strconv.Itoa(i)
			}
			for i, f := range from {
				want[i] = s[f]
			}
			used := slices.Clone(from)
			Apply(s, used)
			if !slices.Equal(s, want) {
				t.Errorf("Apply gave %v, want %v", s, want)
			}
			for i, f := range used {
				if f != i {
					t.Fatalf("from[%d] is left at %d, want %d", i, f, i)
				}
			}
		})
	}
}
