// Package htmlpage reads API reference pages saved from the documentation site (HTML) into
// the page model, with goquery.
//
// Site chrome (scripts, styles, navigation, headers, footers, asides, feedback widgets) is
// dropped; the content root is the page's <main>/<article> (or the element that holds the
// <h1>). Headings start sections, tables keep one cell per <td>/<th> with lists as "- "
// lines and <br> as newlines, nested tables are flattened into their cell's text, <pre>
// becomes a code block, <dl> becomes a two-column table (unless it is a parameter list or
// a parameter card's keys; page.ReadCards reads cards). The site shows nesting in parameter
// tables by indentation; a row's depth is read from data-depth/data-level attributes,
// level-N/indent-N classes, padding-left/margin-left styles or leading "└" glyphs, and is
// -1 when the table shows none.
package htmlpage

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"

	"github.com/acsgen/acsgen/scrape/page"
)

// Reader reads HTML pages. The zero value is ready to use.
type Reader struct{}

var _ page.Reader = Reader{}

// chromeTags and chromeClasses say what is never page content; walk skips it, which is
// much cheaper than matching a selector group against every node. Selectors below are
// compiled once: they are immutable.
var (
	chromeTags = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "nav": true,
		"header": true, "footer": true, "aside": true, "iframe": true, "svg": true, "form": true, "button": true}
	chromeRoles   = map[string]bool{"navigation": true, "banner": true, "contentinfo": true}
	chromeClasses = map[string]bool{"breadcrumb": true, "breadcrumbs": true, "feedback": true, "toc": true, "sidebar": true, "nav": true}
)

// isChrome reports whether n is site chrome (navigation, scripts, widgets).
func isChrome(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if chromeTags[n.Data] {
		return n.Data != "header" || !inSection(n)
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "role":
			if chromeRoles[a.Val] {
				return true
			}
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "class":
			for c := range strings.FieldsSeq(a.Val) {
				if chromeClasses[c] {
					return true
				}
			}
		}
	}
	return false
}

// inSection reports whether n is inside an <article>, <section> or <main>: a <header>
// there is that part's own (its heading: "<section><header><h2>Request parameters</h2>"),
// not the site's banner.
func inSection(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Type == html.ElementNode && (a.Data == "article" || a.Data == "section" || a.Data == "main") {
			return true
		}
	}
	return false
}

var (
	canonicalSel = cascadia.MustCompile(`link[rel="canonical"]`)
	ogURLSel     = cascadia.MustCompile(`meta[property="og:url"]`)
	htmlSel      = cascadia.MustCompile("html")
	titleSel     = cascadia.MustCompile("title")
	bodySel      = cascadia.MustCompile("body")
	h1Sel        = cascadia.MustCompile("h1")
	rootProbe    = cascadia.MustCompile("h1, h2, table")
	modifiedSels = []goquery.Matcher{
		cascadia.MustCompile(`meta[name="last-modified"]`),
		cascadia.MustCompile(`meta[property="article:modified_time"]`),
		cascadia.MustCompile(`meta[name="lastUpdated"]`),
	}
	crumbSel = cascadia.MustCompile(`.breadcrumb li, .breadcrumbs li, nav[aria-label="breadcrumb"] li, nav[aria-label="Breadcrumb"] li`)
	rootSels = []goquery.Matcher{
		cascadia.MustCompile("main article"), cascadia.MustCompile("article"), cascadia.MustCompile("main"),
		cascadia.MustCompile("[role=main]"), cascadia.MustCompile(".markdown-body"), cascadia.MustCompile(".content"),
	}
)

// Read parses one HTML page.
func (Reader) Read(file string, data []byte) (*page.Page, error) {
	text, note, err := page.Decode(data, true)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	data = []byte(text)
	lines := newLineIndex(data)
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(data))
	if err != nil {
		line := lines.failLine(data, func(b []byte) error { _, err := html.Parse(bytes.NewReader(b)); return err })
		return nil, fmt.Errorf("%s:%d: parse HTML: %w", file, max(line, 1), err)
	}
	for _, n := range doc.Nodes {
		lines.assign(n)
	}
	p := &page.Page{File: file, Format: page.HTML, Meta: map[string]string{}}
	if note != "" {
		p.Warn(0, "%s", note)
	}
	readHead(doc, p)
	p.Breadcrumbs = breadcrumbs(doc)
	root := contentRoot(doc)
	r := &reader{p: p, lines: lines}
	r.sec = &page.Section{Kind: page.Intro, Line: 1}
	p.Sections = append(p.Sections, r.sec)
	for _, n := range root.Nodes {
		r.walk(n)
	}
	if p.Title == "" {
		if t := strings.TrimSpace(doc.FindMatcher(titleSel).First().Text()); t != "" {
			p.Title = cutSiteName(t)
		}
	}
	if p.Title == "" && len(p.Sections) <= 1 {
		return nil, fmt.Errorf("%s: no title and no sections: not an API reference page", file)
	}
	if p.Lang == "" {
		p.Lang = "en"
	}
	markCutOff(p, data)
	page.ReadCards(p)
	return p, nil
}

// markCutOff flags a page that stops before its closing tags. The parser closes whatever
// is open, so the tree of a page cut off part way looks whole; the raw tail does not. A
// fragment (no doctype, <html>, <head> or <body> tag: Fragment) has no </body> to end with;
// it is cut when an element whose end tag HTML requires is still open at its end.
func markCutOff(p *page.Page, data []byte) {
	tail := data
	if len(tail) > 4096 {
		tail = tail[len(tail)-4096:]
	}
	tail = bytes.ToLower(tail)
	if bytes.Contains(tail, []byte("</html>")) || bytes.Contains(tail, []byte("</body>")) {
		return
	}
	last := bytes.Count(data, []byte("\n")) + 1
	if m := scanMarkup(data, false); !m.document {
		if w := fragmentCut(m); w != "" {
			p.Truncated = true
			p.Warn(last, "%s", w)
		}
		return
	}
	p.Truncated = true
	p.Warn(last, "HTML ends before </body> and </html>: the page may be cut off")
}

