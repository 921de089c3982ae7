package xmlpage

import (
	"bytes"
	"html"
	"strconv"
	"strings"
)

// The vocabularies' element names by what they are. An element in none of these sets is
// transparent: its content is kept in place, as a browser keeps an unknown element's.
var (
	// sections hold a title (or TEI head) and the blocks under it; nested ones are
	// subsections. One without a title is only a container.
	sections = set("section", "sect1", "sect2", "sect3", "sect4", "sect5", "simplesect",
		"refsect1", "refsect2", "refsect3", "refsection", "chapter", "article", "appendix",
		"preface", "part", "book", "sec", "topic", "concept", "reference", "task", "div",
		"refentry", "glossary", "bibliography")
	// titles name their section, table or block.
	titles = set("title", "head", "article-title")
	// metadata holds a document's title among data that is not content (authors, dates).
	metadata = set("info", "articleinfo", "bookinfo", "sectioninfo", "chapterinfo",
		"teiheader", "front", "prolog", "article-meta", "title-group")
	// dropped elements hold no page content.
	dropped = set("indexterm", "remark", "comment", "colspec", "spanspec", "anchor",
		"draft-comment", "required-cleanup", "data", "processing-instruction")
	paragraphs = set("para", "simpara", "p", "ab", "shortdesc", "lines")
	inlineCode = set("literal", "codeph", "monospace", "varname", "parameter", "constant",
		"classname", "filename", "command", "option", "userinput", "computeroutput",
		"systemitem", "apiname", "tt", "function", "property", "envar", "markup", "tag",
		"token", "type", "parmname", "cmdname", "keyword", "code-inline")
	preformatted = set("programlisting", "screen", "literallayout", "codeblock", "pre",
		"preformat", "eg", "synopsis", "msgblock")
	bullets = set("itemizedlist", "ul", "simplelist", "sl")
	numbers = set("orderedlist", "ol", "steps", "substeps")
	items   = set("listitem", "li", "item", "list-item", "member", "step", "sli", "substep")
	defs    = set("variablelist", "dl", "parml", "deflist", "glosslist", "def-list")
	terms   = set("term", "dt", "pt", "glossterm", "dterm")
	descs   = set("dd", "pd", "glossdef", "ddesc", "def")
	strong  = set("b", "bold", "strong")
	em      = set("i", "italic", "em", "citetitle")
	links   = set("link", "ulink", "xref", "ext-link", "ref", "olink", "uri", "ptr")
	tables  = set("table", "informaltable", "simpletable", "properties")
	rows    = set("row", "tr", "strow", "property")
	cells   = set("entry", "stentry", "cell", "td", "th", "proptype", "propvalue", "propdesc")
	heads   = set("thead", "sthead", "prophead")
	blocks  = set("note", "tip", "warning", "important", "caution", "notice", "attention",
		"hazardstatement", "table-wrap", "figure", "fig", "example", "informalexample",
		"blockquote", "boxed-text", "sidebar", "formalpara", "caption", "fig-group")
	breaks = set("lb", "sbr", "break", "br")
)

