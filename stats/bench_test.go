package stats_test

import (
	"os"
	"testing"

	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/internal/cputime"
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
// after reading the folder. Besides the wall clock's time it reports the
// processor time per look back (cpu-ms/op), which a busy shared machine
// does not inflate.
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
	cpu := cputime.Start()
	for b.Loop() {
		stats.Compute(jobs, nil, dataset.Reference)
	}
	cpu.Report(b)
}
