package textpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestLookalikeBars: a dump whose tables separate cells with a look-alike of "|" (the
// full-width "｜" a CJK input method types, page.PlainBars) reads as the same dump with
// "|", in every pipe layout and where one row mixes both; a "｜" in a cell's text, glued
// to it or spaced in a row that has its cells already, and one in prose stay text.
func TestLookalikeBars(t *testing.T) {
	want := []string{
		"RegionId|string|Yes|The region ID.|cn-hangzhou",
		"Mode|string|No|取值：A｜B。|A",
		"Filter|string|No|Either A ｜ B.|A",
	}
	for _, c := range []struct{ layout, text string }{
		{"pipe rows", `Parameter ｜ Type ｜ Required ｜ Description ｜ Example ｜
---｜---｜---｜---｜---｜
RegionId ｜ string ｜ Yes ｜ The region ID. ｜ cn-hangzhou ｜
Mode ｜ string ｜ No ｜ 取值：A｜B。 ｜ A ｜
Filter | string | No | Either A ｜ B. | A |
`},
		{"Markdown rows", `｜ Parameter ｜ Type ｜ Required ｜ Description ｜ Example ｜
｜---｜---｜---｜---｜---｜
｜ RegionId ｜ string ｜ Yes ｜ The region ID. ｜ cn-hangzhou ｜
| Mode ｜ string | No ｜ 取值：A｜B。 | A ｜
| Filter | string | No | Either A ｜ B. | A |
`},
		{"pipe cells", `｜
Parameter ｜
Type ｜
Required ｜
Description ｜
Example ｜
｜ RegionId ｜
string ｜
Yes ｜
The region ID. ｜
cn-hangzhou ｜
｜ Mode ｜
string ｜
No ｜
取值：A｜B。 ｜
A ｜
| Filter |
string |
No |
Either A ｜ B. |
A |
`},
	} {
		p, err := Reader{}.Read("p.txt", []byte("DescribeThing\n\nRequest parameters\n"+c.text+"\n取值范围：A ｜ B ｜ C\n\nResponse parameters\nParameter | Type | Description | Example |\nRequestId | string | The request ID. | 1 |\n"))
		if err != nil {
			t.Fatal(err)
		}
		req := table(t, p, page.RequestParams)
		equal(t, c.layout+" header", req.Header, []string{"Parameter", "Type", "Required", "Description", "Example"})
		equal(t, c.layout+" rows", rowsOf(req), want)
		for _, w := range p.Warnings {
			t.Errorf("%s: warning %s", c.layout, w.Msg)
		}
		if !strings.Contains(pageText(p), "取值范围：A ｜ B ｜ C") {
			t.Errorf("%s: the prose's bars are gone:\n%s", c.layout, pageText(p))
		}
	}
}

// pageText is the text of a page's paragraphs.
func pageText(p *page.Page) string {
	var b strings.Builder
	for _, s := range p.Sections {
		for _, bl := range s.Blocks {
			if bl.Kind == page.Paragraph {
				b.WriteString(bl.Text + "\n")
			}
		}
	}
	return b.String()
}
