package cli

import (
	"bytes"
	"fmt"
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

// TestTablePadsEachCellToItsColumn: every column starts where the widest
// cell above or below it ends, two spaces on, however wide that is, with
// wide characters counted as two cells.
func TestTablePadsEachCellToItsColumn(t *testing.T) {
	for _, widest := range []int{0, 1, 63, 64, 65, 200} {
		long := strings.Repeat("x", widest)
		rows := [][]string{{long, "a", "end"}, {"", "株式", "end"}, {"LATE", "", "end"}}
		var out bytes.Buffer
		if err := writeTable(&out, rows); err != nil {
			t.Fatal(err)
		}
		first, second := max(widest, 4)+2, max(widest, 4)+2+4+2
		want := fmt.Sprintf("%-*s%-*s%s\n%-*s%s%s\n%-*s%-*s%s\n",
			first, long, second-first, "a", "end",
			first, "", "株式  ", "end",
			first, "LATE", second-first, "", "end")
		if out.String() != want {
			t.Errorf("widest %d:\n%q\nwant\n%q", widest, out.String(), want)
		}
	}
}
