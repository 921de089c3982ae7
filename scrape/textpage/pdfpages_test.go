package textpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestPDFPages: a PDF's text whose page breaks fall inside a table, each page opened by a
// running header and closed by a footer with its page number, reads as the page it prints:
// the rows on both sides of a break are one table, the lines a page's text happens to start
// with ("String", on two of four pages) stay, and a warning says what was left out.
func TestPDFPages(t *testing.T) {
	text := "API Reference\n\nGetThing\n\nRequest parameters\n\nName\n\nType\n\nRequired\n\nDescription\n\nRegionId\n\n" +
		"1 > Document Version: 20240301\n\fAPI Reference\n\n" +
		"String\n\nYes\n\nThe region.\n\nZoneId\n\n" +
		"2 > Document Version: 20240301\n\fAPI Reference\n\n" +
		"String\n\nNo\n\nThe zone.\n\nResponse parameters\n\nName\n\nType\n\nDescription\n\nRequestId\n\n" +
		"3 > Document Version: 20240301\n\fAPI Reference\n\n" +
		"String\n\nThe request ID.\n\n" +
		"4 > Document Version: 20240301\n\f"
	p := readText(t, text)
	equal(t, "request", rowsOf(table(t, p, page.RequestParams)), []string{"RegionId|String|Yes|The region.", "ZoneId|String|No|The zone."})
	equal(t, "response", rowsOf(table(t, p, page.ResponseParams)), []string{"RequestId|String|The request ID."})
	if w := warningsOf(p); !strings.Contains(w, "breaks into 4 pages") || !strings.Contains(w, "the 8 running headers") {
		t.Errorf("no or a wrong warning of the pages:\n%s", w)
	}
}

// TestPDFOnePage: the text of a PDF of one page (one form feed, at its end) has no other
// page whose footer repeats its own: the footer is told by its page number, 1, alone or
// set apart at the line's start or end, and left out with an info warning. A last line of
// the page's own text that ends with a 1 stays. Before, the footer was the last row's
// description.
func TestPDFOnePage(t *testing.T) {
	head := "GetThing\n\nResponse parameters\n\nName\n\nType\n\nDescription\n\nRequestId\n\nString\n\nThe request ID.\n\n"
	for _, foot := range []string{"1 > Document Version: 20240301", "API Reference · API operations    1", "1"} {
		p := readText(t, head+foot+"\n\f")
		equal(t, foot, rowsOf(table(t, p, page.ResponseParams)), []string{"RequestId|String|The request ID."})
		if w := warningsOf(p); !strings.Contains(w, "one page") {
			t.Errorf("%q: no warning of the footer left out:\n%s", foot, w)
		}
	}
	p := readText(t, strings.Replace(head, "The request ID.", "The count.", 1)+"Default value: 1\n\f")
	equal(t, "own text", rowsOf(table(t, p, page.ResponseParams)), []string{"RequestId|String|The count.\nDefault value: 1"})
}

// TestPDFOnePageHeader: a PDF's text of one page opens with the PDF's running header, which
// no other page repeats, set apart by a blank line over the page's own opening lines (its
// URL, its title naming the operation): it is left out, with an info. Before, the header
// was read as the page's title ("API Reference·API operations") or kept the URL line under
// it from being read, the operation named by a guess. A title over its summary stays, and
// a text that is no PDF's keeps its first line.
func TestPDFOnePageHeader(t *testing.T) {
	body := "Response parameters\n\nName\n\nType\n\nDescription\n\nRequestId\n\nString\n\nThe request ID.\n\n"
	for _, c := range []struct{ head, open string }{
		{"API Reference·API operations", "GetThing\n\n"},
		{"> Document Version: 20240301", "URL: https://www.alibabacloud.com/help/en/doc-detail/1.html\n\n"},
		{"ECS API Reference", "GetThing - 获取\n\n"},
	} {
		p := readText(t, c.head+"\n\n"+c.open+body+"1 > Document Version: 20240301\n\f")
		if p.Title != "" && p.Title != strings.TrimSpace(c.open) {
			t.Errorf("%q: title %q", c.head, p.Title)
		}
		if p.Title == "" && p.URL == "" {
			t.Errorf("%q: neither title nor URL read", c.head)
		}
		if w := warningsOf(p); !strings.Contains(w, "running header") || strings.Contains(w, "guess") {
			t.Errorf("%q: want the header left out with an info, no guess:\n%s", c.head, w)
		}
	}
	for _, text := range []string{"GetThing\n\nGets a thing.\n\n" + body + "\f", "API Reference\n\nGetThing\n\n" + body} {
		p := readText(t, text)
		if w := warningsOf(p); strings.Contains(w, "running header") {
			t.Errorf("%q: a page's own first line left out:\n%s", text[:20], w)
		}
	}
}
