package xmlpage

import (
	"fmt"
	"path"
	"strconv"
	"strings"

	"github.com/acsgen/acsgen/scrape/htmlpage"
	"github.com/acsgen/acsgen/scrape/page"
)

// WordReader reads pages saved as Word documents (.docx: WordprocessingML in a zip), as
// writers keep API references and converters (pandoc -t docx) write them. Headings are
// the paragraphs whose style (or a style it is based on) has an outline level or is a
// built-in "heading N" (style ids differ by language, names do not); code, the paragraphs
// in a code style or, outside table cells, all in a monospaced font. The document is
// written as HTML (officeHTML), a paragraph, table row or code line a line, which the
// warnings' line numbers count, and read by the HTML reader.
type WordReader struct{}

// Read parses one .docx page.
func (WordReader) Read(file string, data []byte) (*page.Page, error) {
	z, err := openPkg(data, "a Word document (.docx is a zip)")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	d := &docx{styles: map[string]*wordStyle{}, links: map[string]string{}}
	main := mainPart(z)
	root, err := z.part(main)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if s, err := z.part(path.Join(path.Dir(main), "styles.xml")); err == nil {
		d.readStyles(s)
	}
	if r, err := z.part(path.Join(path.Dir(main), "_rels", path.Base(main)+".rels")); err == nil {
		for _, rel := range find(r, "relationship") {
			d.links[rel.attr("id")] = rel.attr("target")
		}
	}
	p, err := htmlpage.Reader{}.Read(file, officeHTML(d.blocks(first1(first1(root, "document"), "body"), false)))
	if err != nil {
		return nil, err
	}
	p.Format = page.Word
	return p, nil
}

// docx is a Word document's paragraph and character styles and link targets.
type docx struct {
	styles map[string]*wordStyle
	links  map[string]string // relationship id → target (hyperlinks)
}

// wordStyle is what a style says about its text.
type wordStyle struct {
	name, basedOn string
	outline       int // heading level 1–9 from the style's outline level; 0 when none
	mono          bool
}

// mainPart is the document part the package's relationships name (word/document.xml as
// Word writes it).
func mainPart(z pkg) string {
	if r, err := z.part("_rels/.rels"); err == nil {
		for _, rel := range find(r, "relationship") {
			if strings.HasSuffix(rel.attr("type"), "/officeDocument") {
				return strings.TrimPrefix(rel.attr("target"), "/")
			}
		}
	}
	return "word/document.xml"
}

// readStyles reads the styles part: names, bases, outline levels, monospaced fonts.
func (d *docx) readStyles(root *node) {
	for _, s := range find(root, "style") {
		st := &wordStyle{}
		for _, k := range s.kids {
			switch k.name {
			case "name":
				st.name = styleName(k.attr("val"))
			case "basedon":
				st.basedOn = k.attr("val")
			case "ppr":
				st.outline = outlineLevel(k)
			case "rpr":
				st.mono = monoRun(k)
			}
		}
		d.styles[s.attr("styleid")] = st
	}
}

// outlineLevel is the heading level a paragraph's properties give (w:outlineLvl 0–8 is
// level 1–9), or 0.
func outlineLevel(ppr *node) int {
	if o := first1(ppr, "outlinelvl"); o != nil {
		if n, err := strconv.Atoi(o.attr("val")); err == nil && n >= 0 && n < 9 {
			return n + 1
		}
	}
	return 0
}

// monoRun reports whether run properties set a monospaced font.
func monoRun(rpr *node) bool {
	f := first1(rpr, "rfonts")
	return f != nil && monoFont(f.attr("ascii")+" "+f.attr("hansi"))
}

// trait follows a style and the styles it is based on to the first that answers f.
func (d *docx) trait(id string, f func(*wordStyle) bool) bool {
	for i := 0; id != "" && i < 16; i++ {
		s := d.styles[id]
		if s == nil {
			return false
		}
		if f(s) {
			return true
		}
		id = s.basedOn
	}
	return false
}

// blocks are a container's paragraphs and tables in order, content controls (<w:sdt>) and
// tracked insertions opened; inCell says the container is a table cell.
func (d *docx) blocks(n *node, inCell bool) []block {
	var out []block
	if n == nil {
		return nil
	}
	for _, k := range n.kids {
		switch k.name {
		case "p":
			out = append(out, d.paragraph(k, inCell))
		case "tbl":
			out = append(out, block{table: d.table(k)})
		case "sdt", "sdtcontent", "ins", "customxml":
			out = append(out, d.blocks(k, inCell)...)
		}
	}
	return out
}

// paragraph is a paragraph's block: its heading level, code, list depth and text.
func (d *docx) paragraph(p *node, inCell bool) block {
	ppr := first1(p, "ppr")
	b := block{level: d.level(ppr), code: d.code(p, ppr, !inCell), text: plainRun(p)}
	if np := first1(ppr, "numpr"); np != nil {
		b.list = 1
		if l := first1(np, "ilvl"); l != nil {
			n, _ := strconv.Atoi(l.attr("val"))
			b.list = min(max(n, 0), 8) + 1
		}
	}
	var w strings.Builder
	d.runs(&w, p, b.code)
	b.html = w.String()
	return b
}

