package scrape

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/page"
)

// TestOverviewForms renders each overview page of ../shared/corpus/overviews in the other
// forms the same overview takes on real sites (HTML as the help centre renders it, the
// Markdown perturbed, the text dumps' pipe, pipe-row and cells layouts with the product line
// they carry, Chinese headings, operations listed as bullet or link lists instead of tables)
// and requires the operation list of the manifest, in order, from each; a form that loses
// operations must at least warn naming each one it loses. Skips when the corpus is absent.
func TestOverviewForms(t *testing.T) {
	corpus := filepath.Join(repoRoot(t), "..", "shared", "corpus", "overviews")
	var entries []struct {
		File, Product, Version string
		Operations             []string
	}
	if !readJSON(t, filepath.Join(corpus, "manifest.json"), &entries) {
		t.Skip("../shared/corpus/overviews is absent")
	}
	for _, e := range entries {
		src := string(readFileT(t, filepath.Join(corpus, e.File)))
		doc := parseOverviewMD(src)
		for _, f := range overviewForms {
			t.Run(strings.TrimSuffix(e.File, ".md")+"/"+f.name, func(t *testing.T) {
				text := f.render(doc, e.Product, e.Version)
				res, err := extractText(f.file, text)
				if err != nil {
					t.Fatalf("%v\n%s", err, head(text, 1500))
				}
				got := overviewNames(res)
				if !slices.Equal(got, e.Operations) {
					var unwarned []string
					for _, op := range e.Operations {
						if !slices.Contains(got, op) && !warnsAbout(res.Warnings, op) {
							unwarned = append(unwarned, op)
						}
					}
					t.Errorf("got %d operations, the page lists %d; %d lost without a warning: %v",
						len(got), len(e.Operations), len(unwarned), head(fmt.Sprint(unwarned), 200))
					if testing.Verbose() {
						t.Logf("got: %v\nwarnings: %v\n%s", got, head(fmt.Sprint(res.Warnings), 1500), head(text, 1500))
					}
				}
				if f.facts && (!strings.EqualFold(res.Product, e.Product) || res.Version != e.Version || res.Style != "RPC") {
					t.Errorf("product %q version %q style %q, want %s %s RPC", res.Product, res.Version, res.Style, e.Product, e.Version)
				}
			})
		}
	}
}

// readFileT reads a file or fails the test.
func readFileT(t *testing.T, file string) []byte {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// extractText reads and extracts one page given as text, returning the error.
func extractText(file, src string) (*extract.Result, error) {
	r, err := builtinFormats().readerFor(file, []byte(src))
	if err != nil {
		return nil, err
	}
	p, err := r.Read(file, []byte(src))
	if err != nil {
		return nil, err
	}
	return extract.Page(p)
}

func head(s string, n int) string {
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}

func warnsAbout(ws []page.Warning, name string) bool {
	for _, w := range ws {
		if strings.Contains(fmt.Sprint(w), name) {
			return true
		}
	}
	return false
}

// kindOf returns the warnings of one kind.
func kindOf(ws []page.Warning, k page.WarnKind) []page.Warning {
	var out []page.Warning
	for _, w := range ws {
		if w.Kind == k {
			out = append(out, w)
		}
	}
	return out
}

// ovBlock is a block of an overview page: a heading (level > 0), a paragraph, or a table
// whose rows keep the cells as the page writes them (rows under a spanning category cell
// lack it).
type ovBlock struct {
	level  int
	text   string
	header []string
	rows   [][]string
}

// parseOverviewMD splits a Markdown overview into headings, paragraphs and tables.
func parseOverviewMD(src string) []ovBlock {
	lines := strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n")
	var out []ovBlock
	for i := 0; i < len(lines); i++ {
		trim := strings.TrimSpace(lines[i])
		if trim == "" {
			continue
		}
		if strings.HasPrefix(trim, "|") {
			// overview tables have one-line rows; a row under a spanning cell is short
			b := ovBlock{header: trimAll(page.SplitPipeRow(trim))}
			for i+1 < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i+1]), "|") {
				i++
				if !page.IsPipeSeparator(lines[i]) {
					b.rows = append(b.rows, trimAll(page.SplitPipeRow(strings.TrimSpace(lines[i]))))
				}
			}
			out = append(out, b)
			continue
		}
		if m := atxRE.FindStringSubmatch(trim); m != nil {
			out = append(out, ovBlock{level: len(m[1]), text: m[2]})
			continue
		}
		out = append(out, ovBlock{text: trim})
	}
	return out
}

