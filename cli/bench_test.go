package cli_test

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/prep-cli/prep/cli"
	"github.com/prep-cli/prep/internal/cputime"
	"github.com/prep-cli/prep/internal/dataset"
)

// TestMain removes the generated folders the benchmarks shared.
func TestMain(m *testing.M) {
	code := m.Run()
	dataset.RemoveShared()
	os.Exit(code)
}

// sizes are the folders the benchmarks read: a long search, and someone
// coaching others.
var sizes = []int{200, 1000}

// benchRun runs prep over generated folders of 200 and 1,000 jobs at the
// moment the folders were made around, so some jobs are to come and some
// tasks late. Beside the wall clock it reports the processor time per run
// (cpu-ms/op), which other work on a shared machine inflates far less. With cold, the store's index is removed before each run, so
// every file is read and the index written afresh.
func benchRun(b *testing.B, cold bool, args ...string) {
	for _, n := range sizes {
		b.Run("jobs="+strconv.Itoa(n), func(b *testing.B) {
			dir, err := dataset.Shared(n)
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
			index := filepath.Join(dir, "jobs", ".index")
			if code := cli.Run(args, env); code != 0 { // makes the index
				b.Fatalf("prep %v: exit %d", args, code)
			}
			b.ReportAllocs()
			cpu := cputime.Start()
			for b.Loop() {
				if cold {
					b.StopTimer()
					if err := os.Remove(index); err != nil && !errors.Is(err, fs.ErrNotExist) {
						b.Fatal(err)
					}
					b.StartTimer()
				}
				if code := cli.Run(args, env); code != 0 {
					b.Fatalf("prep %v: exit %d", args, code)
				}
			}
			cpu.Report(b)
		})
	}
}

// BenchmarkListJSON is prep list --json.
func BenchmarkListJSON(b *testing.B) { benchRun(b, false, "list", "--json") }

// BenchmarkDue is prep due --json.
func BenchmarkDue(b *testing.B) { benchRun(b, false, "due", "--json") }

// BenchmarkDueNoIndex is prep due --json with no index to start from.
func BenchmarkDueNoIndex(b *testing.B) { benchRun(b, true, "due", "--json") }

// BenchmarkDueTable is prep due as a table.
func BenchmarkDueTable(b *testing.B) { benchRun(b, false, "due") }
