package extract

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// TestScalarObjectRow: an object row whose own example is a scalar (sendDate | Object |
// 2017-05-25, as a legacy SMS page types a date) holds no fields when nothing shows any: in
// a table without depth the rows after it are its siblings, not its fields by row order,
// and the row is a leaf of the example's type, a guess naming it. Where the table shows a
// row deeper right after it, or the JSON example shows an object there, it stays an object.
// Flattened names say the same (Data.SendDate, then Data.ReceiveDate). Before, the rows
// after it went under it (sendDate.receiveDate, sendDate.outId) by row order. Prose in the
// example's column is no scalar, and request rows read the next row's depth as well (the
// glyph+spans shape of TestUnseenShapes puts the description of an object row there).
func TestScalarObjectRow(t *testing.T) {
	rows := [][]string{
		{"Items", "Object", "The items.", "-"},
		{"phone", "String", "The phone.", "130"},
		{"sendDate", "Object", "The send date.", "2017-05-25"},
		{"receiveDate", "String", "The receive date.", "2017-05-25"},
		{"outId", "String", "The ID.", "123"},
	}
	for _, c := range []struct {
		name    string
		depths  []int  // nil: the table shows none
		example string // the response's JSON example
		want    string
		guessed bool
	}{
		{name: "no depth", want: "Items{phone,sendDate:string,receiveDate,outId}", guessed: true},
		{name: "depth, siblings", depths: []int{0, 1, 1, 1, 1}, want: "Items{phone,sendDate:string,receiveDate,outId}", guessed: true},
		{name: "depth, nested", depths: []int{0, 1, 1, 2, 2}, want: "Items{phone,sendDate{receiveDate,outId}}"},
		{name: "example shows an object", want: "Items{phone,sendDate{receiveDate,outId}}",
			example: `{"Items": {"phone": "130", "sendDate": {"receiveDate": "x", "outId": "1"}}}`},
	} {
		b := tbl(10, respHeader, rows...)
		for i := range b.Table.Rows {
			b.Table.Rows[i].Depth = -1
			if c.depths != nil {
				b.Table.Rows[i].Depth = c.depths[i]
			}
		}
		secs := []*page.Section{
			sec(page.RequestParams, "Request parameters", 3, tbl(4, reqHeader, []string{"RegionId", "String", "Yes", "The region.", "cn-hangzhou"})),
			sec(page.ResponseParams, "Response parameters", 9, b),
		}
		if c.example != "" {
			secs = append(secs, sec(page.Examples, "Examples", 30, code(31, c.example)))
		}
		op, res := mustOp(t, &page.Page{File: "s.md", Title: "Svc:QueryThings", Sections: secs})
		if got := tree(op.Response.Properties[0]); got != c.want {
			t.Errorf("%s: response %s, want %s (warnings %v)", c.name, got, c.want, res.Warnings)
		}
		k, ok := warningKind(res, `response field "sendDate" is typed Object but its example "2017-05-25" is string`)
		if ok != c.guessed || ok && k != page.Guess {
			t.Errorf("%s: warned %v (%v), want %v: %v", c.name, ok, k, c.guessed, res.Warnings)
		}
	}

	// Request rows too, where the table shows depth; and prose in the example's column (a
	// description a table spread over it) is no value.
	for _, c := range []struct {
		example string
		depths  []int
		want    string
	}{
		{"pool-1", []int{0, 1}, "Opts{Id}"},
		{"The Opts value.", []int{-1, -1}, "Opts{Id}"},
		{"2017-05-25 00:00:00", []int{-1, -1}, "Opts:string"},
	} {
		b := tbl(4, reqHeader, []string{"Opts", "Object", "No", "", c.example}, []string{"Id", "String", "No", "The ID.", "p"})
		for i := range b.Table.Rows {
			b.Table.Rows[i].Depth = c.depths[i]
		}
		op, res := mustOp(t, &page.Page{File: "s.md", Title: "Svc:SendThing", Sections: []*page.Section{
			sec(page.RequestParams, "Request parameters", 3, b)}})
		if got := tree(&opspec.Property{Name: op.Params[0].Name, Schema: op.Params[0].Schema}); got != c.want {
			t.Errorf("request, example %q: %s, want %s (warnings %v)", c.example, got, c.want, res.Warnings)
		}
	}

	p := &page.Page{File: "s.md", Title: "Svc:SendThing", Sections: []*page.Section{
		sec(page.RequestParams, "Request parameters", 3, tbl(4, reqHeader,
			[]string{"Data.SendDate", "Object", "No", "The send date.", "2017-05-25"},
			[]string{"Data.ReceiveDate", "String", "No", "The receive date.", "2017-05-25"})),
	}}
	op, res := mustOp(t, p)
	if got := tree(&opspec.Property{Name: op.Params[0].Name, Schema: op.Params[0].Schema}); got != "Data{SendDate:string,ReceiveDate}" {
		t.Errorf("flattened: %s (warnings %v)", got, res.Warnings)
	}
	if k, ok := warningKind(res, `request parameter "Data.SendDate" is typed Object but its example "2017-05-25" is string`); !ok || k != page.Guess {
		t.Errorf("flattened: warnings %v", res.Warnings)
	}
}

// tree prints a property's fields: name{fields}, a field typed other than string as
// name:type.
func tree(p *opspec.Property) string {
	s := p.Schema
	if s.Type == "object" && len(s.Properties) > 0 {
		var kids []string
		for _, k := range s.Properties {
			kids = append(kids, tree(k))
		}
		return p.Name + "{" + strings.Join(kids, ",") + "}"
	}
	if s.Type == "string" && s.DocType != "Object" {
		return p.Name
	}
	return p.Name + ":" + s.Type
}