// readHead takes the canonical URL, language and last-updated date from <head> metadata.
func readHead(doc *goquery.Document, p *page.Page) {
	if href, ok := doc.FindMatcher(canonicalSel).First().Attr("href"); ok {
		p.URL = strings.TrimSpace(href)
	} else if u, ok := doc.FindMatcher(ogURLSel).First().Attr("content"); ok {
		p.URL = strings.TrimSpace(u)
	}
	if lang, ok := doc.FindMatcher(htmlSel).First().Attr("lang"); ok && lang != "" {
		p.Lang = page.LangTag(lang)
	}
	for _, sel := range modifiedSels {
		if v, ok := doc.FindMatcher(sel).First().Attr("content"); ok && v != "" {
			p.LastUpdated = strings.TrimSpace(v)
			break
		}
	}
}

func breadcrumbs(doc *goquery.Document) []string {
	var out []string
	doc.FindMatcher(crumbSel).Each(func(_ int, s *goquery.Selection) {
		if t := collapse(s.Text()); t != "" {
			out = append(out, t)
		}
	})
	return out
}

// contentRoot picks the element holding the article: <main>, <article>, a role=main
// element, or else the parent of the first <h1>, or <body>.
func contentRoot(doc *goquery.Document) *goquery.Selection {
	for _, sel := range rootSels {
		if s := doc.FindMatcher(sel).First(); s.Length() > 0 && s.FindMatcher(rootProbe).Length() > 0 {
			return s
		}
	}
	if h1 := doc.FindMatcher(h1Sel).First(); h1.Length() > 0 {
		return h1.Parent()
	}
	return doc.FindMatcher(bodySel).First()
}

// cutSiteName drops " - Alibaba Cloud Documentation Center" style suffixes from <title>.
func cutSiteName(t string) string {
	for _, sep := range []string{" - ", " | ", " – "} {
		if i := strings.Index(t, sep); i > 0 {
			return strings.TrimSpace(t[:i])
		}
	}
	return t
}

type reader struct {
	p     *page.Page
	sec   *page.Section
	lines *lineIndex
	// lastLang is a sample format named just before a code block ("`JSON` format").
	lastLang string
	// nest counts the containers walk is in, and secNest those the current section's
	// heading was in: a paragraph or list is nested nest-secNest below its section
	// (page.Block.Nest).
	nest, secNest int
}

// nested is the page.Block.Nest of a paragraph or list read now: 0 outside parameter
// sections, where nothing reads it.
func (r *reader) nested() int {
	if !r.sec.Kind.HoldsParams() {
		return 0
	}
	return max(r.nest-r.secNest, 0)
}

// walk visits block-level content in document order.
func (r *reader) walk(n *html.Node) {
	if isChrome(n) {
		return
	}
	if n.Type != html.ElementNode {
		if n.Type == html.TextNode {
			if t := collapse(n.Data); t != "" {
				r.paragraph(n, t)
			}
		}
		return
	}
	switch n.Data {
	case "h1", "h2", "h3", "h4", "h5", "h6":
		r.heading(n)
	case "p":
		r.paragraph(n, r.inline(n))
	case "ul", "ol":
		if !r.paramList(n) {
			r.list(n)
		}
	case "table":
		r.table(n)
	case "pre":
		r.code(n)
	case "dl":
		if !r.sectionTerms(n) && !r.paramList(n) && !r.cardKeys(n) {
			r.definitions(n)
		}
	case "div", "section", "span", "main", "article", "body", "blockquote", "figure", "details", "summary", "time", "header":
		if n.Data == "div" || n.Data == "span" || n.Data == "time" {
			if t := lineText(n); isLastUpdated(t) && r.p.LastUpdated == "" {
				r.p.LastUpdated = lastUpdatedValue(t)
				return
			}
		}
		if !hasBlockChild(n) && !(n.Data == "details" && len(findAll(n, "summary")) > 0) {
			// (a <details> holding only its <summary>, as a Markdown page opens one over
			// the table that follows it, is walked: its summary heads a section)
			t := r.inline(n)
			if k, ok := page.ClassifyHeading(t); ok && n.Data == "summary" && k != page.Other {
				// the visible heading of a collapsible section (<details>)
				r.section(2, t, r.lines.of(n))
				return
			}
			if t != "" {
				r.paragraph(n, t)
			}
			return
		}
		r.nest++
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			r.walk(c)
		}
		r.nest--
	default:
		if t := inlineText(n); t != "" {
			r.paragraph(n, t)
		}
	}
}

// inline is a paragraph's text (inlineText), but in a parameter section its lines broken
// by <br> stay lines: they may be a parameter card's ("<b>UserId</b><br>Type: String<br>
// Required: Yes", page.ReadCards).
func (r *reader) inline(n *html.Node) string {
	if !r.sec.Kind.HoldsParams() || len(findAll(n, "br")) == 0 {
		return inlineText(n)
	}
	return cellText(n)
}

var blockTags = map[string]bool{
	"p": true, "div": true, "section": true, "table": true, "ul": true, "ol": true, "pre": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "dl": true,
	"article": true, "main": true, "blockquote": true, "figure": true, "details": true,
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && blockTags[c.Data] {
			return true
		}
	}
	return false
}

func (r *reader) heading(n *html.Node) {
	level := int(n.Data[1] - '0')
	text := lineText(n)
	line := r.lines.of(n)
	if text == "" {
		return
	}
	if level == 1 && r.p.Title == "" {
		r.p.Title, r.p.TitleLine = text, line
		return
	}
	if level > r.sec.Level && r.sec.Kind.HoldsParams() && page.NamesCard(page.WholeCode(text), nextText(n)) {
		// a parameter card's name ("<h3>Description</h3>" over "Type: String"), whatever its word
		r.sec.Blocks = append(r.sec.Blocks, page.Block{Kind: page.Paragraph, Line: line, Text: text, Level: level, Nest: r.nested()})
		return
	}
	r.section(level, text, line)
}

