package xmlpage

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"html"
	"io"
	"path"
	"strconv"
	"strings"

	"github.com/acsgen/acsgen/scrape/htmlpage"
	"github.com/acsgen/acsgen/scrape/page"
)

// WordReader reads pages saved as Word documents (.docx: WordprocessingML in a zip), as
// writers keep API references and converters (pandoc -t docx) write them. A document has
// no lines: the reader writes each paragraph, table row and code line on a line of its
// own, in document order, and warnings count those lines. Headings are the paragraphs
// whose style (or the style it is based on) has an outline level or is a built-in
// "heading N"; code, the paragraphs in a code style ("Source Code", "HTML Preformatted")
// or all in a monospaced font. The result is read by the HTML reader.
type WordReader struct{}

// maxPart bounds a part's decompressed size, so a small zip cannot expand without end.
const maxPart = 64 << 20

// Read parses one .docx page.
func (WordReader) Read(file string, data []byte) (*page.Page, error) {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("%s: not a Word document (.docx is a zip): %w", file, err)
	}
	d := &docx{z: z, styles: map[string]*style{}, links: map[string]string{}}
	main := d.mainPart()
	body, err := d.part(main)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if s, err := d.part(path.Join(path.Dir(main), "styles.xml")); err == nil {
		d.readStyles(s)
	}
	if r, err := d.part(path.Join(path.Dir(main), "_rels", path.Base(main)+".rels")); err == nil {
		for _, rel := range find(r, "relationship") {
			d.links[rel.attr("id")] = rel.attr("target")
		}
	}
	p, err := htmlpage.Reader{}.Read(file, d.html(body))
	if err != nil {
		return nil, err
	}
	p.Format = page.Word
	return p, nil
}

// docx is a Word document being read: its parts, paragraph styles and link targets.
type docx struct {
	z      *zip.Reader
	styles map[string]*style
	links  map[string]string // relationship id → target (hyperlinks)
	b      strings.Builder
}

// style is what a paragraph or character style says about its text.
type style struct {
	name, basedOn string
	outline       int // heading level 1–9 from the style's outline level; 0 when none
	mono          bool
}

// mainPart is the document part the package's relationships name (word/document.xml as
// Word writes it).
func (d *docx) mainPart() string {
	if r, err := d.part("_rels/.rels"); err == nil {
		for _, rel := range find(r, "relationship") {
			if strings.HasSuffix(rel.attr("type"), "/officeDocument") {
				return strings.TrimPrefix(rel.attr("target"), "/")
			}
		}
	}
	return "word/document.xml"
}

