package scrape

import "strings"

// nestShapes are the shapes of unseenShapes that show a row's depth otherwise than its
// convention does: each gives the lead written before a name at depth len(more) (nothing
// at the top level), more[k] telling whether the row's ancestor at depth k+1 (the row itself
// last) has siblings below it, as a drawn tree shows; nbsp is U+00A0, which the HTML page
// writes as is, the Markdown one as "&nbsp;" (mdLead):
//
//   - branch: a drawn tree, "├─ " or "└─ " for the last child, "│  " over an ancestor with
//     siblings below, three no-break spaces over one without (as `tree` draws it);
//   - ascii: the same in ASCII, "|-- ", "`-- ", "|" and three no-break spaces, four
//     no-break spaces (`tree --charset ascii`);
//   - angle: "∟" a level;
//   - chevron: "» " a level;
//   - dashes: "-" a level, then a space;
//   - emdashes: "—" a level, then a space;
//   - dots: "·" a level, then a space;
//   - fwspace: two full-width spaces (U+3000) a level;
//   - nbspace: four no-break spaces a level.
var nestShapes = map[string]func(more []bool) string{
	"branch": func(more []bool) string {
		return drawnTree(more, "│\u00a0\u00a0", "\u00a0\u00a0\u00a0", "├─ ", "└─ ")
	},
	"ascii": func(more []bool) string {
		return drawnTree(more, "|\u00a0\u00a0\u00a0", "\u00a0\u00a0\u00a0\u00a0", "|-- ", "`-- ")
	},
	"angle": func(more []bool) string { return strings.Repeat("∟", len(more)) },
	"chevron": func(more []bool) string {
		return strings.Repeat("» ", len(more))
	},
	"dashes":     func(more []bool) string { return strings.Repeat("-", len(more)) + " " },
	"emdashes":   func(more []bool) string { return strings.Repeat("—", len(more)) + " " },
	"dots":       func(more []bool) string { return strings.Repeat("·", len(more)) + " " },
	"fwspace":    func(more []bool) string { return strings.Repeat("\u3000", 2*len(more)) },
	"nbspace":    func(more []bool) string { return strings.Repeat("\u00a0", 4*len(more)) },
	"asciispace": func(more []bool) string { return strings.Repeat(" ", 2*len(more)) },
}

// drawnTree is a drawn tree's lead: over each ancestor on, else off; then the row's
// branch, or last for a last child.
func drawnTree(more []bool, on, off, branch, last string) string {
	if len(more) == 0 {
		return ""
	}
	var b strings.Builder
	for _, m := range more[:len(more)-1] {
		b.WriteString(map[bool]string{true: on, false: off}[m])
	}
	if more[len(more)-1] {
		b.WriteString(branch)
	} else {
		b.WriteString(last)
	}
	return b.String()
}

// tableRows are the rows of a table of nodes (flatten), with their leads in a nesting shape.
func (p *truthPage) tableRows(nodes []accNode, req bool) []truthRow {
	var rows []truthRow
	p.flatten(nodes, req, nil, 0, &rows)
	if p.dotted(req) && p.shape == "dotpath" { // the paths show the depth
		for i := range rows {
			rows[i].depth = 0
		}
	}
	p.lead(rows, req)
	return rows
}

// lead sets the lead of every row of a request (req) or response table in a nesting shape
// (nestShapes), unless the names are dotted paths.
func (p *truthPage) lead(rows []truthRow, req bool) {
	shape := nestShapes[p.shape]
	if shape == nil || p.dotted(req) {
		return
	}
	for i := range rows {
		d := rows[i].depth
		if d == 0 {
			continue
		}
		more := make([]bool, d)
		for k := 1; k <= d; k++ {
			for _, r := range rows[i+1:] {
				if r.depth < k {
					break
				}
				if r.depth == k {
					more[k-1] = true
					break
				}
			}
		}
		rows[i].lead = shape(more)
	}
}

// mdLead is a lead as a Markdown cell writes it: no-break spaces as entities, pipes and
// backticks escaped.
func mdLead(lead string) string {
	return strings.NewReplacer("\u00a0", "&nbsp;", "|", `\|`, "`", "\\`").Replace(lead)
}

// itemName is the name cell of a list's item row: none, in the itemrow shape "[]", "items"
// or "Item", by record, in the dashitem shape "-" (an empty cell's placeholder).
func (p *truthPage) itemName() string {
	switch p.shape {
	case "itemrow":
		return [...]string{"[]", "items", "Item"}[p.seq%3]
	case "dashitem":
		return "-"
	}
	return ""
}

// itemRows tells whether the page gives a list's items a row of their own: the newer
// site's pages, and the itemrow and dashitem shapes.
func (p *truthPage) itemRows() bool {
	return p.items || p.shape == "itemrow" || p.shape == "dashitem"
}