// nextText is the first line of the element after n ("" when there is none); of a <dl>,
// its first term as a key ("Type: "); of a table, its first row's cells joined by " | ",
// or, in a two-column table, its second's when the first is no card's key but names the
// columns ("Property | Value"): a card's key table (page.ReadCards).
func nextText(n *html.Node) string {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if dt := findAll(c, "dt"); c.Data == "dl" && len(dt) > 0 {
			return lineText(dt[0]) + ": "
		}
		if c.Data == "table" {
			var first string
			for i, tr := range tableRows(c) {
				var texts []string
				for _, td := range cells(tr) {
					texts = append(texts, lineText(td))
				}
				first = strings.Join(texts, " | ")
				if col, _, _, key := page.CardKey(first); i > 0 || len(texts) != 2 || key && col != page.ColName {
					break
				}
			}
			return first
		}
		first, _, _ := strings.Cut(cellText(c), "\n")
		return first
	}
	return ""
}

// section starts a section at a heading (or a label that is one, see paragraph); an
// unknown heading below level 2 inside a known section is a label (page.LabelsIn), not a new
// section.
func (r *reader) section(level int, text string, line int) {
	kind, ok := page.ClassifyHeading(text)
	if !ok {
		if page.LabelsIn(r.sec, level) {
			r.sec.Blocks = append(r.sec.Blocks, page.Block{Kind: page.Paragraph, Line: line, Text: text, Level: level, Nest: r.nested()})
			return
		}
		if s := page.Continued(r.p.Sections, level); s != nil {
			r.sec, r.secNest = s, r.nest
			r.sec.Blocks = append(r.sec.Blocks, page.Block{Kind: page.Paragraph, Line: line, Text: text, Level: level, Nest: r.nested()})
			return
		}
		if kind, ok = page.LocationSection(r.sec, text); !ok { // "<h2>Body</h2>" after "Request parameters"
			kind = page.Other
		}
	} else if l := page.HeadingLang(text); (l != "en" || r.p.Lang == "") && !page.RefinesLang(r.p.Lang, l) {
		r.p.Lang = l
	}
	kind = page.KindIn(r.sec, level, text, kind) // "Parameters" under "Response"
	r.sec = &page.Section{Kind: kind, Heading: text, Level: level, Line: line}
	r.secNest = r.nest
	r.p.Sections = append(r.p.Sections, r.sec)
}

// paragraph adds a paragraph; one that is a code span and nothing else (a request line set
// in <code>) is its plain text, as a cell is (page.WholeCode).
func (r *reader) paragraph(n *html.Node, text string) {
	text = page.WholeCode(text)
	if text == "" {
		return
	}
	if r.sec.Kind == page.Intro && r.p.LastUpdated == "" && isLastUpdated(text) {
		r.p.LastUpdated = lastUpdatedValue(text)
		return
	}
	for _, a := range findAll(n, "a") {
		if href := attr(a, "href"); strings.Contains(href, "api.aliyun.com/") && strings.Contains(href, "product=") {
			if _, seen := r.p.Meta["debug-url"]; !seen {
				r.p.Meta["debug-url"] = href
			}
		}
	}
	if h, ok := page.LabelHeading(text, allBold(n) || wholeBlock(n)); ok && !cellOrBold(n) {
		// "<p><strong>Request parameters</strong></p>", "<p>Response parameters:</p>",
		// "<div class=\"title\">Response parameters</div>": a block that is a parameter
		// section's heading and nothing else, as a text dump's line is (a bold run among
		// blocks and a layout table's cell head a section only where what follows fits
		// it: BoldSection below)
		r.section(2, h, r.lines.of(n))
		return
	}
	if allBold(n) {
		ahead := func() bool { return tableAhead(n) }
		next := func() string { return nextText(n) }
		if h, _, ok := page.BoldSection(text, r.sec.Kind, ahead, next); ok {
			// "<p><strong>Debugging</strong></p>", "<p><b>Examples</b></p>" over a sample
			// (mdpage reads a bold line so)
			r.section(2, h, r.lines.of(n))
			return
		}
	}
	if wholeBlock(n) && r.sec.Kind != page.Intro && page.HeadingShaped(text) && paramTableNext(n) {
		// "<div class=\"title\">Returned data</div>", "<p><strong>Returned data</strong></p>"
		// over a parameter table: a heading the lexicon does not know (other wording,
		// another language), read as an <h3> is (a label of the section, or a section of
		// its own), so that its table's rows are not taken, unwarned, for the section's. A
		// bold line over a card's key table ("Type | String", no name column) is the
		// card's name, not a heading.
		r.section(max(3, r.sec.Level+1), text, r.lines.of(n))
		return
	}
	if lang := page.SampleFormat(text); lang != "" {
		r.lastLang = lang
	}
	r.sec.Blocks = append(r.sec.Blocks, page.Block{Kind: page.Paragraph, Line: r.lines.of(n), Text: text, Nest: r.nested()})
}

// tableAhead reports whether a table follows n in document order before the next heading:
// a heading element, or a block that is a section's label (isLabel). Code is skipped.
func tableAhead(n *html.Node) bool {
	for m := n; m != nil; m = m.Parent {
		for s := m.NextSibling; s != nil; s = s.NextSibling {
			if table, done := ahead(s); done {
				return table
			}
		}
	}
	return false
}

// ahead is tableAhead's look at the element n and what it holds: done when it holds a
// table or a heading first.
func ahead(n *html.Node) (table, done bool) {
	if n.Type != html.ElementNode || isChrome(n) {
		return false, false
	}
	switch n.Data {
	case "h1", "h2", "h3", "h4", "h5", "h6":
		return false, true
	case "table":
		if !layoutTable(tableRows(n)) {
			return true, true
		}
	case "pre":
		return false, false
	}
	if wholeBlock(n) && !hasBlockChild(n) {
		return false, isLabel(n)
	}
	if n.Data != "ul" && n.Data != "ol" && !hasBlockChild(n) && allBold(n) && isLabel(n) {
		return false, true // a list item, a layout table's cell or a bold run that is a label
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if table, done := ahead(c); done {
			return table, done
		}
	}
	return false, false
}

