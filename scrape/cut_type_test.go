package scrape

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/page"
	"github.com/acsgen/acsgen/scrape/textpage"
)

// A page cut off inside the Type cell of its last row ("PageSize | Inte") shows the start
// of one type word: the row is read with that type, as a guess naming the row. A cut cell
// that starts several words ("St": string or struct) stays unknown. Hand-made page of the
// shape of the pipe-row DescribeVSwitches excerpt.
const cutTypePage = `URL: https://www.alibabacloud.com/help/en/vpc/developer-reference/api-describevswitches

Queries vSwitches.
Request parameters
Parameter | Type | Required | Example | Description |
---|---|---|---|---|
Action | String | Yes | DescribeVSwitches | The operation. |
PageSize | Integer | No | 10 | The page size. |
Response parameters
Parameter | Type | Example | Description |
---|---|---|---|
RequestId | String | r-1 | The request ID. |
%s | %s`

func TestCutTypeCell(t *testing.T) {
	for _, c := range []struct{ cell, want, msg string }{
		{"Inte", "integer", `the page is cut off in its Type cell "Inte"; read as Integer`},
		{"boole", "boolean", `the page is cut off in its Type cell "boole"; read as boolean`},
		{"Boo", "boolean", `the page is cut off in its Type cell "Boo"; read as Boolean`}, // bool or boolean
		{"In", "integer", `the page is cut off in its Type cell "In"; read as Integer`},   // int or integer
		{"St", "string", `unknown type "St"; treating it as string`},                      // string or struct
	} {
		src := []byte(sprintf(cutTypePage, "PageSize", c.cell))
		res, err := readExtract(textpage.Reader{}, "DescribeVSwitches.txt", src, extract.Page)
		if err != nil {
			t.Fatal(err)
		}
		var got string
		for _, p := range res.Op.Response.Properties {
			if p.Name == "PageSize" {
				got = p.Schema.Type
			}
		}
		if got != c.want {
			t.Errorf("cut Type cell %q: PageSize is %q, want %q", c.cell, got, c.want)
		}
		guessed := false
		for _, w := range res.Warnings {
			guessed = guessed || w.Kind == page.Guess && w.Line == 13 && strings.Contains(w.Msg, c.msg)
		}
		if !guessed {
			t.Errorf("cut Type cell %q: no guess warning %q at line 13 in %v", c.cell, c.msg, res.Warnings)
		}
	}
}

// The same cell on a row the page does not end in is an unknown type, not a cut one.
func TestUncutTypeCellNotCompleted(t *testing.T) {
	src := []byte(sprintf(cutTypePage, "PageSize", "Inte | 10 | The page size. |\nTotalCount | Integer | 3 | The count. |"))
	res, err := readExtract(textpage.Reader{}, "DescribeVSwitches.txt", src, extract.Page)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Op.Response.Properties {
		if p.Name == "PageSize" && p.Schema.Type != "string" {
			t.Errorf("PageSize typed %q from an unknown type word on a whole row, want string", p.Schema.Type)
		}
	}
}
