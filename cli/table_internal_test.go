package cli

import (
	"bytes"
	"strings"
	"testing"

	"github.com/prep-cli/prep/internal/ascii"
)

// TestTableLongerThanAPartKeepsItsRunes: a table of thousands of rows,
// written a part at a time through the ASCII writer, comes out as the
// whole table replaced at once: no rune is cut between two writes.
func TestTableLongerThanAPartKeepsItsRunes(t *testing.T) {
	var rows [][]string
	for i := range 5000 {
		rows = append(rows, []string{"LATE", strings.Repeat("é", i%7), "Café — Zürich", "Prepare “the” answers"})
	}
	var whole, parts bytes.Buffer
	if err := writeTable(&whole, rows); err != nil {
		t.Fatal(err)
	}
	if whole.Len() < 3*32<<10 {
		t.Fatalf("the table is %d bytes: too short to be written in parts", whole.Len())
	}
	if err := writeTable(ascii.Writer(&parts), rows); err != nil {
		t.Fatal(err)
	}
	if want := ascii.Replace(whole.String()); parts.String() != want {
		t.Errorf("the table through the ASCII writer differs from the whole table replaced")
	}
}
