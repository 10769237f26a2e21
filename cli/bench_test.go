package cli_test

import (
	"io"
	"os"
	"testing"
	"time"

	"github.com/prep-cli/prep/cli"
	"github.com/prep-cli/prep/internal/dataset"
)

// TestMain removes the generated folders the benchmarks shared.
func TestMain(m *testing.M) {
	code := m.Run()
	dataset.RemoveShared()
	os.Exit(code)
}

// benchRun runs prep over a generated folder of 200 jobs at the moment the
// folder was made around, so some jobs are to come and some tasks late.
func benchRun(b *testing.B, args ...string) {
	b.Helper()
	dir, err := dataset.Shared(200)
	if err != nil {
		b.Fatal(err)
	}
	config := b.TempDir() // no template of the person running the benchmarks
	env := cli.Env{
		Stdout: io.Discard,
		Stderr: io.Discard,
		Getenv: func(k string) string {
			switch k {
			case "PREP_DATA_DIR":
				return dir
			case "XDG_CONFIG_HOME":
				return config
			}
			return ""
		},
		Now: func() time.Time { return dataset.Reference },
	}
	b.ReportAllocs()
	for b.Loop() {
		if code := cli.Run(args, env); code != 0 {
			b.Fatalf("prep %v: exit %d", args, code)
		}
	}
}

// BenchmarkListJSON is prep list --json over 200 jobs.
func BenchmarkListJSON(b *testing.B) { benchRun(b, "list", "--json") }

// BenchmarkDue is prep due --json over 200 jobs.
func BenchmarkDue(b *testing.B) { benchRun(b, "due", "--json") }
