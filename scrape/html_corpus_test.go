package scrape

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	gmhtml "github.com/yuin/goldmark/renderer/html"

	"github.com/acsgen/acsgen/scrape/page"
)

// The HTML ratchet: TestHTMLCorpus renders every page of ../shared/corpus/products (Markdown)
// to an HTML document with goldmark, scrapes it with the HTML reader, scores it with
// TestAccuracy's rules (scoreData) on the names the Markdown page shows, and fails when the
// recall of a product/language falls below the Markdown read's floor (accuracyFloors), or its
// type accuracy below typeFloor (typeFloors): the HTML reader must read what the Markdown
// reader reads. It logs the Markdown figure of the same pages beside it, and skips
// when the corpus is absent.
//
// The Markdown sources write a table row over several lines when a cell holds paragraphs,
// lists or code (a row ends at a line ending in '|'), which GFM cannot: such a table is
// built here as an HTML table whose cells goldmark renders as Markdown, as the
// documentation site shows them. Tables of one-line rows go through goldmark's GFM tables.
//
// Each page is also scored in the other markups of htmlVariants, the same content marked up
// as other sites do (headings a level down, site chrome, headers in <td>, <br> in cells,
// names in <code>, indentation for nesting, entities, wrappers, DITA); every variant must
// meet the same floors.
//
// HTML_CORPUS_DIFF=FILE writes, page by page, the names the Markdown read finds (with the
// truth's type) and the HTML read misses or types otherwise, and the failed pages;
// HTML_CORPUS_SPECS=FILE the lines of the two reads' specs (JSON) that differ, page by page;
// HTML_CORPUS_DIR=DIR writes the rendered pages there.
func TestHTMLCorpus(t *testing.T) {
	dir, pages, gt := productPages(t)
	diff, specDiff := envFile(t, "HTML_CORPUS_DIFF"), envFile(t, "HTML_CORPUS_SPECS")
	outDir := os.Getenv("HTML_CORPUS_DIR")
	defer func() { missLog = nil }()
	mdGroups := map[string]*accCount{}
	htmlGroups := map[string]map[string]*accCount{} // by variant, then group
	for _, v := range htmlVariants {
		htmlGroups[v.name] = map[string]*accCount{}
	}
	specsDiffer := 0
	for _, p := range pages {
		g := p.Product + "/" + p.Lang
		if mdGroups[g] == nil {
			mdGroups[g] = &accCount{}
			for _, v := range htmlVariants {
				htmlGroups[v.name][g] = &accCount{}
			}
		}
		file := filepath.Join(dir, filepath.FromSlash(p.File))
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := markdownToHTML(src)
		if err != nil {
			t.Fatalf("%s: %v", p.File, err)
		}
		name := strings.TrimSuffix(file, filepath.Ext(file)) + ".html"
		writeUnder(t, outDir, strings.TrimSuffix(p.File, ".md")+".html", doc)
		r := gt[p.Product+"/"+strings.ToLower(p.Operation)]
		var mdMiss bytes.Buffer
		missLog = &mdMiss
		md := *mdGroups[g]
		scoreData(t, file, src, src, p, r, mdGroups[g])
		for _, v := range htmlVariants {
			var htmlMiss bytes.Buffer
			missLog = &htmlMiss
			c := htmlGroups[v.name][g]
			before := *c
			scoreData(t, name, v.markup(doc), src, p, r, c)
			if diff == nil {
				continue
			}
			if c.ok == before.ok && mdGroups[g].ok > md.ok {
				fmt.Fprintf(diff, "%s\t%s\tpage failed in HTML only\n", v.name, p.File)
			}
			known := map[string]bool{}
			for _, l := range strings.Split(mdMiss.String(), "\n") {
				known[l] = true
			}
			for _, l := range strings.Split(htmlMiss.String(), "\n") {
				if l != "" && !known[l] {
					fmt.Fprintf(diff, "%s\t%s\n", v.name, l)
				}
			}
		}
		missLog = nil
		if specDiff != nil && diffSpecs(specDiff, p, file, src, name, doc) {
			specsDiffer++
		}
	}
	if specDiff != nil {
		fmt.Fprintf(specDiff, "%d pages whose specs differ\n", specsDiffer)
	}
	names := make([]string, 0, len(mdGroups))
	for g := range mdGroups {
		names = append(names, g)
	}
	sort.Strings(names)
	for _, g := range names {
		m := mdGroups[g]
		t.Logf("%-18s pages %3d | Markdown ok %3d recall %5.1f%% (%d/%d) type %5.1f%%", g, m.pages, m.ok, m.recall(), m.hit, m.vis, m.typeRate())
		for _, v := range htmlVariants {
			c := htmlGroups[v.name][g]
			t.Logf("%-18s   HTML %-9s ok %3d recall %5.1f%% (%d/%d) type %5.1f%%", g, v.name, c.ok, c.recall(), c.hit, c.vis, c.typeRate())
			checkFloors(t, g+" (HTML "+v.name+")", g, *c, accuracyFloors)
		}
	}
}

