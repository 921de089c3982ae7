package xmlpage

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"
)

// An office document (Word's .docx, OpenDocument's .odt) is a flat run of paragraphs and
// tables whose styles say which paragraphs are headings, code or list items. Each
// format's reader turns its document into blocks; one writer (officeHTML) renders them as
// the HTML page the HTML reader reads, a paragraph, table row or code line a line.
type block struct {
	level int    // heading level 1–9; -1 the document's title; 0 body text
	code  bool   // a line of a code block
	list  int    // a list item's depth (1 at the top); 0 for no list item
	html  string // the text as HTML (bold, inline code, links, <br>); a code line's as text
	text  string // the plain text (of a title: the page's <title>)
	table *table // a table, instead of the above
}

type table struct{ rows []row }

type row struct {
	header bool // a header row (repeated on each page)
	cells  []tableCell
}

type tableCell struct {
	colspan, rowspan int
	blocks           []block
}

// officeHTML renders a document's blocks as an HTML page. A title over one level-1
// heading is the page's <title> (a converted web page's: the heading names the page); over
// none or several, it names the page as its <h1> and every heading goes a level down.
func officeHTML(blocks []block) []byte {
	ones, title := 0, ""
	for _, b := range blocks {
		switch {
		case b.table != nil:
		case b.level == 1:
			ones++
		case b.level == -1 && title == "":
			title = b.text
		}
	}
	var w strings.Builder
	w.WriteString("<!DOCTYPE html><html><head>")
	shift := 0
	if title != "" && ones == 1 {
		w.WriteString("<title>" + esc(strings.Join(strings.Fields(title), " ")) + "</title>")
		title = ""
	} else if title != "" {
		shift = 1
	}
	w.WriteString("</head><body>\n")
	flow(&w, blocks, shift, title != "", "\n")
	w.WriteString("</body></html>\n")
	return []byte(w.String())
}

// flow writes blocks (a body's or a cell's): tables, runs of code lines as one code block,
// runs of list items as nested lists, headings shift levels down (a title as <h1> when
// titled is set), other paragraphs as <p>, each block followed by end ("" in a cell).
func flow(w *strings.Builder, blocks []block, shift int, titled bool, end string) {
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		switch {
		case b.table != nil:
			writeTable(w, b.table)
		case b.code:
			j := i
			for j+1 < len(blocks) && blocks[j+1].code {
				j++
			}
			w.WriteString("<pre><code>")
			for k := i; k <= j; k++ {
				if k > i {
					w.WriteString("\n")
				}
				w.WriteString(blocks[k].html)
			}
			w.WriteString("</code></pre>" + end)
			i = j
		case b.list > 0:
			depth := 0
			for ; i < len(blocks) && blocks[i].list > 0 && blocks[i].table == nil; i++ {
				for depth < blocks[i].list {
					w.WriteString("<ul>")
					depth++
				}
				for depth > blocks[i].list {
					w.WriteString("</ul>")
					depth--
				}
				w.WriteString("<li>" + blocks[i].html + "</li>" + end)
			}
			i--
			w.WriteString(strings.Repeat("</ul>", depth) + end)
		default:
			tag := "p"
			switch {
			case b.level == -1 && !titled && end == "\n":
				continue // the page's <title>, or a second title
			case b.level == -1 && end == "\n":
				tag, titled = "h1", false
			case b.level > 0 && end == "\n":
				tag = "h" + strconv.Itoa(min(b.level+shift, 6))
			}
			w.WriteString("<" + tag + ">" + b.html + "</" + tag + ">" + end)
		}
	}
}

// writeTable writes a table a row a line, header rows' cells as <th>.
func writeTable(w *strings.Builder, t *table) {
	w.WriteString("<table>\n")
	for _, r := range t.rows {
		tag := "td"
		if r.header {
			tag = "th"
		}
		w.WriteString("<tr>")
		for _, c := range r.cells {
			at := ""
			if c.colspan > 1 {
				at += ` colspan="` + strconv.Itoa(c.colspan) + `"`
			}
			if c.rowspan > 1 {
				at += ` rowspan="` + strconv.Itoa(c.rowspan) + `"`
			}
			w.WriteString("<" + tag + at + ">")
			flow(w, c.blocks, 0, false, "")
			w.WriteString("</" + tag + ">")
		}
		w.WriteString("</tr>\n")
	}
	w.WriteString("</table>\n")
}

// pkg is an office document's zip package.
type pkg struct{ z *zip.Reader }

// maxPart bounds a part's unpacked size, so a small zip cannot expand without end.
const maxPart = 64 << 20

func openPkg(data []byte, kind string) (pkg, error) {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return pkg{}, fmt.Errorf("not %s: %w", kind, err)
	}
	return pkg{z}, nil
}

// part parses the named part of the package.
func (p pkg) part(name string) (*node, error) {
	for _, f := range p.z.File {
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

// styleName is a style's name as the formats' built-in styles have it, in lower case
// with OpenDocument's escapes undone ("Heading_20_1" → "heading 1").
func styleName(s string) string {
	return strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(s, "_20_", " "), "_", " "))
}

// codeWords name code styles: pandoc's "Source Code" and "Source Text", Word's "HTML
// Preformatted" and "Plain Text", OpenDocument's "Preformatted Text", and the "Code" and
// "Listing" styles templates define.
var codeWords = []string{"code", "preformatted", "verbatim", "listing", "plain text", "source text"}

func codeStyle(name string) bool {
	for _, w := range codeWords {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// headingStyle is the level a style's name gives: "heading N" N, "title" -1, else 0.
func headingStyle(name string) int {
	if name == "title" {
		return -1
	}
	if n, err := strconv.Atoi(strings.TrimPrefix(name, "heading ")); err == nil && strings.HasPrefix(name, "heading ") {
		return n
	}
	return 0
}

// monoNames are font families that set every glyph alike wide.
var monoNames = []string{"courier", "consolas", "menlo", "monaco", "mono", "lucida console", "fixedsys", "source code"}

func monoFont(name string) bool {
	name = strings.ToLower(name)
	for _, m := range monoNames {
		if strings.Contains(name, m) {
			return true
		}
	}
	return false
}

// esc escapes text for the HTML the writer builds.
func esc(s string) string { return html.EscapeString(s) }

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
