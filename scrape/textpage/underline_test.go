package textpage

import (
	"strings"
	"testing"
)

// TestUnderlinedHeadings: a heading underlined as reStructuredText and plain-text exports
// write it ("錯誤碼" over "======") is read without its underline, which was a cell of the
// error table's header under it (the heading is a column's word too).
func TestUnderlinedHeadings(t *testing.T) {
	p := readText(t, "GetThing\n\n錯誤碼\n======\n\nHTTP 狀態碼\n\n錯誤碼\n\n錯誤訊息\n\n描述\n\n400\n\nInvalidParameter\n\n"+
		"The specified parameter is invalid.\n\nThe parameter is not valid.\n")
	if w := warningsOf(p); strings.Contains(w, "not recognised") || strings.Contains(w, "cells") {
		t.Errorf("the underline read as a cell:\n%s", w)
	}
}
