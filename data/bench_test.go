package data_test

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/internal/cputime"
	"github.com/prep-cli/prep/internal/dataset"
)

// TestMain removes the generated folders the benchmarks shared.
func TestMain(m *testing.M) {
	code := m.Run()
	dataset.RemoveShared()
	os.Exit(code)
}

// sizes are the folders the load benchmarks read: a long search, and
// someone coaching others.
var sizes = []int{200, 1000}

func sharedDir(b *testing.B, n int) string {
	b.Helper()
	dir, err := dataset.Shared(n)
	if err != nil {
		b.Fatal(err)
	}
	return dir
}

// BenchmarkList reads and checks every job of a folder, as the app and
// prep list do.
func BenchmarkList(b *testing.B) {
	for _, n := range sizes {
		b.Run("jobs="+strconv.Itoa(n), func(b *testing.B) {
			s := data.NewStore(sharedDir(b, n))
			b.ReportAllocs()
			for b.Loop() {
				jobs, problems, err := s.List()
				if err != nil || len(problems) > 0 || len(jobs) != n {
					b.Fatalf("List: %d jobs, %v, %v", len(jobs), problems, err)
				}
			}
		})
	}
}

// BenchmarkDigests gives the digest of every job of a folder, as prep list
// and prep due do, from the index the first run made.
func BenchmarkDigests(b *testing.B) {
	for _, n := range sizes {
		b.Run("jobs="+strconv.Itoa(n), func(b *testing.B) {
			s := data.NewStore(sharedDir(b, n))
			if _, _, err := s.Digests(); err != nil { // makes the index
				b.Fatal(err)
			}
			b.ReportAllocs()
			cpu := cputime.Start()
			for b.Loop() {
				digests, problems, err := s.Digests()
				if err != nil || len(problems) > 0 || len(digests) != n {
					b.Fatalf("Digests: %d jobs, %v, %v", len(digests), problems, err)
				}
			}
			cpu.Report(b)
		})
	}
}

// BenchmarkDigestDue puts the tasks of a folder's digests in the order
// prep due lists them, at the moment the folder was made around.
func BenchmarkDigestDue(b *testing.B) {
	for _, n := range sizes {
		b.Run("jobs="+strconv.Itoa(n), func(b *testing.B) {
			digests, _, err := data.NewStore(sharedDir(b, n)).Digests()
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if len(checklist.DigestDue(digests, dataset.Reference, checklist.SoonWithin)) == 0 {
					b.Fatal("nothing is due")
				}
			}
		})
	}
}

// BenchmarkDue is what prep due asks of the store: the tasks of a folder
// whose index is up to date, at the moment the folder was made around.
func BenchmarkDue(b *testing.B) {
	for _, n := range sizes {
		b.Run("jobs="+strconv.Itoa(n), func(b *testing.B) {
			s := data.NewStore(sharedDir(b, n))
			if _, _, err := s.Digests(); err != nil { // makes the index
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				due, _, err := s.Due(dataset.Reference, checklist.SoonWithin)
				if err != nil {
					b.Fatal(err)
				}
				n := 0
				for _, err := range due {
					if err != nil {
						b.Fatal(err)
					}
					n++
				}
				if n == 0 {
					b.Fatal("nothing is due")
				}
			}
		})
	}
}

// BenchmarkDecodeIndex reads the index of a folder: the part of
// BenchmarkDigests that runs beside the stat of each job file.
func BenchmarkDecodeIndex(b *testing.B) {
	for _, n := range sizes {
		b.Run("jobs="+strconv.Itoa(n), func(b *testing.B) {
			index := sharedIndex(b, n)
			b.ReportAllocs()
			for b.Loop() {
				if !data.DecodeIndex(index) {
					b.Fatal("the index does not decode")
				}
			}
		})
	}
}

// BenchmarkDecodeIndexDue reads the index of a folder as prep due does,
// for the tasks due within its window at the moment the folder was made
// around.
func BenchmarkDecodeIndexDue(b *testing.B) {
	for _, n := range sizes {
		b.Run("jobs="+strconv.Itoa(n), func(b *testing.B) {
			index := sharedIndex(b, n)
			b.ReportAllocs()
			for b.Loop() {
				if !data.DecodeIndexDue(index, dataset.Reference, checklist.SoonWithin) {
					b.Fatal("the index does not decode")
				}
			}
		})
	}
}

// sharedIndex is the index of the shared folder of n jobs.
func sharedIndex(b *testing.B, n int) []byte {
	b.Helper()
	dir := sharedDir(b, n)
	if _, _, err := data.NewStore(dir).Digests(); err != nil { // makes the index
		b.Fatal(err)
	}
	index, err := os.ReadFile(filepath.Join(dir, "jobs", ".index"))
	if err != nil {
		b.Fatal(err)
	}
	return index
}

// BenchmarkReadAllBytes is the floor for BenchmarkList: list the jobs
// folder and read every file in it, nothing more.
func BenchmarkReadAllBytes(b *testing.B) {
	for _, n := range sizes {
		b.Run("jobs="+strconv.Itoa(n), func(b *testing.B) {
			jobs := filepath.Join(sharedDir(b, n), "jobs")
			b.ReportAllocs()
			for b.Loop() {
				entries, err := os.ReadDir(jobs)
				if err != nil {
					b.Fatal(err)
				}
				size := 0
				for _, e := range entries {
					if filepath.Ext(e.Name()) != ".json" {
						continue
					}
					bs, err := os.ReadFile(filepath.Join(jobs, e.Name()))
					if err != nil {
						b.Fatal(err)
					}
					size += len(bs)
				}
				b.SetBytes(int64(size))
			}
		})
	}
}

// BenchmarkLoad reads one job, as opening it in the app does.
func BenchmarkLoad(b *testing.B) {
	s := data.NewStore(sharedDir(b, sizes[0]))
	ids, err := s.IDs()
	if err != nil || len(ids) == 0 {
		b.Fatal(ids, err)
	}
	id := ids[len(ids)/2]
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Load(id); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkApply is one tick saved: lock, read afresh, change, write a new
// file and flush it and its folder to the disk.
func BenchmarkApply(b *testing.B) {
	dir := b.TempDir()
	if err := dataset.Generate(dir, 1, dataset.SharedSeed); err != nil {
		b.Fatal(err)
	}
	s := data.NewStore(dir)
	ids, err := s.IDs()
	if err != nil || len(ids) != 1 {
		b.Fatal(ids, err)
	}
	j, err := s.Load(ids[0])
	if err != nil {
		b.Fatal(err)
	}
	item := j.Sections[0].Items[0].ID
	at := dataset.Reference
	done := false
	b.ReportAllocs()
	for b.Loop() {
		done = !done
		if _, err := s.Apply(j.ID, checklist.SetDone{ItemID: item, Done: done, At: &at}); err != nil {
			b.Fatal(err)
		}
	}
}
