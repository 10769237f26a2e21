package data

import (
	"os"
	"path/filepath"
	"testing"
)

// An index cut short (a disk that filled up, a copy stopped half way) is
// passed over: the jobs are read from their files, whatever is left of it.
func TestIndexCutShortIsPassedOver(t *testing.T) {
	for _, rest := range []string{"", "\x00", "\x00\x00\x00", "\x00\x00\x00\x00", "\x00\x00\x00\x00\x01"} {
		s, dir := newStore(t)
		j := create(t, s, details())
		index := filepath.Join(dir, jobsDir, indexName)
		if err := os.WriteFile(index, []byte(indexHeader+rest), 0o600); err != nil {
			t.Fatal(err)
		}
		digests, problems, err := s.Digests()
		if err != nil || len(problems) > 0 || len(digests) != 1 || digests[0].Job.ID != j.ID {
			t.Errorf("index of %q after its header: Digests = %d digests, %v, %v; want %s", rest, len(digests), problems, err, j.ID)
		}
	}
}
