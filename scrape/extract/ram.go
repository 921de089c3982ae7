package extract

import (
	"slices"
	"strings"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// noneWords are the cells that mean "nothing here".
var noneWords = map[string]bool{"none": true, "无": true, "tidak ada": true, "-": true, "n/a": true}

// noAuthPhrases say an operation needs no RAM authorization.
var noAuthPhrases = []string{"no authorization for this operation", "does not support authorization",
	"不需要授权", "无需授权", "暂无授权信息", "tidak ada otorisasi"}

// ramTables returns the tables of the RAM sections that have an action column.
func (x *extractor) ramTables() []*page.Table {
	var out []*page.Table
	for _, s := range x.p.SectionsOf(page.RAMAuth) {
		for _, t := range s.Tables() {
			if t.Col(page.ColAction) >= 0 {
				out = append(out, t)
			}
		}
	}
	return out
}

// firstRAMAction returns the first RAM action ("eiam:CreateInstance"), or "".
func (x *extractor) firstRAMAction() string {
	for _, t := range x.ramTables() {
		for _, r := range t.Rows {
			if a, _ := rowAction(t, r, x.p.Title); a != "" {
				return a
			}
		}
	}
	return ""
}

// rowAction returns the action of a RAM row and an access level glued to it. A row whose
// level stands in a cell of its own has none glued: its action is taken whole, as a
// table's own cell boundary says, so an operation ending in a level word
// ("oss:PutBucketWhitelist") is not cut.
func rowAction(t *page.Table, r page.Row, title string) (action, access string) {
	return splitActionCell(r.Cell(t, page.ColAction), title, ownLevel(t, r))
}

// ownLevel reports whether the first line after a RAM row's action cell is an access level:
// the level has a cell of its own (the next one, or its column's in a dump that shifts cells).
func ownLevel(t *page.Table, r page.Row) bool {
	for i, cell := range r.Cells {
		if i < len(t.Columns) && (t.Columns[i] == page.ColAction || t.Columns[i] == page.ColAPI) {
			continue
		}
		for line := range strings.SplitSeq(cell, "\n") {
			if line = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "- ")); line != "" {
				return page.IsAccessLevel(strings.ToLower(line))
			}
		}
	}
	return false
}

// splitActionCell returns the action in a cell and, unless the row has a level cell of its
// own (whole), an access level glued to it (page.SplitRAMAction; title is the page's).
func splitActionCell(cell, title string, whole bool) (action, access string) {
	for rest := cell; ; {
		line, more, found := strings.Cut(rest, "\n")
		line = page.UnmarkCode(strings.TrimSpace(line)) // "@ecs:CreateUser@", "`ecs:CreateUser`"
		if page.IsRAMAction(line) {
			if whole {
				return line, ""
			}
			return page.SplitRAMAction(line, title)
		}
		if !found {
			return "", ""
		}
		rest = more
	}
}

// ram reads the RAM section: nil when the page has none, RAM.None for "no authorization".
func (x *extractor) ram() *opspec.RAM {
	secs := x.p.SectionsOf(page.RAMAuth)
	if len(secs) == 0 {
		return nil
	}
	for _, s := range secs {
		for _, b := range s.Blocks {
			if blockSaysNoAuth(b) {
				return &opspec.RAM{None: true}
			}
		}
	}
	ram := &opspec.RAM{}
	for _, t := range x.ramTables() {
		for _, r := range t.Rows {
			if a, ok := x.ramRow(t, r); ok {
				ram.Actions = append(ram.Actions, a)
			}
		}
	}
	if len(ram.Actions) == 0 {
		x.warn(secs[0].Line, "RAM authorization section has no action rows")
		return nil
	}
	return ram
}

// ramRow reads one RAM row. Text dumps put the resource type and its ARN on separate lines
// and sometimes in the neighbouring cell, so the cells after the action are read as one
// sequence of lines, each classified by its shape; "None" cells close the condition-key and
// dependent-action columns in turn.
func (x *extractor) ramRow(t *page.Table, r page.Row) (opspec.RAMAction, bool) {
	var a opspec.RAMAction
	a.Action, a.AccessLevel = rowAction(t, r, x.p.Title)
	if a.Action == "" {
		if strings.TrimSpace(strings.Join(r.Cells, "")) != "" {
			// A RAM table left open swallows the parameter rows after it: name them.
			lost := page.RowNames(r.Cells)
			x.warnKind(page.LostKind(lost), r.Line, "%sRAM row has no action of the form service:Operation; row skipped",
				page.Lost("parameters", lost))
		}
		return a, false
	}
	const (
		stRes = iota
		stCond
		stDep
	)
	state := stRes
	for i, cell := range r.Cells {
		col := page.ColOther
		if i < len(t.Columns) {
			col = t.Columns[i]
		}
		if col == page.ColAction || col == page.ColAPI {
			continue
		}
		if col == page.ColConditionKey && state < stCond && len(a.Resources) > 0 && !hasARNLine(cell) {
			state = stCond
		}
		if col == page.ColDependent && state < stDep && !hasARNLine(cell) && !allNone(cell) {
			state = stDep
		}
		for line := range strings.SplitSeq(cell, "\n") {
			line = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "- "))
			if line == "" {
				continue
			}
			if allNone(line) {
				for range strings.FieldsSeq(line) {
					if state <= stDep {
						state++
					}
				}
				continue
			}
			level := ""
			if a.AccessLevel == "" && len(a.Resources) == 0 {
				if low := strings.ToLower(line); page.IsAccessLevel(low) {
					level = low
				}
			}
			switch {
			case level != "":
				a.AccessLevel = level
			case strings.HasPrefix(line, "acs:") && strings.Count(line, ":") >= 4 && state == stRes:
				if n := len(a.Resources); n > 0 && a.Resources[n-1].ARN == "" {
					a.Resources[n-1].ARN = line
				} else {
					a.Resources = append(a.Resources, opspec.RAMResource{Type: "", ARN: line})
				}
			case state == stRes:
				req := strings.HasPrefix(line, "*")
				a.Resources = append(a.Resources, opspec.RAMResource{Type: strings.TrimSpace(strings.TrimPrefix(line, "*")), Required: req})
			case state == stCond:
				a.ConditionKeys = append(a.ConditionKeys, line)
			default:
				a.DependentActions = append(a.DependentActions, line)
			}
		}
	}
	return a, true
}

func hasARNLine(cell string) bool {
	for l := range strings.SplitSeq(cell, "\n") {
		if l = strings.TrimSpace(l); strings.HasPrefix(l, "acs:") && strings.Count(l, ":") >= 4 {
			return true
		}
	}
	return false
}

// allNone reports whether every word of s is a "none" word ("None None").
func allNone(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return false
	}
	for _, w := range f {
		if !noneWords[w] {
			return false
		}
	}
	return true
}

// blockSaysNoAuth reports whether a paragraph or list says the operation needs no RAM
// authorization (noAuthPhrases, in any case): its text or one of its items holds a phrase
// lower-cased (mayHold, which copies nothing; no phrase holds a line break, so none spans
// two items of the list's text, blockText).
func blockSaysNoAuth(b page.Block) bool {
	switch b.Kind {
	case page.Paragraph:
		return mayHold(b.Text, noAuthPhrases)
	case page.List:
		return slices.ContainsFunc(b.Items, func(it string) bool { return mayHold(it, noAuthPhrases) })
	}
	return false
}
