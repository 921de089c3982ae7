package docs

import (
	"bytes"
	"fmt"
	stdhtml "html"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// mdTable is one table as goldmark parsed it.
type mdTable struct {
	heading string // text of the nearest heading above it
	cols    int    // header cells
	rows    int    // body rows
}

// mdPage is what the checks learn from one parsed page.
type mdPage struct {
	headings []string // "## Request parameters", level as #s
	tables   []mdTable
	html     string
}

func (p mdPage) table(heading string) (mdTable, bool) {
	for _, t := range p.tables {
		if t.heading == heading {
			return t, true
		}
	}
	return mdTable{}, false
}

func newMarkdown() goldmark.Markdown {
	// Unsafe keeps raw HTML in the HTML output, so a test sees any that slipped through.
	return goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(html.WithUnsafe()))
}

// inlineText is the text of a node's inline children as a reader sees it: escapes and
// entities resolved.
func inlineText(n ast.Node, src []byte) string {
	return stdhtml.UnescapeString(string(util.UnescapePunctuations([]byte(rawInlineText(n, src)))))
}

// rawInlineText is the source text of a node's inline children.
func rawInlineText(n ast.Node, src []byte) string {
	var b strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Value(src))
		case *ast.String:
			b.Write(c.Value)
		default:
			b.WriteString(rawInlineText(c, src))
		}
	}
	return b.String()
}

