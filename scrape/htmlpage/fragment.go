package htmlpage

import (
	"bytes"
	"fmt"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/acsgen/acsgen/scrape/page"
)

// ReadBlock reads an HTML block of another page format (a <table>, list or <div> inside a
// Markdown page) into page p as the HTML reader reads a page's content: its tables,
// parameter lists, paragraphs and code blocks go to section sec, its headings start
// sections of p, and its warnings name p's file at the lines of the block, which starts at
// line (1-based) of the page. It returns the section that is current after the block.
func ReadBlock(p *page.Page, sec *page.Section, line int, data []byte) (*page.Section, error) {
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	lines := newLineIndex(data)
	nodes, err := html.ParseFragment(bytes.NewReader(data), body)
	if err != nil {
		at := lines.failLine(data, func(b []byte) error { _, err := html.ParseFragment(bytes.NewReader(b), body); return err })
		return sec, fmt.Errorf("%s:%d: parse HTML block: %w", p.File, line+max(at, 1)-1, err)
	}
	for _, n := range nodes {
		body.AppendChild(n)
	}
	lines.assign(body)
	for n := range lines.lines {
		lines.lines[n] += line - 1
	}
	r := &reader{p: p, sec: sec, lines: lines}
	for _, n := range nodes {
		r.walk(n)
	}
	return r.sec, nil
}

// CellTables reads the parameter tables that HTML in a cell of another page format holds (a
// Markdown cell's <table> of a parameter's children, as HTML-to-Markdown converters keep a
// table GFM cannot nest) as the HTML reader reads a table nested in a cell: rows of a table
// of columns cols at depth, each nested table's rows after their parent's; fields says the
// row's type holds fields (page.Type.HoldsFields). line (1-based) is the cell's line on
// page p. It returns no rows when the cell holds no parameter table.
func CellTables(p *page.Page, line int, cell string, cols []page.Column, depth int, fields bool) ([]page.Row, error) {
	td := &html.Node{Type: html.ElementNode, Data: "td", DataAtom: atom.Td}
	data := []byte(cell)
	nodes, err := html.ParseFragment(bytes.NewReader(data), td)
	if err != nil {
		return nil, fmt.Errorf("%s:%d: parse HTML in a cell: %w", p.File, line, err)
	}
	tr := &html.Node{Type: html.ElementNode, Data: "tr", DataAtom: atom.Tr}
	tr.AppendChild(td)
	for _, n := range nodes {
		td.AppendChild(n)
	}
	lines := newLineIndex(data)
	lines.assign(td)
	for n := range lines.lines {
		lines.lines[n] += line - 1
	}
	r := &reader{p: p, lines: lines}
	var rows []page.Row
	for _, sub := range nestedParamTables(tr, fields) {
		rows = append(rows, r.nestedRows(sub, cols, depth)...)
	}
	return rows, nil
}
