package extract

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
