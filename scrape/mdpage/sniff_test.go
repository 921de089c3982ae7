package mdpage

import "testing"

func TestHTMLTables(t *testing.T) {
	for in, want := range map[string]bool{
		"# GetUser\n\n## Request parameters\n\n<table>\n<tr><td>a</td></tr>\n</table>\n": true,
		"<div role=\"main\">\n\n## Response parameters {#response}\n\n<TABLE class=x>\n": true,
		"# GetUser\n\n<table>\n</table>\n":                                               false, // no section heading
		"Request parameters\n\n<table>\n</table>\n":                                      false, // a text dump's heading
		"## Request parameters\n\n```html\n<table>\n```\n":                               false, // code
		"## Request parameters\n\n    <table>\n":                                         false, // indented code
		"## Request parameters\n\n| Name | Type |\n|---|---|\n":                          false,
	} {
		if got := HTMLTables(in); got != want {
			t.Errorf("HTMLTables(%q) = %v, want %v", in, got, want)
		}
	}
}
