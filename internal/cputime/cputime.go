// Package cputime measures the processor time benchmarks use: on a shared
// machine the wall clock also counts the time other work held the cores,
// and the processor time does not.
package cputime

import (
	"testing"
	"time"
)

// Meter is the processor time used when a measurement started.
type Meter struct {
	start    time.Duration
	measured bool
}

// Start starts measuring.
func Start() Meter {
	start, ok := used()
	return Meter{start: start, measured: ok}
}

// Report adds the processor time used since Start, per op of b, to b's
// results as cpu-ms/op. Where it cannot be measured, nothing is added.
func (m Meter) Report(b *testing.B) {
	end, ok := used()
	if !m.measured || !ok || b.N == 0 {
		return
	}
	b.ReportMetric(float64(end-m.start)/float64(b.N)/float64(time.Millisecond), "cpu-ms/op")
}