// isLabel reports whether the block n is a section's label as paragraph reads one
// (page.LabelHeading, page.BoldLabel).
func isLabel(n *html.Node) bool {
	t := page.WholeCode(inlineText(n))
	if _, ok := page.LabelHeading(t, true); ok {
		return true
	}
	_, _, ok := page.BoldLabel(t)
	return ok && allBold(n)
}

// paramTableNext reports whether the element after n is a table (or a wrapper holding one
// first) whose header, read as table reads it, has a names column, as a parameter table's
// does.
func paramTableNext(n *html.Node) bool {
	t := tableNext(n)
	if t == nil {
		return false
	}
	h, _, _ := header(tableRows(t))
	return h.HasNames()
}

// tableNext returns the element after n when it is a table (or a wrapper holding one
// first), else nil.
func tableNext(n *html.Node) *html.Node {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
				return nil
			}
			continue
		}
		for c.Data == "div" && c.FirstChild != nil {
			e := c.FirstChild
			for e != nil && e.Type != html.ElementNode {
				e = e.NextSibling
			}
			if e == nil {
				break
			}
			c = e
		}
		if c.Data == "table" {
			return c
		}
		return nil
	}
	return nil
}

// cellOrBold reports whether n is a table cell (of a layout table, layoutTable) or a bold
// element standing among blocks ("<div><strong>Examples</strong><pre>…"): neither is a
// paragraph of its own, so its bold text heads a section only where BoldSection says so.
func cellOrBold(n *html.Node) bool {
	return isBold(n) || n.Type == html.ElementNode && (n.Data == "td" || n.Data == "th")
}

// wholeBlock reports whether n is a block element of its own (a <div> or <p>, not text in
// a list item or cell), whose text is all a paragraph holds.
func wholeBlock(n *html.Node) bool {
	return n.Type == html.ElementNode && (n.Data == "div" || n.Data == "p")
}

// allBold reports whether the text of n is all inside one <strong> or <b> element (white
// space aside), or n is one: a label set in bold. The bold element may sit in inline
// wrappers ("<p><span><b>Examples</b></span></p>") and a colon may follow it
// ("<p><strong>Examples</strong>:</p>"), as editors write a label.
func allBold(n *html.Node) bool {
	if isBold(n) {
		return true
	}
	var bolds int
	var colon bool
	return boldOnly(n, &bolds, &colon) && bolds == 1
}

// isBold reports whether n is a <strong> or <b> element.
func isBold(n *html.Node) bool {
	return n.Type == html.ElementNode && (n.Data == "strong" || n.Data == "b")
}

// inlineWrappers are the inline elements a bold label may sit in (allBold).
var inlineWrappers = map[string]bool{"span": true, "a": true, "font": true, "u": true, "em": true, "i": true}

// boldOnly is allBold's walk of n's children: white space and line breaks, the bold
// elements (counted in bolds), one colon after the bold (colon), and inline wrappers
// holding only these.
func boldOnly(n *html.Node, bolds *int, colon *bool) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch t := strings.TrimSpace(c.Data); {
		case c.Type == html.CommentNode, c.Type == html.TextNode && t == "", c.Type == html.ElementNode && c.Data == "br":
		case c.Type == html.TextNode && (t == ":" || t == "：") && *bolds == 1 && !*colon:
			*colon = true
		case isBold(c) && !*colon:
			*bolds++
		case c.Type == html.ElementNode && inlineWrappers[c.Data]:
			if !boldOnly(c, bolds, colon) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

func isLastUpdated(t string) bool {
	_, ok := page.LastUpdated(t)
	return ok && len(t) < 80
}

func lastUpdatedValue(t string) string {
	if i := strings.IndexAny(t, ":："); i >= 0 {
		return strings.TrimSpace(strings.TrimLeft(t[i:], ":："))
	}
	return t
}

// list reads a list; the items of nested lists follow their parent item as items of their
// own, as the Markdown reader reads an indented list. An item that is a section's label
// (itemLabel: "<li><strong>Request parameters</strong></li>" over the table) starts that
// section: the items before it are a list of the section before, those after it one of
// the new section. A list whose items are all bold is a list of contents or of emphasis,
// not labels.
func (r *reader) list(n *html.Node) {
	lis := listItems(n)
	line, from := r.lines.of(n), 0
	contents := len(lis) > 1 && !slices.ContainsFunc(lis, func(li *html.Node) bool { return !allBold(li) })
	for i, li := range lis {
		if h, ok := r.itemLabel(li); ok && !contents {
			r.items(lis[from:i], line)
			r.section(2, h, r.lines.of(li))
			from, line = i+1, r.lines.of(li)
		}
	}
	r.items(lis[from:], line)
}

// itemLabel reports whether list item li is a section's label: its text all bold (allBold)
// and naming a section that what follows fits (page.BoldSection).
func (r *reader) itemLabel(li *html.Node) (string, bool) {
	if hasBlockChild(li) || !allBold(li) {
		return "", false
	}
	h, _, ok := page.BoldSection(page.WholeCode(inlineText(li)), r.sec.Kind,
		func() bool { return tableAhead(li) }, func() string { return nextText(li) })
	return h, ok
}

// items reads the list items lis of a list starting at line. A code block or a table in
// an item ends the list, as a fenced block indented under a Markdown item does: the item's
// text before it is an item (or, when the item writes it as blocks, "<li><p><b>Request
// parameters</b></p><table>", those blocks), the block and what follows it in the item
// are read as blocks, and the items after it start a new list.
func (r *reader) items(lis []*html.Node, line int) {
	var items []string
	if page.RowsOf(r.sec.Kind) != "rows" && !slices.ContainsFunc(lis, holdsBlock) {
		items, depths := paramItemsOf(lis, 0, nil, nil)
		if !slices.ContainsFunc(depths, func(d int) bool { return d > 0 }) {
			depths = nil
		}
		if len(items) > 0 {
			r.sec.Blocks = append(r.sec.Blocks, page.Block{Kind: page.List, Line: line, Items: items, Depths: depths, Nest: r.nested()})
		}
		return
	}
	flush := func() {
		if len(items) > 0 {
			r.sec.Blocks = append(r.sec.Blocks, page.Block{Kind: page.List, Line: line, Items: items, Nest: r.nested()})
		}
		items = nil
	}
	for _, c := range lis {
		if !holdsBlock(c) {
			for _, t := range listItem(c) {
				items = append(items, itemText(t))
			}
			continue
		}
		k := c.FirstChild
		for ; k != nil && !holdsBlock(k); k = k.NextSibling {
		}
		if lead := labelLead(c.FirstChild, k); lead != nil {
			flush()
			r.walk(lead)
		} else {
			for _, t := range itemLines(c.FirstChild, k, nil) {
				items = append(items, itemText(t))
			}
		}
		flush()
		for ; k != nil; k = k.NextSibling {
			r.walk(k)
		}
		line = r.lines.of(c)
	}
	flush()
}

// holdsBlock reports whether n is or holds a code block or a table: what a list item
// cannot hold as its text.
func holdsBlock(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	return n.Data == "pre" || n.Data == "table" || len(findAll(n, "pre")) > 0 || len(findAll(n, "table")) > 0
}

// labelLead returns the one node from first up to end (white space aside) when it is a
// block that is a section's label (isLabel: "<li><p><b>Request parameters</b></p><table>"),
// else nil.
func labelLead(first, end *html.Node) *html.Node {
	var lead *html.Node
	for c := first; c != end; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "", c.Type == html.CommentNode:
		case lead == nil && wholeBlock(c) && !hasBlockChild(c):
			lead = c
		default:
			return nil
		}
	}
	if lead == nil || !isLabel(lead) {
		return nil
	}
	return lead
}

