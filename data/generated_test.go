package data_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/prep-cli/prep/checklist"
	"github.com/prep-cli/prep/data"
	"github.com/prep-cli/prep/internal/dataset"
)

// TestShortWayAgreesOnAGeneratedFolder: every file of a folder of
// realistic jobs, written by the store, takes the short way and reads the
// same as the long way.
func TestShortWayAgreesOnAGeneratedFolder(t *testing.T) {
	dir, err := dataset.Shared(60)
	if err != nil {
		t.Fatal(err)
	}
	paths, err := filepath.Glob(filepath.Join(dir, "jobs", "*.json"))
	if err != nil || len(paths) != 60 {
		t.Fatalf("%d files, %v", len(paths), err)
	}
	sharing := data.DecodeCurrentSharing()
	var fresh, shared []checklist.Job
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		fast, ok := data.DecodeCurrent(b)
		if !ok {
			t.Fatalf("%s went the long way", p)
		}
		sh, ok := sharing(b)
		if !ok {
			t.Fatalf("%s went the long way reusing a scratch", p)
		}
		fresh, shared = append(fresh, fast), append(shared, sh)
		slow, raw, err := data.DecodeJobFileSlow(b)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if !reflect.DeepEqual(fast, slow) {
			t.Fatalf("%s reads differently:\nshort way: %#v\n long way: %#v", p, fast, slow)
		}
		if string(raw) != string(b) {
			t.Fatalf("%s: the long way kept other JSON", p)
		}
	}
	// Compared once all are read: a job must not change when the scratch
	// it was read with reads the next file.
	for i := range fresh {
		if !reflect.DeepEqual(shared[i], fresh[i]) {
			t.Fatalf("%s reads differently reusing a scratch", paths[i])
		}
	}
}

// TestListOfAGeneratedFolder: List finds every generated job, each as Load
// reads it alone, and loading a page at a time gives the same jobs.
func TestListOfAGeneratedFolder(t *testing.T) {
	dir, err := dataset.Shared(60)
	if err != nil {
		t.Fatal(err)
	}
	s := data.NewStore(dir)
	list, problems, err := s.List()
	if err != nil || len(problems) > 0 || len(list) != 60 {
		t.Fatalf("List: %d jobs, %v, %v", len(list), problems, err)
	}
	ids, err := s.IDs()
	if err != nil || len(ids) != 60 {
		t.Fatalf("IDs: %d, %v", len(ids), err)
	}
	byID := map[string]int{}
	for i, j := range list {
		byID[j.ID] = i
		alone, err := s.Load(j.ID)
		if err != nil || !reflect.DeepEqual(alone, j) {
			t.Fatalf("List gave %s differently from Load (%v)", j.ID, err)
		}
	}
	for start := 0; start < len(ids); start += 25 {
		jobs, problems := s.LoadMany(ids[start:min(start+25, len(ids))])
		if len(problems) > 0 {
			t.Fatal(problems)
		}
		for _, j := range jobs {
			i, ok := byID[j.ID]
			if !ok || !reflect.DeepEqual(j, list[i]) {
				t.Fatalf("LoadMany gave %s differently from List", j.ID)
			}
		}
	}
}
