package page

import (
	"testing"
	"unicode"
)

// TestIsSpace holds lettersOver's isSpace to unicode.IsSpace on every rune: its ASCII
// case is written out, the rest is unicode's.
func TestIsSpace(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if isSpace(r) != unicode.IsSpace(r) {
			t.Fatalf("isSpace(%U) = %v, unicode.IsSpace %v", r, isSpace(r), unicode.IsSpace(r))
		}
	}
}
