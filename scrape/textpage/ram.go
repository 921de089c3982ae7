package textpage

import (
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

func isAccessLevel(t string) bool { return page.IsAccessLevel(t) }

// isResource recognises a resource-type cell line: "*Instance", an ARN, "All Resources".
func isResource(t string) bool {
	if strings.HasPrefix(t, "acs:") || strings.HasPrefix(t, "*") {
		return true
	}
	switch strings.ToLower(t) {
	case "all resources", "*all resources", "全部资源", "所有资源", "semua sumber daya":
		return true
	}
	return false
}

// ramRow is a RAM table row being read.
type ramRow struct {
	line           int
	action, level  string
	resource, rest []string
}

// ramTable reads a RAM authorization table: Action, (API,) Access level, Resource type,
// Condition key, Dependent action, in the cell-per-line or glued layout.
func (d *doc) ramTable(h header) int {
	tbl := &page.Table{Line: d.no(h.start), Header: h.cells, Columns: h.cols}
	var cur *ramRow
	var stray []page.Block
	flush := func() {
		if cur != nil {
			tbl.Rows = append(tbl.Rows, d.ramCells(tbl, cur))
		}
	}
	i := h.end
	for i < len(d.lines) {
		l := d.line(i)
		if l.t == "" {
			i++
			continue
		}
		if page.IsRAMAction(l.t) {
			flush()
			// A glued table may still give a row its level on a line of its own: the
			// action is then whole, even one ending in a level word ("oss:PutBucketWhitelist").
			a, lv := l.t, ""
			if h.style == styleGlued && !d.levelLineAfter(i) {
				a, lv = page.SplitRAMAction(l.t, d.p.Title)
			}
			cur = &ramRow{line: l.no, action: a, level: lv}
			i++
			continue
		}
		if d.endsTable(i) {
			break
		}
		switch {
		case cur == nil:
			stray = append(stray, page.Block{Kind: page.Paragraph, Line: l.no, Text: l.t})
		case cur.level == "" && len(cur.resource) == 0 && len(cur.rest) == 0 && isAccessLevel(l.t):
			cur.level = l.t
		case len(cur.rest) == 0 && isResource(l.t):
			cur.resource = append(cur.resource, l.t)
		default:
			cur.rest = append(cur.rest, l.t)
		}
		i++
	}
	flush()
	d.addTable(tbl, stray)
	return i
}

// levelLineAfter reports whether the first non-empty line after line i is an access level.
func (d *doc) levelLineAfter(i int) bool {
	n := d.nb(i + 1)
	return n < len(d.lines) && isAccessLevel(d.t(n))
}

// ramCells places a RAM row's parts in the table's columns. The condition key and
// dependent action cells may share a line ("None None").
func (d *doc) ramCells(tbl *page.Table, r *ramRow) page.Row {
	cells := make([]string, len(tbl.Header))
	set := func(c page.Column, v string) bool {
		if k := tbl.Col(c); k >= 0 {
			cells[k] = v
			return true
		}
		return false
	}
	if !set(page.ColAction, r.action) {
		set(page.ColAPI, r.action)
	}
	set(page.ColAccessLevel, r.level)
	set(page.ColResourceType, strings.Join(r.resource, "\n"))
	rest := r.rest
	if len(rest) == 1 {
		if f := strings.Fields(rest[0]); len(f) == 2 {
			rest = f
		}
	}
	cond, dep := "", ""
	switch len(rest) {
	case 0:
	case 1:
		cond = rest[0]
	default:
		cond, dep = rest[0], strings.Join(rest[1:], "\n")
	}
	set(page.ColConditionKey, cond)
	set(page.ColDependent, dep)
	if tbl.Col(page.ColAccessLevel) >= 0 && r.level == "" {
		d.p.Warn(r.line, "RAM row %s: missing access level cell", r.action)
	}
	return page.Row{Line: r.line, Cells: cells, Depth: -1}
}
