package textpage

import (
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// pipeTable reads a table in a pipe layout. In the pipe-cells and Markdown layouts every row
// opens with a line starting "|" and runs until the next such line; in the pipe-rows layout
// a row runs until a line ending with "|".
func (d *doc) pipeTable(h header) int {
	tbl := &page.Table{Line: d.no(h.start), Header: h.cells, Columns: h.cols}
	n := len(h.cells)
	leading := h.style == stylePipeCells
	i := h.end
	for {
		i = d.nb(i)
		if i >= len(d.lines) {
			break
		}
		t := d.t(i)
		if isSeparator(t) {
			i++
			continue
		}
		if leading && !opensRecord(d.raw(i)) || !leading && strings.IndexByte(t, '|') < 0 {
			break
		}
		if _, ok := d.heading(i); ok {
			break
		}
		start := i
		var b strings.Builder
		var rec record
		b.WriteString(d.t(i))
		rec.add(d.t(i), d.t(i))
		i++
		complete := rec.complete(n, leading)
		for i < len(d.lines) {
			u := d.t(i)
			if complete || leading && opensRecord(d.raw(i)) {
				break
			}
			if u == "" {
				// A run of blank lines: they all decide alike, and none changes the record's
				// completeness, so take the run at once (one scan, not one per line).
				j := d.nb(i)
				if j < len(d.lines) && d.blankBefore(j) {
					if _, ok := d.heading(j); ok {
						break
					}
				}
				for ; i < j; i++ {
					b.WriteByte('\n')
					b.WriteString(d.raw(i))
				}
				continue
			}
			b.WriteByte('\n')
			b.WriteString(d.raw(i))
			rec.add(d.raw(i), u)
			i++
			complete = rec.complete(n, leading)
		}
		if i >= len(d.lines) && !complete {
			d.p.Truncated = true
			d.p.Warn(d.no(start), "input ends inside a table row: input looks cut off")
		}
		tbl.Rows = append(tbl.Rows, d.pipeRow(tbl, b.String(), d.no(start)))
	}
	d.addTable(tbl, nil)
	return i
}

// record follows a pipe record as its lines are added, so that telling whether it is
// complete does not rescan it (which made long records quadratic).
type record struct {
	pipes    int  // "|" not written "\|"
	endsPipe bool // the last non-blank character is "|"
}

// add counts a line of the record: text as written into it, and trimmed.
func (r *record) add(text, trimmed string) {
	r.pipes += strings.Count(text, "|") - strings.Count(text, "\\|")
	if trimmed != "" {
		r.endsPipe = trimmed[len(trimmed)-1] == '|'
	}
}

// complete reports whether the record has closed all n cells.
func (r *record) complete(n int, leading bool) bool {
	if !r.endsPipe {
		return false
	}
	return !leading || r.pipes-1 >= n
}

// pipeRow turns a record into a row aligned with the header, with warnings for missing and
// extra cells.
func (d *doc) pipeRow(tbl *page.Table, rec string, line int) page.Row {
	raw := pipeCells(rec)
	cells := make([]string, 0, len(raw))
	for _, c := range raw {
		cells = append(cells, cellLines(c))
	}
	n := len(tbl.Header)
	typ := tbl.Col(page.ColType)
	// An unnamed row ("|" then "object |") loses its empty name cell.
	if len(cells) == n-1 && typ == 1 && len(cells) > 0 && isType(cells[0]) {
		cells = append([]string{""}, cells...)
	}
	name := tbl.Col(page.ColName)
	label := ""
	if name >= 0 && name < len(cells) {
		label = cells[name]
	}
	if label == "" && len(cells) > 0 {
		label = cells[0]
	}
	switch {
	case len(cells) < n:
		d.p.Warn(line, "row %q: %d of %d cells", label, len(cells), n)
		cells = append(cells, make([]string, n-len(cells))...)
	case len(cells) > n:
		if lost := page.RowNames(cells[n:]); len(lost) > 0 {
			d.p.Drop(line, "%srow %q: %d cells, header has %d; extra cells joined into the last", page.Lost("rows", lost), label, len(cells), n)
		} else {
			d.p.Warn(line, "row %q: %d cells, header has %d; extra cells joined into the last", label, len(cells), n)
		}
		cells[n-1] = strings.Join(cells[n-1:], " | ")
		cells = cells[:n]
	}
	if name >= 0 {
		if nm, dep := cutBadge(cells[name]); dep && (typ < 0 || isType(cells[typ]) || cells[typ] == "") {
			cells[name] = nm
			markDeprecated(d, tbl, cells, line)
		}
	}
	return page.Row{Line: line, Cells: cells, Depth: -1}
}

// markDeprecated records a deprecated badge in the row's Description cell.
func markDeprecated(d *doc, tbl *page.Table, cells []string, line int) {
	if k := tbl.Col(page.ColDescription); k >= 0 {
		cells[k] = DeprecatedPrefix + cells[k]
		return
	}
	d.p.Warn(line, "row %q: deprecated, but the table has no description column to record it", cells[0])
}

// cellLines normalises a multi-line cell: lines trimmed, blank lines dropped, list items
// written "- item", "<br>" read as a line break.
func cellLines(c string) string {
	if strings.Contains(c, "<br") {
		c = strings.NewReplacer("<br/>", "\n", "<br />", "\n", "<br>", "\n").Replace(c)
	}
	if strings.IndexByte(c, '\n') < 0 {
		return cellText(strings.TrimSpace(c))
	}
	var out []string
	for _, l := range strings.Split(c, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, cellText(l))
		}
	}
	return strings.Join(out, "\n")
}

// opensRecord reports whether a raw line opens a row in the pipe-cells and Markdown layouts:
// it starts with "|" in the first column (an empty cell is written " |").
func opensRecord(raw string) bool { return raw != "" && raw[0] == '|' }
