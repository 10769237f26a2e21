package cli

import (
	"io"

	"github.com/prep-cli/prep/safetext"
)

// writeTable writes rows as columns two spaces apart, padded by the width
// each cell takes on a terminal, so that wide characters and emoji stay
// aligned (text/tabwriter counts them as one column each). Cells must
// already be inert and on one line; the last column is not padded.
//
// Each cell is measured twice, for its column and as it is written, rather
// than its width kept: "prep due" writes thousands of rows, and measuring
// plain text costs less than the memory to hold the widths. The output goes
// out a part at a time for the same reason.
func writeTable(w io.Writer, rows [][]string) error {
	var widths []int
	for _, row := range rows {
		for i, cell := range row {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], safetext.Width(cell))
		}
	}
	return writeColumns(w, rows, widths)
}

// writeColumns is writeTable for rows whose columns are already measured:
// widths[i] is the width of column i's widest cell.
func writeColumns(w io.Writer, rows [][]string, widths []int) error {
	// Written a whole row at a time, so that a rune is never split between
	// writes: the ASCII writer (see runner.out) replaces runes.
	b := make([]byte, 0, 2*outputPart)
	for _, row := range rows {
		for i, cell := range row {
			b = append(b, cell...)
			if i < len(row)-1 {
				b = appendSpaces(b, widths[i]-safetext.Width(cell)+2)
			}
		}
		b = append(b, '\n')
		if len(b) >= outputPart {
			if _, err := w.Write(b); err != nil {
				return err
			}
			b = b[:0]
		}
	}
	_, err := w.Write(b)
	return err
}

// spaces are what a cell is padded with, appended a run at a time.
const spaces = "                                                                "

func appendSpaces(b []byte, n int) []byte {
	for ; n > len(spaces); n -= len(spaces) {
		b = append(b, spaces...)
	}
	return append(b, spaces[:n]...)
}
