package extract

import (
	"bytes"
	"strings"
)

// Hand-written matchers for the character-class patterns extraction tests on every row.
// They answer exactly as the regular expressions named in their comments (checked by
// TestMatchersAgreeWithRegexps) at a fraction of the cost.

// byteClass is a set of ASCII bytes.
type byteClass [256]bool

func classOf(sets ...string) (c byteClass) {
	for _, s := range sets {
		for i := 0; i < len(s); i++ {
			if i+2 < len(s) && s[i+1] == '-' {
				for b := int(s[i]); b <= int(s[i+2]); b++ {
					c[b] = true
				}
				i += 2
				continue
			}
			c[s[i]] = true
		}
	}
	return c
}

var (
	letters      = classOf("A-Za-z")
	lowerLetters = classOf("a-z")
	nameHead     = classOf("A-Za-z_$")
	nameTail     = classOf("A-Za-z0-9_.$", "--")
	enumTokenSet = classOf("A-Za-z0-9_./*:", "--")
	structHead   = classOf("a-z_")
	structTail   = classOf("a-z0-9_")
)

// all reports whether s is non-empty, starts with a byte of head and goes on with bytes
// of tail.
func (head *byteClass) all(s string, tail *byteClass) bool {
	if s == "" || !head[s[0]] {
		return false
	}
	for i := 1; i < len(s); i++ {
		if !tail[s[i]] {
			return false
		}
	}
	return true
}

// isName is ^[A-Za-z_$][A-Za-z0-9_.\-$]*$: an identifier, possibly flattened (Tag.N.Key)
// or a header name (x-acs-foo).
func isName(s string) bool { return nameHead.all(s, &nameTail) }

// isEnumToken is ^[A-Za-z0-9_.\-/*:]{1,80}$, what a documented enum value may look like.
func isEnumToken(s string) bool {
	return len(s) <= 80 && enumTokenSet.all(s, &enumTokenSet)
}

// isStructWord is ^[a-z_][a-z0-9_]*$.
func isStructWord(s string) bool { return structHead.all(s, &structTail) }

// lowersToASCII reports whether strings.ToLower turns a non-ASCII character of s into an
// ASCII letter: only U+0130 (İ → i) and U+212A (Kelvin sign → k) do.
func lowersToASCII(s string) bool {
	return strings.Contains(s, "\u0130") || strings.Contains(s, "\u212a")
}

// hasPrefixLower is strings.HasPrefix(strings.ToLower(s), prefix) for a lower-case ASCII
// prefix, without building the lower-case copy.
func hasPrefixLower(s, prefix string) bool {
	if len(s) >= len(prefix) && equalLowerASCII(s[:len(prefix)], prefix) {
		return true
	}
	if !lowersToASCII(s) {
		return false
	}
	return strings.HasPrefix(strings.ToLower(s), prefix)
}

// containsLower is strings.Contains(strings.ToLower(s), sub) for a lower-case ASCII sub.
func containsLower(s, sub string) bool {
	var l lowerText
	l.set(s)
	return l.contains([]byte(sub))
}

// lowerText is a text prepared for finding lower-case ASCII phrases as they would be found
// in strings.ToLower of it: ASCII letters lower-cased into a buffer that is reused from
// text to text. Other characters are left as they are, since lower-casing never turns them
// into ASCII, except for İ and K, whose texts are lower-cased in full.
type lowerText struct {
	buf  []byte
	full bool // buf holds strings.ToLower of the text
}

func (l *lowerText) set(s string) {
	l.full = false
	if cap(l.buf) < len(s) {
		l.buf = make([]byte, len(s), len(s)+len(s)/2)
	}
	l.buf = l.buf[:len(s)]
	if lowerASCII(l.buf, s) && lowersToASCII(s) {
		l.buf, l.full = append(l.buf[:0], strings.ToLower(s)...), true
	}
}

// lowerASCII copies s into dst (of the same length) with ASCII letters lower-cased. It
// reports whether s has a non-ASCII byte.
func lowerASCII(dst []byte, s string) (nonASCII bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst[i] = c
		nonASCII = nonASCII || c >= 0x80
	}
	return nonASCII
}

// contains reports whether the lower-cased text contains the lower-case ASCII sub.
func (l *lowerText) contains(sub []byte) bool { return bytes.Contains(l.buf, sub) }

// equalLowerASCII reports whether s, with ASCII letters lower-cased, equals the lower-case
// ASCII string lower. Non-ASCII bytes of s never match.
func equalLowerASCII(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}