var (
	atxRE  = regexp.MustCompile(`^(#{1,6})\s+(.*)$`)
	linkRE = regexp.MustCompile(`\[([^\]]*)\]\([^()]*(?:\([^()]*\)[^()]*)*\)`)
)

// unlink writes a Markdown link as its text, and unescapes \( \).
func unlink(s string) string {
	s = linkRE.ReplaceAllString(s, "$1")
	return strings.NewReplacer(`\(`, "(", `\)`, ")", "**", "").Replace(s)
}

// factsLine is the product line of the help centre's overviews (text dumps carry it).
func factsLine(product, version string) string {
	return fmt.Sprintf("The OpenAPI specification of this product (%s/%s) follows the RPC standard.", strings.ToUpper(product[:1])+product[1:], version)
}

type overviewForm struct {
	name   string
	file   string
	facts  bool // the form carries the product line: product, version and style are checked
	render func(doc []ovBlock, product, version string) string
}

// mdForm renders doc as Markdown: heading prefixes shifted by down levels, tables through
// table, category rows through rows.
func mdForm(doc []ovBlock, down int, table func(b ovBlock) []string) string {
	var out []string
	for _, b := range doc {
		switch {
		case b.level > 0:
			out = append(out, strings.Repeat("#", b.level+down)+" "+b.text, "")
		case b.header != nil:
			out = append(out, table(b)...)
			out = append(out, "")
		default:
			out = append(out, b.text, "")
		}
	}
	return strings.Join(out, "\n")
}

// pipeLines writes a table as Markdown pipe rows, cells through cell.
func pipeLines(b ovBlock, lead bool, cell func(int, string) string) []string {
	row := func(cs []string) string {
		var w []string
		for i, c := range cs {
			w = append(w, cell(i, c))
		}
		s := strings.Join(w, "|") + "|"
		if lead {
			s = "|" + s
		}
		return s
	}
	out := []string{row(b.header), strings.TrimPrefix(strings.Repeat("|---", len(b.header))+"|", map[bool]string{true: "", false: "|"}[lead])}
	for _, r := range b.rows {
		out = append(out, row(r))
	}
	return out
}

func asIs(_ int, c string) string { return c }

// opCol is the column of b's operation names.
func opCol(b ovBlock) int {
	cols := page.ClassifyColumns(b.header)
	for _, k := range []page.Column{page.ColAPI, page.ColName, page.ColAction} {
		if i := slices.Index(cols, k); i >= 0 {
			return i
		}
	}
	return -1
}

// rowCells maps a row that lacks leading cells (under a spanning category cell) onto the
// header's columns.
func rowCells(b ovBlock, r []string) []string {
	if k := len(b.header) - len(r); k > 0 {
		return append(make([]string, k), r...)
	}
	return r
}

// listForm writes each table as a list: a category cell as an item of its own, each
// operation as item(name cell, description).
func listForm(doc []ovBlock, item func(op, desc string) string) string {
	return mdForm(doc, 0, func(b ovBlock) []string {
		col := opCol(b)
		var out []string
		for _, r := range b.rows {
			r = rowCells(b, r)
			if col > 0 && r[0] != "" {
				out = append(out, "", "**"+r[0]+"**", "")
			}
			out = append(out, item(r[col], r[len(r)-1]))
		}
		return out
	})
}

// textForm writes doc as a text dump: headings and paragraphs as lines, the product line
// after the title, tables through table.
func textForm(doc []ovBlock, product, version string, blank bool, table func(b ovBlock) []string) string {
	out := []string{"URL: https://www.alibabacloud.com/help/en/" + product + "/developer-reference/api-" + product + "-" + version + "-overview", ""}
	sep := func() {
		if blank {
			out = append(out, "")
		}
	}
	for i, b := range doc {
		switch {
		case b.header != nil:
			out = append(out, table(b)...)
		default:
			out = append(out, unlink(b.text))
		}
		sep()
		if i == 0 {
			out = append(out, factsLine(product, version))
			sep()
		}
	}
	return strings.Join(out, "\n") + "\n"
}

// textRows writes the rows of a table as unlinked cells, rows under a spanning cell short.
func textRows(b ovBlock) [][]string {
	var rows [][]string
	for _, r := range b.rows {
		var cs []string
		for _, c := range r {
			cs = append(cs, unlink(c))
		}
		rows = append(rows, cs)
	}
	return rows
}

