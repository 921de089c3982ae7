package xmlpage

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acsgen/acsgen/scrape/page"
	"github.com/acsgen/acsgen/scrape/page/pagetest"
)

// outline is what a test compares of a page: its title, each section's heading and line,
// each table's header, rows (cells, line) and each code block's language and first line.
func outline(p *page.Page) []string {
	out := []string{"title " + p.Title}
	for _, s := range p.Sections {
		out = append(out, fmt.Sprintf("section %s @%d", s.Heading, s.Line))
		for _, b := range s.Blocks {
			switch {
			case b.Table != nil:
				out = append(out, "  header "+strings.Join(b.Table.Header, " | "))
				for _, r := range b.Table.Rows {
					out = append(out, fmt.Sprintf("  row %s @%d", strings.Join(r.Cells, " | "), r.Line))
				}
			case b.Kind == page.Code:
				first, _, _ := strings.Cut(b.Text, "\n")
				out = append(out, fmt.Sprintf("  code %s %s @%d", b.Lang, first, b.Line))
			}
		}
	}
	return out
}

// TestVocabularies reads one small page in each vocabulary: the same sections, table and
// sample, each on its source line.
func TestVocabularies(t *testing.T) {
	want := []string{
		"title DescribeThings",
		"section  @1",
		"section Request parameters @3",
		"  header Parameter | Type | Required | Description",
		"  row RegionId | String | Yes | The region. @6",
		"  row PageSize | Integer | No | Entries a page. @7",
		"section Response example @9",
		"  code json {\"RequestId\": \"x\"} @10",
	}
	pages := map[string]string{
		"docbook": `<article xmlns="http://docbook.org/ns/docbook" version="5.0">
<title>DescribeThings</title>
<section><title>Request parameters</title>
<informaltable><tgroup cols="4">
<thead><row><entry>Parameter</entry><entry>Type</entry><entry>Required</entry><entry>Description</entry></row></thead>
<tbody><row><entry><literal>RegionId</literal></entry><entry>String</entry><entry>Yes</entry><entry><para>The region.</para></entry></row>
<row><entry><literal>PageSize</literal></entry><entry>Integer</entry><entry>No</entry><entry>Entries a page.</entry></row>
</tbody></tgroup></informaltable></section>
<section><title>Response example</title>
<programlisting language="json">{"RequestId": "x"}</programlisting>
</section></article>
`,
		"dita": `<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE reference PUBLIC "-//OASIS//DTD DITA Reference//EN" "reference.dtd">
<reference id="describethings"><title>DescribeThings</title><refbody>
<section><title>Request parameters</title>
<simpletable><sthead><stentry>Parameter</stentry><stentry>Type</stentry><stentry>Required</stentry><stentry>Description</stentry></sthead>
<!-- the region first -->
<strow><stentry><codeph>RegionId</codeph></stentry><stentry>String</stentry><stentry>Yes</stentry><stentry>The region.</stentry></strow>
<strow><stentry><codeph>PageSize</codeph></stentry><stentry>Integer</stentry><stentry>No</stentry><stentry>Entries a page.</stentry></strow>
</simpletable></section>
<section><title>Response example</title>
<codeblock outputclass="json">{"RequestId": "x"}</codeblock>
</section></refbody></reference>
`,
		"jats": `<sec id="describethings">
<title>DescribeThings</title>
<sec><title>Request parameters</title>
<table-wrap><table>
<thead><tr><th>Parameter</th><th>Type</th><th>Required</th><th>Description</th></tr></thead>
<tbody><tr><td><monospace>RegionId</monospace></td><td>String</td><td>Yes</td><td><p>The region.</p></td></tr>
<tr><td><monospace>PageSize</monospace></td><td>Integer</td><td>No</td><td>Entries a page.</td></tr>
</tbody></table></table-wrap></sec>
<sec><title>Response example</title>
<code language="json">{"RequestId": "x"}</code>
</sec></sec>
`,
		"tei": `<div type="level1" xml:id="describethings">
<head>DescribeThings</head>
<div type="level2"><head>Request parameters</head>
<table>
<row role="label"><cell>Parameter</cell><cell>Type</cell><cell>Required</cell><cell>Description</cell></row>
<row><cell><seg type="code">RegionId</seg></cell><cell>String</cell><cell>Yes</cell><cell><p>The region.</p></cell></row>
<row><cell><seg type="code">PageSize</seg></cell><cell>Integer</cell><cell>No</cell><cell>Entries a page.</cell></row>
</table></div>
<div type="level2"><head>Response example</head>
<ab type="codeblock json">{"RequestId": "x"}</ab>
</div></div>
`,
	}
	for name, src := range pages {
		t.Run(name, func(t *testing.T) {
			if !Looks([]byte(src)) {
				t.Errorf("Looks = false")
			}
			p, err := Reader{}.Read(name+".txt", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			if p.Format != page.XML {
				t.Errorf("format %q", p.Format)
			}
			if d := cmp.Diff(want, outline(p)); d != "" {
				t.Errorf("outline (-want +got):\n%s", d)
			}
		})
	}
}

// TestLooks tells documentation XML from HTML and text pages by their start alone.
func TestLooks(t *testing.T) {
	for src, want := range map[string]bool{
		`<?xml version="1.0"?><article><title>A</title></article>`:                true,
		"\xef\xbb\xbf <!-- c --><!DOCTYPE topic><topic id=\"a\"><title>A</title>": true,
		`<sec id="a"><title>A</title>`:                                            true,
		`<section xmlns="http://docbook.org/ns/docbook"><title>A</title>`:         true,
		`<div type="level1" xml:id="a"><head>A</head>`:                            true,
		`<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>`:  false,
		`<section><h2>Request parameters</h2><table>`:                             false,
		`<div class="x">A</div>`:                                                  false,
		"DescribeThings\n\nRequest parameters\n| Name | Type |":                   false,
		"<RegionId> is required\n":                                                false,
		"":                                                                        false,
	} {
		if got := Looks([]byte(src)); got != want {
			t.Errorf("Looks(%q) = %v, want %v", src, got, want)
		}
	}
}

// TestSpans renders CALS spans as HTML's: morerows as rowspan, namest/nameend over the
// colspecs' names as colspan.
func TestSpans(t *testing.T) {
	src := `<informaltable><tgroup cols="3"><colspec colname="a"/><colspec colname="b"/><colspec colname="c"/>
<tbody><row><entry morerows="1">Tag</entry><entry namest="b" nameend="c">Object</entry></row>
<row><entry>Key</entry><entry>String</entry></row></tbody></tgroup></informaltable>`
	root, cut, err := parse([]byte(src))
	if err != nil || cut {
		t.Fatal(cut, err)
	}
	got := string(toHTML(root, cut))
	for _, want := range []string{`<td rowspan="2">Tag</td><td colspan="2">Object</td>`, "\n<tr><td>Key</td>"} {
		if !strings.Contains(got, want) {
			t.Errorf("HTML lacks %q:\n%s", want, got)
		}
	}
}

// TestCutAndBroken: a page that ends inside its elements is read as far as it goes and
// said to be cut off; a page whose tags do not match is an error naming its line.
func TestCutAndBroken(t *testing.T) {
	cut := "<article xmlns=\"http://docbook.org/ns/docbook\"><title>DescribeThings</title>\n<section><title>Request parameters</title>\n<informaltable><tgroup cols=\"2\"><thead><row><entry>Parameter</entry><entry>Type</entry></row></thead>\n<tbody><row><entry>RegionId</entry><entry>String</entry></row>\n<row><entry>PageSi"
	p, err := Reader{}.Read("cut.xml", []byte(cut))
	if err != nil {
		t.Fatal(err)
	}
	if !p.Truncated {
		t.Errorf("page not marked cut off; warnings %v", p.Warnings)
	}
	broken := "<article xmlns=\"http://docbook.org/ns/docbook\">\n<title>A</title>\n<para>x</section>\n</article>\n"
	_, err = Reader{}.Read("broken.xml", []byte(broken))
	if err == nil || !strings.Contains(err.Error(), "broken.xml:3:") {
		t.Errorf("error %v, want one naming broken.xml:3", err)
	}
}

// FuzzRead: no input panics the reader, reads differ between runs, or rows outgrow their header.
func FuzzRead(f *testing.F) {
	pagetest.Fuzz(f, "../../golden/xmlpages/*.xml", Reader{}, []byte("<sec><title>x</title><table><tr><td>a<table><tr><td>b"),
		[]byte("<informaltable><tgroup><tbody><row><entry morerows=\"9\" namest=\"a\" nameend=\"b\">x</entry></row>"))
}
