// Package texpage reads API reference pages written in LaTeX, as pandoc -t latex and
// hand-written sources keep them: \section headings, paragraphs, longtable and tabular
// tables of "&"-parted cells, \texttt code, verbatim and pandoc's Shaded/Highlighting code
// blocks, itemize/enumerate/description lists. Like xmlpage, it writes what it reads as HTML
// (each element on its source line) and reads that with the HTML reader: one
// implementation of what a page's tables, lists and headings mean; warnings name the LaTeX
// file's lines.
package texpage

import (
	"bytes"
	"fmt"
	"regexp"

	"github.com/acsgen/acsgen/scrape/htmlpage"
	"github.com/acsgen/acsgen/scrape/page"
)

// Reader reads LaTeX pages. The zero value is ready to use.
type Reader struct{}

var _ page.Reader = Reader{}

// Read parses one LaTeX page.
func (Reader) Read(file string, data []byte) (*page.Page, error) {
	text, note, err := page.Decode(data, false)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	c := newConv(text)
	h := c.html()
	p, err := htmlpage.Reader{}.Read(file, h)
	if err != nil {
		return nil, err
	}
	p.Format = page.LaTeX
	if note != "" {
		p.Warn(0, "%s", note)
	}
	for _, n := range c.notes {
		p.Warn(n.line, "%s", n.msg)
	}
	if c.cut != "" {
		p.Truncated = true
		p.Warn(c.line, "%s", c.cut)
	}
	return p, nil
}

// sectioning is a line that starts a LaTeX document or section, its title in braces
// (ConTeXt's "\section[title={…}]" has no title argument: no LaTeX).
var sectioning = regexp.MustCompile(`(?m)^[ \t]*\\(documentclass|begin\{document\}|(?:(?:sub)*section|chapter)\*?(?:\[[^\]\n]*\])?\{)`)

// Looks reports whether a file with no telling extension (.txt or none) is a LaTeX page:
// its first line that is neither blank nor a comment ("%") starts with a control word
// (pandoc's "\hypertarget{…}{%", "\section{…}", "\documentclass"), and a line starts
// a document or a section. A text page, whose first byte is no '\' or '%', is answered
// without reading further.
func Looks(data []byte) bool {
	rest := bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	for len(rest) > 0 {
		line, after, _ := bytes.Cut(rest, []byte("\n"))
		t := bytes.TrimSpace(line)
		switch {
		case len(t) == 0 || t[0] == '%':
			rest = after
			continue
		case len(t) < 2 || t[0] != '\\' || !isLetter(t[1]):
			return false
		}
		return sectioning.Match(rest)
	}
	return false
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
