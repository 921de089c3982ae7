package textpage

import (
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// anchor reports whether t can open a row of a table whose first column is c: an error
// table starts rows with an HTTP status (alone, or glued to the error code:
// "400NotApplicable..."), a change history with a date, others with a name.
func anchor(c page.Column, t string) bool {
	switch c {
	case page.ColHTTPStatus:
		return page.IsHTTPStatus(t) || statusPrefix(t) && t[3] != ' ' && t[3] != '\t'
	case page.ColDate:
		return isDate(t)
	}
	return validName(t) || strings.IndexByte(t, ' ') < 0
}

// isDate recognises "2023-08-22" (optionally followed by a time).
func isDate(t string) bool {
	if len(t) < 10 {
		return false
	}
	for i := 0; i < 10; i++ {
		c := t[i]
		if i == 4 || i == 7 {
			if c != '-' && c != '/' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// viewDetails is the link text ending a glued change-history row.
var viewDetails = []string{"View Change Details", "查看变更详情", "Lihat Detail Perubahan"}

// genericTable reads any other table (error codes, change history, API list) in the
// cell-per-line or glued layout: one cell per line, a new row at an anchor line once the
// current row has all but its last cell.
func (d *doc) genericTable(h header) int {
	tbl := &page.Table{Line: d.no(h.start), Header: h.cells, Columns: h.cols}
	n := len(h.cells)
	var cur *page.Row
	flush := func() {
		if cur == nil {
			return
		}
		if len(cur.Cells) < n {
			d.p.Warn(cur.Line, "row %q: %d of %d cells", cur.Cells[0], len(cur.Cells), n)
			cur.Cells = append(cur.Cells, make([]string, n-len(cur.Cells))...)
		}
		tbl.Rows = append(tbl.Rows, *cur)
	}
	i := h.end
	for i < len(d.lines) {
		l := d.line(i)
		if l.t == "" {
			i++
			continue
		}
		if _, ok := d.heading(i); ok {
			break // a heading ends the table, though it would open a row ("请求参数")
		}
		if (cur == nil || len(cur.Cells) >= n-1) && anchor(h.cols[0], l.t) {
			flush()
			cur = &page.Row{Line: l.no, Depth: -1}
			if h.style == styleGlued {
				cur.Cells = splitGluedGeneric(h, l.t)
			} else {
				cur.Cells = []string{l.t}
			}
			i++
			continue
		}
		if d.endsTable(i) {
			break
		}
		switch {
		case cur == nil:
			cur = &page.Row{Line: l.no, Depth: -1, Cells: []string{l.t}}
		case len(cur.Cells) < n:
			cur.Cells = append(cur.Cells, cellText(l.t))
		case d.is(i, trBullet) || strings.HasSuffix(cur.Cells[n-1], ":") || strings.HasSuffix(cur.Cells[n-1], "："):
			cur.Cells[n-1] += "\n" + cellText(l.t)
		default:
			// a full row is followed by prose: the table has ended ("See the error center").
			flush()
			d.addTable(tbl, nil)
			return i
		}
		i++
	}
	flush()
	d.addTable(tbl, nil)
	return i
}

// splitGluedGeneric splits a glued row of a table with no type column as far as the
// vocabulary allows: a leading date and a trailing "View Change Details", or an error
// row's status and code (gluedErrorRow).
func splitGluedGeneric(h header, t string) []string {
	if h.cols[0] == page.ColHTTPStatus {
		if cells := gluedErrorRow(len(h.cells), t); cells != nil {
			return cells
		}
	}
	var cells []string
	if h.cols[0] == page.ColDate && isDate(t) {
		cells = append(cells, t[:10])
		t = strings.TrimSpace(t[10:])
	}
	tail := ""
	for _, v := range viewDetails {
		if strings.HasSuffix(t, v) && len(cells)+2 <= len(h.cells) {
			t, tail = strings.TrimSpace(t[:len(t)-len(v)]), v
			break
		}
	}
	cells = append(cells, t)
	if tail != "" {
		for len(cells) < len(h.cells)-1 {
			cells = append(cells, "")
		}
		cells = append(cells, tail)
	}
	return cells
}

// gluedErrorRow splits a glued error-code row ("400NotApplicableThis API is ...-") into n
// cells: the status, the code (page.SplitErrorCode), the message and, where the row glues
// one to it (gluedSentence), the description; the cells after them empty.
// A dash glued to the message's end is the empty cell of the column after it. It returns
// nil when t does not start with a status and a code.
func gluedErrorRow(n int, t string) []string {
	if n < 2 || len(t) < 5 || !page.IsHTTPStatus(t[:3]) {
		return nil
	}
	code, rest := page.SplitErrorCode(t[3:])
	if code == "" {
		return nil
	}
	cells := make([]string, n)
	cells[0], cells[1] = t[:3], code
	if n > 2 {
		if m, ok := strings.CutSuffix(rest, "-"); ok && endsSentence(strings.TrimSpace(m)) {
			rest = strings.TrimSpace(m)
		}
		cells[2] = rest
		if n > 3 {
			if k := gluedSentence(rest); k > 0 {
				cells[2], cells[3] = rest[:k], rest[k:]
			}
		}
	}
	return cells
}

// gluedSentence returns where a glued row's message ends and the description glued to it
// begins ("The parameter is invalid.Check the value."): after the first sentence end that
// closes a word in lower case and is glued to a capitalised word, which cells written apart
// show and prose (a space after the stop) and codes ("Forbidden.RAM", "Instance.Type") do
// not; 0 for none.
func gluedSentence(s string) int {
	for k := 1; k+2 < len(s); k++ {
		c := s[k]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		next, after := s[k+1], s[k+2]
		if next < 'A' || next > 'Z' || !(after >= 'a' && after <= 'z' || after == ' ') {
			continue
		}
		w := k
		for w > 0 && s[w-1] >= 'a' && s[w-1] <= 'z' {
			w--
		}
		if w < k && (w == 0 || s[w-1] == ' ') {
			return k + 1
		}
	}
	return 0
}

// cellText writes a list item line as "- item".
func cellText(t string) string {
	if item, ok := cutBullet(t); ok {
		return "- " + item
	}
	return t
}