// itemText is the text of a line of listItem: a list block keeps its items' text, the
// items of a list nested in one (indented) among them.
func itemText(l string) string {
	return strings.TrimPrefix(strings.TrimLeft(l, " "), "- ")
}

// paramItems appends the items of list n, a list of a parameter section, at depth to
// items, and their depths: an item's text on one line (or on lines of their own when its
// later lines are a card's keys: "<li>UserId<br>Type: String</li>"), then the items of the
// lists it holds a level deeper, so that cards nested in their parent's <li> nest
// (page.ReadCards). Lists held deeper in the item (in a <div>) follow at that level too.
func paramItems(n *html.Node, depth int, items []string, depths []int) ([]string, []int) {
	return paramItemsOf(listItems(n), depth, items, depths)
}

// listItems is the items (<li> children) of list n.
func listItems(n *html.Node) []*html.Node {
	var lis []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == "li" {
			lis = append(lis, c)
		}
	}
	return lis
}

// paramItemsOf is paramItems of the list items lis.
func paramItemsOf(lis []*html.Node, depth int, items []string, depths []int) ([]string, []int) {
	for _, li := range lis {
		var deeper []string
		var lists []*html.Node
		t := &textLines{lists: &deeper}
		for c := li.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && isListTag(c.Data) && c.Data != "dl" {
				lists = append(lists, c)
				continue
			}
			t.child(c)
		}
		t.flush()
		own := []string{collapse(strings.Join(t.lines, " "))}
		if len(t.lines) > 1 && slices.ContainsFunc(t.lines[1:], func(l string) bool { _, _, _, ok := page.CardKey(l); return ok }) {
			own = t.lines
		}
		for _, l := range own {
			if l != "" {
				items, depths = append(items, l), append(depths, depth)
			}
		}
		for _, l := range deeper {
			items, depths = append(items, itemText(l)), append(depths, depth+1)
		}
		for _, l := range lists {
			items, depths = paramItems(l, depth+1, items, depths)
		}
	}
	return items, depths
}

// code reads a <pre> sample; its language is named by the <pre> or <code> (a language-X or
// lang-X class, a bare json or xml class, a data-lang attribute), else by a caption just
// before it ("`XML` format"), else it is JSON when it looks like JSON.
func (r *reader) code(n *html.Node) {
	text := page.SampleBody(strings.Trim(textOf(n), "\n"))
	lang := ""
	for _, x := range append([]*html.Node{n}, findAll(n, "code")...) {
		if l := attr(x, "data-lang"); l != "" {
			lang = strings.ToLower(l)
		}
		for cls := range strings.FieldsSeq(attr(x, "class")) {
			if l, ok := strings.CutPrefix(cls, "language-"); ok {
				lang = strings.ToLower(l)
			} else if l, ok := strings.CutPrefix(cls, "lang-"); ok {
				lang = strings.ToLower(l)
			} else if l := strings.ToLower(cls); l == "json" || l == "xml" {
				lang = l // highlighters' bare class ("hljs json", "sourceCode xml")
			}
		}
	}
	if lang == "" {
		lang = r.lastLang
	}
	r.lastLang = ""
	r.sec.Blocks = append(r.sec.Blocks, page.Block{Kind: page.Code, Line: r.lines.of(n), Text: text, Lang: page.CodeLang(lang, text)})
}

