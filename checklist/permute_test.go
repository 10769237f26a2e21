package checklist

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
)

// TestPermute: every arrangement, of cycles long and short, comes out as
// a copy through the order would make it.
func TestPermute(t *testing.T) {
	orders := [][]int{{}, {0}, {1, 0}, {0, 1, 2}, {2, 0, 1}, {1, 2, 0}, {3, 2, 1, 0}, {1, 0, 3, 2, 4}}
	r := rand.New(rand.NewPCG(1, 2))
	for range 50 {
		orders = append(orders, r.Perm(1+r.IntN(40)))
	}
	for _, order := range orders {
		s := make([]string, len(order))
		for i := range s {
			s[i] = strconv.Itoa(i)
		}
		want := make([]string, len(order))
		for n, i := range order {
			want[n] = s[i]
		}
		permute(s, slices.Clone(order))
		if !slices.Equal(s, want) {
			t.Errorf("order %v: %v, want %v", order, s, want)
		}
	}
}
