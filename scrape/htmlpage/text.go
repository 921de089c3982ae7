package htmlpage

import (
	"bytes"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/acsgen/acsgen/scrape/page"
)

// collapse joins white space runs into single spaces and trims; no-break and other
// Unicode spaces are spaces and invisible characters nothing (page.PlainSpaces).
func collapse(s string) string {
	return strings.Join(strings.Fields(page.PlainSpaces(s)), " ")
}

// lineText is the text content of n on one line (collapse); collapse reads its spaces
// as textOf does, once. A line break or the edge of a block inside n is a space, as a
// browser shows it: a header cell wrapped over lines ("Parameter<br>name",
// "<p>Data</p><p>type</p>") reads "Parameter name", whatever its alignment, not words
// glued together.
func lineText(n *html.Node) string { return collapse(nodeText(n, true)) }

// lineTags are the elements besides blockTags that break a line where they stand.
var lineTags = map[string]bool{"br": true, "li": true, "tr": true, "td": true, "th": true, "dt": true, "dd": true,
	"hr": true, "caption": true}

// textOf is the text content of n, its white space as page.PlainSpaces reads it (a code
// block's indentation by `&nbsp;` is spaces), else as written.
func textOf(n *html.Node) string { return page.PlainSpaces(rawText(n)) }

// rawText is the text content of n as the page writes it, for the indentation of a name
// by no-break spaces (indentOf).
func rawText(n *html.Node) string { return nodeText(n, false) }

// nodeText is the text content of n as written; breaks puts a space at the edges of the
// elements that break a line (blockTags, lineTags), as lineText reads a cell.
func nodeText(n *html.Node, breaks bool) string {
	var b strings.Builder
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		brk := breaks && n.Type == html.ElementNode && (blockTags[n.Data] || lineTags[n.Data])
		if brk {
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
		if brk {
			b.WriteByte(' ')
		}
	}
	visit(n)
	return b.String()
}

// inlineText is a paragraph's text on one line, <br> as a space, chrome left out, code
// spans in backticks.
func inlineText(n *html.Node) string {
	var b strings.Builder
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
			case c.Type == html.ElementNode && c.Data == "code":
				b.WriteString(codeSpan(c))
			case isChrome(c):
			default:
				visit(c)
			}
		}
	}
	visit(n)
	return collapse(b.String())
}

// cellText renders a table cell or list item as page-model text: paragraphs and <br>
// separated lines on their own lines, list items as "- item" (see listItem), code blocks
// between "```" lines, nested tables as one line per row with cells joined by " | ".
// A cell that holds an image and no text (a check mark for Required) reads as the image's
// alt text, its text alternative.
func cellText(n *html.Node) string {
	if t := cellTextWithout(n, nil); t != "" {
		return t
	}
	for _, img := range findAll(n, "img") {
		if alt := collapse(attr(img, "alt")); alt != "" {
			return alt
		}
	}
	return ""
}

// iconText is the text of a Required cell that cellText reads as empty: its text hidden
// from screen readers ("<span aria-hidden=\"true\">✔</span>", an SVG's <title>), a text
// alternative in an aria-label or title attribute, else the icon it shows read from its
// names (page.IconCell): an <img>'s file, an icon font's or an SVG's classes and symbol
// (<i class="fa fa-check">, <use href="#icon-tick">), an empty element with a class that
// says yes or no (<span class="icon-required">). "" for a cell that shows nothing.
func iconText(n *html.Node) string {
	if t := lineText(n); t != "" {
		return t
	}
	var alts, names []string
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			for _, k := range []string{"aria-label", "title"} {
				if v := collapse(attr(c, k)); v != "" {
					alts = append(alts, v)
				}
			}
			cls := attr(c, "class")
			switch {
			case c.Data == "img":
				names = append(names, attr(c, "src"), attr(c, "data-src"), cls)
			case c.Data == "use":
				names = append(names, attr(c, "href"), attr(c, "xlink:href"))
			case c.Data == "svg" || c.Data == "i" || page.IconWord(cls) || strings.Contains(cls, "icon"):
				names = append(names, cls, attr(c, "data-icon"))
			}
			visit(c)
		}
	}
	visit(n)
	if len(alts) > 0 {
		return alts[0]
	}
	return page.IconCell(names...)
}

