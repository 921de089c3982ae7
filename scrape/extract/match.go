package extract

import "regexp"

var (
	// enumTokenRe is what a documented enum value may look like.
	enumTokenRe = regexp.MustCompile(`^[A-Za-z0-9_.\-/*:]{1,80}$`)
	// structWordRe is a lower-cased struct name.
	structWordRe = regexp.MustCompile(`^[a-z_][a-z0-9_]*$`)
)

func isEnumToken(s string) bool  { return enumTokenRe.MatchString(s) }
func isStructWord(s string) bool { return structWordRe.MatchString(s) }

// isUpper reports whether c is an upper-case ASCII letter.
func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
