package page

import (
	"regexp"
	"strings"
)

// IsOperationName reports whether s is shaped as an API operation name: an identifier
// (^[A-Za-z][A-Za-z0-9_]*$) with a NameHump, verb and noun run together ("RunInstances",
// "createInstance"). Overview tables and lists are read by this one rule, in the text
// reader and in extraction.
func IsOperationName(s string) bool { return IsIdent(s) && NameHump(s) }

// CamelHump reports whether s has a lower-case letter followed by an upper-case one, as
// camel-case names have ("InstanceId", "userId") and words of prose and headings do not.
func CamelHump(s string) bool { return hump(s, false) }

// NameHump is CamelHump where a digit before the upper-case letter counts too
// ("Ipv6Address").
func NameHump(s string) bool { return hump(s, true) }

func hump(s string, digits bool) bool {
	for i := 1; i < len(s); i++ {
		c := s[i-1]
		if s[i] >= 'A' && s[i] <= 'Z' && (c >= 'a' && c <= 'z' || digits && c >= '0' && c <= '9') {
			return true
		}
	}
	return false
}

// IsIdent is ^[A-Za-z][A-Za-z0-9_]*$.
func IsIdent(s string) bool {
	if s == "" || !(s[0] >= 'A' && s[0] <= 'Z' || s[0] >= 'a' && s[0] <= 'z') {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// tableCaptionRe matches the number that opens a numbered table caption: "Table 3. ",
// "Table 3: ", "表 2. ", "表2 ".
var tableCaptionRe = regexp.MustCompile(`^(?:[Tt]able|TABLE|表)\s*[0-9]+\s*[.:：．]?\s+`)

// CaptionName returns what a numbered table caption names after its number ("Table 4.
// page_info": "page_info"; "Table 1. Request path parameters": "Request path parameters"),
// and whether s is such a caption. Legacy pages caption each table so, a struct's table by
// the struct's name.
func CaptionName(s string) (string, bool) {
	s = strings.TrimSpace(s)
	m := tableCaptionRe.FindString(s)
	if m == "" || len(m) == len(s) {
		return "", false
	}
	return strings.TrimSpace(s[len(m):]), true
}
