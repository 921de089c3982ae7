package extract

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// A nested container row with no rows under it ("└ Arn | array<object>"), followed by rows
// at its depth, in a table whose marks never go past one level: the marks may be one └ a
// level (the rows are its siblings, as read) or one └ for any depth (they are its fields).
// The reading is a guess naming the container and the first row, then one naming each row
// after it at that depth (Encrypted: it went unnamed); a table that marks a deeper row
// shows its marks are one a level, and a container with rows under it lists its fields.
func TestEmptyContainerAtOneLevelWarned(t *testing.T) {
	for _, c := range []struct {
		name   string
		depths []int
		warned bool
	}{
		{"one level", []int{0, 1, 1, 1, 0}, true},
		{"marks go deeper", []int{0, 1, 1, 1, 0, 1, 2}, false},
	} {
		b := tbl(4, reqHeader,
			[]string{"Copy", "object", "No", "The copy.", ""},
			[]string{"Arn", "array<object>", "No", "The ARNs.", ""},
			[]string{"RoleType", "string", "No", "The role type.", "a"},
			[]string{"Encrypted", "boolean", "No", "Encrypted.", "true"},
			[]string{"Tag", "object", "No", "The tag.", ""},
			[]string{"Pair", "object", "No", "A pair.", ""},
			[]string{"Key", "string", "No", "The key.", "k"})
		b.Table.Rows = b.Table.Rows[:len(c.depths)]
		for i := range b.Table.Rows {
			b.Table.Rows[i].Depth = c.depths[i]
		}
		p := &page.Page{File: "c.md", Title: "Svc:CopyThing", Sections: []*page.Section{
			sec(page.RequestParams, "Request parameters", 3, b),
		}}
		op, res := mustOp(t, p)
		var copyObj []string
		for _, prm := range op.Params {
			if prm.Name == "Copy" {
				copyObj = append(copyObj, names(prm.Schema))
			}
		}
		if len(copyObj) != 1 || copyObj[0] != "Arn,RoleType,Encrypted" {
			t.Errorf("%s: Copy's fields %q, want Arn,RoleType,Encrypted (siblings, as read)", c.name, copyObj)
		}
		warned, next := false, false
		for _, w := range res.Warnings {
			if w.Kind == page.Guess && w.Line == 7 && strings.HasPrefix(w.Msg, `request parameter "Arn" (array<object>) lists no fields`) {
				warned = true
			}
			if w.Kind == page.Guess && w.Line == 8 && strings.HasPrefix(w.Msg, `request parameter "Encrypted" may be a field of "Arn"`) {
				next = true
			}
		}
		if warned != c.warned || next != c.warned {
			t.Errorf("%s: Arn warned %v, the row after RoleType %v, want %v; warnings %v", c.name, warned, next, c.warned, res.Warnings)
		}
	}
}
