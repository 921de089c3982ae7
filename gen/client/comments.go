package client

import (
	"strings"
	"unicode"

	"github.com/dave/jennifer/jen"
)

// maxComment is the width comment text is wrapped at.
const maxComment = 96

// cleanText makes documentation text safe and tidy for a Go comment: control characters
// (other than newlines) removed, runs of spaces collapsed per line, blank lines kept as
// paragraph breaks.
func cleanText(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var lines []string
	for _, line := range strings.Split(s, "\n") {
		line = strings.Map(func(r rune) rune {
			switch {
			case r == '\t', r == '\u2028', r == '\u2029':
				return ' '
			case unicode.IsControl(r), r == '\ufeff':
				return -1
			}
			return r
		}, line)
		lines = append(lines, strings.Join(strings.Fields(line), " "))
	}
	// trim leading/trailing blank lines and collapse repeated blanks
	var out []string
	for _, l := range lines {
		if l == "" && (len(out) == 0 || out[len(out)-1] == "") {
			continue
		}
		out = append(out, l)
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return out
}

// wrap breaks a line into pieces of at most maxComment bytes at spaces.
func wrap(line string) []string {
	if len(line) <= maxComment {
		return []string{line}
	}
	var out []string
	var cur strings.Builder
	for _, w := range strings.Fields(line) {
		if cur.Len() > 0 && cur.Len()+1+len(w) > maxComment {
			out = append(out, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(w)
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}

// docBuilder collects the lines of one doc comment.
type docBuilder struct{ lines []string }

// para adds a paragraph (text may hold several lines) separated from the previous one.
func (d *docBuilder) para(text string) {
	ls := cleanText(text)
	if len(ls) == 0 {
		return
	}
	if len(d.lines) > 0 {
		d.lines = append(d.lines, "")
	}
	for _, l := range ls {
		if l == "" {
			d.lines = append(d.lines, "")
			continue
		}
		d.lines = append(d.lines, wrap(l)...)
	}
}

// line adds one line to the current paragraph.
func (d *docBuilder) line(text string) {
	for _, l := range cleanText(text) {
		if l != "" {
			d.lines = append(d.lines, wrap(l)...)
		}
	}
}

// code renders the comment. Each line is written as "// text" verbatim (jennifer renders
// strings starting with "//" as they are), so "*/", "/*" and backticks in the docs are
// inert, and a newline can never end the comment early (cleanText split on them).
func (d *docBuilder) code() *jen.Statement {
	s := jen.Null()
	for i, l := range d.lines {
		if i > 0 {
			s.Line()
		}
		if l == "" {
			s.Comment("//")
		} else {
			s.Comment("// " + l)
		}
	}
	return s
}

// empty reports whether nothing was added.
func (d *docBuilder) empty() bool { return len(d.lines) == 0 }

// withDoc puts a doc comment before a declaration.
func withDoc(d *docBuilder, decl jen.Code) *jen.Statement {
	if d.empty() {
		return jen.Add(decl)
	}
	return d.code().Line().Add(decl)
}

// maxShort is the length, in runes, a one-line comment is cut at.
const maxShort = 160

// oneLine is text cleaned (cleanText) on one line: its lines joined by spaces.
func oneLine(text string) string {
	var parts []string
	for _, l := range cleanText(text) {
		if l != "" {
			parts = append(parts, l)
		}
	}
	return strings.Join(parts, " ")
}

// shortText is text on one line (oneLine) cut to its first sentences: whole sentences
// while they fit in maxShort runes, else the first maxShort runes and "…".
func shortText(text string) string {
	s := oneLine(text)
	r := []rune(s)
	if len(r) <= maxShort {
		return s
	}
	cut := -1
	for i := 0; i < maxShort; i++ {
		switch {
		case r[i] == '。' || r[i] == '；' || r[i] == '！' || r[i] == '？':
			cut = i + 1
		case (r[i] == '.' || r[i] == ';' || r[i] == '!' || r[i] == '?') && i+1 < len(r) && r[i+1] == ' ':
			cut = i + 1
		}
	}
	if cut > 0 {
		return string(r[:cut])
	}
	return strings.TrimRight(string(r[:maxShort]), " ") + "…"
}
