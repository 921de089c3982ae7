package acs

import (
	"fmt"
	"strings"
)

// PercentEncode encodes s the way Alibaba Cloud signatures expect (RFC 3986): the unreserved
// characters A-Z a-z 0-9 - _ . ~ are kept, every other byte of the UTF-8 encoding becomes
// %XX with upper-case hex. A space is %20 (never +), '*' is %2A, '/' is %2F.
//
// It is the encoding of query keys and values, form fields, path parameter values and the
// canonical query string of both signature versions.
func PercentEncode(s string) string {
	n := 0
	for i := 0; i < len(s); i++ {
		if !unreserved(s[i]) {
			n++
		}
	}
	if n == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 2*n)
	appendPercentEncoded(&b, s)
	return b.String()
}

const upperHex = "0123456789ABCDEF"

func appendPercentEncoded(b *strings.Builder, s string) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if unreserved(c) {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(upperHex[c>>4])
		b.WriteByte(upperHex[c&15])
	}
}

func unreserved(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' ||
		c == '-' || c == '_' || c == '.' || c == '~'
}

// ExpandPath substitutes the {name} segments of an ROA path pattern with the percent-encoded
// values from params ("/instances/{instanceId}" with instanceId "a/b" gives
// "/instances/a%2Fb"). A placeholder without a value, or with an empty value, is an error
// naming the parameter: sending "//" would reach a different resource.
func ExpandPath(pattern string, params map[string]string) (string, error) {
	if strings.IndexByte(pattern, '{') < 0 {
		return pattern, nil
	}
	var b strings.Builder
	b.Grow(len(pattern) + 32)
	rest := pattern
	for {
		open := strings.IndexByte(rest, '{')
		if open < 0 {
			b.WriteString(rest)
			break
		}
		end := strings.IndexByte(rest[open:], '}')
		if end < 0 {
			return "", fmt.Errorf("path pattern %q: unclosed '{'", pattern)
		}
		name := rest[open+1 : open+end]
		v, ok := params[name]
		if !ok {
			return "", fmt.Errorf("path parameter %q is not set", name)
		}
		if v == "" {
			return "", fmt.Errorf("path parameter %q is empty", name)
		}
		b.WriteString(rest[:open])
		appendPercentEncoded(&b, v)
		rest = rest[open+end+1:]
	}
	return b.String(), nil
}
