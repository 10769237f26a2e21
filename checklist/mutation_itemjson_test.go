package checklist_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/prep-cli/prep/checklist"
)

// An unreadable due_at far longer than the rest of its item (a note pasted
// into the wrong field) is written back whole, like a short one.
func TestLongUnreadableDueAtIsWrittenBack(t *testing.T) {
	long := `"` + strings.Repeat("ask Kim when it is due, ", 20) + `"`
	in := `{"id":"x","text":"X","done":false,"due_at":` + long + `}`
	var it checklist.Item
	if err := json.Unmarshal([]byte(in), &it); err != nil {
		t.Fatal(err)
	}
	out, err := json.Marshal(it)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), `"due_at":`+long) {
		t.Errorf("written back as %s", out)
	}
}
