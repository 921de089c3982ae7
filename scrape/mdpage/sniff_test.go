package mdpage

import (
	"strings"
	"testing"
)

func TestHTMLTables(t *testing.T) {
	for in, want := range map[string]bool{
		"# GetUser\n\n## Request parameters\n\n<table>\n<tr><td>a</td></tr>\n</table>\n": true,
		"<div role=\"main\">\n\n## Response parameters {#response}\n\n<TABLE class=x>\n": true,
		"## Request parameters\n\n<Table>":                                               true,  // "<table" at the very end
		"# GetUser\n\n<table>\n</table>\n":                                               false, // no section heading
		"Request parameters\n\n<table>\n</table>\n":                                      false, // a text dump's heading
		"## Request parameters\n\n```html\n<table>\n```\n":                               false, // code
		"## Request parameters\n\n    <table>\n":                                         false, // indented code
		"## Request parameters\n\n| Name | Type |\n|---|---|\n":                          false,
		"## Request parameters\n\n<tabl":                                                 false, // cut short of the tag
	} {
		if got := HTMLTables([]byte(in)); got != want {
			t.Errorf("HTMLTables(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestHTMLTablesTextPage: a text page with no "<table" in any case (every .txt page that is
// no such Markdown page) is answered by the byte search alone, without copying the page to a
// string or walking its lines: no allocation at all, however many '<' it holds.
func TestHTMLTablesTextPage(t *testing.T) {
	text := []byte(strings.Repeat("Request parameters\nName | Type | <b>Required</b> | <tab\n", 200))
	if HTMLTables(text) {
		t.Fatal("HTMLTables(text page) = true")
	}
	if n := testing.AllocsPerRun(10, func() { HTMLTables(text) }); n != 0 {
		t.Errorf("HTMLTables(text page) allocates %v times a call, want 0: the page is walked without the \"<table\" pre-check", n)
	}
}
