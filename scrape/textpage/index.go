package textpage

import (
	"strings"
	"unicode/utf8"

	"github.com/acsgen/acsgen/scrape/page"
)

// indexTable is a parameter index read by indexRows, with its section, so that finish can
// take out what the request tables document in full.
type indexTable struct {
	sec *page.Section
	tbl *page.Table
}

// indexName splits a line of a parameter index: an ASCII name glued to a description in
// another script ("Develop某某某某", "Labels用户自定义标签"), as the API portal lists its input
// parameters. ok is false for other lines.
func indexName(t string) (name, desc string, ok bool) {
	k := 0
	for k < len(t) && t[k] < utf8.RuneSelf && t[k] != ' ' && t[k] != '\t' {
		k++
	}
	if k == 0 || k == len(t) || t[k] < utf8.RuneSelf || !validName(t[:k]) {
		return "", "", false
	}
	return t[:k], t[k:], true
}

// indexRows reads, in a parameter section, a parameter index (the API portal's "输入参数"
// list): two or more lines that glue a name to a description in another script, lines that
// do not start with an ASCII letter or digit (":", more description) continuing the row
// before. It has no types: the request tables, when the page has them, document the same
// parameters; finish keeps only the rows they lack. It returns the line after the index.
func (d *doc) indexRows(i int) (int, bool) {
	if !d.sec.Kind.HoldsParams() {
		return i, false
	}
	tbl := &page.Table{Line: d.no(i), Header: []string{"", ""}, Columns: []page.Column{page.ColName, page.ColDescription}}
	j := i
	for j < len(d.lines) {
		if d.blank(j) {
			j++
			continue
		}
		t := d.t(j)
		if name, desc, ok := indexName(t); ok {
			cells := make([]string, 2)
			cells[0], cells[1] = name, desc
			tbl.Rows = append(tbl.Rows, page.Row{Line: d.no(j), Cells: cells, Depth: -1})
			j++
			continue
		}
		c := t[0]
		if len(tbl.Rows) == 0 || isAlnum(c) {
			break
		}
		if _, ok := d.heading(j); ok {
			break
		}
		if _, ok := d.header(j); ok {
			break // a table's header ("参数类型是否必选示例值描述") after a sentence naming a field
		}
		r := &tbl.Rows[len(tbl.Rows)-1]
		r.Cells[1] += "\n" + t
		j++
	}
	if len(tbl.Rows) < 2 {
		return i, false
	}
	d.index = append(d.index, indexTable{sec: d.sec, tbl: tbl})
	d.addTable(tbl, nil)
	return j, true
}

// pruneIndexes takes out of each parameter index the rows that a request table documents,
// and the index itself when no row is left.
func (d *doc) pruneIndexes() {
	if len(d.index) == 0 {
		return
	}
	documented := map[string]bool{}
	for _, s := range d.p.Sections {
		if !s.Kind.HoldsRequest() {
			continue
		}
		for _, t := range s.Tables() {
			if c := t.Col(page.ColName); c >= 0 && !d.isIndex(t) {
				for _, r := range t.Rows {
					documented[r.Cells[c]] = true
				}
			}
		}
	}
	for _, ix := range d.index {
		rows := ix.tbl.Rows[:0]
		for _, r := range ix.tbl.Rows {
			if !documented[r.Cells[0]] {
				rows = append(rows, r)
			}
		}
		ix.tbl.Rows = rows
		if len(rows) > 0 {
			names := make([]string, len(rows))
			for k, r := range rows {
				names[k] = r.Cells[0]
			}
			d.p.Warn(ix.tbl.Line, "parameter list without types: %s not in a request table; read as name and description", strings.Join(names, ", "))
			continue
		}
		blocks := ix.sec.Blocks[:0]
		for _, b := range ix.sec.Blocks {
			if b.Table != ix.tbl {
				blocks = append(blocks, b)
			}
		}
		ix.sec.Blocks = blocks
	}
}

func (d *doc) isIndex(t *page.Table) bool {
	for _, ix := range d.index {
		if ix.tbl == t {
			return true
		}
	}
	return false
}
