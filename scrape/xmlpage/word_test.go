package xmlpage

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acsgen/acsgen/scrape/page"
	"github.com/acsgen/acsgen/scrape/page/pagetest"
)

// docxOf packs a Word document: the given body and styles parts, with the package's and
// the document's relationships (one hyperlink, rId9).
func docxOf(t *testing.T, body, styles string) []byte {
	t.Helper()
	const w = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	parts := map[string]string{
		"_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/_rels/document.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://api.aliyun.com/api/Ecs/2014-05-26/DescribeThings" TargetMode="External"/></Relationships>`,
		"word/document.xml": `<?xml version="1.0"?><w:document ` + w + `><w:body>` + body + `</w:body></w:document>`,
		"word/styles.xml":   `<?xml version="1.0"?><w:styles ` + w + `>` + styles + `</w:styles>`,
	}
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, name := range []string{"_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml"} {
		f, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte(parts[name]))
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// para is a paragraph in style (none when ""), its runs given as WordprocessingML.
func para(style, runs string) string {
	ppr := ""
	if style != "" {
		ppr = `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
	}
	return `<w:p>` + ppr + runs + `</w:p>`
}

func run(text string) string { return `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r>` }

func mono(text string) string {
	return `<w:r><w:rPr><w:rFonts w:ascii="Consolas" w:hAnsi="Consolas"/></w:rPr><w:t xml:space="preserve">` + text + `</w:t></w:r>`
}

func cell(props, content string) string {
	return `<w:tc><w:tcPr>` + props + `</w:tcPr>` + content + `</w:tc>`
}

// TestWord reads a Word document as a writer keeps an API reference: a title over several
// level-1 headings (localized style ids, levels from the styles' outline levels), a table
// with a header row, a merged name cell (w:vMerge) and a spanned cell (w:gridSpan), a list
// in a cell, a sample in a monospaced font, and a link.
func TestWord(t *testing.T) {
	styles := `<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Eigene"><w:name w:val="Eigene"/><w:basedOn w:val="berschrift1"/></w:style>`
	row := func(cells ...string) string { return `<w:tr>` + strings.Join(cells, "") + `</w:tr>` }
	body := para("Titel", run("DescribeThings")) +
		para("", `<w:hyperlink r:id="rId9">`+run("Debug in OpenAPI Explorer")+`</w:hyperlink>`) +
		para("berschrift1", run("Request parameters")) +
		`<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>` +
		`<w:tr><w:trPr><w:tblHeader/></w:trPr>` + cell("", para("", run("Parameter"))) + cell("", para("", run("Type"))) + cell("", para("", run("Required"))) + cell("", para("", run("Description"))) + `</w:tr>` +
		row(cell("", para("", mono("RegionId"))), cell("", para("", run("String"))), cell("", para("", run("Yes"))), cell("", para("", run("The region.")))) +
		row(cell(`<w:vMerge w:val="restart"/>`, para("", mono("Status"))), cell("", para("", run("String"))), cell("", para("", run("No"))),
			cell("", para("", run("Valid values:"))+`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>`+run("on: running")+`</w:p>`)) +
		row(cell(`<w:vMerge/>`, para("", "")), cell(`<w:gridSpan w:val="3"/>`, para("", run("Only one of the values above.")))) +
		`</w:tbl>` +
		para("Eigene", run("Response example")) +
		para("", mono(`{"RequestId": "x",`)) + para("", mono(`  "Things": []}`))
	p, err := WordReader{}.Read("DescribeThings.docx", docxOf(t, body, styles))
	if err != nil {
		t.Fatal(err)
	}
	if p.Format != page.Word {
		t.Errorf("format %q", p.Format)
	}
	want := []string{
		"title DescribeThings",
		"section  @1",
		"section Request parameters @4",
		"  header Parameter | Type | Required | Description",
		"  row RegionId | String | Yes | The region. @7",
		// the row under the merged name cell goes on with its parameter, as HTML's rowspan
		"  row Status | String | No | Valid values:\n- on: running\nOnly one of the values above. @8",
		"section Response example @11",
		"  code json {\"RequestId\": \"x\", @12",
	}
	if d := cmp.Diff(want, outline(p)); d != "" {
		t.Errorf("outline (-want +got):\n%s", d)
	}
	if p.URL == "" && !strings.Contains(strings.Join(paraTexts(p), "\n"), "Debug in OpenAPI Explorer") {
		t.Errorf("the link's paragraph is lost: %q", paraTexts(p))
	}
}

func paraTexts(p *page.Page) []string {
	var out []string
	for _, s := range p.Sections {
		for _, b := range s.Blocks {
			if b.Kind == page.Paragraph {
				out = append(out, b.Text)
			}
		}
	}
	return out
}

// TestWordBroken: a file that is no zip, or a zip with no document, is an error naming why.
func TestWordBroken(t *testing.T) {
	if _, err := (WordReader{}).Read("x.docx", []byte("DescribeThings\nRequest parameters")); err == nil || !strings.Contains(err.Error(), "x.docx: not a Word document") {
		t.Errorf("error %v", err)
	}
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	z.Create("other.txt")
	z.Close()
	if _, err := (WordReader{}).Read("y.docx", buf.Bytes()); err == nil || !strings.Contains(err.Error(), "y.docx: word/document.xml: not in the document") {
		t.Errorf("error %v", err)
	}
}

// FuzzWord: no input panics the Word reader (its seeds the golden .docx pages).
func FuzzWord(f *testing.F) {
	pagetest.Fuzz(f, "../../golden/xmlpages/*.docx", WordReader{}, []byte("PK\x03\x04"))
}