var zhHeadings = strings.NewReplacer("List of operations by function", "API 概览", "Operation", "接口", "Description", "描述", "Category", "分类")

var overviewForms = []overviewForm{
	{"md", "overview.md", false, func(doc []ovBlock, _, _ string) string {
		return mdForm(doc, 0, func(b ovBlock) []string { return pipeLines(b, true, asIs) })
	}},
	{"crlf-bom", "overview.md", false, func(doc []ovBlock, _, _ string) string {
		return "\ufeff" + strings.ReplaceAll(mdForm(doc, 0, func(b ovBlock) []string { return pipeLines(b, true, asIs) }), "\n", "\r\n")
	}},
	{"heading-down", "overview.md", false, func(doc []ovBlock, _, _ string) string {
		return mdForm(doc, 1, func(b ovBlock) []string { return pipeLines(b, true, asIs) })
	}},
	{"no-outer-pipes", "overview.md", false, func(doc []ovBlock, _, _ string) string {
		return mdForm(doc, 0, func(b ovBlock) []string { return pipeLines(b, false, asIs) })
	}},
	{"bold-header", "overview.md", false, func(doc []ovBlock, _, _ string) string {
		return mdForm(doc, 0, func(b ovBlock) []string {
			ls := pipeLines(b, true, asIs)
			ls[0] = "|" + strings.Join(wrapCells(b.header, "**", nil), "|") + "|"
			return ls
		})
	}},
	{"plain-names", "overview.md", false, func(doc []ovBlock, _, _ string) string {
		return mdForm(doc, 0, func(b ovBlock) []string {
			return pipeLines(b, true, func(_ int, c string) string { return unlink(c) })
		})
	}},
	{"code-names", "overview.md", false, func(doc []ovBlock, _, _ string) string {
		return mdForm(doc, 0, func(b ovBlock) []string {
			return pipeLines(b, true, func(_ int, c string) string {
				if linkRE.MatchString(c) && strings.HasPrefix(c, "[") {
					return "`" + unlink(c) + "`"
				}
				return c
			})
		})
	}},
	{"zh", "overview.md", false, func(doc []ovBlock, _, _ string) string {
		return mdForm(doc, 0, func(b ovBlock) []string {
			ls := pipeLines(b, true, asIs)
			ls[0] = zhHeadings.Replace(ls[0])
			return ls
		})
	}},
	{"zh-title", "overview.md", false, func(doc []ovBlock, _, _ string) string {
		d := slices.Clone(doc)
		d[0].text = zhHeadings.Replace(d[0].text)
		return mdForm(d, 0, func(b ovBlock) []string {
			ls := pipeLines(b, true, asIs)
			ls[0] = zhHeadings.Replace(ls[0])
			return ls
		})
	}},
	{"bullets", "overview.md", false, func(doc []ovBlock, _, _ string) string {
		return listForm(doc, func(op, desc string) string { return "- " + op + ": " + desc })
	}},
	{"bullets-plain", "overview.md", false, func(doc []ovBlock, _, _ string) string {
		return listForm(doc, func(op, desc string) string { return "* " + unlink(op) + " - " + desc })
	}},
	{"links", "overview.md", false, func(doc []ovBlock, _, _ string) string {
		return listForm(doc, func(op, _ string) string { return "- " + op })
	}},
	{"html", "overview.html", false, func(doc []ovBlock, _, _ string) string {
		return mdHTML(mdForm(doc, 0, rowspanTable))
	}},
	{"html-shifted", "overview.html", false, func(doc []ovBlock, _, _ string) string {
		return string(htmlVariants[1].markup([]byte(mdHTML(mdForm(doc, 0, rowspanTable)))))
	}},
	{"html-bullets", "overview.html", false, func(doc []ovBlock, _, _ string) string {
		return mdHTML(listForm(doc, func(op, desc string) string { return "- " + op + ": " + desc }))
	}},
	{"pipe", "overview.txt", true, func(doc []ovBlock, product, version string) string {
		return textForm(doc, product, version, false, func(b ovBlock) []string {
			out := []string{"|"}
			for _, h := range b.header {
				out = append(out, h+" |")
			}
			for _, r := range textRows(b) {
				out = append(out, "| "+strings.Join(r, " | ")+" |")
			}
			return out
		})
	}},
	{"piperow", "overview.txt", true, func(doc []ovBlock, product, version string) string {
		return textForm(doc, product, version, false, pipeRowTable)
	}},
	// an excerpt without the title: no list heading at all
	{"piperow-untitled", "overview.txt", true, func(doc []ovBlock, product, version string) string {
		return textForm(append([]ovBlock{{text: "API reference"}}, doc[1:]...), product, version, false, pipeRowTable)
	}},
	// one line a cell: a row under a spanning category cell has a line fewer
	{"cells", "overview.txt", true, func(doc []ovBlock, product, version string) string {
		return textForm(doc, product, version, true, cellsTable)
	}},
	// every third row without its description, the empty cell left out
	{"cells-no-description", "overview.txt", true, func(doc []ovBlock, product, version string) string {
		return textForm(ovTables(doc, dropDescriptions), product, version, true, cellsTable)
	}},
	// every table under a category column whose spans are one or two rows long
	{"cells-short-spans", "overview.txt", true, func(doc []ovBlock, product, version string) string {
		return textForm(ovTables(doc, shortSpans), product, version, true, cellsTable)
	}},
}

