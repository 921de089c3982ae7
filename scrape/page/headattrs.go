package page

import "strings"

// CutHeadingAttrs returns a heading's text without the attribute block that ends it, as
// pandoc, PHP Markdown Extra, kramdown, Hugo and MkDocs write one ("QueryAccountBalance
// {#queryaccountbalance}", "Errors {: #errors .wide data-x=\"1\" }", "Notes {-}"): braces
// around the identifier, classes and key=value pairs of the heading's HTML element, which
// are not part of its text. ok is false, and text is s, when s ends in no such block
// ("Map {String}" keeps its braces: a word is no attribute).
func CutHeadingAttrs(s string) (text string, ok bool) {
	if !strings.HasSuffix(s, "}") {
		return s, false
	}
	i := strings.LastIndexByte(s, '{')
	if i < 0 || strings.TrimSpace(s[:i]) == "" {
		return s, false // no block, or a block alone: no heading's (AsciiDoc's "{}" sample over its "----" fence)
	}
	attrs := strings.TrimPrefix(strings.TrimSpace(s[i+1:len(s)-1]), ":")
	for attrs = strings.TrimSpace(attrs); attrs != ""; attrs = strings.TrimSpace(attrs) {
		n := attrLen(attrs)
		if n == 0 {
			return s, false
		}
		attrs = attrs[n:]
	}
	return strings.TrimSpace(s[:i]), true
}

// attrLen is the length of the attribute that opens a (not blank): "#id", ".class", "-"
// (pandoc's unnumbered), or key=value with the value quoted or not; 0 when a opens with
// none.
func attrLen(a string) int {
	end := strings.IndexAny(a, " \t")
	if end < 0 {
		end = len(a)
	}
	word := a[:end]
	switch {
	case word == "-":
		return 1
	case (word[0] == '#' || word[0] == '.') && len(word) > 1 && !strings.ContainsAny(word[1:], "#.=\"'"):
		return end
	}
	key, val, ok := strings.Cut(a, "=")
	if !ok || key == "" || strings.ContainsAny(key, " \t\"'#.{}") {
		return 0
	}
	if val != "" && (val[0] == '"' || val[0] == '\'') {
		if j := strings.IndexByte(val[1:], val[0]); j >= 0 {
			return len(key) + 1 + j + 2
		}
		return 0
	}
	return end
}
