package xmlpage

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/acsgen/acsgen/scrape/htmlpage"
	"github.com/acsgen/acsgen/scrape/page"
)

// ODTReader reads pages saved as OpenDocument text (.odt: LibreOffice's and pandoc -t odt's
// documents). Headings are <text:h> by their outline level, or paragraphs in a "Title" or
// "Heading N" style; code, paragraphs in a code style ("Preformatted Text") or, outside
// table cells, all in a monospaced font, styles followed through their parents, the
// document's automatic styles first. The document is written as HTML (officeHTML), a
// paragraph, table row or code line a line, and read by the HTML reader.
type ODTReader struct{}

// Read parses one .odt page.
func (ODTReader) Read(file string, data []byte) (*page.Page, error) {
	z, err := openPkg(data, "an OpenDocument text (.odt is a zip)")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	root, err := z.part("content.xml")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	o := &odt{styles: map[string]*odtStyle{}}
	if s, err := z.part("styles.xml"); err == nil {
		o.readStyles(s)
	}
	o.readStyles(root) // the automatic styles, over the named ones
	body := first1(first1(first1(root, "document-content"), "body"), "text")
	p, err := htmlpage.Reader{}.Read(file, officeHTML(o.blocks(body, false, 0)))
	if err != nil {
		return nil, err
	}
	p.Format = page.ODT
	return p, nil
}

// odt is an OpenDocument text's styles by name.
type odt struct{ styles map[string]*odtStyle }

// odtStyle is what a style says about its text.
type odtStyle struct {
	name, parent string // name as written (display name when there is one), parent style
	mono, bold   bool
}

// readStyles reads the <style:style> elements of a part.
func (o *odt) readStyles(root *node) {
	for _, s := range find(root, "style") {
		if s.attr("name") == "" || s.attr("family") == "" {
			continue
		}
		st := &odtStyle{name: styleName(s.attr("name")), parent: s.attr("parent-style-name")}
		if d := s.attr("display-name"); d != "" {
			st.name = strings.ToLower(d)
		}
		if t := first1(s, "text-properties"); t != nil {
			st.mono = monoFont(t.attr("font-name") + " " + t.attr("font-family"))
			st.bold = t.attr("font-weight") == "bold"
		}
		o.styles[s.attr("name")] = st
	}
}

// trait follows a style and its parents to the first that answers f.
func (o *odt) trait(name string, f func(*odtStyle) bool) bool {
	for i := 0; name != "" && i < 16; i++ {
		s := o.styles[name]
		if s == nil {
			return f(&odtStyle{name: styleName(name)}) // a built-in style no part defines
		}
		if f(s) {
			return true
		}
		name = s.parent
	}
	return false
}

// blocks are a container's paragraphs, headings, lists and tables in order; inCell says
// the container is a table cell, depth the list depth it sits at.
func (o *odt) blocks(n *node, inCell bool, depth int) []block {
	var out []block
	if n == nil {
		return nil
	}
	for _, k := range n.kids {
		switch k.name {
		case "p", "h":
			b := o.paragraph(k, inCell)
			b.list = depth
			out = append(out, b)
		case "list":
			for _, item := range find1(k, "list-item") {
				out = append(out, o.blocks(item, inCell, depth+1)...)
			}
		case "table":
			out = append(out, block{table: o.table(k)})
		case "section", "list-header", "list-item":
			out = append(out, o.blocks(k, inCell, depth)...)
		}
	}
	return out
}

// paragraph is a paragraph's or heading's block.
func (o *odt) paragraph(p *node, inCell bool) block {
	style := p.attr("style-name")
	b := block{text: plain(p)}
	if p.name == "h" {
		b.level = 1
		if n, err := strconv.Atoi(p.attr("outline-level")); err == nil && n > 0 {
			b.level = n
		}
	} else {
		o.trait(style, func(s *odtStyle) bool { b.level = headingStyle(s.name); return b.level != 0 })
	}
	b.code = b.level == 0 && o.code(p, style, !inCell)
	var w strings.Builder
	o.spans(&w, p, b.code)
	b.html = w.String()
	return b
}

// code reports whether a paragraph is a code line: its style is a code style or sets a
// monospaced font, or, where spans may say it (not in a table cell), all its text is in
// monospaced spans.
func (o *odt) code(p *node, style string, spans bool) bool {
	if o.trait(style, func(s *odtStyle) bool { return codeStyle(s.name) || s.mono }) {
		return true
	}
	if !spans {
		return false
	}
	text := false
	for _, k := range p.kids {
		switch {
		case k.name == "" && strings.TrimSpace(k.text) != "":
			return false
		case k.name == "span" && strings.TrimSpace(plain(k)) != "":
			if !o.monoSpan(k) {
				return false
			}
			text = true
		}
	}
	return text
}

func (o *odt) monoSpan(span *node) bool {
	return o.trait(span.attr("style-name"), func(s *odtStyle) bool { return s.mono || codeStyle(s.name) })
}

// table is a table's rows: the rows in <table:table-header-rows> are header rows, spans
// from number-columns-spanned and number-rows-spanned; covered cells are left out.
func (o *odt) table(t *node) *table {
	out := &table{}
	var rows func(n *node, header bool)
	rows = func(n *node, header bool) {
		for _, k := range n.kids {
			switch k.name {
			case "table-header-rows":
				rows(k, true)
			case "table-rows", "table-row-group":
				rows(k, header)
			case "table-row":
				r := row{header: header}
				for _, c := range find1(k, "table-cell") {
					tc := tableCell{colspan: 1, rowspan: 1, blocks: o.blocks(c, true, 0)}
					if n, err := strconv.Atoi(c.attr("number-columns-spanned")); err == nil && n > 1 {
						tc.colspan = n
					}
					if n, err := strconv.Atoi(c.attr("number-rows-spanned")); err == nil && n > 1 {
						tc.rowspan = n
					}
					r.cells = append(r.cells, tc)
				}
				out.rows = append(out.rows, r)
			}
		}
	}
	rows(t, false)
	return out
}

// spans writes a paragraph's text as HTML: bold spans as <b>, monospaced spans as <code>
// (not in a code line), links as <a>, line breaks as <br> (a line break in code), tabs,
// and <text:s text:c="N"/> as N spaces.
func (o *odt) spans(w *strings.Builder, n *node, code bool) {
	for _, k := range n.kids {
		switch k.name {
		case "":
			w.WriteString(esc(k.text))
		case "span":
			var in strings.Builder
			o.spans(&in, k, code)
			s := in.String()
			style := k.attr("style-name")
			if !code && s != "" && o.monoSpan(k) {
				s = "<code>" + s + "</code>"
			}
			if o.trait(style, func(s *odtStyle) bool { return s.bold || strings.Contains(s.name, "strong") }) {
				s = "<b>" + s + "</b>"
			}
			w.WriteString(s)
		case "a":
			w.WriteString(`<a href="` + esc(k.attr("href")) + `">`)
			o.spans(w, k, code)
			w.WriteString("</a>")
		case "line-break":
			if code {
				w.WriteString("\n")
			} else {
				w.WriteString("<br>")
			}
		case "tab":
			w.WriteString("\t")
		case "s":
			n, err := strconv.Atoi(k.attr("c"))
			if err != nil || n < 1 {
				n = 1
			}
			w.WriteString(strings.Repeat(" ", min(n, 1000)))
		case "note", "bookmark", "bookmark-start", "bookmark-end", "soft-page-break", "annotation":
		default:
			o.spans(w, k, code)
		}
	}
}
