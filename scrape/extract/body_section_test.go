package extract

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestBodySectionApart: a ROA page that lists its body's fields in a "Request body"
// section of their own, flat (no depth, no example), after a "Request parameters" table
// with no location column, as a "body" row's fields are listed below it: (1) the body's
// rows are sorted among themselves, so an object row after a nested object's fields
// ("elasticDataNodeConfiguration" after clientNodeConfiguration's "spec") is the body's
// and not that object's, as under a "body" row; mixed with the other table's rows
// (InstanceId, clientToken) the top level read as unsorted, and every object row went
// into the one before it by row order (elasticsearch UpdateInstance in mdtable and
// piperow+s4bodylabel at UNSEEN_STRIDE=1: 25 of 60 names misplaced); (2) the section shows
// the body apart, so the other table's rows are in the query with no guess that the call
// may send them in its body (as a "Body" label's table shows it; 11 such guesses on the
// corpus's elasticsearch pages, each in the query in the truth).
func TestBodySectionApart(t *testing.T) {
	p := &page.Page{File: "u.md", Title: "# UpdateInstance", TitleLine: 1, Sections: []*page.Section{
		sec(page.RequestSyntax, "Request syntax", 3, code(4, "PUT /openapi/instances/{InstanceId} HTTP/1.1")),
		sec(page.RequestParams, "Request parameters", 5, tbl(6, reqHeader,
			[]string{"InstanceId", "String", "Yes", "The instance.", "i-1"},
			[]string{"clientToken", "String", "No", "The token.", "t"})),
		sec(page.BodyParams, "Request body", 10, tbl(11, reqHeader,
			[]string{"clientNodeConfiguration", "Object", "No", "The client nodes.", ""},
			[]string{"amount", "Long", "Yes", "The amount.", "3"},
			[]string{"spec", "String", "Yes", "The spec.", "s"},
			[]string{"elasticDataNodeConfiguration", "Object", "No", "The data nodes.", ""},
			[]string{"amount", "Long", "No", "The amount.", "3"},
			[]string{"spec", "String", "Yes", "The spec.", "s"},
			[]string{"instanceCategory", "String", "No", "The category.", "x"})),
	}}
	op, res := mustOp(t, p)
	var got []string
	for _, q := range op.Params {
		s := q.Name + "@" + string(q.In)
		var kids []string
		for _, k := range q.Schema.Properties {
			kids = append(kids, k.Name)
		}
		if len(kids) > 0 {
			s += "{" + strings.Join(kids, ",") + "}"
		}
		got = append(got, s)
	}
	want := "InstanceId@path,clientToken@query,clientNodeConfiguration@body{amount,spec}," +
		"elasticDataNodeConfiguration@body{amount,spec},instanceCategory@body"
	if s := strings.Join(got, ","); s != want {
		t.Errorf("params = %s\nwant     %s", s, want)
	}
	for _, w := range res.Warnings {
		if w.Kind == page.Guess && (strings.Contains(w.Msg, `"instanceCategory"`) || strings.Contains(w.Msg, `"elasticDataNodeConfiguration" placed`) ||
			strings.Contains(w.Msg, `"clientToken"`)) {
			t.Errorf("guess %q", w.Msg)
		}
	}
}
