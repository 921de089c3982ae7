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

// TestOverlinedTitle: a reStructuredText title over- and underlined with the same line
// ("========" over "CreateThing" over "========") is the page's title; before, the line
// over it was left in and taken for the title.
func TestOverlinedTitle(t *testing.T) {
	p := readText(t, "===========\nCreateThing\n===========\n\nCreates a thing.\n\nRequest parameters\n------------------\n\n"+
		"| Name | Type | Required | Description |\n|---|---|---|---|\n| RegionId | String | Yes | The region. |\n")
	if p.Title != "CreateThing" {
		t.Errorf("title %q, want CreateThing", p.Title)
	}
}
