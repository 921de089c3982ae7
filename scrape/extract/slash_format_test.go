package extract

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestSlashFormats: a type written with its format after a slash reads the format when a
// registry knows it (OpenAPI's, Alibaba's iso8601: "string/byte" is base64 text,
// "string/iso8601" a date-time) and the type alone when none does ("string/whatever"), which
// is then noted by the row's name and the word. Before, any word after "string/" read as a
// plain string, silently: "string/byte" lost its format and "string/whatever" said nothing.
func TestSlashFormats(t *testing.T) {
	for _, c := range []struct {
		typ, want string
		unknown   string // the word the note names, "" for none
	}{
		{"string/byte", "string/byte", ""},
		{"String/iso8601", "string/date-time", ""},
		{"string/date-time", "string/date-time", ""},
		{"string/uuid", "string", ""},
		{"String/string", "string", ""},
		{"integer/uint32", "integer/int64", ""},
		{"Integer/int64", "integer/int64", ""},
		{"string/whatever", "string", "whatever"},
		{"Integer/Big", "integer/int32", "Big"},
		{"string (enum)", "string", ""}, // a note in brackets, not a format
	} {
		p := &page.Page{File: "s.md", Title: "Svc:CreateThing", Sections: []*page.Section{
			sec(page.RequestParams, "Request parameters", 3, tbl(4, reqHeader,
				[]string{"Value", c.typ, "No", "The value.", ""})),
		}}
		op, res := mustOp(t, p)
		if got := typeFormat(op.Params[0].Schema); got != c.want {
			t.Errorf("%s: read as %s, want %s", c.typ, got, c.want)
		}
		noted := ""
		for _, w := range res.Warnings {
			if strings.Contains(w.Msg, "no format known") {
				noted = w.Msg
				if w.Kind != page.Info || !strings.Contains(w.Msg, `"Value"`) || !strings.Contains(w.Msg, `"`+c.unknown+`"`) {
					t.Errorf("%s: %v %s", c.typ, w.Kind, w.Msg)
				}
			}
		}
		if (noted != "") != (c.unknown != "") {
			t.Errorf("%s: note %q, want one naming %q", c.typ, noted, c.unknown)
		}
	}
}
