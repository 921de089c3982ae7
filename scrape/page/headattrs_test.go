package page

import "testing"

func TestCutHeadingAttrs(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"QueryAccountBalance {#queryaccountbalance}", "QueryAccountBalance", true},
		{"Request parameters {#request-parameters .unnumbered}", "Request parameters", true},
		{`Errors {: #errors .wide data-x="a b" lang=en }`, "Errors", true},
		{"Notes {-}", "Notes", true},
		{"Title {}", "Title", true},
		{"Map {String}", "Map {String}", false},
		{"Response {a b}", "Response {a b}", false},
		{"Title {#}", "Title {#}", false},
		{`Title {k="open}`, `Title {k="open}`, false},
		{"Title", "Title", false},
		{"{}", "{}", false}, // a JSON sample over AsciiDoc's "----" fence, no setext heading
		{"{#id}", "{#id}", false},
	} {
		if got, ok := CutHeadingAttrs(c.in); got != c.want || ok != c.ok {
			t.Errorf("CutHeadingAttrs(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
