package page

import (
	"strconv"
	"strings"
)

// AsciiDoc's tables (an .adoc source, or the text of a page written in it) sit between two
// "|===" lines, under an optional attribute line ("[cols="1,1,2",options="header"]"), each
// cell opened by "|": a row a line ("|Name |Type |Required"), or a cell a line with a blank
// line between rows, a cell's text going on in the lines below it. The columns are as many
// as the attribute line's cols list, else the cells of the table's first line; the first
// row is the header. PipeGrids rewrites such a table into the pipe table it stands for, as
// it does a grid: each row on its first line, the other lines blank.

// readAsciiDoc reads the AsciiDoc table opening on line i ("|===") as a grid.
func readAsciiDoc(lines []string, i int) (grid, bool) {
	if strings.TrimSpace(lines[i]) != "|===" {
		return grid{}, false
	}
	end := -1
	for j := i + 1; j < len(lines); j++ {
		if strings.TrimSpace(lines[j]) == "|===" {
			end = j
			break
		}
	}
	if end < 0 {
		return grid{}, false
	}
	g := grid{start: i, end: end + 1, rule: -1}
	n := 0
	if i > 0 {
		if a := strings.TrimSpace(lines[i-1]); strings.HasPrefix(a, "[") && strings.HasSuffix(a, "]") {
			n, g.start = adocColumns(a), i-1
		}
	}
	type cell struct {
		line  int
		parts []string
	}
	var cells []cell
	firstLine := -1 // the cells on the table's first line of text count its columns
	for k := i + 1; k < end; k++ {
		t := strings.TrimSpace(lines[k])
		if !strings.HasPrefix(t, "|") {
			// a cell's text goes on (a blank line a break), up to a "|" that opens the
			// next cell on the line: pandoc wraps a row's line at its width, mid-cell
			// ("|Integer |The" over "DeployedServiceInstanceCount value. |10")
			more, rest := cutAdocCell(t)
			if len(cells) > 0 {
				c := &cells[len(cells)-1]
				c.parts = append(c.parts, more)
			}
			if t = rest; t == "" || len(cells) == 0 {
				continue
			}
		}
		if firstLine < 0 {
			firstLine = k
		}
		for _, s := range splitAdocCells(t) {
			cells = append(cells, cell{k, []string{s}})
		}
	}
	if n == 0 {
		for _, c := range cells {
			if c.line == firstLine {
				n++
			}
		}
	}
	if n < 2 || len(cells) < n { // a header at least
		return grid{}, false
	}
	for k := 0; k < len(cells); k += n {
		row := gridRow{line: cells[k].line}
		for c := k; c < k+n; c++ {
			var parts []string
			if c < len(cells) {
				parts = cells[c].parts
			}
			row.cells = append(row.cells, parts)
		}
		g.rows = append(g.rows, row)
	}
	return g, true
}

// adocColumns is the number of columns an AsciiDoc table's attribute line gives (cols="1,1,2"
// or cols="3*"), 0 where it gives none.
func adocColumns(attrs string) int {
	_, v, ok := strings.Cut(attrs, "cols=")
	if !ok {
		return 0
	}
	v = strings.Trim(strings.SplitN(strings.TrimLeft(v, `"'`), `"`, 2)[0], `'`)
	if m, _, ok := strings.Cut(v, "*"); ok {
		n, _ := strconv.Atoi(strings.TrimSpace(m))
		return n
	}
	return len(strings.Split(v, ","))
}

// cutAdocCell cuts t, a line that goes on with a cell's text, at its first "|" that is
// no "\|" text: the text before, trimmed, and the rest from that "|" ("" for none).
func cutAdocCell(t string) (text, rest string) {
	for k := 1; k < len(t); k++ {
		if t[k] == '|' && t[k-1] != '\\' {
			return strings.TrimSpace(t[:k]), t[k:]
		}
	}
	return t, ""
}

// splitAdocCells are the cells a line of an AsciiDoc table opens ("|a |b", a "\|" text);
// the line starts with "|".
func splitAdocCells(t string) []string {
	var out []string
	start := 1
	for k := 1; k <= len(t); k++ {
		if k == len(t) || t[k] == '|' && t[k-1] != '\\' {
			out = append(out, strings.TrimSpace(t[start:k]))
			start = k + 1
		}
	}
	return out
}