// sectionTerms reads a <dl> whose terms are all section headings the lexicon knows and
// whose definitions hold blocks (a table, a sample, paragraphs), as some exports lay out
// a page's sections ("<dl><dt>Request parameters</dt><dd><table>…"): each term starts its
// section and its definition's blocks are read into it. It reports whether it did. A
// card's keys (<dt>Description</dt><dd>text</dd>) are inline text, and a term that is no
// heading ("Type") makes the list something else, and so does a list whose terms read as
// parameters, a name and a type ("<code>Authorization</code> (String, required)", or the
// type opening the <dd>: listEntries).
func (r *reader) sectionTerms(n *html.Node) bool {
	terms := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "", c.Type == html.CommentNode:
		case c.Type != html.ElementNode:
			return false
		case c.Data == "dt":
			if k, ok := page.ClassifyHeading(lineText(c)); !ok || k == page.Other {
				return false
			}
			terms++
		case c.Data == "dd":
			if !hasBlockChild(c) {
				return false
			}
		default:
			return false
		}
	}
	if _, params := listEntries(n, 0, nil); terms == 0 || params {
		return false // params: parameters named by heading words ("Authorization (String, required)")
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type != html.ElementNode:
		case c.Data == "dt":
			r.section(2, lineText(c), r.lines.of(c))
		default:
			r.nest++
			for k := c.FirstChild; k != nil; k = k.NextSibling {
				r.walk(k)
			}
			r.nest--
		}
	}
	return true
}

// cardKeys reads a <dl> in a parameter section whose terms are a card's keys, most of
// them keys the lexicon knows and a Type key among them (<dt>Type</dt><dd>String</dd>,
// page.CardKey), as the key lines of a card, a list of "Type: String" items, and reports
// whether it did; a term the lexicon does not know is a key of the card's description.
func (r *reader) cardKeys(n *html.Node) bool {
	if !r.sec.Kind.HoldsParams() {
		return false
	}
	var items []string
	typed, known := false, 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type != html.ElementNode:
		case c.Data == "dt":
			item := lineText(c) + ": "
			col, _, _, ok := page.CardKey(item)
			typed = typed || col == page.ColType
			if ok {
				known++
			}
			items = append(items, item)
		case c.Data == "dd" && len(items) > 0:
			items[len(items)-1] = strings.TrimSpace(items[len(items)-1] + " " + lineText(c))
		default:
			return false
		}
	}
	if !typed || 2*known <= len(items) {
		return false
	}
	r.sec.Blocks = append(r.sec.Blocks, page.Block{Kind: page.List, Line: r.lines.of(n), Items: items, Nest: r.nested()})
	return true
}

// definitions turns <dl><dt>term<dd>definition into a two-column table.
func (r *reader) definitions(n *html.Node) {
	t := &page.Table{Line: r.lines.of(n), Header: []string{"Term", "Definition"}}
	t.Columns = page.ClassifyColumns(t.Header)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.Data {
		case "dt":
			t.Rows = append(t.Rows, page.Row{Line: r.lines.of(c), Cells: []string{lineText(c), ""}, Depth: -1})
		case "dd":
			if len(t.Rows) == 0 {
				t.Rows = append(t.Rows, page.Row{Line: r.lines.of(c), Cells: []string{"", ""}, Depth: -1})
			}
			last := &t.Rows[len(t.Rows)-1]
			last.Cells[1] = strings.TrimSpace(strings.TrimSpace(last.Cells[1]+"\n") + cellText(c))
		}
	}
	r.sec.Blocks = append(r.sec.Blocks, page.Block{Kind: page.TableBlock, Line: t.Line, Table: t})
}

func (r *reader) table(n *html.Node) {
	rows := tableRows(n)
	if len(rows) == 0 {
		return
	}
	if layoutTable(rows) {
		r.layoutCells(rows)
		return
	}
	r.captionSection(n)
	t, start, title := header(rows)
	if title != nil {
		r.titleSection(title)
	}
	t.Line = r.lines.of(n)
	r.p.NamesFirst(t)
	width := t.Width() // rows may stop before blank header cells at the end
	shown := false
	// carry holds, by column, a cell spanning rows below its own (rowspan): those rows get
	// its text in that column.
	carry := map[int]spanned{}
	indents := map[int]float64{} // row index -> indentation of its name cell (indentOf)
	marked := map[int]bool{}     // row index -> its name carries a required mark (page.RequiredMark)
	nameAt := t.NameCol()        // depth and marks are read in the names, wherever they stand
	reqAt := t.Col(page.ColRequired)
	descAt := t.Col(page.ColDescription)
	for _, tr := range rows[start:] {
		cs := cells(tr)
		subs := nestedParamTables(tr, holdsFields(cs, t.Col(page.ColType)))
		if r.sec.Kind.HoldsParams() && carry[nameAt].left > 0 && len(t.Rows) > 0 {
			// the name cell above spans this row: the same parameter, written on two rows
			continueRow(t, cs, carry)
			for _, sub := range subs {
				t.Rows = append(t.Rows, r.nestedRows(sub, t.Columns, t.Rows[len(t.Rows)-1].Depth+1)...)
				shown = true
			}
			continue
		}
		row := page.Row{Line: r.lines.of(tr), Depth: 0}
		for col, next := 0, 0; next < len(cs) || carry[col].left > 0; col++ {
			if sp := carry[col]; sp.left > 0 {
				row.Cells = append(row.Cells, sp.text)
				sp.left--
				carry[col] = sp
				continue
			}
			c := cs[next]
			next++
			text := page.WholeCode(cellText(c))
			if col == reqAt && text == "" {
				text = iconText(c) // an icon with no text alternative
			}
			if col == nameAt {
				d, name, ok := depthOf(tr, c, text)
				if ok {
					shown = true
				}
				if in, ok := indentOf(tr, c); ok {
					indents[len(t.Rows)] = in
				}
				row.Depth, text = d, name
			}
			span := 1
			if len(cs) > 1 {
				// a cell spanning columns ("<td colspan=\"2\">Integer</td>") fills them:
				// the cells after it stand in their own columns
				span = max(min(spans(c), len(t.Header)-col), 1)
			}
			at := spanTarget(col, span, descAt)
			if col == nameAt {
				at = col // a name spanning the description's column stays the name
			}
			down := rowSpan(c)
			for k := col; k < col+span; k++ {
				s := ""
				if k == at {
					s = text
				}
				row.Cells = append(row.Cells, s)
				if down > 1 {
					// the rows below hold the cell in every column it covers, as this one
					carry[k] = spanned{text: s, left: down - 1}
				}
			}
			col += span - 1
		}
		if allEmpty(row.Cells) {
			if len(subs) > 0 {
				// a row that holds only a table of the fields of the row above it
				// ("<tr><td colspan=\"4\"><table>…", or under an empty name cell)
				depth := 0
				if len(t.Rows) > 0 {
					depth = t.Rows[len(t.Rows)-1].Depth + 1
				}
				for _, sub := range subs {
					t.Rows = append(t.Rows, r.nestedRows(sub, t.Columns, depth)...)
				}
				shown = true
			}
			continue
		}
		if r.sec.Kind.HoldsParams() && nameAt < len(row.Cells) {
			if name, ok := page.RequiredMark(row.Cells[nameAt]); ok {
				row.Cells[nameAt], marked[len(t.Rows)] = name, true
			}
		}
		switch {
		case len(row.Cells) < len(t.Header):
			if len(row.Cells) < width && !(len(row.Cells) == 1 && spans(cs[0]) >= len(t.Header)) {
				r.p.Warn(row.Line, "table row has %d cells, the header has %d: missing cells left empty", len(row.Cells), len(t.Header))
			}
			row.Cells = append(row.Cells, make([]string, len(t.Header)-len(row.Cells))...)
		case len(row.Cells) > len(t.Header):
			kind, lost := page.ExtraCells(page.RowsOf(r.sec.Kind), row.Cells, len(t.Header))
			r.p.WarnAs(kind, row.Line, "%stable row has %d cells, the header has %d: extra cells dropped",
				lost, len(row.Cells), len(t.Header))
			row.Cells = row.Cells[:len(t.Header)]
		}
		t.Rows = append(t.Rows, row)
		for _, sub := range subs {
			shown = true
			t.Rows = append(t.Rows, r.nestedRows(sub, t.Columns, row.Depth+1)...)
		}
	}
	page.MarkRequired(t, marked)
	switch {
	case shown:
		page.TopLevelZero(t.Rows)
	case len(indents) > 0:
		// one indent on every row (cells padded alike) shows no nesting
		shown = page.IndentLevels(t.Rows, indents) > 1
	}
	if !shown {
		for i := range t.Rows {
			t.Rows[i].Depth = -1
		}
	}
	r.sec.Blocks = append(r.sec.Blocks, page.Block{Kind: page.TableBlock, Line: t.Line, Table: t})
	r.footer(n)
}

