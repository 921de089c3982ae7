package textpage

import (
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

func isAccessLevel(t string) bool { return page.IsAccessLevel(t) }

// isRAMAction recognises "eiam:CreateInstance" (page.IsRAMAction).
func isRAMAction(t string) bool { return page.IsRAMAction(t) }

// splitRAMAction splits a glued "rocketmq:CreateInstanceAccountcreate" into the action and
// the access level. The operation name is CamelCase, the level lower case. A level in upper
// case ("alidns:AddDomainWRITE") is split off too, and so is a capitalised one
// ("computenestsupplier:GetServiceRead") when what is left is the operation the page title
// names (an operation name may itself end in a level word).
func splitRAMAction(t, title string) (action, level string) {
	for _, lv := range []string{"create", "update", "delete", "list", "get", "read", "write"} {
		if strings.HasSuffix(t, lv) && len(t) > len(lv) {
			head := t[:len(t)-len(lv)]
			if c := head[len(head)-1]; !(c >= 'a' && c <= 'z') && isRAMAction(head) || (c >= 'a' && c <= 'z') && isRAMAction(head) && strings.IndexByte(head, ':') < len(head)-1 && hasUpperAfterColon(head) {
				return head, lv
			}
		}
		if len(t) <= len(lv) {
			continue
		}
		head, suf := t[:len(t)-len(lv)], t[len(t)-len(lv):]
		if suf == lv || !strings.EqualFold(suf, lv) || !isRAMAction(head) {
			continue
		}
		_, name, _ := strings.Cut(head, ":")
		if suf == strings.ToUpper(lv) || wordIn(name, title) {
			return head, suf
		}
	}
	return t, ""
}

// wordIn reports whether w stands in s as a whole word ("GetService" in
// "GetService - 获取服务", not in "GetServiceRead").
func wordIn(w, s string) bool {
	for from := 0; w != ""; {
		k := strings.Index(s[from:], w)
		if k < 0 {
			return false
		}
		k += from
		if (k == 0 || !isAlnum(s[k-1])) && (k+len(w) == len(s) || !isAlnum(s[k+len(w)])) {
			return true
		}
		from = k + 1
	}
	return false
}

func hasUpperAfterColon(s string) bool {
	k := strings.IndexByte(s, ':')
	return k >= 0 && k+1 < len(s) && s[k+1] >= 'A' && s[k+1] <= 'Z'
}

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
		if isRAMAction(l.t) {
			flush()
			a, lv := l.t, ""
			if h.style == styleGlued {
				a, lv = splitRAMAction(l.t, d.p.Title)
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