// parseMarkdown parses src with goldmark (GFM) and checks what every generated page owes:
// every row of every table has the header's column count, both in the AST and in the raw
// line (so no cell was dropped or merged); every line that starts with a pipe outside a code
// block belongs to a table; the only raw HTML is <br>; links go to https pages or local .md
// files; there is exactly one h1.
func parseMarkdown(t *testing.T, name string, src []byte) mdPage {
	t.Helper()
	md := newMarkdown()
	doc := md.Parser().Parse(text.NewReader(src))
	var page mdPage
	heading := ""
	tableLines := 0
	h1 := 0
	err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			heading = inlineText(n, src)
			page.headings = append(page.headings, strings.Repeat("#", n.Level)+" "+heading)
			if n.Level == 1 {
				h1++
			}
		case *east.Table:
			tb := mdTable{heading: heading}
			for r := n.FirstChild(); r != nil; r = r.NextSibling() {
				cells := r.ChildCount()
				if _, ok := r.(*east.TableHeader); ok {
					tb.cols = cells
					continue
				}
				tb.rows++
				if cells != tb.cols {
					return ast.WalkStop, fmt.Errorf("table under %q: row %d has %d cells, header %d", heading, tb.rows, cells, tb.cols)
				}
			}
			if len(n.Alignments) != tb.cols {
				return ast.WalkStop, fmt.Errorf("table under %q: %d alignments for %d columns", heading, len(n.Alignments), tb.cols)
			}
			tableLines += tb.rows + 2 // header and delimiter rows
			page.tables = append(page.tables, tb)
		case *ast.RawHTML:
			var b strings.Builder
			for i := 0; i < n.Segments.Len(); i++ {
				seg := n.Segments.At(i)
				b.Write(seg.Value(src))
			}
			if b.String() != "<br>" {
				return ast.WalkStop, fmt.Errorf("raw HTML %q under %q", b.String(), heading)
			}
		case *ast.HTMLBlock:
			if n.PreviousSibling() == nil && n.Parent() != nil && n.Parent().Kind() == ast.KindDocument &&
				n.Lines().Len() == 1 && func() bool { seg := n.Lines().At(0); return strings.TrimSpace(string(seg.Value(src))) == Header }() {
				return ast.WalkSkipChildren, nil // the generated marker, first line of the file
			}
			return ast.WalkStop, fmt.Errorf("HTML block under %q", heading)
		case *ast.Link:
			dest := string(n.Destination)
			if !strings.HasPrefix(dest, "https://") && !strings.HasPrefix(dest, "http://") &&
				(strings.Contains(dest, ":") || !strings.HasSuffix(dest, ".md")) {
				return ast.WalkStop, fmt.Errorf("link to %q under %q", dest, heading)
			}
		case *ast.AutoLink:
			if u := string(n.URL(src)); !strings.HasPrefix(u, "http") {
				return ast.WalkStop, fmt.Errorf("autolink to %q under %q", u, heading)
			}
		}
		return ast.WalkContinue, nil
	})
	if err != nil {
		t.Errorf("%s: %v", name, err)
	}
	if h1 != 1 {
		t.Errorf("%s: %d level-1 headings, want 1", name, h1)
	}
	// Raw lines: each run of pipe lines outside fences is one table whose every line has
	// as many unescaped pipes as the header (goldmark silently drops surplus cells, so the
	// AST alone would not notice a pipe that split a cell).
	pipeLines, fence := 0, ""
	var blocks []int // column count of each run of pipe lines
	inBlock := false
	for i, line := range strings.Split(string(src), "\n") {
		if fence != "" {
			if closesFence(line, fence) {
				fence = ""
			}
			inBlock = false
			continue
		}
		if fence = opensFence(line); fence != "" || !strings.HasPrefix(line, "|") {
			inBlock = false
			continue
		}
		pipeLines++
		cells := unescapedPipes(line) - 1
		if !inBlock {
			blocks = append(blocks, cells)
			inBlock = true
		} else if want := blocks[len(blocks)-1]; cells != want {
			t.Errorf("%s:%d: row has %d cells, its table %d: %q", name, i+1, cells, want, line)
		}
		if !strings.HasSuffix(line, "|") || strings.HasSuffix(line, `\|`) {
			t.Errorf("%s:%d: table row does not end with a pipe: %q", name, i+1, line)
		}
	}
	if pipeLines != tableLines {
		t.Errorf("%s: %d lines start with a pipe, but tables hold %d rows: some did not render as tables", name, pipeLines, tableLines)
	}
	if len(blocks) != len(page.tables) {
		t.Errorf("%s: %d runs of pipe lines, %d tables", name, len(blocks), len(page.tables))
	} else {
		for i, tb := range page.tables {
			if blocks[i] != tb.cols {
				t.Errorf("%s: table %d under %q: source rows have %d cells, goldmark read %d", name, i+1, tb.heading, blocks[i], tb.cols)
			}
		}
	}
	var buf bytes.Buffer
	if err := md.Renderer().Render(&buf, src, doc); err != nil {
		t.Fatalf("%s: render HTML: %v", name, err)
	}
	page.html = buf.String()
	return page
}

// TestMarkdownValid parses every page of every fixture and checks structure: the headings
// each page must have and the row and column counts of its tables.
func TestMarkdownValid(t *testing.T) {
	for fx := range fixtures() {
		sink := render(t, fx)
		for _, n := range sink.names() {
			p := parseMarkdown(t, fx+"/"+n, sink.files[n])
			want := []string{"## Operations"}
			if n != IndexFile {
				want = []string{"## Go", "## Request parameters", "## Response", "## RAM authorization",
					"## Error codes", "## Change history", "## Source"}
			}
			for _, h := range want {
				if !contains(p.headings, h) {
					t.Errorf("%s/%s: no heading %q in %q", fx, n, h, p.headings)
				}
			}
		}
	}
}

