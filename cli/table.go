package cli

import (
	"io"
	"strings"

	"github.com/prep-cli/prep/safetext"
)

// writeTable writes rows as columns two spaces apart, padded by the width
// each cell takes on a terminal, so that wide characters and emoji stay
// aligned (text/tabwriter counts them as one column each). Cells must
// already be inert and on one line; the last column is not padded.
func writeTable(w io.Writer, rows [][]string) error {
	cells := make([][]int, len(rows))
	var widths []int
	size := 0
	for r, row := range rows {
		cells[r] = make([]int, len(row))
		for i, cell := range row {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			cells[r][i] = safetext.Width(cell)
			widths[i] = max(widths[i], cells[r][i])
			size += len(cell)
		}
	}
	var b strings.Builder
	b.Grow(size + len(rows)*(2*len(widths)+1))
	for r, row := range rows {
		for i, cell := range row {
			b.WriteString(cell)
			if i < len(row)-1 {
				for range widths[i] - cells[r][i] + 2 {
					b.WriteByte(' ')
				}
			}
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}
