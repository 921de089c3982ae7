package extract

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestFlatUntypedFieldsGuessed: rows the table lists at the depth of an untyped row right
// above them, which no example shows ("└Tags", then "└TagKey", "└TagValue";
// ecs/en/DescribeKeyPairs), are placed under that row: the reader's guess, which the guess
// on the untyped row named only that row. Each row placed so is a guess naming it; the
// truth's Tags.Tag.TagKey went by silently.
func TestFlatUntypedFieldsGuessed(t *testing.T) {
	b := tbl(6, respHeader,
		[]string{"KeyPairs", "Array of KeyPair", "The key pairs.", ""},
		[]string{"KeyPairName", "String", "The name.", "k"},
		[]string{"Tags", "", "The tags.", ""},
		[]string{"TagKey", "String", "The tag key.", "a"},
		[]string{"TagValue", "String", "The tag value.", "b"},
		[]string{"RequestId", "String", "The request ID.", "r"})
	for i, d := range []int{0, 1, 1, 1, 1, 0} {
		b.Table.Rows[i].Depth = d
	}
	p := &page.Page{File: "e.md", Title: "Svc:GetThing", Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, b),
		sec(page.Examples, "Examples", 20, code(21, `{"RequestId": "r", "KeyPairs": [{"KeyPairName": "k"}]}`)),
	}}
	_, res := mustOp(t, p)
	for _, name := range []string{"TagKey", "TagValue"} {
		found := false
		for _, w := range res.Warnings {
			found = found || w.Kind == page.Guess && strings.Contains(w.Msg, `"`+name+`"`) && strings.Contains(w.Msg, `"Tags"`)
		}
		if !found {
			t.Errorf("no guess naming %s placed under Tags in %v", name, res.Warnings)
		}
	}
}
