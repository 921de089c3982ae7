// Package xmlpage reads API reference pages written in a documentation XML vocabulary:
// DocBook, DITA, JATS and TEI, as authoring tools and converters (pandoc -t docbook, jats,
// tei) write them. Their elements name the same things HTML's do (sections with titles,
// paragraphs, code, lists, tables of rows and cells), so the reader renames each element
// to its HTML counterpart and reads the result with the HTML reader: one implementation of
// what a page's tables, lists and headings mean. The HTML it builds keeps every element on
// its source line, so warnings name the XML file's lines.
package xmlpage

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/acsgen/acsgen/scrape/htmlpage"
	"github.com/acsgen/acsgen/scrape/page"
)

// Reader reads documentation XML pages. The zero value is ready to use.
type Reader struct{}

// Read parses one XML page.
func (Reader) Read(file string, data []byte) (*page.Page, error) {
	text, note, err := page.Decode(data, true)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	root, cut, err := parse([]byte(text))
	if err != nil {
		return nil, fmt.Errorf("%s:%w", file, err)
	}
	h := toHTML(root, cut)
	p, err := htmlpage.Reader{}.Read(file, h)
	if err != nil {
		return nil, err
	}
	p.Format = page.XML
	if note != "" {
		p.Warn(0, "%s", note)
	}
	return p, nil
}

// node is an XML element (or, with name "", a run of text) and the line it starts on.
type node struct {
	name  string // local name, lower case
	attrs map[string]string
	text  string
	line  int
	kids  []*node
}

// attr is the value of an attribute by local name ("" when absent).
func (n *node) attr(name string) string { return n.attrs[name] }

// parse reads data into a tree under a root of no name. A document that ends inside an
// element is returned as far as it goes, with cut set (the page is cut off); any other
// syntax error is returned as "LINE: parse XML: reason", to follow the file's name and a colon.
func parse(data []byte) (root *node, cut bool, err error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	lines := lineStarts(data)
	root = &node{line: 1}
	stack := []*node{root}
	for {
		off := d.InputOffset()
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return root, len(stack) > 1, nil
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) && strings.Contains(se.Msg, "unexpected EOF") {
				return root, true, nil
			}
			if errors.As(err, &se) {
				return nil, false, fmt.Errorf("%d: parse XML: %s", se.Line, se.Msg)
			}
			return nil, false, fmt.Errorf(" parse XML: %w", err)
		}
		top := stack[len(stack)-1]
		line := lineOf(lines, off)
		switch t := tok.(type) {
		case xml.StartElement:
			n := &node{name: strings.ToLower(t.Name.Local), attrs: map[string]string{}, line: line}
			for _, a := range t.Attr {
				n.attrs[strings.ToLower(a.Name.Local)] = a.Value
			}
			top.kids = append(top.kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			if len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
		case xml.CharData:
			top.kids = append(top.kids, &node{text: string(t), line: line})
		}
	}
}

// lineStarts is the byte offset of each line's start.
func lineStarts(data []byte) []int64 {
	starts := []int64{0}
	for i, b := range data {
		if b == '\n' {
			starts = append(starts, int64(i+1))
		}
	}
	return starts
}

// lineOf is the 1-based line of byte offset off.
func lineOf(starts []int64, off int64) int {
	lo, hi := 0, len(starts)
	for lo+1 < hi {
		mid := (lo + hi) / 2
		if starts[mid] <= off {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo + 1
}

// Looks reports whether a file with no telling extension (.txt or none) is a documentation
// XML page: its first element (after a byte-order mark, white space, comments and a
// doctype) is not HTML's <html>, and an XML declaration comes before it, or it is a
// vocabulary's document or section element HTML does not have (<sec>, <topic>, <chapter>…),
// or it carries an XML namespace or an xml: attribute.
func Looks(data []byte) bool {
	name, decl, xmlAttr := first(data)
	return name != "" && name != "html" && (decl || roots[name] || xmlAttr)
}

// Document reports whether an .xml file met in a directory is a page: its first element is
// a vocabulary's document or section element (not a build file's <project>, a sitemap's
// <urlset> or an XHTML page's <html>).
func Document(data []byte) (root string, ok bool) {
	name, _, xmlAttr := first(data)
	return name, roots[name] || sections[name] && (name != "div" || xmlAttr)
}

// first reads the start of data up to its first element: that element's local name in
// lower case ("" when text or nothing comes first), whether an XML declaration came
// before it, and whether it carries a namespace or xml: attribute.
func first(data []byte) (name string, decl, xmlAttr bool) {
	head := bytes.TrimPrefix(data[:min(len(data), 1024)], []byte("\xef\xbb\xbf"))
	if t := bytes.TrimSpace(head); len(t) == 0 || t[0] != '<' {
		return "", false, false // text first, as in every text page: no decoder needed
	}
	d := xml.NewDecoder(bytes.NewReader(head))
	d.Strict = false
	for {
		tok, err := d.Token()
		if err != nil {
			return "", false, false
		}
		switch t := tok.(type) {
		case xml.ProcInst:
			decl = decl || t.Target == "xml"
		case xml.CharData:
			if len(bytes.TrimSpace(t)) > 0 {
				return "", false, false // text before any element: a text page
			}
		case xml.StartElement:
			for _, a := range t.Attr {
				xmlAttr = xmlAttr || a.Name.Space == "xmlns" || a.Name.Local == "xmlns" || a.Name.Space == xmlSpace
			}
			return strings.ToLower(t.Name.Local), decl, xmlAttr
		}
	}
}

// roots are the vocabularies' document and section elements that are no HTML element.
var roots = set("sec", "topic", "concept", "reference", "task", "tei", "refentry", "book",
	"chapter", "sect1", "appendix", "preface", "part", "dita")

// xmlSpace is the namespace the decoder gives the reserved xml: prefix (xml:id, xml:lang).
const xmlSpace = "http://www.w3.org/XML/1998/namespace"
