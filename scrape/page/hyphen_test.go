package page

import "testing"

// TestLineHyphen: a hyphen ending a cell's line is a typesetter's break, dropped when the
// lines join, where only a break writes it (U+2010, U+00AD) or, a "-", where neither word
// has another hyphen; a word written with hyphens keeps them, and so does a hyphen with no
// letter on a side.
func TestLineHyphen(t *testing.T) {
	for _, c := range []struct {
		a, b, want string
		ok         bool
	}{
		{"InternetChar\u2010", "geType", "InternetChar", true},
		{"The Re\u2010", "questId value.", "The Re", true},
		{"Array of Ob\u2010", "ject", "Array of Ob", true},
		{"Plan\u00ad", "Window", "Plan", true},
		{"ResourceOwn-", "erAccount", "ResourceOwn", true},
		{"The Plan-", "Window- Name", "The Plan", true},
		{"x-acs-", "request-id", "x-acs-", false},
		{"Pay-", "As-You-Go", "Pay-", false},
		{"Region", "cn-hangzhou", "Region", false},
		{"- ", "a list item", "- ", false},
		{"1-", "10.", "1-", false},
		{"Ipv6-", "Address", "Ipv6", true},
		{"value \u2010", "x", "value \u2010", false},
	} {
		got, ok := LineHyphen(c.a, c.b)
		if got != c.want || ok != c.ok {
			t.Errorf("LineHyphen(%q, %q) = %q, %v; want %q, %v", c.a, c.b, got, ok, c.want, c.ok)
		}
	}
}
