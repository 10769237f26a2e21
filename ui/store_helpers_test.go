package ui

import (
	"testing"
	"time"

	"github.com/prep-cli/prep/data"
)

// waitForFile polls a job's file until the item's saved state passes check;
// saves happen in the background, a moment after the key.
func waitForFile(t *testing.T, store *data.Store, id string, check func(done bool) bool, itemID string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		j, err := store.Load(id)
		if err == nil && j.Item(itemID) != nil && check(j.Item(itemID).Done) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("job %s item %s never reached the expected state on disk (last error %v)", id, itemID, err)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