// footer reads the rows of a table's <tfoot> ("* required", a note on the table) as
// paragraphs after it: a footer holds no rows of the table (tableRows).
func (r *reader) footer(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.Data != "tfoot" {
			continue
		}
		for tr := c.FirstChild; tr != nil; tr = tr.NextSibling {
			if tr.Type != html.ElementNode || tr.Data != "tr" {
				continue
			}
			var texts []string
			for _, td := range cells(tr) {
				if t := inlineText(td); t != "" {
					texts = append(texts, t)
				}
			}
			if t := strings.Join(texts, " "); t != "" {
				r.sec.Blocks = append(r.sec.Blocks, page.Block{Kind: page.Paragraph, Line: r.lines.of(tr), Text: t, Nest: r.nested()})
			}
		}
	}
}

// layoutTable reports whether a table lays out a page's blocks rather than listing rows:
// no cell of its first row is a column the lexicon knows, no row is a header
// (page.IsHeaderRow) or a parameter's (a cell a type word), and a cell holds a table or a
// code block ("<tr><td><strong>Request parameters</strong></td></tr><tr><td><table>…"),
// or the table is one column headed by a section's bold label (isLabel:
// "<tr><td><b>Debugging</b></td></tr><tr><td><p>…").
func layoutTable(rows []*html.Node) bool {
	if len(rows) == 0 {
		return false
	}
	for _, c := range cells(rows[0]) {
		if page.ClassifyColumn(lineText(c)) != page.ColOther {
			return false
		}
	}
	blocks, column := false, true
	for _, tr := range rows {
		cs := cells(tr)
		var texts []string
		for _, c := range cs {
			texts = append(texts, lineText(c))
			blocks = blocks || len(findAll(c, "table")) > 0 || len(findAll(c, "pre")) > 0
		}
		if page.IsHeaderRow(texts) || len(cs) > 1 && slices.ContainsFunc(texts, page.IsType) {
			return false // a header, or a parameter's row (a table without header)
		}
		column = column && len(cs) == 1
	}
	first := cells(rows[0])
	return blocks || column && len(rows) > 1 && allBold(first[0]) && isLabel(first[0])
}

// layoutCells reads the cells of a layout table (layoutTable) in order as the blocks they
// hold; a cell of inline text is a paragraph (or a section's label, paragraph).
func (r *reader) layoutCells(rows []*html.Node) {
	r.nest++
	for _, tr := range rows {
		for _, c := range cells(tr) {
			if !hasBlockChild(c) {
				if t := r.inline(c); t != "" {
					r.paragraph(c, t)
				}
				continue
			}
			for k := c.FirstChild; k != nil; k = k.NextSibling {
				r.walk(k)
			}
		}
	}
	r.nest--
}

// continueRow adds the cells cs of a row under a name cell that spans it (rowspan) to the
// last row of t, the parameter it continues: each cell's text to its column's, a cell
// spanning columns (colspan) that covers the description to the description's ("Valid
// values: …" under the row's own cells). The cells spanning from above (carry) count
// their columns once more.
func continueRow(t *page.Table, cs []*html.Node, carry map[int]spanned) {
	prev := &t.Rows[len(t.Rows)-1]
	desc, next := t.Col(page.ColDescription), 0
	for col := 0; col < len(prev.Cells); col++ {
		if sp := carry[col]; sp.left > 0 {
			sp.left--
			carry[col] = sp
			continue
		}
		if next == len(cs) {
			continue
		}
		c := cs[next]
		next++
		span := max(spans(c), 1)
		target := spanTarget(col, span, desc)
		if text := page.WholeCode(cellText(c)); text != "" {
			prev.Cells[target] = strings.TrimSpace(prev.Cells[target] + "\n" + text)
		}
		col += span - 1
	}
}