// productPages reads the manifest of ../shared/corpus/products (its pages in file order,
// each page's version filled in) and the truth, indexed as truthIndex does; it skips the
// test under -short (the tests that use it scrape thousands of pages) or when the corpus
// is absent.
func productPages(t *testing.T) (dir string, pages []accPage, gt map[string]*accRecord) {
	if testing.Short() {
		t.Skip("scrapes about two thousand pages")
	}
	dir = filepath.Join(repoRoot(t), "..", "shared", "corpus", "products")
	var truth []accRecord
	if !readJSON(t, filepath.Join(dir, "manifest.json"), &pages) || !readJSON(t, filepath.Join(dir, "truth", "all.json"), &truth) {
		t.Skip("../shared/corpus/products is absent")
	}
	gt, versions := truthIndex(truth)
	sort.Slice(pages, func(i, j int) bool { return pages[i].File < pages[j].File })
	for k := range pages {
		if pages[k].Version == "" {
			pages[k].Version = versions[pages[k].Product]
		}
	}
	return dir, pages, gt
}

// writeUnder writes a rendered page to dir/rel (slash-separated), to look at; nothing when
// dir is "".
func writeUnder(t *testing.T, dir, rel string, data []byte) {
	if dir == "" {
		return
	}
	out := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// envFile creates the file the environment variable name gives, closed when the test ends;
// nil when the variable is not set.
func envFile(t *testing.T, name string) *os.File {
	file := os.Getenv(name)
	if file == "" {
		return nil
	}
	f, err := os.Create(file)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// diffSpecs writes the lines of the specs of the two reads of page p (Markdown src from
// file, HTML doc from name) that are not in the other, and reports whether there are any.
func diffSpecs(w io.Writer, p accPage, file string, src []byte, name string, doc []byte) bool {
	lines := func(file string, data []byte) []string {
		spec, _, err := scrapeAlone(file, data, p)
		if err != nil {
			return []string{"error: " + err.Error()}
		}
		out, _ := json.MarshalIndent(spec, "", " ")
		return strings.Split(strings.ReplaceAll(string(out), filepath.Base(file), "PAGE"), "\n")
	}
	a, b := lines(file, src), lines(name, doc)
	count := func(ls []string) map[string]int {
		m := map[string]int{}
		for _, l := range ls {
			m[l]++
		}
		return m
	}
	ca, cb := count(a), count(b)
	differ := false
	for _, side := range []struct {
		mark  string
		ls    []string
		other map[string]int
	}{{"md  ", a, cb}, {"html", b, ca}} {
		for _, l := range side.ls {
			if side.other[l] > 0 {
				side.other[l]--
				continue
			}
			differ = true
			fmt.Fprintf(w, "%s\t%s\t%s\n", p.File, side.mark, strings.TrimSpace(l))
		}
	}
	return differ
}

// gfm renders Markdown as the documentation site would: GFM tables, heading attributes
// ("## Request parameters {#request .section}"), raw HTML kept.
var gfm = goldmark.New(
	goldmark.WithExtensions(extension.Table),
	goldmark.WithParserOptions(parser.WithAttribute()),
	goldmark.WithRendererOptions(gmhtml.WithUnsafe()),
)

// markdownToHTML renders a Markdown page as a whole HTML document titled by its "# " heading.
// Tables with rows over several lines are built here (see TestHTMLCorpus).
func markdownToHTML(src []byte) ([]byte, error) {
	lines := strings.Split(strings.ReplaceAll(string(src), "\r\n", "\n"), "\n")
	var md []string
	tables := map[string]string{}
	title := ""
	for i := 0; i < len(lines); i++ {
		trim := strings.TrimSpace(lines[i])
		if title == "" && strings.HasPrefix(trim, "# ") {
			title = strings.TrimSpace(trim[2:])
			if k := strings.Index(title, " {#"); k > 0 {
				title = title[:k]
			}
		}
		header, rows, end, ok := pipeTable(lines, i)
		if !ok {
			md = append(md, lines[i])
			continue
		}
		i = end - 1
		if !strings.Contains(header, "\n") && !strings.Contains(strings.Join(rows, ""), "\n") {
			// the separator line is optional in the sources, not in GFM
			md = append(md, header, "|"+strings.Repeat("---|", len(page.SplitPipeRow(header))))
			md = append(md, rows...)
			continue
		}
		table, err := htmlTable(header, rows)
		if err != nil {
			return nil, err
		}
		key := fmt.Sprintf("ACSGENTABLE%d", len(tables))
		tables[key] = table
		md = append(md, "", key, "")
	}
	var body bytes.Buffer
	if err := gfm.Convert([]byte(spacedLinks(strings.Join(md, "\n"))), &body); err != nil {
		return nil, err
	}
	out := body.String()
	for key, table := range tables {
		out = strings.Replace(out, "<p>"+key+"</p>", table, 1)
	}
	return []byte("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>" + html.EscapeString(title) +
		" - Alibaba Cloud Documentation Center</title>\n</head>\n<body>\n<main>\n" + out + "</main>\n</body>\n</html>\n"), nil
}

// pipeTable reads the pipe table starting at lines[start], as mdpage does: a header row, an
// optional separator line, rows. Each row is the text of its lines (see pipeRow); blank
// lines between rows do not end the table. end is the index of the first line after the
// table; ok is false when lines[start] starts no table (a header followed by a row).
func pipeTable(lines []string, start int) (header string, rows []string, end int, ok bool) {
	if !strings.HasPrefix(strings.TrimSpace(lines[start]), "|") {
		return "", nil, start, false
	}
	header, i := pipeRow(lines, start, 0)
	// blank header cells at the end name no column: rows may stop before them
	hcells := page.SplitPipeRow(header)
	width := len(hcells)
	for width > 1 && strings.TrimSpace(hcells[width-1]) == "" {
		width--
	}
	if i < len(lines) && page.IsPipeSeparator(lines[i]) {
		i++
	} else if i >= len(lines) || !strings.HasPrefix(strings.TrimSpace(lines[i]), "|") {
		return "", nil, start, false
	}
	for i < len(lines) {
		trim := strings.TrimSpace(lines[i])
		if trim == "" {
			j := i
			for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
				j++
			}
			if j < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[j]), "|") {
				i = j
				continue
			}
			break
		}
		if !strings.HasPrefix(trim, "|") {
			break
		}
		if page.IsPipeSeparator(trim) {
			i++
			continue
		}
		var row string
		row, i = pipeRow(lines, i, width)
		rows = append(rows, pipesInDescription(hcells, row))
	}
	return header, rows, i, true
}