// IconText is iconText of an HTML fragment s, a Markdown cell's inline HTML that shows
// only an icon ("<img src=\"check.svg\">", "<i class=\"icon-check\"></i>"): the Markdown
// reader reads its Required cells so.
func IconText(s string) string {
	ctx := &html.Node{Type: html.ElementNode, Data: "td", DataAtom: atom.Td}
	nodes, err := html.ParseFragment(strings.NewReader(s), ctx)
	if err != nil {
		return ""
	}
	for _, n := range nodes {
		ctx.AppendChild(n)
	}
	return iconText(ctx)
}

// cellTextWithout is cellText leaving out the nodes in skip.
func cellTextWithout(n *html.Node, skip map[*html.Node]bool) string {
	t := &textLines{skip: skip}
	t.visit(n)
	t.flush()
	return strings.Join(t.lines, "\n")
}

// listItem renders a list item as "- item" lines: its own text on one line, then the items
// of the lists it holds, each on a line of its own indented by page.ListIndent (as
// Markdown writes a nested list), and the text that follows a nested list in the item on
// lines after its items, in page order, indented as they are (the item's own text, not a
// value of that list), not on the item's line (where a "Valid values ...:" lead-in would
// no longer end over the values).
func listItem(li *html.Node) []string {
	return itemLines(li.FirstChild, nil, nil)
}

// itemLines renders the children of a list item from first up to (not including) end as
// listItem does, leaving out the nodes in skip.
func itemLines(first, end *html.Node, skip map[*html.Node]bool) []string {
	var nested []string
	t := &textLines{lists: &nested, skip: skip}
	for c := first; c != end; c = c.NextSibling {
		t.child(c)
	}
	t.flush()
	// the item's text on one line, then a code block in it on lines of its own and the text
	// after the block on plain lines, as mdpage reads a cell's item and its indented block
	var out, text []string
	fenced, item := false, true
	emit := func() {
		if own := collapse(strings.Join(text, " ")); own != "" && item {
			out = append(out, "- "+own)
		} else if own != "" {
			out = append(out, own)
		}
		text = nil
	}
	for _, l := range t.lines {
		switch {
		case l == "```":
			emit()
			fenced, item = !fenced, false
			out = append(out, l)
		case fenced:
			out = append(out, l)
		default:
			text = append(text, l)
		}
	}
	emit()
	fenced = false
	for _, l := range nested {
		switch {
		case l == "```":
			fenced = !fenced
		case !fenced:
			// an item of a list in this item, a level deeper, or the item's text after it
			l = page.ListIndent + l
		}
		out = append(out, l)
	}
	return out
}

// textLines gathers the lines of cellText.
type textLines struct {
	lines []string
	cur   strings.Builder
	// lists, when set, receives the items of the lists met instead of lines, and the
	// lines after the first of them, in page order (an item's note after its nested list).
	lists *[]string
	// pastList tells that lines go to lists: a list has been met.
	pastList bool
	// skip holds nodes left out (cellTextWithout).
	skip map[*html.Node]bool
}

func (t *textLines) flush() {
	if s := collapse(t.cur.String()); s != "" {
		t.line(s)
	}
	t.cur.Reset()
}

// line adds line s: to lines, or, past a list of an item (lists), after that list's items.
func (t *textLines) line(s string) {
	if t.pastList {
		*t.lists = append(*t.lists, s)
		return
	}
	t.lines = append(t.lines, s)
}

func (t *textLines) visit(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t.child(c)
	}
}