// spanTarget returns the column, of the span columns from col that a cell spanning them
// (colspan) covers, that takes its text: the description's where it is among them (desc; a
// description spanning the Example's column where the row has none, whichever comes
// first), else the first.
func spanTarget(col, span, desc int) int {
	if desc >= col && desc < col+span {
		return desc
	}
	return col
}

func allEmpty(cs []string) bool {
	for _, c := range cs {
		if c != "" {
			return false
		}
	}
	return true
}

// spanned is a cell's text and the number of rows below it that it still spans.
type spanned struct {
	text string
	left int
}

// rowSpan is a cell's rowspan, 1 when it has none; at most 1000 (a bound on bad input).
func rowSpan(n *html.Node) int {
	v, err := strconv.Atoi(attr(n, "rowspan"))
	if err != nil || v < 1 {
		return 1
	}
	return min(v, 1000)
}

func spans(n *html.Node) int {
	v, err := strconv.Atoi(attr(n, "colspan"))
	if err != nil {
		return 1
	}
	return v
}

// tableRows lists the table's own rows (not those of nested tables, nor its <tfoot>'s, a
// note: footer), thead first.
func tableRows(t *html.Node) []*html.Node {
	var out []*html.Node
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.Data {
			case "tr":
				out = append(out, c)
			case "thead", "tbody":
				visit(c)
			}
		}
	}
	visit(t)
	return out
}

func cells(tr *html.Node) []*html.Node {
	var out []*html.Node
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.Data == "td" || c.Data == "th") {
			out = append(out, c)
		}
	}
	return out
}

// header reads a table's header from its rows: the first row when it is shaped as a header
// (isHeaderRow) or rows follow it, its columns classified; start is the index of the first
// row below the header.
// A row of one cell over a row of more is the table's title ("<th colspan="5">Request
// parameters</th>" in the <thead> above the column names): title is its text, and the
// header is the row below it.
func header(rows []*html.Node) (t *page.Table, start int, title *html.Node) {
	t = &page.Table{}
	if len(rows) > 1 {
		if cs := cells(rows[0]); len(cs) == 1 && len(cells(rows[1])) > 1 {
			title, rows, start = cs[0], rows[1:], 1
		}
	}
	if names, n := spannedHeader(rows); n > 1 && isHeaderRow(rows[0]) {
		t.Header, start = names, start+n
	} else if implied := impliedHeader(rows); implied != nil {
		t.Header = implied
	} else if len(rows) > 0 && (isHeaderRow(rows[0]) || len(rows) > 1) {
		for _, c := range cells(rows[0]) {
			t.Header = append(t.Header, lineText(c))
		}
		start++
	}
	t.Columns = page.ClassifyColumns(t.Header)
	return t, start, title
}

// impliedHeader is the header of a parameter table that has none, as Redoc draws one
// (the name cell, a "required" under it, beside a cell that opens with the type, the
// description under it): every row of two or three cells, the first a name (one word: a
// parameter's, "*", "(body)"), the last but the name's opening with a type or (of three)
// the middle one a type in every row, and no cell of the first row a column's name. nil
// for any other table.
func impliedHeader(rows []*html.Node) []string {
	if len(rows) == 0 || isHeaderRow(rows[0]) {
		return nil
	}
	width := len(cells(rows[0]))
	if width < 2 || width > 3 {
		return nil
	}
	for _, tr := range rows {
		cs := cells(tr)
		if len(cs) != width {
			return nil
		}
		name, _, _ := strings.Cut(cellText(cs[0]), "\n")
		_, name = page.TreeDepth(name) // a nested row's "└ Name"
		name = page.WholeCode(strings.TrimSpace(name))
		first, _, _ := strings.Cut(cellText(cs[1]), "\n")
		if f := strings.Fields(first); name == "" || strings.ContainsAny(name, " \t") || len(f) == 0 ||
			width == 3 && !page.IsType(first) || width == 2 && !page.IsType(page.WholeCode(f[0])) && !page.IsType(first) {
			return nil
		}
	}
	if width == 3 {
		return []string{"Parameter", "Type", "Description"}
	}
	return []string{"Parameter", "Description"}
}

// spannedHeader reads a header written over n rows because its cells span them: in the
// first row a cell spans rows (rowspan) and rows follow ("Parameter" spanning two rows
// beside "Constraints" spanning the columns of "Required | Default" in the row below).
// Each column is named by its lowest cell. n is 1 (names nil) for a header of one row.
func spannedHeader(rows []*html.Node) (names []string, n int) {
	if len(rows) < 2 {
		return nil, 1
	}
	n = 1
	for _, c := range cells(rows[0]) {
		n = max(n, min(rowSpan(c), len(rows)))
	}
	if n == 1 {
		return nil, 1
	}
	left := map[int]int{} // column -> rows below still spanned by a cell above
	for _, tr := range rows[:n] {
		col := 0
		for _, c := range cells(tr) {
			for left[col] > 0 {
				col++
			}
			for k := 0; k < min(max(spans(c), 1), 100); k++ {
				for len(names) <= col {
					names = append(names, "")
				}
				names[col], left[col] = lineText(c), rowSpan(c)
				col++
			}
		}
		for c := range left {
			left[c]--
		}
	}
	return names, n
}

func isHeaderRow(tr *html.Node) bool {
	if tr.Parent != nil && tr.Parent.Data == "thead" {
		return true
	}
	cs := cells(tr)
	th := len(cs) > 0
	texts := make([]string, len(cs))
	for i, c := range cs {
		th = th && c.Data == "th"
		texts[i] = lineText(c)
	}
	// a parameter table's header in <td> cells, over no rows (an empty response table)
	return th || page.IsHeaderRow(texts)
}
