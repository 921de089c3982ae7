package page

import "strings"

// MediaWiki's tables (the wikitext of a page, pandoc -t mediawiki) sit between "{|" (its
// attributes after it: "{| class="wikitable"") and "|}": "|-" parts rows, "|+" opens the
// caption, a line opened by "!" holds header cells and one opened by "|" data cells, two
// or more on a line parted by "!!" or "||"; a cell's attributes stand before a single "|"
// in it ("! scope="col" | Name"); a line opened by neither goes on with the cell above.
// PipeGrids rewrites such a table into the pipe table it stands for, as it does a grid:
// the first row is the header, its rule on the "|-" under it, each row on its first line,
// the other lines blank. A table inside a cell (a "{|" before "|}") is no such table.

// readMediaWiki reads the MediaWiki table opening on line i ("{|"), t trimmed, as a grid.
func readMediaWiki(lines []string, i int, t string) (grid, bool) {
	if !strings.HasPrefix(t, "{|") {
		return grid{}, false
	}
	g := grid{start: i, end: -1, rule: -1}
	var row *gridRow
	for k := i + 1; k < len(lines) && g.end < 0; k++ {
		t := strings.TrimSpace(lines[k])
		switch {
		case strings.HasPrefix(t, "{|"):
			return grid{}, false
		case strings.HasPrefix(t, "|}"):
			g.end = k + 1
		case strings.HasPrefix(t, "|-"):
			if len(g.rows) == 1 && g.rule < 0 {
				g.rule = k
			}
			row = nil
		case strings.HasPrefix(t, "|+"): // the caption
		case strings.HasPrefix(t, "|"), strings.HasPrefix(t, "!"):
			sep := "||"
			if t[0] == '!' {
				sep = "!!"
			}
			if row == nil {
				g.rows = append(g.rows, gridRow{line: k})
				row = &g.rows[len(g.rows)-1]
			}
			for _, c := range strings.Split(t[1:], sep) {
				row.cells = append(row.cells, []string{wikiCellText(c)})
			}
		case row != nil && len(row.cells) > 0:
			c := &row.cells[len(row.cells)-1]
			*c = append(*c, t) // a blank line is a break in the cell (joinCellLines)
		}
	}
	if g.end < 0 || len(g.rows) < 2 || len(g.rows[0].cells) < 2 {
		return grid{}, false
	}
	padRows(g.rows, len(g.rows[0].cells))
	return g, true
}

// wikiCellText is a cell's text without the attributes before its single "|"
// ("style="color:red" | Name" is "Name"): where the part before holds an attribute
// (name="value"). Its bold ("”'Name”'", a required parameter's name) is written as
// Markdown's ("**Name**"), which the readers of pipe tables read; the magic word "{{!}}",
// which wikitext writes for a "|" of a cell's text ("key{{!}}value"), is the "|".
func wikiCellText(c string) string {
	if a, text, ok := strings.Cut(c, "|"); ok && strings.Contains(a, `="`) && !strings.Contains(text, "|") {
		c = text
	}
	c = strings.ReplaceAll(c, "{{!}}", "|")
	if n := strings.Count(c, "'''"); n > 0 && n%2 == 0 {
		c = strings.ReplaceAll(c, "'''", "**")
	}
	return strings.TrimSpace(c)
}