// child adds the text of c, a child of the node visited.
func (t *textLines) child(c *html.Node) {
	switch {
	case t.skip[c]:
	case c.Type == html.TextNode:
		t.cur.WriteString(c.Data)
	case c.Type != html.ElementNode:
	case c.Data == "br":
		t.flush()
	case c.Data == "code":
		t.cur.WriteString(codeSpan(c))
	case c.Data == "input":
		t.cur.WriteString(inputText(c))
	case c.Data == "pre":
		// a code block in a cell is kept fenced, its lines trimmed (mdpage's cleanCell)
		t.flush()
		t.line("```")
		for l := range strings.SplitSeq(textOf(c), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				t.line(l)
			}
		}
		t.line("```")
	case (c.Data == "ul" || c.Data == "ol") && t.lists != nil:
		t.flush()
		t.pastList = true
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			if k.Type == html.ElementNode && k.Data == "li" {
				*t.lists = append(*t.lists, itemLines(k.FirstChild, nil, t.skip)...)
			}
		}
	case c.Data == "li":
		t.flush()
		for _, l := range itemLines(c.FirstChild, nil, t.skip) {
			t.line(l)
		}
	case c.Data == "table":
		t.flush()
		for _, tr := range tableRows(c) {
			var cs []string
			for _, td := range cells(tr) {
				cs = append(cs, lineText(td))
			}
			if s := strings.Join(cs, " | "); strings.Trim(s, " |") != "" {
				t.line(s)
			}
		}
	case isChrome(c):
	case blockTags[c.Data] || c.Data == "ul" || c.Data == "ol":
		t.flush()
		t.visit(c)
		t.flush()
	default:
		t.visit(c)
	}
}

// codeSpan writes an inline <code> as the page model keeps code spans, in backticks (as the
// Markdown reader does): one more backtick than the longest run inside, and a space inside
// each end when the text starts or ends with a backtick.
func codeSpan(n *html.Node) string {
	text := textOf(n)
	if strings.TrimSpace(text) == "" {
		return text
	}
	run, longest := 0, 0
	for _, r := range text {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if strings.HasPrefix(text, "`") || strings.HasSuffix(text, "`") {
		text = " " + text + " "
	}
	return fence + text + fence
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// InputText is the text an HTML <input> tag (s, the whole tag) stands for in a cell: a
// checkbox's mark (page.CheckMark); "" for any other input. The Markdown reader reads the
// inline HTML of its cells so.
func InputText(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	if tt := z.Next(); tt != html.StartTagToken && tt != html.SelfClosingTagToken {
		return ""
	}
	t := z.Token()
	if t.Data != "input" {
		return ""
	}
	return inputText(&html.Node{Type: html.ElementNode, Data: t.Data, Attr: t.Attr})
}

// inputText is the text an <input> element stands for (InputText).
func inputText(n *html.Node) string {
	if strings.EqualFold(attr(n, "type"), "checkbox") {
		return page.CheckMark(hasAttr(n, "checked"))
	}
	return ""
}

// hasAttr reports whether n has attribute key, of any value ("checked").
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func findAll(n *html.Node, tag string) []*html.Node {
	var out []*html.Node
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.Data == tag {
				out = append(out, c)
			}
			visit(c)
		}
	}
	visit(n)
	return out
}

var (
	// a class naming the level: level-2, indent-2, depth_2, param-level-2, lvl2
	levelClass = regexp.MustCompile(`(?:^|[\s_-])(?:level|indent|depth|lvl)[-_]?(\d+)(?:\s|$)`)
	padStyle   = regexp.MustCompile(`(?:padding|margin)-left\s*:\s*([0-9.]+)\s*(px|em|rem)`)
)

// indentOf is how far a parameter row's name is indented: the padding-left or margin-left
// of the row, its name cell or the cell's first elements (in px; an em is 16px), else the
// number of indenting spaces (page.IndentRunes) before the cell's text. ok is false when the
// row shows neither.
func indentOf(tr, td *html.Node) (indent float64, ok bool) {
	for _, n := range append([]*html.Node{tr, td}, childElements(td)...) {
		if m := padStyle.FindStringSubmatch(attr(n, "style")); m != nil {
			f, _ := strconv.ParseFloat(m[1], 64)
			if m[2] != "px" {
				f *= 16
			}
			indent, ok = indent+f, true
		}
	}
	if ok {
		return indent, true
	}
	n := page.IndentOf(rawText(td))
	return float64(n), n > 0
}