// unescapedPipes counts the pipes of a line that a backslash does not escape.
func unescapedPipes(line string) int {
	n, esc := 0, false
	for i := 0; i < len(line); i++ {
		switch {
		case esc:
			esc = false
		case line[i] == '\\':
			esc = true
		case line[i] == '|':
			n++
		}
	}
	return n
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestMarkdownTables pins the shape of tables whose row counts follow from the fixtures:
// nested parameters and response fields each get a row, groups get one table each.
func TestMarkdownTables(t *testing.T) {
	cases := []struct {
		fixture, file, heading string
		cols, rows             int
	}{
		{"rpc-grouped", "README.md", "Instances", 2, 3},
		{"rpc-grouped", "README.md", "Tags", 2, 1},
		{"rpc-grouped", "README.md", "Other", 2, 1},
		{"rpc-grouped", "CreateInstance.md", "Request parameters", 7, 9}, // Tag[] + Key + Value, UserIds without item row
		{"rpc-grouped", "CreateInstance.md", "RAM authorization", 6, 1},
		{"rpc-grouped", "CreateInstance.md", "Error codes", 4, 2},
		{"rpc-grouped", "CreateInstance.md", "Change history", 2, 1},
		{"rpc-grouped", "GetInstance.md", "Response", 5, 9},
		{"roa-bearer", "README.md", "Operations", 2, 3},
		{"roa-bearer", "CreateGroup.md", "Request parameters", 7, 11},
		{"hostile", "README.md", "Group | one", 2, 2},
		{"hostile", "README.md", "# Group two", 2, 2},
		{"hostile", "Weird_Op_Name.md", "Request parameters", 7, 6}, // recursion stops at tree.children[]
		{"hostile", "Weird_Op_Name.md", "Response", 4, 2},
		{"hostile", "Weird_Op_Name.md", "RAM authorization", 6, 1},
	}
	pages := map[string]mdPage{}
	for _, c := range cases {
		key := c.fixture + "/" + c.file
		p, ok := pages[key]
		if !ok {
			sink := render(t, c.fixture)
			src, ok := sink.files[c.file]
			if !ok {
				t.Errorf("%s: not rendered", key)
				continue
			}
			p = parseMarkdown(t, key, src)
			pages[key] = p
		}
		tb, ok := p.table(c.heading)
		if !ok {
			t.Errorf("%s: no table under %q (tables: %+v)", key, c.heading, p.tables)
			continue
		}
		if tb.cols != c.cols || tb.rows != c.rows {
			t.Errorf("%s: table under %q is %d cols × %d rows, want %d × %d", key, c.heading, tb.cols, tb.rows, c.cols, c.rows)
		}
	}
	// The index lists no table under "Empty group".
	if _, ok := pages["hostile/README.md"].table("Empty group"); ok {
		t.Error("hostile/README.md: a table under the empty group")
	}
}

// TestHostileLiteral checks that hostile documentation text reaches the reader literally:
// goldmark's HTML holds the escaped script, the literal pipes and backticks inside code
// spans, and no link to javascript:.
func TestHostileLiteral(t *testing.T) {
	sink := render(t, "hostile")
	p := parseMarkdown(t, "hostile", sink.files["Weird_Op_Name.md"])
	for _, want := range []string{
		"<h1>Weird|Op`Name: Title with | pipe and `code`</h1>",
		"<code>acs:svc:*:*:thing/`x`|y</code>",
		"<code>a|b</code>: pipe | value<br>",
		"<code>`tick`</code>: line<br>break",
		"<code>``` |</code>",
		"<code>id|x</code>",
		"a | b `c` &lt;script&gt;alert(1)&lt;/script&gt; *em* _u_ [x](javascript:alert(1)) &amp; &amp;amp; ~~s~~ \\ end",
		"<td>&lt;b&gt;bold&lt;/b&gt;</td>",
		"<code class=\"language-json\">{&quot;fence&quot;: &quot;```&quot;, &quot;pipe&quot;: &quot;a|b&quot;}\n````\n</code>",
		"<li>Page: javascript:alert(1)</li>",
	} {
		if !strings.Contains(p.html, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	for _, bad := range []string{"<script>", "<b>", `href="javascript`, "<em>", "<del>", "<h1>not a heading", "<hr>", "<ol>"} {
		if strings.Contains(p.html, bad) {
			t.Errorf("HTML holds %q: documentation text became markup", bad)
		}
	}
	if !strings.Contains(p.html, "<li>real bullet</li>") {
		t.Error("a dash bullet of the docs no longer renders as a list")
	}
}
