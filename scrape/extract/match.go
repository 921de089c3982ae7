package extract

import "regexp"

// enumTokenRe is what a documented enum value may look like.
var enumTokenRe = regexp.MustCompile(`^[A-Za-z0-9_.\-/*:]{1,80}$`)

func isEnumToken(s string) bool { return enumTokenRe.MatchString(s) }

// isUpper reports whether c is an upper-case ASCII letter.
func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