func set(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// writer builds the HTML, each element and text on its source line.
type writer struct {
	b    bytes.Buffer
	line int // the line the next byte goes on
}

// at pads with line breaks until the output reaches line.
func (w *writer) at(line int) {
	for w.line < line {
		w.b.WriteByte('\n')
		w.line++
	}
}

func (w *writer) text(s string) {
	w.b.WriteString(html.EscapeString(s))
	w.line += strings.Count(s, "\n")
}

func (w *writer) tag(s string) { w.b.WriteString(s) }

// toHTML renders the tree as an HTML page whose elements stand on their source lines. The
// document's title (from its metadata, as an HTML page's <title>) goes on the first line;
// a cut-off document's HTML ends without </body></html>, so the HTML reader says it is cut off.
func toHTML(root *node, cut bool) []byte {
	w := &writer{line: 1}
	c := &conv{w: w, meta: docMeta(root)}
	w.tag("<!DOCTYPE html><html><head>")
	if c.meta != nil {
		t := firstTitle(c.meta)
		w.tag("<title>" + html.EscapeString(strings.Join(strings.Fields(plain(t)), " ")) + "</title>")
	}
	w.tag("</head><body>")
	c.kids(root, 0)
	if !cut {
		w.tag("</body></html>\n")
	}
	return w.b.Bytes()
}

// docMeta is the document's metadata (DocBook's <info>, TEI's header, JATS's front matter):
// the first metadata element with a title met before any section's title, or nil.
func docMeta(root *node) *node {
	var find func(n *node) (*node, bool)
	find = func(n *node) (*node, bool) {
		for _, k := range n.kids {
			switch {
			case k.name == "":
			case titles[k.name]:
				return nil, true // a section's own title comes first
			case metadata[k.name]:
				if hasTitle(k) {
					return k, true
				}
				if m, done := find(k); done {
					return m, true
				}
			default:
				if m, done := find(k); done {
					return m, true
				}
			}
		}
		return nil, false
	}
	m, _ := find(root)
	return m
}

// hasTitle reports whether metadata n holds a title at any depth (TEI's
// teiHeader/fileDesc/titleStmt/title, JATS's front/article-meta/title-group/article-title).
func hasTitle(n *node) bool { return firstTitle(n) != nil }

// firstTitle is the first title in metadata n at any depth, outside sections, or nil.
func firstTitle(n *node) *node {
	for _, k := range n.kids {
		if titles[k.name] {
			return k
		}
		if k.name != "" && !sections[k.name] {
			if t := firstTitle(k); t != nil {
				return t
			}
		}
	}
	return nil
}

// conv renders nodes. meta is the document's metadata (its title is the page's <title>),
// cols a CALS table's column names by position, head whether a header row is being read.
type conv struct {
	w    *writer
	meta *node
	cols map[string]int
	head bool
}

// node renders n, a child of parent, depth titled sections deep.
func (c *conv) node(n, parent *node, depth int) {
	w := c.w
	if n.name == "" {
		w.at(n.line)
		w.text(n.text)
		return
	}
	switch {
	case dropped[n.name]:
		return
	case metadata[n.name]:
		if n == c.meta {
			return // the document's metadata: its title is the page's <title>
		}
		if t := firstTitle(n); t != nil { // a section's own metadata: its title is the heading
			c.title(t, parent, depth)
		}
		return
	case sections[n.name] && c.titled(n):
		c.wrap(n, "section", "", depth+1)
		return
	case titles[n.name]:
		c.title(n, parent, depth)
		return
	case n.name == "code":
		if n.attr("language") != "" || n.attr("code-type") != "" || strings.Contains(plain(n), "\n") {
			c.pre(n, depth)
		} else {
			c.wrap(n, "code", "", depth)
		}
		return
	case n.name == "seg" && n.attr("type") == "code":
		c.wrap(n, "code", "", depth)
		return
	case preformatted[n.name]:
		c.pre(n, depth)
		return
	case n.name == "ab" && strings.HasPrefix(n.attr("type"), "codeblock"): // TEI's <ab type="codeblock json">
		c.pre(n, depth)
		return
	case paragraphs[n.name]:
		c.wrap(n, "p", "", depth)
	case inlineCode[n.name]:
		c.wrap(n, "code", "", depth)
	case n.name == "list":
		tag := "ul"
		if t := strings.ToLower(n.attr("type") + n.attr("list-type")); strings.Contains(t, "order") || strings.Contains(t, "number") {
			tag = "ol"
		}
		c.wrap(n, tag, "", depth)
	case bullets[n.name]:
		c.wrap(n, "ul", "", depth)
	case numbers[n.name]:
		c.wrap(n, "ol", "", depth)
	case defs[n.name]:
		c.wrap(n, "dl", "", depth)
	case terms[n.name]:
		c.wrap(n, "dt", "", depth)
	case descs[n.name] || (items[n.name] && (parent.name == "varlistentry" || parent.name == "dlentry" || parent.name == "plentry")):
		c.wrap(n, "dd", "", depth)
	case items[n.name]:
		c.wrap(n, "li", "", depth)
	case strong[n.name] || (n.name == "emphasis" && boldRole(n.attr("role"))) || (n.name == "hi" && boldRole(n.attr("rend"))):
		c.wrap(n, "b", "", depth)
	case em[n.name] || n.name == "emphasis" || n.name == "hi":
		c.wrap(n, "em", "", depth)
	case links[n.name]:
		href := ""
		for _, a := range []string{"href", "url", "target", "linkend", "uri"} {
			if v := n.attr(a); v != "" {
				href = v
				break
			}
		}
		c.wrap(n, "a", attrs("href", href), depth)
	case tables[n.name]:
		saved := c.cols
		c.cols = colNames(n)
		c.wrap(n, "table", "", depth)
		c.cols = saved
	case heads[n.name]:
		c.head = true
		if n.name == "thead" {
			c.wrap(n, "thead", "", depth)
		} else { // a DITA header row: the row and its section in one element
			c.w.at(n.line)
			c.w.tag("<thead>")
			c.wrap(n, "tr", "", depth)
			c.w.tag("</thead>")
		}
		c.head = false
	case n.name == "tbody" || n.name == "tfoot":
		c.wrap(n, n.name, "", depth)
	case rows[n.name]:
		c.wrap(n, "tr", "", depth)
	case cells[n.name]:
		c.cell(n, parent, depth)
	case blocks[n.name]:
		c.wrap(n, "div", "", depth)
	case breaks[n.name]:
		w.at(n.line)
		w.tag("<br>")
	default:
		c.kids(n, depth)
	}
}

// wrap renders n's content inside an HTML element tag with attributes at (" a=…").
func (c *conv) wrap(n *node, tag, at string, depth int) {
	c.w.at(n.line)
	c.w.tag("<" + tag + at + ">")
	c.kids(n, depth)
	c.w.tag("</" + tag + ">")
}

func (c *conv) kids(n *node, depth int) {
	for _, k := range n.kids {
		c.node(k, n, depth)
	}
}

// title renders a title: its section's heading at the section's depth (h1 to h6), a
// table's caption, or any other block's bold line.
func (c *conv) title(n, parent *node, depth int) {
	switch {
	case sections[parent.name] || metadata[parent.name]:
		h := "h" + strconv.Itoa(min(max(depth, 1), 6))
		c.wrap(n, h, "", depth)
	case tables[parent.name]:
		c.wrap(n, "caption", "", depth)
	default:
		c.w.at(n.line)
		c.w.tag("<p><b>")
		c.kids(n, depth)
		c.w.tag("</b></p>")
	}
}

// pre renders a code sample, its language (a language, code-type, outputclass or lang
// attribute, or the word after TEI's type="codeblock") as the HTML reader reads it, a language-X class.
func (c *conv) pre(n *node, depth int) {
	lang := ""
	for _, a := range []string{"language", "code-type", "outputclass", "lang"} {
		if v := n.attr(a); v != "" {
			lang = strings.ToLower(v)
			break
		}
	}
	if kind, l, ok := strings.Cut(n.attr("type"), " "); ok && kind == "codeblock" {
		lang = strings.ToLower(strings.TrimSpace(l))
	}
	c.w.at(n.line)
	if lang != "" {
		c.w.tag("<pre><code" + attrs("class", "language-"+lang) + ">")
	} else {
		c.w.tag("<pre><code>")
	}
	c.kids(n, depth)
	c.w.tag("</code></pre>")
}

// cell renders a table cell: a header cell in a header row (a CALS <thead>, a DITA
// <sthead>, a TEI row or cell whose role is "label"), its spans from CALS morerows and
// namest/nameend or HTML rowspan/colspan.
func (c *conv) cell(n, row *node, depth int) {
	tag := "td"
	if n.name == "th" || c.head || n.attr("role") == "label" || row.attr("role") == "label" {
		tag = "th"
	}
	at := ""
	if m, err := strconv.Atoi(n.attr("morerows")); err == nil && m > 0 {
		at += attrs("rowspan", strconv.Itoa(m+1))
	} else if v := n.attr("rowspan"); v != "" {
		at += attrs("rowspan", v)
	}
	if a, ok := c.cols[n.attr("namest")]; ok {
		if b, ok := c.cols[n.attr("nameend")]; ok && b > a {
			at += attrs("colspan", strconv.Itoa(b-a+1))
		}
	} else if v := n.attr("colspan"); v != "" {
		at += attrs("colspan", v)
	}
	c.wrap(n, tag, at, depth)
}

// colNames maps a CALS table's <colspec colname> names to their column positions.
func colNames(t *node) map[string]int {
	cols := map[string]int{}
	var walk func(n *node)
	walk = func(n *node) {
		for _, k := range n.kids {
			if k.name == "colspec" {
				pos := len(cols)
				if v, err := strconv.Atoi(k.attr("colnum")); err == nil {
					pos = v - 1
				}
				if name := k.attr("colname"); name != "" {
					cols[name] = pos
				}
			}
			if k.name == "tgroup" {
				walk(k)
			}
		}
	}
	walk(t)
	return cols
}

func attrs(name, value string) string {
	if value == "" {
		return ""
	}
	return " " + name + `="` + html.EscapeString(value) + `"`
}

func boldRole(r string) bool {
	r = strings.ToLower(r)
	return strings.Contains(r, "bold") || strings.Contains(r, "strong")
}

// titled reports whether a section has a title of its own: a title child, or one in its
// own metadata (not the document's, which titles the page).
func (c *conv) titled(n *node) bool {
	for _, k := range n.kids {
		if titles[k.name] || (metadata[k.name] && k != c.meta && hasTitle(k)) {
			return true
		}
	}
	return false
}

// plain is a node's text.
func plain(n *node) string {
	if n.name == "" {
		return n.text
	}
	var b strings.Builder
	for _, k := range n.kids {
		b.WriteString(plain(k))
	}
	return b.String()
}