// pipesInDescription escapes the '|' that give a row more cells than its header when the
// last column is a description and the extra cells hold no row names ("Valid values: a | b |
// c"): mdpage reads them as text of the description, as the documentation site shows them.
func pipesInDescription(header []string, row string) string {
	cells := page.SplitPipeRow(row)
	last := len(header) - 1
	if len(cells) <= len(header) || page.ClassifyColumns(header)[last] != page.ColDescription || len(page.RowNames(cells[last:])) > 0 {
		return row
	}
	return "|" + strings.Join(cells[:last], "|") + "|" + strings.Join(cells[last:], `\|`) + "|"
}

// pipeRow reads the row starting at lines[i] and returns its text and the index of the
// line after it. A row ends at a line ending in an unescaped '|' once it has width cells
// (a header, width 0, at the first such line); fenced code in a cell is part of it, its
// pipes escaped.
func pipeRow(lines []string, i, width int) (string, int) {
	var buf []string
	fence := ""
	for i < len(lines) {
		l := lines[i]
		t := strings.TrimSpace(l)
		i++
		switch {
		case fence != "" && strings.HasPrefix(t, fence):
			fence = ""
		case fence != "":
			buf = append(buf, strings.ReplaceAll(l, "|", `\|`))
			continue
		case len(buf) > 0 && (strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~")):
			fence = t[:3]
			buf = append(buf, l)
			continue
		}
		buf = append(buf, l)
		if strings.HasSuffix(t, "|") && !strings.HasSuffix(t, `\|`) && page.CountPipes(strings.Join(buf, "\n"))-1 >= width {
			break
		}
	}
	return strings.Join(buf, "\n"), i
}

// htmlTable builds an HTML table from a pipe table's header line and rows, each cell
// rendered by goldmark as Markdown (paragraphs, lists, code blocks).
func htmlTable(header string, rows []string) (string, error) {
	var b strings.Builder
	b.WriteString("<table>\n<thead>\n<tr>\n")
	for _, c := range page.SplitPipeRow(header) {
		h, err := renderCell(c)
		if err != nil {
			return "", err
		}
		h = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(h), "<p>"), "</p>")
		b.WriteString("<th>" + h + "</th>\n")
	}
	b.WriteString("</tr>\n</thead>\n<tbody>\n")
	for _, row := range rows {
		b.WriteString("<tr>\n")
		for _, c := range page.SplitPipeRow(row) {
			h, err := renderCell(c)
			if err != nil {
				return "", err
			}
			b.WriteString("<td>" + strings.TrimSpace(h) + "</td>\n")
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</tbody>\n</table>\n")
	return b.String(), nil
}

// spacedLink is a link whose target has spaces ("(intl.zh-CN/API 参考/API列表/X.md)"),
// which the sources write bare and CommonMark takes only in angle brackets.
var spacedLink = regexp.MustCompile(`\]\(((?:[^()\s<>]|\([^()\n]*\))*(?: +(?:[^()\s<>]|\([^()\n]*\))+)+)\)`)

// spacedLinks writes the targets of spacedLink links in angle brackets, so that goldmark
// makes links of them as the documentation site does.
func spacedLinks(md string) string {
	return spacedLink.ReplaceAllString(md, "](<$1>)")
}

// renderCell renders a cell's Markdown (its table escapes undone).
func renderCell(c string) (string, error) {
	var out bytes.Buffer
	err := gfm.Convert([]byte(spacedLinks(strings.TrimSpace(page.UnescapePipes(c)))), &out)
	return out.String(), err
}

// htmlVariants are the markups each page is scored in: goldmark's, and the same content
// marked up otherwise (string edits of goldmark's output).
var htmlVariants = []struct {
	name   string
	markup func([]byte) []byte
}{
	{"goldmark", func(b []byte) []byte { return b }},
	// headings a level down: no <h1>, the title in <title>
	{"shifted", func(b []byte) []byte {
		s := string(b)
		for l := 5; l >= 1; l-- {
			s = strings.ReplaceAll(s, fmt.Sprintf("<h%d", l), fmt.Sprintf("<h%d", l+1))
			s = strings.ReplaceAll(s, fmt.Sprintf("</h%d>", l), fmt.Sprintf("</h%d>", l+1))
		}
		return []byte(s)
	}},
	// site chrome around the article: header, breadcrumbs, sidebar, feedback, footer
	{"site", func(b []byte) []byte {
		s := string(b)
		s = strings.Replace(s, "<body>\n<main>\n", `<body>
<header class="top"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li>Document Center</li><li>API Reference</li></ol></nav></header>
<div class="layout"><aside class="sidebar"><ul><li>DescribeRegions</li><li>CreateInstance</li><li>DeleteInstance</li></ul></aside>
<main><article class="markdown-body">
<div class="doc-meta">Last Updated: Mar 3, 2024</div>
`, 1)
		s = strings.Replace(s, "</main>", `</article>
<div class="feedback">Was this helpful? <button>Yes</button></div></main></div>
<footer><p>Copyright Alibaba Cloud</p></footer>`, 1)
		return []byte(s)
	}},
	// table headers in a first row of <td>, no <thead>
	{"tdheader", func(b []byte) []byte {
		return []byte(strings.NewReplacer("<thead>\n", "", "</thead>\n<tbody>\n", "", "<th>", "<td>", "</th>", "</td>").Replace(string(b)))
	}},
	// cells with <br> between their lines instead of paragraphs
	{"brcells", func(b []byte) []byte {
		return tdCell.ReplaceAllFunc(b, func(m []byte) []byte {
			cell := string(m)
			if strings.Contains(cell, "<pre") {
				return m
			}
			cell = strings.ReplaceAll(strings.ReplaceAll(cell, "<p>", ""), "</p>", "<br>")
			return []byte(strings.ReplaceAll(cell, "<br></td>", "</td>"))
		})
	}},
	// non-breaking spaces around cells, paragraphs' text in <span>
	{"nbsp", func(b []byte) []byte {
		return []byte(strings.NewReplacer("<td>", "<td>&nbsp;", "</td>", "&nbsp;</td>", "<p>", "<p><span>", "</p>", "</span></p>").Replace(string(b)))
	}},
	// names in <code>
	{"codenames", func(b []byte) []byte {
		return firstCell.ReplaceAll(b, []byte("<tr>$1<td>$2<code>$3</code>"))
	}},
	// every character past ASCII as a numeric character reference
	{"entities", func(b []byte) []byte {
		var out strings.Builder
		for _, r := range string(b) {
			if r > 127 {
				fmt.Fprintf(&out, "&#x%x;", r)
			} else {
				out.WriteRune(r)
			}
		}
		return []byte(out.String())
	}},
	// samples marked by a highlighter's class ("hljs xml") instead of a caption before them
	{"hljs", func(b []byte) []byte {
		b = sampleCaption.ReplaceAll(b, nil)
		return codeBlock.ReplaceAllFunc(b, func(m []byte) []byte {
			lang, text := "", bytes.TrimSpace(codeBlock.FindSubmatch(m)[1])
			switch {
			case bytes.HasPrefix(text, []byte("&lt;")):
				lang = "xml"
			case bytes.HasPrefix(text, []byte("{")), bytes.HasPrefix(text, []byte("[")):
				lang = "json"
			default:
				return m
			}
			return bytes.Replace(m, []byte("<code"), []byte(`<code class="hljs `+lang+`"`), 1)
		})
	}},
	// DITA output, as the documentation site once rendered these pages: each <h2> and what
	// follows it in a <section>, classes on every block, <colgroup>s, notes in <div>s (their
	// </p> left as it is, a stray end tag the parser must bear)
	{"dita", func(b []byte) []byte {
		s := string(b)
		s = strings.ReplaceAll(s, "<h2", `</section><section class="section"><h2 class="title sectiontitle"`)
		s = strings.ReplaceAll(s, `<h2 class="title sectiontitle" class=`, `<h2 class=`)
		s = strings.Replace(s, "</section>", "", 1)
		s = strings.Replace(s, "</main>", "</section></main>", 1)
		s = strings.ReplaceAll(s, "<p>", `<p class="p">`)
		s = strings.ReplaceAll(s, "<ul>", `<ul class="ul">`)
		s = strings.ReplaceAll(s, "<li>", `<li class="li">`)
		s = strings.ReplaceAll(s, "<td>", `<td class="entry">`)
		s = strings.ReplaceAll(s, "<table>", `<table class="table"><colgroup><col style="width:20%"><col style="width:80%"></colgroup>`)
		s = strings.ReplaceAll(s, "<thead>", `<thead class="thead">`)
		s = strings.ReplaceAll(s, `<p class="p"><strong>Note:</strong>`, `<div class="note note"><span class="notetitle">Note:</span>`)
		return []byte(s)
	}},
	// tables in wrapper <div>s, anchors in headings, code highlighted in <span>s
	{"wrapped", func(b []byte) []byte {
		s := string(b)
		s = strings.ReplaceAll(s, "<table>", `<div class="table-wrapper"><div class="scroll"><table class="params">`)
		s = strings.ReplaceAll(s, "</table>", "</table></div></div>")
		for l := 2; l <= 4; l++ {
			s = strings.ReplaceAll(s, fmt.Sprintf("<h%d>", l), fmt.Sprintf(`<h%d><a class="anchor" href="#s" aria-hidden="true"></a><span>`, l))
			s = strings.ReplaceAll(s, fmt.Sprintf("</h%d>", l), fmt.Sprintf("</span></h%d>", l))
		}
		s = strings.ReplaceAll(s, "&quot;", `<span class="hljs-string">&quot;</span>`)
		return []byte(s)
	}},
}

// tdCell is a table cell; firstCell the text of a row's first cell up to its first tag.
var (
	tdCell    = regexp.MustCompile(`(?s)<td>.*?</td>`)
	firstCell = regexp.MustCompile(`<tr>(\s*)<td>(<p>)?([^<]+)`)
)

// sampleCaption is a paragraph naming a sample's format ("<code>XML</code> format",
// "<code>JSON</code>格式"); codeBlock a code block without a class, and its text.
var (
	sampleCaption = regexp.MustCompile(`<p><code>(?:JSON|XML)</code> ?(?:format|格式|示例)?</p>\n?`)
	codeBlock     = regexp.MustCompile(`(?s)<pre><code>(.*?)</code></pre>`)
)

// indentCell is a row's first cell starting with "└" glyphs (the indent variant).
var indentCell = regexp.MustCompile(`<tr>(\s*)<td>(<p>)?((?:\s*└\s*)+)`)
