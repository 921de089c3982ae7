package scrape

import (
	"fmt"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/htmlpage"
	"github.com/acsgen/acsgen/scrape/mdpage"
	"github.com/acsgen/acsgen/scrape/page"
)

// TestReqRespLang: the reqresp shape (TestUnseenShapes) in Indonesian and Japanese: the
// request's and the response's sections headed "Permintaan" / "Respons" ("リクエスト" /
// "レスポンス"), each with a sub-heading (a heading a level below, or a bold line) that
// says only "Parameter" ("パラメーター"), the word of the name column's header too
// ("Parameter | Tipe | ..."). A heading is marked as one in Markdown and HTML, a header
// cell is in the table: the word alone names parameters without saying whose, as
// "Parameters" does (page.KindIn, BoldSection), and a bold "**パラメーター**" or
// "レスポンス" is one word, which labels as often as it heads (LabelHeading). Before, both
// sections were Other and the page had no parameter tables.
func TestReqRespLang(t *testing.T) {
	for _, c := range []struct{ req, resp, par, name, typ, reqw, desc, yes string }{
		{"Permintaan", "Respons", "Parameter", "Parameter", "Tipe", "Wajib", "Deskripsi", "Ya"},
		{"Permintaan", "Respons", "Parameter", "Nama", "Tipe", "Wajib", "Deskripsi", "Ya"},
		{"リクエスト", "レスポンス", "パラメーター", "パラメーター", "型", "必須", "説明", "はい"},
	} {
		reqTable := "| " + c.name + " | " + c.typ + " | " + c.reqw + " | " + c.desc + " |\n|---|---|---|---|\n| RegionId | String | " + c.yes + " | r. |\n"
		respTable := "| " + c.name + " | " + c.typ + " | " + c.desc + " |\n|---|---|---|\n| RequestId | String | id. |\n"
		for _, sub := range []string{"### " + c.par, "**" + c.par + "**"} {
			md := "# CreateX\n\nCreates X.\n\n## " + c.req + "\n\n" + sub + "\n\n" + reqTable + "\n## " + c.resp + "\n\n" + sub + "\n\n" + respTable
			p, err := mdpage.Reader{}.Read("x.md", []byte(md))
			if err != nil {
				t.Fatal(err)
			}
			checkReqResp(t, c.name+" md "+sub, p)
		}
		for _, sub := range []string{"<h3>" + c.par + "</h3>", "<p><strong>" + c.par + "</strong></p>"} {
			html := "<html><body><h1>CreateX</h1><p>Creates X.</p><h2>" + c.req + "</h2>" + sub +
				"<table><tr><th>" + c.name + "</th><th>" + c.typ + "</th><th>" + c.reqw + "</th><th>" + c.desc + "</th></tr><tr><td>RegionId</td><td>String</td><td>" + c.yes + "</td><td>r.</td></tr></table>" +
				"<h2>" + c.resp + "</h2>" + sub + "<table><tr><th>" + c.name + "</th><th>" + c.typ + "</th><th>" + c.desc + "</th></tr><tr><td>RequestId</td><td>String</td><td>id.</td></tr></table></body></html>"
			p, err := htmlpage.Reader{}.Read("x.html", []byte(html))
			if err != nil {
				t.Fatal(err)
			}
			checkReqResp(t, c.name+" html "+sub, p)
		}
	}
}

// checkReqResp checks that page p (TestReqRespLang) reads RegionId in its request's
// parameter table and RequestId in its response's.
func checkReqResp(t *testing.T, name string, p *page.Page) {
	t.Helper()
	var got []string
	for _, s := range p.Sections {
		for _, tb := range s.Tables() {
			for _, r := range tb.Rows {
				got = append(got, fmt.Sprintf("%v:%s", s.Kind, r.Cells[0]))
			}
		}
	}
	want := []string{fmt.Sprintf("%v:RegionId", page.RequestParams), fmt.Sprintf("%v:RequestId", page.ResponseParams)}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("%s: rows %q; want %q", name, got, want)
	}
}
