package xmlpage

import (
	"archive/zip"
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acsgen/acsgen/scrape/page"
	"github.com/acsgen/acsgen/scrape/page/pagetest"
)

// odtOf packs an OpenDocument text whose body is body, its automatic styles auto.
func odtOf(t *testing.T, auto, body string) []byte {
	t.Helper()
	content := `<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ` +
		`xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ` +
		`xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" ` +
		`xmlns:xlink="http://www.w3.org/1999/xlink"><office:automatic-styles>` + auto + `</office:automatic-styles>` +
		`<office:body><office:text>` + body + `</office:text></office:body></office:document-content>`
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for name, data := range map[string]string{"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": content} {
		f, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte(data))
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestODT reads an OpenDocument text as LibreOffice keeps an API reference: a title over
// headings, a table with a header row and a cell spanning two rows, a list in a cell, code
// lines in automatic styles whose parent is "Preformatted Text" (indented by <text:s/>),
// and a name in a monospaced span.
func TestODT(t *testing.T) {
	auto := `<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Preformatted_20_Text"/>` +
		`<style:style style:name="T1" style:family="text"><style:text-properties style:font-name="Liberation Mono"/></style:style>`
	cell := func(at, content string) string {
		return `<table:table-cell` + at + `>` + content + `</table:table-cell>`
	}
	p := func(s string) string { return `<text:p>` + s + `</text:p>` }
	body := `<text:p text:style-name="Title">DescribeThings</text:p>` +
		`<text:h text:outline-level="1">Request parameters</text:h>` +
		`<table:table><table:table-column/><table:table-header-rows><table:table-row>` +
		cell("", p("Parameter")) + cell("", p("Type")) + cell("", p("Required")) + cell("", p("Description")) +
		`</table:table-row></table:table-header-rows>` +
		`<table:table-row>` + cell("", p(`<text:span text:style-name="T1">RegionId</text:span>`)) + cell("", p("String")) + cell("", p("Yes")) + cell("", p("The region.")) + `</table:table-row>` +
		`<table:table-row>` + cell(` table:number-rows-spanned="2"`, p(`<text:span text:style-name="T1">Status</text:span>`)) + cell("", p("String")) + cell("", p("No")) +
		cell("", p("Valid values:")+`<text:list><text:list-item>`+p("on: running")+`</text:list-item></text:list>`) + `</table:table-row>` +
		`<table:table-row><table:covered-table-cell/>` + cell(` table:number-columns-spanned="3"`, p("Only one of the values above.")) + `</table:table-row>` +
		`</table:table>` +
		`<text:h text:outline-level="1">Response example</text:h>` +
		`<text:p text:style-name="P1">{"RequestId": "x",</text:p><text:p text:style-name="P1"><text:s text:c="2"/>"Things": []}</text:p>`
	pg, err := ODTReader{}.Read("DescribeThings.odt", odtOf(t, auto, body))
	if err != nil {
		t.Fatal(err)
	}
	if pg.Format != page.ODT {
		t.Errorf("format %q", pg.Format)
	}
	want := []string{
		"title DescribeThings",
		"section  @1",
		"section Request parameters @3",
		"  header Parameter | Type | Required | Description",
		"  row RegionId | String | Yes | The region. @6",
		"  row Status | String | No | Valid values:\n- on: running\nOnly one of the values above. @7",
		"section Response example @10",
		"  code json {\"RequestId\": \"x\", @11",
	}
	if d := cmp.Diff(want, outline(pg)); d != "" {
		t.Errorf("outline (-want +got):\n%s", d)
	}
	for _, b := range pg.Sections[len(pg.Sections)-1].Blocks {
		if b.Kind == page.Code && b.Text != "{\"RequestId\": \"x\",\n  \"Things\": []}" {
			t.Errorf("code %q", b.Text)
		}
	}
}

// FuzzODT: no input panics the OpenDocument reader.
func FuzzODT(f *testing.F) {
	pagetest.Fuzz(f, "../../golden/xmlpages/*.odt", ODTReader{}, []byte("PK\x03\x04"))
}
