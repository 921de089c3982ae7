package docs

import (
	"strings"
	"text/template"

	"github.com/acsgen/acsgen/opspec"
)

// FuncMap returns the functions templates may call. Every string that comes from the
// documentation must pass through one of the escaping functions before it reaches the page:
//
//	cell S        text in a table cell (pipes, newlines, backticks, HTML made literal)
//	cellCode S    a code span in a table cell
//	code S        a code span in prose or a heading
//	text S        prose paragraphs
//	fence LANG S  a fenced code block
//	link TEXT URL a link to an http(s) URL (other URLs are not linked)
//	nest DEPTH    the indentation that shows a row's nesting in a table
//	yesno B       "Yes" or "No"
//	auth A        a description of an authentication mode
//	type SCHEMA   a schema's type as the docs show it
//	add A B       A+B
func FuncMap() template.FuncMap {
	return template.FuncMap{
		"cell":     Cell,
		"cellCode": CellCode,
		"code":     Code,
		"text":     Text,
		"fence":    Fence,
		"link":     Link,
		"nest":     nest,
		"yesno":    yesno,
		"auth":     func(a opspec.Auth) string { return authText(a) },
		"type":     TypeName,
		"add":      func(a, b int) int { return a + b },
	}
}

// nest shows depth in a table cell, where leading spaces would be dropped: non-breaking
// spaces per level and a corner glyph before nested rows.
func nest(depth int) string {
	if depth <= 0 {
		return ""
	}
	return strings.Repeat("&nbsp;&nbsp;&nbsp;", depth-1) + "└&nbsp;"
}

func yesno(b bool) string {
	if b {
		return "Yes"
	}
	return "No"
}
