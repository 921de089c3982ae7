package docs

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// FuzzCell: whatever the documentation says, a cell made with Cell (and one made with
// CellCode) stays one cell of one row, and nothing in it becomes markup other than the <br>
// Cell writes for line breaks: no emphasis, link, image, HTML or strikethrough.
func FuzzCell(f *testing.F) {
	for _, s := range []string{nasty, "a|b", "`x`", "<br>", "**b**", "[l](http://x)", "x\\|y", "~~s~~", "a\n\nb", "&amp;", "_u_", "``"} {
		f.Add(s)
	}
	md := newMarkdown()
	f.Fuzz(func(t *testing.T, s string) {
		src := "| A | B | C |\n|---|---|---|\n| x | " + Cell(s) + " | " + CellCode(s) + " |\n"
		doc := md.Parser().Parse(text.NewReader([]byte(src)))
		tables, rows := 0, 0
		err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if !entering {
				return ast.WalkContinue, nil
			}
			switch n := n.(type) {
			case *east.Table:
				tables++
			case *east.TableRow:
				rows++
				if n.ChildCount() != 3 {
					t.Errorf("row has %d cells\n%s", n.ChildCount(), src)
				}
			case *ast.Emphasis, *ast.Link, *ast.Image, *ast.AutoLink, *east.Strikethrough, *ast.HTMLBlock:
				t.Errorf("%s node from %q\n%s", n.Kind(), s, src)
			case *ast.RawHTML:
				var b strings.Builder
				for i := 0; i < n.Segments.Len(); i++ {
					seg := n.Segments.At(i)
					b.Write(seg.Value([]byte(src)))
				}
				if b.String() != "<br>" {
					t.Errorf("raw HTML %q from %q", b.String(), s)
				}
			}
			return ast.WalkContinue, nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if tables != 1 || rows != 1 {
			t.Errorf("%d tables, %d body rows from %q\n%s", tables, rows, s, src)
		}
		// The reader sees the text itself: compare the cells' HTML with the input.
		var out bytes.Buffer
		if err := md.Renderer().Render(&out, []byte(src), doc); err != nil {
			t.Fatal(err)
		}
		tds := tdRE.FindAllStringSubmatch(out.String(), -1)
		if len(tds) != 3 {
			t.Fatalf("%d body cells in %s", len(tds), out.String())
		}
		var lines []string
		for _, para := range paragraphs(s) {
			lines = append(lines, strings.Join(para, "\n"))
		}
		wantText := strings.Join(lines, "\n\n")
		if got := html.UnescapeString(strings.ReplaceAll(tds[1][1], "<br>", "\n")); got != wantText {
			t.Errorf("Cell(%q) reads %q, want %q", s, got, wantText)
		}
		wantCode := strings.Join(strings.Fields(normalizeNewlines(s)), " ")
		gotCode := tds[2][1]
		if wantCode != "" {
			if !strings.HasPrefix(gotCode, "<code>") || !strings.HasSuffix(gotCode, "</code>") {
				t.Fatalf("CellCode(%q) is not a code span: %q", s, gotCode)
			}
			gotCode = strings.TrimSuffix(strings.TrimPrefix(gotCode, "<code>"), "</code>")
		}
		if got := html.UnescapeString(gotCode); got != wantCode {
			t.Errorf("CellCode(%q) reads %q, want %q", s, got, wantCode)
		}
	})
}

var tdRE = regexp.MustCompile(`(?s)<td>(.*?)</td>`)

// FuzzText: prose made with Text never adds headings, thematic breaks, code blocks, quotes,
// ordered lists, tables, HTML, links or emphasis to the page; dash bullets may stay lists.
func FuzzText(f *testing.F) {
	for _, s := range []string{nasty, "# h", "a\n===", "---", "> q", "1. x", "    code", "```\nx\n```", "a | b\n---|---\nc | d", "<div>", "- a\n- b", "+ x", "***", "- # h", "- > q", "- 1. x", "-     code", "- - - -", "- ---"} {
		f.Add(s)
	}
	md := newMarkdown()
	f.Fuzz(func(t *testing.T, s string) {
		src := "# Title\n\n" + Text(s) + "\n\n## After\n"
		doc := md.Parser().Parse(text.NewReader([]byte(src)))
		headings := 0
		err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if !entering {
				return ast.WalkContinue, nil
			}
			switch n := n.(type) {
			case *ast.Heading:
				headings++
			case *ast.ThematicBreak, *ast.CodeBlock, *ast.FencedCodeBlock, *ast.Blockquote, *east.Table,
				*ast.HTMLBlock, *ast.RawHTML, *ast.Emphasis, *ast.Link, *ast.Image, *ast.AutoLink, *east.Strikethrough:
				t.Errorf("%s node from %q\n%s", n.Kind(), s, src)
			case *ast.List:
				if n.IsOrdered() || n.Marker != '-' {
					t.Errorf("list %q from %q\n%s", n.Marker, s, src)
				}
			}
			return ast.WalkContinue, nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if headings != 2 {
			t.Errorf("%d headings from %q\n%s", headings, s, src)
		}
	})
}