// level is a paragraph's heading level (1–9; 0 for body text, -1 for the document title).
func (d *docx) level(ppr *node) int {
	if ppr == nil {
		return 0
	}
	if n := outlineLevel(ppr); n > 0 {
		return n
	}
	id := ""
	if s := first1(ppr, "pstyle"); s != nil {
		id = s.attr("val")
	}
	level := 0
	d.trait(id, func(s *wordStyle) bool {
		if level = headingStyle(s.name); level == 0 {
			level = s.outline
		}
		return level != 0
	})
	return level
}

// code reports whether a paragraph is a code line: its style is a code style, or, where
// runs may say it (not in a table cell, where a name in a monospaced font is inline code),
// every run of text in it is set in a monospaced font.
func (d *docx) code(p, ppr *node, runs bool) bool {
	if s := first1(ppr, "pstyle"); s != nil && d.trait(s.attr("val"), func(s *wordStyle) bool { return codeStyle(s.name) || s.mono }) {
		return true
	}
	if !runs {
		return false
	}
	text := false
	for _, r := range find(p, "r") {
		if strings.TrimSpace(plainRun(r)) == "" {
			continue
		}
		text = true
		if !d.mono(r) {
			return false
		}
	}
	return text
}

// mono reports whether a run is set in a monospaced font, its own or its style's.
func (d *docx) mono(r *node) bool {
	rpr := first1(r, "rpr")
	if rpr == nil {
		return false
	}
	if monoRun(rpr) {
		return true
	}
	s := first1(rpr, "rstyle")
	return s != nil && d.trait(s.attr("val"), func(s *wordStyle) bool {
		return s.mono || strings.Contains(s.name, "verbatim") || strings.Contains(s.name, "code")
	})
}

// table is a table's rows: header rows (w:tblHeader), w:gridSpan as colspan, a w:vMerge
// run of cells as its first cell with a rowspan.
func (d *docx) table(t *node) *table {
	type wcell struct {
		n         *node
		col, span int
		merge     string // "restart", "continue" or ""
	}
	rows := find1(t, "tr")
	grid := make([][]wcell, len(rows))
	for i, r := range rows {
		col := 0
		for _, c := range find1(r, "tc") {
			tcpr := first1(c, "tcpr")
			span := 1
			if g := first1(tcpr, "gridspan"); g != nil {
				if n, err := strconv.Atoi(g.attr("val")); err == nil && n > 1 {
					span = n
				}
			}
			merge := ""
			if v := first1(tcpr, "vmerge"); v != nil {
				merge = "continue"
				if v.attr("val") == "restart" {
					merge = "restart"
				}
			}
			grid[i] = append(grid[i], wcell{c, col, span, merge})
			col += span
		}
	}
	// rowsMerged counts the rows a merge starting at row i, column col covers.
	rowsMerged := func(i, col int) int {
		n := 1
	below:
		for _, next := range grid[i+1:] {
			for _, o := range next {
				if o.col == col {
					if o.merge != "continue" {
						break below
					}
					n++
					continue below
				}
			}
			break
		}
		return n
	}
	out := &table{}
	for i, r := range rows {
		tr := row{header: first1(first1(r, "trpr"), "tblheader") != nil}
		for _, c := range grid[i] {
			if c.merge == "continue" {
				continue
			}
			tc := tableCell{colspan: c.span, rowspan: 1, blocks: d.blocks(c.n, true)}
			if c.merge == "restart" {
				tc.rowspan = rowsMerged(i, c.col)
			}
			tr.cells = append(tr.cells, tc)
		}
		out.rows = append(out.rows, tr)
	}
	return out
}

// runs writes a paragraph's text as HTML: bold runs as <b>, monospaced runs as <code> (not
// in a code line, where code is set and text stays text), hyperlinks as <a>, breaks as
// <br> (a line break in code).
func (d *docx) runs(w *strings.Builder, p *node, code bool) {
	for _, k := range p.kids {
		switch k.name {
		case "r":
			d.run(w, k, code)
		case "hyperlink":
			href := d.links[k.attr("id")]
			if a := k.attr("anchor"); href == "" && a != "" {
				href = "#" + a
			}
			w.WriteString(`<a href="` + esc(href) + `">`)
			d.runs(w, k, code)
			w.WriteString("</a>")
		case "ins", "smarttag", "fldsimple", "customxml", "sdt", "sdtcontent":
			d.runs(w, k, code)
		}
	}
}

func (d *docx) run(w *strings.Builder, r *node, code bool) {
	var t strings.Builder
	for _, k := range r.kids {
		switch k.name {
		case "t":
			t.WriteString(esc(plain(k)))
		case "tab":
			t.WriteString("\t")
		case "br", "cr":
			if code {
				t.WriteString("\n")
			} else {
				t.WriteString("<br>")
			}
		case "nobreakhyphen":
			t.WriteString("-")
		}
	}
	s := t.String()
	if s == "" {
		return
	}
	if !code && d.mono(r) {
		s = "<code>" + s + "</code>"
	}
	if b := first1(first1(r, "rpr"), "b"); b != nil && b.attr("val") != "0" && b.attr("val") != "false" {
		s = "<b>" + s + "</b>"
	}
	w.WriteString(s)
}

// plainRun is a paragraph's or run's text (w:t), tabs as tabs.
func plainRun(n *node) string {
	var b strings.Builder
	var walk func(n *node)
	walk = func(n *node) {
		for _, k := range n.kids {
			switch k.name {
			case "t":
				b.WriteString(plain(k))
			case "tab":
				b.WriteString("\t")
			case "del", "rpr", "ppr":
			default:
				walk(k)
			}
		}
	}
	walk(n)
	return b.String()
}
