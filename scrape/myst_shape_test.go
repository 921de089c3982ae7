package scrape

import (
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// mystShape is the unseenShapes shape of the gfm page whose every pipe table is a MyST
// list table, as Sphinx's Markdown (MyST) and Jupyter Book write a table whose cells
// hold lists (mystTables): a fenced "{list-table}" directive, by record fenced by
// backquotes or colons, titled by the heading over it, its options as lines
// (":header-rows: 1", ":widths: auto") or YAML between "---" lines, a row a "*" bullet
// and its cells "-" bullets under it, the first on the row's line or on the line below.
const mystShape = "s25myst"

// mystTables rewrites each pipe table of Markdown page s as a MyST list table (see
// mystShape), by record seq.
func mystTables(s string, seq int) string {
	lines := strings.Split(s, "\n")
	var out []string
	heading := ""
	fence := [...]string{"```", ":::", "````"}[seq%3]
	for k := 0; k < len(lines); k++ {
		l := lines[k]
		if strings.HasPrefix(l, "#") {
			heading = strings.TrimSpace(strings.TrimLeft(l, "#"))
		}
		if !strings.HasPrefix(l, "|") || k+1 >= len(lines) || !page.IsPipeSeparator(lines[k+1]) {
			out = append(out, l)
			continue
		}
		head := fence + "{list-table}"
		if seq%2 == 1 {
			head += " " + heading
		}
		out = append(out, head)
		if seq%4 == 2 {
			out = append(out, "---", "header-rows: 1", "widths: auto", "---")
		} else {
			out = append(out, ":header-rows: 1", ":widths: auto")
		}
		out = append(out, "")
		rows := [][]string{page.SplitPipeRow(l)}
		for k += 2; k < len(lines) && strings.HasPrefix(lines[k], "|"); k++ {
			rows = append(rows, page.SplitPipeRow(lines[k]))
		}
		k--
		for _, r := range rows {
			for c, cell := range r {
				cell = page.UnescapePipes(strings.TrimSpace(cell))
				switch {
				case c == 0 && seq%5 == 4:
					out = append(out, "*", strings.TrimRight("  - "+cell, " "))
				case c == 0:
					out = append(out, strings.TrimRight("* - "+cell, " "))
				default:
					out = append(out, strings.TrimRight("  - "+cell, " "))
				}
			}
		}
		out = append(out, fence)
	}
	return strings.Join(out, "\n")
}