// part parses the named part of the package.
func (d *docx) part(name string) (*node, error) {
	for _, f := range d.z.File {
		if f.Name != name {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		defer rc.Close()
		data, err := io.ReadAll(io.LimitReader(rc, maxPart+1))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if len(data) > maxPart {
			return nil, fmt.Errorf("%s: more than %d bytes unpacked", name, maxPart)
		}
		root, cut, err := parse(data)
		if err != nil {
			return nil, fmt.Errorf("%s:%w", name, err)
		}
		if cut {
			return nil, fmt.Errorf("%s: ends inside its elements", name)
		}
		return root, nil
	}
	return nil, errors.New(name + ": not in the document")
}

// readStyles reads the styles part: names, bases, outline levels, monospaced fonts.
func (d *docx) readStyles(root *node) {
	for _, s := range find(root, "style") {
		st := &style{}
		for _, k := range s.kids {
			switch k.name {
			case "name":
				st.name = strings.ToLower(k.attr("val"))
			case "basedon":
				st.basedOn = k.attr("val")
			case "ppr":
				if o := first1(k, "outlinelvl"); o != nil {
					if n, err := strconv.Atoi(o.attr("val")); err == nil && n < 9 {
						st.outline = n + 1
					}
				}
			case "rpr":
				st.mono = monoFonts(k)
			}
		}
		d.styles[s.attr("styleid")] = st
	}
}

// trait follows a style and the styles it is based on to the first that answers f.
func (d *docx) trait(id string, f func(*style) bool) bool {
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

// level is a paragraph's heading level (1–9; 0 for body text, -1 for the document title).
func (d *docx) level(p *node) int {
	ppr := first1(p, "ppr")
	if ppr == nil {
		return 0
	}
	if o := first1(ppr, "outlinelvl"); o != nil {
		if n, err := strconv.Atoi(o.attr("val")); err == nil && n < 9 {
			return n + 1
		}
	}
	id := ""
	if s := first1(ppr, "pstyle"); s != nil {
		id = s.attr("val")
	}
	level := 0
	d.trait(id, func(s *style) bool {
		switch {
		case s.name == "title":
			level = -1
		case s.outline > 0:
			level = s.outline
		case strings.HasPrefix(s.name, "heading "):
			level, _ = strconv.Atoi(strings.TrimPrefix(s.name, "heading "))
		}
		return level != 0
	})
	return level
}

// codeWords name code paragraph styles: pandoc's "Source Code", Word's "HTML
// Preformatted" and "Plain Text", and the "Code"/"Listing" styles templates define.
var codeWords = []string{"code", "preformatted", "verbatim", "listing", "plain text"}

// code reports whether a paragraph is a code line: its style is a code style, or, where
// runs may say it (not in a table cell, where a name in a monospaced font is inline code),
// every run of text in it is set in a monospaced font.
func (d *docx) code(p *node, runs bool) bool {
	if ppr := first1(p, "ppr"); ppr != nil {
		if s := first1(ppr, "pstyle"); s != nil && d.trait(s.attr("val"), func(s *style) bool {
			for _, w := range codeWords {
				if strings.Contains(s.name, w) {
					return true
				}
			}
			return s.mono
		}) {
			return true
		}
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
		if !d.monoRun(r) {
			return false
		}
	}
	return text
}

// monoRun reports whether a run is set in a monospaced font, its own or its style's.
func (d *docx) monoRun(r *node) bool {
	rpr := first1(r, "rpr")
	if rpr == nil {
		return false
	}
	if monoFonts(rpr) {
		return true
	}
	s := first1(rpr, "rstyle")
	return s != nil && d.trait(s.attr("val"), func(s *style) bool {
		return s.mono || strings.Contains(s.name, "verbatim") || strings.Contains(s.name, "code")
	})
}

// monoNames are font families that set every glyph alike wide.
var monoNames = []string{"courier", "consolas", "menlo", "monaco", "mono", "lucida console", "fixedsys", "source code"}

func monoFonts(rpr *node) bool {
	f := first1(rpr, "rfonts")
	if f == nil {
		return false
	}
	name := strings.ToLower(f.attr("ascii") + " " + f.attr("hansi"))
	for _, m := range monoNames {
		if strings.Contains(name, m) {
			return true
		}
	}
	return false
}

// html renders the document's body as an HTML page, a block a line.
func (d *docx) html(root *node) []byte {
	body := first1(first1(root, "document"), "body")
	var blocks []*node
	if body != nil {
		blocks = d.blocks(body)
	}
	ones, title := 0, ""
	for _, b := range blocks {
		if b.name == "p" {
			switch d.level(b) {
			case 1:
				ones++
			case -1:
				if title == "" {
					title = strings.Join(strings.Fields(plainRun(b)), " ")
				}
			}
		}
	}
	// A title over one heading 1 is the page's <title> (a converted web page's), the
	// heading its name; over none or several, the title names the page and every
	// heading goes a level down.
	shift := 0
	d.b.WriteString("<!DOCTYPE html><html><head>")
	if title != "" && ones == 1 {
		d.b.WriteString("<title>" + html.EscapeString(title) + "</title>")
		title = ""
	} else if title != "" {
		shift = 1
	}
	d.b.WriteString("</head><body>\n")
	d.flow(blocks, shift, title != "", "\n")
	d.b.WriteString("</body></html>\n")
	return []byte(d.b.String())
}

// flow renders blocks (a body's or a cell's): tables, runs of code paragraphs as one
// code block, runs of list paragraphs as a list, headings a level shift down (a title as
// <h1> when titled, else it was the page's <title>), other paragraphs as <p>, each block
// followed by end.
func (d *docx) flow(blocks []*node, shift int, titled bool, end string) {
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		switch {
		case b.name == "tbl":
			d.table(b)
		case d.code(b, end != ""):
			j := i
			for j+1 < len(blocks) && blocks[j+1].name == "p" && d.code(blocks[j+1], end != "") {
				j++
			}
			d.b.WriteString("<pre><code>")
			for k := i; k <= j; k++ {
				if k > i {
					d.b.WriteString("\n")
				}
				d.runs(blocks[k], true)
			}
			d.b.WriteString("</code></pre>" + end)
			i = j
		case listed(b):
			j := i
			for j+1 < len(blocks) && blocks[j+1].name == "p" && listed(blocks[j+1]) {
				j++
			}
			d.list(blocks[i:j+1], end)
			i = j
		default:
			tag := "p"
			switch level := d.level(b); {
			case level == -1 && !titled && end == "\n":
				continue // the page's <title>, or a second title
			case level == -1:
				tag, titled = "h1", false
			case level > 0 && end == "\n":
				tag = "h" + strconv.Itoa(min(level+shift, 6))
			}
			d.b.WriteString("<" + tag + ">")
			d.runs(b, false)
			d.b.WriteString("</" + tag + ">" + end)
		}
	}
}

// listed reports whether a paragraph is a list item (it has numbering properties).
func listed(p *node) bool { return first1(first1(p, "ppr"), "numpr") != nil }

// blocks are a container's paragraphs and tables in order, content controls (<w:sdt>) and
// tracked insertions opened.
func (d *docx) blocks(n *node) []*node {
	var out []*node
	for _, k := range n.kids {
		switch k.name {
		case "p", "tbl":
			out = append(out, k)
		case "sdt", "sdtcontent", "ins", "customxml":
			out = append(out, d.blocks(k)...)
		}
	}
	return out
}

// list renders consecutive list paragraphs as nested lists by their levels (w:ilvl).
func (d *docx) list(ps []*node, end string) {
	depth := 0
	for _, p := range ps {
		lvl := 0
		if l := first1(first1(first1(p, "ppr"), "numpr"), "ilvl"); l != nil {
			lvl, _ = strconv.Atoi(l.attr("val"))
		}
		lvl = min(max(lvl, 0), 8) + 1
		for depth < lvl {
			d.b.WriteString("<ul>")
			depth++
		}
		for depth > lvl {
			d.b.WriteString("</ul>")
			depth--
		}
		d.b.WriteString("<li>")
		d.runs(p, false)
		d.b.WriteString("</li>" + end)
	}
	d.b.WriteString(strings.Repeat("</ul>", depth) + end)
}

// table renders a table a row a line: header rows (w:tblHeader) as <th> cells, w:gridSpan
// as colspan, a w:vMerge run of cells as one cell with a rowspan.
func (d *docx) table(t *node) {
	rows := find1(t, "tr")
	// grid column of each cell, to find the cells a vertical merge continues
	type cell struct {
		n         *node
		col, span int
		merge     string // "restart", "continue" or ""
	}
	grid := make([][]cell, len(rows))
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
			grid[i] = append(grid[i], cell{c, col, span, merge})
			col += span
		}
	}
	d.b.WriteString("<table>\n")
	for i, r := range rows {
		tag := "td"
		if first1(first1(r, "trpr"), "tblheader") != nil {
			tag = "th"
		}
		d.b.WriteString("<tr>")
		for _, c := range grid[i] {
			if c.merge == "continue" {
				continue
			}
			at := ""
			if c.span > 1 {
				at += ` colspan="` + strconv.Itoa(c.span) + `"`
			}
			if c.merge == "restart" {
				n := 1
			below:
				for _, next := range grid[i+1:] {
					for _, o := range next {
						if o.col == c.col {
							if o.merge != "continue" {
								break below
							}
							n++
							continue below
						}
					}
					break
				}
				if n > 1 {
					at += ` rowspan="` + strconv.Itoa(n) + `"`
				}
			}
			d.b.WriteString("<" + tag + at + ">")
			d.flow(d.blocks(c.n), 0, false, "")
			d.b.WriteString("</" + tag + ">")
		}
		d.b.WriteString("</tr>\n")
	}
	d.b.WriteString("</table>\n")
}