// cellsTable writes a table as the cell-per-line dumps do: each cell a line of its own,
// blank lines between, an empty cell left out.
func cellsTable(b ovBlock) []string {
	var out []string
	for _, h := range b.header {
		out = append(out, h, "")
	}
	for _, r := range textRows(b) {
		for _, c := range r {
			out = append(out, c, "")
		}
	}
	return out
}

// ovTables returns doc with each table rewritten by f.
func ovTables(doc []ovBlock, f func(ovBlock) ovBlock) []ovBlock {
	out := slices.Clone(doc)
	for i, b := range out {
		if b.header != nil {
			out[i] = f(b)
		}
	}
	return out
}

// dropDescriptions empties the last cell (the description) of every third row.
func dropDescriptions(b ovBlock) ovBlock {
	b.rows = slices.Clone(b.rows)
	for i, r := range b.rows {
		if i%3 == 1 {
			r = slices.Clone(r)
			r[len(r)-1] = ""
			b.rows[i] = r
		}
	}
	return b
}

// shortSpans gives a table a category column when it has none, and a category cell of its
// own to two rows of three that lack one, so that categories span one or two rows.
func shortSpans(b ovBlock) ovBlock {
	if opCol(b) == 0 { // no category column before the operations
		b.header = append([]string{"Category"}, b.header...)
	}
	b.rows = slices.Clone(b.rows)
	for i, r := range b.rows {
		if len(r) < len(b.header) && i%3 != 1 {
			b.rows[i] = append([]string{fmt.Sprintf("Group %d", i+1)}, r...)
		}
	}
	return b
}

// rowspanTable writes a table as the help centre's HTML: a category cell spans the rows
// that lack it; cells are rendered by goldmark.
func rowspanTable(b ovBlock) []string {
	cell := func(tag, c string, span int) string {
		h, err := renderCell(c)
		if err != nil {
			panic(err)
		}
		attr := ""
		if span > 1 {
			attr = fmt.Sprintf(" rowspan=\"%d\"", span)
		}
		return "<" + tag + attr + ">" + strings.TrimSpace(h) + "</" + tag + ">"
	}
	out := []string{"<table>", "<tr>"}
	for _, h := range b.header {
		out = append(out, cell("th", h, 1))
	}
	out = append(out, "</tr>")
	for i, r := range b.rows {
		out = append(out, "<tr>")
		for j, c := range r {
			span := 1
			if j == 0 && len(r) == len(b.header) {
				for k := i + 1; k < len(b.rows) && len(b.rows[k]) < len(b.header); k++ {
					span++
				}
			}
			out = append(out, cell("td", c, span))
		}
		out = append(out, "</tr>")
	}
	return append(out, "</table>")
}

// pipeRowTable writes a table as the pipe-row dumps do: "a | b |" rows under a "---|" line.
func pipeRowTable(b ovBlock) []string {
	out := []string{strings.Join(b.header, " | ") + " |", strings.Repeat("---|", len(b.header))}
	for _, r := range textRows(b) {
		out = append(out, strings.Join(r, " | ")+" |")
	}
	return out
}

// mdHTML renders Markdown to an HTML page as TestHTMLCorpus does.
func mdHTML(md string) string {
	b, err := markdownToHTML([]byte(md))
	if err != nil {
		panic(err)
	}
	return string(b)
}
