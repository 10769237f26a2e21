package stats_test

import (
	"os"
	"testing"

	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/internal/dataset"
	"github.com/prep-cli/prep/stats"
)

// TestMain removes the generated folders the benchmarks shared.
func TestMain(m *testing.M) {
	code := m.Run()
	dataset.RemoveShared()
	os.Exit(code)
}

// BenchmarkCompute is the look back over the generated set of 1,000 jobs,
// loaded once beforehand: the figures alone, as the screen makes them
// after reading the folder.
func BenchmarkCompute(b *testing.B) {
	dir, err := dataset.Shared(1000)
	if err != nil {
		b.Fatal(err)
	}
	jobs, problems, err := data.NewStore(dir).List()
	if err != nil || len(problems) > 0 || len(jobs) != 1000 {
		b.Fatalf("load: %d jobs, %v, %v", len(jobs), problems, err)
	}
	b.ReportAllocs()
	for b.Loop() {
		stats.Compute(jobs, nil, dataset.Reference)
	}
}