// runs renders a paragraph's text: bold runs as <b>, monospaced runs as <code> (not in a
// code block, where code is true), hyperlinks as <a>, breaks as <br> (a line break in code).
func (d *docx) runs(p *node, code bool) {
	for _, k := range p.kids {
		switch k.name {
		case "r":
			d.run(k, code)
		case "hyperlink":
			href := d.links[k.attr("id")]
			if a := k.attr("anchor"); href == "" && a != "" {
				href = "#" + a
			}
			d.b.WriteString(`<a href="` + html.EscapeString(href) + `">`)
			d.runs(k, code)
			d.b.WriteString("</a>")
		case "ins", "smarttag", "fldsimple", "customxml", "sdt", "sdtcontent":
			d.runs(k, code)
		}
	}
}

func (d *docx) run(r *node, code bool) {
	var t strings.Builder
	for _, k := range r.kids {
		switch k.name {
		case "t":
			t.WriteString(html.EscapeString(plain(k)))
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
	rpr := first1(r, "rpr")
	if !code && d.monoRun(r) {
		s = "<code>" + s + "</code>"
	}
	if b := first1(rpr, "b"); b != nil && b.attr("val") != "0" && b.attr("val") != "false" {
		s = "<b>" + s + "</b>"
	}
	d.b.WriteString(s)
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

// first1 is n's first child element named name, or nil (n may be nil).
func first1(n *node, name string) *node {
	if n == nil {
		return nil
	}
	for _, k := range n.kids {
		if k.name == name {
			return k
		}
	}
	return nil
}

// find1 is n's child elements named name.
func find1(n *node, name string) []*node {
	var out []*node
	for _, k := range n.kids {
		if k.name == name {
			out = append(out, k)
		}
	}
	return out
}

// find is every element named name under n, at any depth, in document order.
func find(n *node, name string) []*node {
	var out []*node
	for _, k := range n.kids {
		if k.name == name {
			out = append(out, k)
		}
		out = append(out, find(k, name)...)
	}
	return out
}