// isLevelAttr reports whether an attribute holds a row's level: aria-level (a tree grid's
// rows), or a data- attribute about the level, depth or indent (data-level, data-depth,
// data-indent, data-nest-level).
func isLevelAttr(key string) bool {
	if key == "aria-level" {
		return true
	}
	rest, ok := strings.CutPrefix(key, "data-")
	return ok && (strings.Contains(rest, "level") || strings.Contains(rest, "depth") || strings.Contains(rest, "indent"))
}

// depthOf reads a parameter row's nesting depth from the row or its first cell: a level
// attribute (isLevelAttr), a level-N/indent-N class, or leading tree glyphs ("└", "│ ├─"); the table
// reads indentation (indentOf) when no row shows these. ok is false when nothing shows depth. name is the cell
// text without the glyphs.
func depthOf(tr, td *html.Node, text string) (depth int, name string, ok bool) {
	for _, n := range append([]*html.Node{tr, td}, childElements(td)...) {
		for _, a := range n.Attr {
			if !isLevelAttr(a.Key) {
				continue
			}
			if v, err := strconv.Atoi(strings.TrimSpace(a.Val)); err == nil && v >= 0 {
				depth, ok = v, true
			}
		}
		if m := levelClass.FindStringSubmatch(attr(n, "class")); m != nil {
			v, _ := strconv.Atoi(m[1])
			depth, ok = v, true
		}
	}
	g, name := page.TreeDepth(text)
	if g > 0 {
		g = max(g, page.RawTreeDepth(rawText(td))) // no-break spaces that collapse and PlainSpaces dropped
	}
	if g > 0 && !ok {
		depth, ok = g, true
	}
	return depth, name, ok
}

func childElements(n *html.Node) []*html.Node {
	var out []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.Data == "span" || c.Data == "div" || c.Data == "p" || c.Data == "code") {
			out = append(out, c)
		}
	}
	return out
}

// lineIndex gives the 1-based input line of parsed element nodes. x/net/html keeps no
// positions, so the start tags are tokenized once with their lines and matched, in order,
// to the parsed elements of the same name; elements the parser implied (tbody, html) take
// the line of the element before them.
type lineIndex struct {
	tags  []tagLine
	next  int // next unmatched tag
	last  int // line of the last matched tag
	lines map[*html.Node]int
}

type tagLine struct {
	name string
	line int
	end  int // offset just past the tag
}

func newLineIndex(data []byte) *lineIndex {
	li := &lineIndex{lines: map[*html.Node]int{}, last: 1}
	z := html.NewTokenizer(bytes.NewReader(data))
	line, off := 1, 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		off += len(raw)
		if tt == html.StartTagToken || tt == html.SelfClosingTagToken {
			name, _ := z.TagName()
			li.tags = append(li.tags, tagLine{string(name), line, off})
		}
		line += bytes.Count(raw, []byte("\n"))
	}
	return li
}

// failLine is the line of the start tag at which parse fails on data, the bytes li was made
// from, or 0 when it does not fail before the last one. x/net/html's errors have no place
// (for bytes in memory the one it gives is nesting deeper than 512 elements), so the
// shortest prefix ending after a start tag that fails to parse is found by bisection: the
// parser reads in order, so a prefix fails exactly when the tags in it make it fail.
func (li *lineIndex) failLine(data []byte, parse func([]byte) error) int {
	i := sort.Search(len(li.tags), func(i int) bool { return parse(data[:li.tags[i].end]) != nil })
	if i == len(li.tags) {
		return 0
	}
	return li.tags[i].line
}

// assign matches every element under root, in document order, to its start tag.
func (li *lineIndex) assign(root *html.Node) {
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for k := li.next; k < len(li.tags) && k < li.next+16; k++ {
				if li.tags[k].name == n.Data {
					li.next = k + 1
					li.last = li.tags[k].line
					break
				}
			}
			li.lines[n] = li.last
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(root)
}

// of returns n's line (0 for nodes not in the parsed tree).
func (li *lineIndex) of(n *html.Node) int { return li.lines[n] }
