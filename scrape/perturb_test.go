package scrape

import (
	"cmp"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/acsgen/acsgen/scrape/page"
	"github.com/acsgen/acsgen/scrape/textpage"
)

// TestPerturbedPages reads the real pages of ../shared/corpus (the Markdown product pages and
// the text excerpts) changed in ways that keep their content, as other exporters, dumps and
// sites write the same page: line endings, a byte-order mark, white space, no-break spaces
// and full-width punctuation, blank lines around and in tables, heading levels, column order
// and columns left out, header words, Required and type words in other spellings, sections
// in another order, numbered headings, headings qualified by a location. It applies one
// change at a time and scores each changed page with TestAccuracy's rules (scoreData) on
// the names the original page shows; per group, the recall and type figures must equal
// those of the unchanged read of the same pages, but for leaving the Example column out,
// which removes content (see its tolerance).
//
// It reads a deterministic sample (perturbSample pages of each group, evenly spaced) to stay
// within seconds; PERTURB_ALL=1 reads every page, PERTURB_DIR=dir writes the changed pages
// there, PERTURB_ONLY=name,name applies only those. -v logs the figures and, for every change
// that lowers a figure, the pages it lowers.
func TestPerturbedPages(t *testing.T) {
	if testing.Short() {
		t.Skip("scrapes the corpus sample once per perturbation")
	}
	byGroup := map[string][]corpusPage{}
	if !eachCorpusPage(t, func(cp corpusPage) { byGroup[cp.group] = append(byGroup[cp.group], cp) }) {
		t.Skip("../shared/corpus is absent")
	}
	var sample []corpusPage
	for _, g := range slices.Sorted(maps.Keys(byGroup)) {
		sample = append(sample, samplePages(byGroup[g], os.Getenv("PERTURB_ALL") == "")...)
	}
	only := os.Getenv("PERTURB_ONLY")
	applies := func(pt perturbation) bool {
		return only == "" || strings.Contains(","+only+",", ","+pt.name+",")
	}
	base := map[string]*accCount{}           // by group, the pages as they are
	got := map[string]map[string]*accCount{} // by perturbation, then group
	lowered := map[string][]string{}
	changedPages := map[string]int{}
	for _, cp := range sample {
		var b accCount
		scoreData(t, cp.file, cp.text, cp.text, cp.page, cp.truth, &b)
		addCount(base, cp.group, b)
		src := string(cp.text)
		for _, pt := range allPerturbations(cp.truth) {
			if !applies(pt) {
				continue
			}
			c := b
			if changed := pt.apply(cp.page, src); changed != src {
				changedPages[pt.name]++
				writePerturbed(t, pt.name, cp.page, changed)
				c = accCount{}
				scoreData(t, cp.file, []byte(changed), cp.text, cp.page, cp.truth, &c)
			}
			if got[pt.name] == nil {
				got[pt.name] = map[string]*accCount{}
			}
			addCount(got[pt.name], cp.group, c)
			if c.hit < b.hit || c.typeOK < b.typeOK || c.ok < b.ok {
				lowered[pt.name] = append(lowered[pt.name], fmt.Sprintf("%s (found %d -> %d, type %d -> %d)",
					cp.page.File, b.hit, c.hit, b.typeOK, c.typeOK))
			}
		}
	}
	for _, g := range slices.Sorted(maps.Keys(base)) {
		b := base[g]
		t.Logf("%-18s sample %3d pages, recall %5.1f%% (%d/%d), type %5.1f%%", g, b.pages, b.recall(), b.hit, b.vis, b.typeRate())
	}
	for _, pt := range allPerturbations(nil) {
		if !applies(pt) {
			continue
		}
		tol := perturbTolerance[pt.name]
		for _, g := range slices.Sorted(maps.Keys(base)) {
			b, c := base[g], got[pt.name][g]
			if c.ok != b.ok || b.recall()-c.recall() > tol.points || b.typeRate()-c.typeRate() > tol.points {
				t.Errorf("%-16s %-18s recall %5.1f%% -> %5.1f%% (%d -> %d of %d), type %5.1f%% -> %5.1f%%, pages read %d -> %d",
					pt.name, g, b.recall(), c.recall(), b.hit, c.hit, b.vis, b.typeRate(), c.typeRate(), b.ok, c.ok)
			}
		}
		t.Logf("%-16s changes %d of %d pages", pt.name, changedPages[pt.name], len(sample))
		if tol.why != "" {
			t.Logf("%-16s may lower a figure by %.0f points: %s", pt.name, tol.points, tol.why)
		}
		for _, l := range lowered[pt.name] {
			t.Logf("%-16s lowers %s", pt.name, l)
		}
	}
}

// writePerturbed writes a changed page under $PERTURB_DIR/name when PERTURB_DIR is set, to
// read it with gen scrape.
func writePerturbed(t *testing.T, name string, p accPage, text string) {
	dir := os.Getenv("PERTURB_DIR")
	if dir == "" {
		return
	}
	file := filepath.Join(dir, name, filepath.FromSlash(p.File))
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// perturbSample is how many pages of each group TestPerturbedPages reads.
const perturbSample = 8

// samplePages returns perturbSample pages of pages, evenly spaced, or all of them when
// sample is false or there are no more.
func samplePages(pages []corpusPage, sample bool) []corpusPage {
	if !sample || len(pages) <= perturbSample {
		return pages
	}
	out := make([]corpusPage, 0, perturbSample)
	for i := 0; i < perturbSample; i++ {
		out = append(out, pages[i*len(pages)/perturbSample])
	}
	return out
}

// addCount adds c to the tally of group g in m.
func addCount(m map[string]*accCount, g string, c accCount) {
	s := m[g]
	if s == nil {
		s = &accCount{}
		m[g] = s
	}
	s.add(c)
}

// A perturbation changes a page's text without changing its content; it returns the text
// unchanged when it does not apply to the page.
type perturbation struct {
	name  string
	apply func(p accPage, text string) string
}

// allPerturbations are the perturbations, with those that are right only where a page's
// truth says so bound to the page's truth (nil: no record of the operation).
func allPerturbations(truth *accRecord) []perturbation {
	return append(slices.Clip(perturbations),
		perturbation{"heading-location", func(p accPage, s string) string { return locateHeadings(p, truth, s) }})
}

// perturbTolerance is how many points a group's recall and type accuracy may fall under a
// perturbation, and why; a perturbation not here keeps everything a reader needs (0).
var perturbTolerance = map[string]struct {
	points float64
	why    string
}{
	"col-no-example": {2, "an Example cell is content: it is what tells a List of scalars from a " +
		"container (ecs DescribeZones 'AvailableVolumeCategories | List | san_ssd') and gives a " +
		"list's item type (elasticsearch GetRegionConfiguration 'spec | List | [...]'); without it " +
		"the reader nests by row order and guesses, with warnings (all pages: recall -0.6, type -1.5 points at most)"},
}

var perturbations = []perturbation{
	{"crlf", func(_ accPage, s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }},
	{"bom", func(_ accPage, s string) string { return "\ufeff" + s }},
	{"trailing-space", func(_ accPage, s string) string { return strings.ReplaceAll(s, "\n", "  \n") }},
	{"tabs", func(_ accPage, s string) string {
		return listMarkRE.ReplaceAllString(indentRE.ReplaceAllString(s, "\t"), "$1\t")
	}},
	{"nbsp", zhOnly(nbspWords)},
	{"fullwidth", zhOnly(func(s string) string { return punctNearHan(s, ":,()", "：，（）") })},
	{"halfwidth", zhOnly(func(s string) string { return punctNearHan(s, "：，（）", ":,()") })},
	{"table-rewrite", tablesOf(func(*paramTable) {})}, // the others' tables as the test writes them
	{"cell-padding", tablesOf(func(tb *paramTable) { tb.padded = true })},
	{"no-outer-pipes", tablesOf(func(tb *paramTable) { tb.leading = tb.leading && !tb.oneLine() })},
	{"bold-header", tablesOf(func(tb *paramTable) { tb.header = wrapCells(tb.header, "**", nil) })},
	{"code-names", tablesOf(func(tb *paramTable) {
		k := slices.Index(tb.cols, page.ColName)
		for i, r := range tb.rows {
			tb.rows[i] = wrapCells(r, "`", func(j int) bool { return j == k })
		}
	})},
	{"setext", markdownOnly(func(s string) string {
		return setextRE.ReplaceAllStringFunc(s, func(h string) string {
			m := setextRE.FindStringSubmatch(h)
			return m[2] + "\n" + strings.Repeat(map[string]string{"#": "=", "##": "-"}[m[1]], len([]rune(m[2])))
		})
	})},
	{"blank-around", tablesOf(func(tb *paramTable) { tb.blankAround = true })},
	{"blank-inside", tablesOf(func(tb *paramTable) { tb.blankInside = true })},
	{"heading-down", markdownOnly(func(s string) string { return headingRE.ReplaceAllString(s, "#$1") })},
	{"col-type-first", tablesOf(func(tb *paramTable) { tb.reorder(swapNameType) })},
	{"col-required-last", tablesOf(func(tb *paramTable) { tb.reorder(moveLast(page.ColRequired)) })},
	{"col-no-example", tablesOf(func(tb *paramTable) { tb.reorder(drop(page.ColExample)) })},
	{"col-no-description", tablesOf(func(tb *paramTable) { tb.reorder(drop(page.ColDescription)) })},
	{"header-field", headerWords("Field", "Type", "Required", "Description", "Example")},
	{"header-zh", headerWords("参数", "类型", "是否必选", "描述", "示例值")},
	{"header-zh2", headerWords("名称", "类型", "必填", "描述", "示例")},
	{"header-id", headerWords("Nama", "Tipe", "Wajib", "Deskripsi", "Contoh")},
	{"required-dot", requiredWords("Yes.", "No.")},
	{"required-lower", requiredWords("yes", "no")},
	{"required-upper", requiredWords("YES", "NO")},
	{"required-bool", requiredWords("true", "false")},
	{"required-zh", requiredWords("是", "否")},
	{"required-zh2", requiredWords("必选", "可选")},
	{"required-id", requiredWords("Ya", "Tidak")},
	{"type-upper", typeWords(strings.ToUpper)},
	{"type-lower", typeWords(strings.ToLower)},
	{"type-short", typeWords(shortType)},
	{"response-first", moveSection(page.ResponseParams)},
	{"examples-first", moveSection(page.Examples)},
	{"heading-numbers", numberHeadings},
	{"heading-letters", letterHeadings},
	{"heading-colon", headingColons},
	{"col-blank-first", tablesOf(func(tb *paramTable) {
		if tb.leading { // "|a|b|" without its leading pipe would be "a|b|", no blank column
			tb.insertColumn(0, "", nil)
		}
	})},
	{"col-blank-last", tablesOf(func(tb *paramTable) { tb.insertColumn(len(tb.cols), "", nil) })},
	{"col-index", tablesOf(func(tb *paramTable) {
		tb.insertColumn(0, "No.", func(i int) string { return strconv.Itoa(i + 1) })
	})},
	{"col-description-second", tablesOf(func(tb *paramTable) { tb.reorder(moveAfterName(page.ColDescription)) })},
	{"header-repeated", tablesOf(func(tb *paramTable) { tb.repeatHeader = len(tb.rows) / 2 })},
	{"nbsp-padding", tablesOf(func(tb *paramTable) { tb.pad = "\u00a0" })},
	{"zwsp-padding", tablesOf(func(tb *paramTable) { tb.pad = "\u200b" })},
	// runs of spaces as a copy of a web page writes them (`&nbsp;&nbsp;` for indentation and
	// between cells; Chinese and Japanese pages' ideographic space); the text reader reads
	// them as spaces (page.PlainSpaces)
	{"nbsp-runs", textOnly(func(s string) string { return strings.ReplaceAll(s, "  ", "\u00a0\u00a0") })},
	{"ideographic-runs", textOnly(func(s string) string { return strings.ReplaceAll(s, "  ", "\u3000") })},
	{"indent-all", func(p accPage, s string) string {
		if isMarkdown(p) {
			return s
		}
		return regexp.MustCompile(`(?m)^(.)`).ReplaceAllString(s, "   $1") // lynx -dump
	}},
	{"wrap-80", func(p accPage, s string) string {
		if isMarkdown(p) {
			return s
		}
		return wrapLines(s, 80)
	}},
	{"blank-doubled", func(p accPage, s string) string {
		if isMarkdown(p) {
			return s
		}
		return strings.ReplaceAll(s, "\n\n", "\n\n\n")
	}},
	// a blank line at every line break (a copy out of a browser; CR CR LF line ends)
	{"blank-between", textOnly(func(s string) string { return strings.ReplaceAll(s, "\n", "\n\n") })},
	{"no-blank", func(p accPage, s string) string {
		if isMarkdown(p) {
			return s
		}
		return regexp.MustCompile(`\n\s*\n`).ReplaceAllString(s, "\n")
	}},
	{"bullet-dash", func(p accPage, s string) string {
		if isMarkdown(p) {
			return s
		}
		return strings.ReplaceAll(s, "• ", "- ")
	}},
	{"heading-hash", func(p accPage, s string) string {
		if isMarkdown(p) {
			return s
		}
		return editHeadings(p, s, func(_ int, _ page.SectionKind, words string) string { return "## " + words })
	}},
	// headings below the title as links to their anchors (exporters with a table of
	// contents), or with an inline HTML anchor after the words
	{"heading-link", markdownOnly(func(s string) string { return subHeadingRE.ReplaceAllString(s, "$1 [$2](#section)$3") })},
	{"heading-anchor", markdownOnly(func(s string) string {
		return subHeadingRE.ReplaceAllString(s, `$1 $2 <a name="section"></a>$3`)
	})},
	// headings marked as sites and dumps mark them: bold, a bullet, Chinese brackets
	{"heading-marked", func(p accPage, s string) string {
		return editHeadings(p, s, func(n int, _ page.SectionKind, words string) string {
			switch {
			case isMarkdown(p):
				return "**" + words + "**"
			case p.Lang == "zh":
				return "【" + words + "】"
			case n%2 == 0:
				return "■ " + words
			}
			return "**" + words + "**"
		})
	}},
	{"heading-upper", func(p accPage, s string) string {
		return editHeadings(p, s, func(_ int, _ page.SectionKind, words string) string {
			if page.CamelHump(words) {
				return words // "RequestBody" is a name's spelling, which no site writes in capitals
			}
			return strings.ToUpper(words)
		})
	}},
}

var (
	indentRE   = regexp.MustCompile(`(?m)^  +`)          // indentation: a tab
	listMarkRE = regexp.MustCompile(`(?m)^(\s*[-*])  +`) // "-   item": "-\titem"
	headingRE  = regexp.MustCompile(`(?m)^(#{1,5} )`)
	setextRE   = regexp.MustCompile(`(?m)^(##?) +(\S.*)$`) // "## X": "X" over "---"
	// a heading below the title: marks, words, a trailing attribute block
	subHeadingRE = regexp.MustCompile(`(?m)^(#{2,5}) +(\S.*?)([ \t]*\{[^{}]*\})?[ \t]*$`)
)

func isMarkdown(p accPage) bool { return strings.HasSuffix(p.File, ".md") }

func markdownOnly(f func(string) string) func(accPage, string) string {
	return func(p accPage, s string) string {
		if !isMarkdown(p) {
			return s
		}
		return outsideFences(s, f)
	}
}

// textOnly applies f to the text excerpts (not the Markdown pages).
func textOnly(f func(string) string) func(accPage, string) string {
	return func(p accPage, s string) string {
		if isMarkdown(p) {
			return s
		}
		return f(s)
	}
}

// zhOnly applies f to the prose and tables of Chinese pages.
func zhOnly(f func(string) string) func(accPage, string) string {
	return func(p accPage, s string) string {
		if p.Lang != "zh" {
			return s
		}
		if !isMarkdown(p) {
			return f(s)
		}
		return outsideFences(s, f)
	}
}

// outsideFences applies f to every stretch of s outside fenced code blocks.
func outsideFences(s string, f func(string) string) string {
	lines := strings.SplitAfter(s, "\n")
	var out, run strings.Builder
	fenced := false
	for _, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "```") {
			if !fenced {
				out.WriteString(f(run.String()))
				run.Reset()
			}
			fenced = !fenced
			out.WriteString(l)
			continue
		}
		if fenced {
			out.WriteString(l)
		} else {
			run.WriteString(l)
		}
	}
	out.WriteString(f(run.String()))
	return out.String()
}

// nbspWords writes the space between two words as a no-break space, and pads each cell of
// a parameter table with them, as pages exported from HTML (&nbsp;) do.
func nbspWords(s string) string {
	rs := []rune(s)
	for i := 1; i+1 < len(rs); i++ {
		if rs[i] == ' ' && isWordRune(rs[i-1]) && isWordRune(rs[i+1]) {
			rs[i] = '\u00a0'
		}
	}
	return string(rs)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// linkTargetRE matches a Markdown link's target, whose parentheses are syntax.
var linkTargetRE = regexp.MustCompile(`\]\([^)\n]*\)`)

// punctNearHan replaces each character of from next to a Han character by the character of
// to at the same place, outside Markdown link targets.
func punctNearHan(s, from, to string) string {
	var b strings.Builder
	at := 0
	for _, m := range linkTargetRE.FindAllStringIndex(s, -1) {
		b.WriteString(punctNearHanIn(s[at:m[0]], from, to))
		b.WriteString(s[m[0]:m[1]])
		at = m[1]
	}
	b.WriteString(punctNearHanIn(s[at:], from, to))
	return b.String()
}

func punctNearHanIn(s, from, to string) string {
	f, tt, rs := []rune(from), []rune(to), []rune(s)
	for i, r := range rs {
		for k := range f {
			if r == f[k] && (i > 0 && unicode.Is(unicode.Han, rs[i-1]) || i+1 < len(rs) && unicode.Is(unicode.Han, rs[i+1])) {
				rs[i] = tt[k]
			}
		}
	}
	return string(rs)
}

// shortType writes Integer as int and Boolean as bool.
func shortType(t string) string {
	switch strings.ToLower(t) {
	case "integer":
		return "int"
	case "boolean":
		return "bool"
	}
	return t
}

// paramTable is a parameter table of a page (its header names a parameter and a type
// column): the Markdown pages' tables, whose rows may run over several lines (read as
// TestHTMLCorpus's pipeTable reads them), and the text dumps' "| a | b |" and "a | b |"
// tables of one-line rows. Each row is its cells as written.
type paramTable struct {
	start, end int // its lines
	leading    bool
	cols       []page.Column
	header     []string
	rows       [][]string

	blankAround, blankInside bool
	padded                   bool   // "| a | b |": a space around each cell
	pad                      string // what padded puts around each cell: a space when ""
	repeatHeader             int    // the header again before this row (page breaks), when > 0
}

// parseTables finds the parameter tables of lines whose every row has the header's cells
// and a type word or nothing in the Type column; other tables are left as they are.
func parseTables(lines []string) []*paramTable {
	var out []*paramTable
	fenced := false
	for i := 0; i < len(lines); i++ {
		trim := strings.TrimSpace(lines[i])
		if strings.HasPrefix(trim, "```") {
			fenced = !fenced
		}
		if fenced || !strings.HasSuffix(trim, "|") && !strings.HasPrefix(trim, "|") {
			continue
		}
		tb := &paramTable{start: i, leading: strings.HasPrefix(trim, "|")}
		var header string
		var rows []string
		ok := false
		if tb.leading {
			header, rows, tb.end, ok = pipeTable(lines, i)
		} else {
			header, rows, tb.end, ok = pipeRowsAfter(lines, i)
		}
		if !ok {
			continue
		}
		i = tb.end - 1
		tb.header = page.SplitPipeRow(header)
		tb.cols = page.ClassifyColumns(trimAll(tb.header))
		name, typ := slices.Index(tb.cols, page.ColName), slices.Index(tb.cols, page.ColType)
		if name < 0 || typ < 0 {
			continue
		}
		regular := true
		for _, r := range rows {
			cells := page.SplitPipeRow(r)
			if len(cells) != len(tb.cols) {
				regular = false
				break
			}
			if t := strings.TrimSpace(cells[typ]); t != "" && !page.IsType(t) {
				regular = false
				break
			}
			tb.rows = append(tb.rows, cells)
		}
		if regular {
			out = append(out, tb)
		}
	}
	return out
}

// pipeRowsAfter reads a table of one-line rows without a leading pipe ("a | b |") starting
// at lines[start]: a header, a separator line, rows, then a blank line, a heading or the end.
func pipeRowsAfter(lines []string, start int) (header string, rows []string, end int, ok bool) {
	if start+1 >= len(lines) || !page.IsPipeSeparator(lines[start+1]) {
		return "", nil, start, false
	}
	i := start + 2
	for ; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if !strings.HasSuffix(t, "|") || page.IsPipeSeparator(t) {
			break
		}
		rows = append(rows, lines[i])
	}
	if i < len(lines) {
		// a row over several lines, or anything but the next heading, is no table of
		// one-line rows: leave it
		t := strings.TrimSpace(lines[i])
		if _, heading := page.ClassifyHeading(t); t != "" && (strings.Contains(t, "|") || !heading) {
			return "", nil, start, false
		}
	}
	return lines[start], rows, i, true
}

func trimAll(cells []string) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = strings.TrimSpace(c)
	}
	return out
}

// lines renders the table, with a separator line under the header.
func (tb *paramTable) lines() []string {
	row := func(cells []string) []string {
		if tb.padded || tb.pad != "" {
			pad := cmp.Or(tb.pad, " ")
			padded := make([]string, len(cells))
			for i, c := range cells {
				padded[i] = pad + c + pad
			}
			cells = padded
		}
		text := strings.Join(cells, "|") + "|"
		if tb.leading {
			text = "|" + text
		}
		return strings.Split(text, "\n")
	}
	var out []string
	if tb.blankAround {
		out = append(out, "")
	}
	out = append(out, row(tb.header)...)
	out = append(out, row(strings.Split(strings.Repeat("---|", len(tb.header)-1)+"---", "|"))...)
	for i, r := range tb.rows {
		if tb.blankInside && i > 0 {
			out = append(out, "")
		}
		if tb.repeatHeader > 0 && i == tb.repeatHeader {
			out = append(out, row(tb.header)...)
		}
		out = append(out, row(r)...)
	}
	if tb.blankAround {
		out = append(out, "")
	}
	return out
}

// wrapCells writes the text of each cell (those pick says, or all) between mark and mark,
// as exporters bold a header ("**Name**") or write names as code ("`DiskId`").
func wrapCells(cells []string, mark string, pick func(int) bool) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = c
		t := strings.TrimLeft(strings.TrimSpace(c), "└ ") // tree glyphs stay outside
		if t != "" && !strings.Contains(t, "\n") && (pick == nil || pick(i)) {
			k := strings.LastIndex(c, t)
			out[i] = c[:k] + mark + t + mark + c[k+len(t):]
		}
	}
	return out
}

// oneLine reports whether every row of the table is one line, as GFM tables without
// outer pipes must be.
func (tb *paramTable) oneLine() bool {
	for _, r := range append([][]string{tb.header}, tb.rows...) {
		for _, c := range r {
			if strings.Contains(c, "\n") {
				return false
			}
		}
	}
	return true
}

// reorder puts the columns in the order order gives (indexes into the header; a column not
// given is left out); order returns nil when it does not apply.
func (tb *paramTable) reorder(order func([]page.Column) []int) {
	idx := order(tb.cols)
	if idx == nil {
		return
	}
	pick := func(cells []string) []string {
		out := make([]string, len(idx))
		for i, k := range idx {
			out[i] = cells[k]
		}
		return out
	}
	for i := range tb.rows {
		tb.rows[i] = pick(tb.rows[i])
	}
	tb.header = pick(tb.header)
	cols := make([]page.Column, len(idx))
	for i, k := range idx {
		cols[i] = tb.cols[k]
	}
	tb.cols = cols
}

func identity(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// swapNameType puts the Type column where the name column is, and the name after it.
func swapNameType(cols []page.Column) []int {
	n, ty := slices.Index(cols, page.ColName), slices.Index(cols, page.ColType)
	if ty < n {
		return nil
	}
	idx := identity(len(cols))
	idx = append(idx[:ty], idx[ty+1:]...)
	return append(idx[:n], append([]int{ty}, idx[n:]...)...)
}

// moveLast moves column c to the end.
func moveLast(c page.Column) func([]page.Column) []int {
	return func(cols []page.Column) []int {
		k := slices.Index(cols, c)
		if k < 0 || k == len(cols)-1 {
			return nil
		}
		idx := identity(len(cols))
		return append(append(idx[:k:k], idx[k+1:]...), k)
	}
}

// moveAfterName moves column c to just after the name column.
func moveAfterName(c page.Column) func([]page.Column) []int {
	return func(cols []page.Column) []int {
		k, n := slices.Index(cols, c), slices.Index(cols, page.ColName)
		if k < 0 || k == n+1 {
			return nil
		}
		idx := identity(len(cols))
		idx = append(idx[:k:k], idx[k+1:]...)
		if k < n {
			n--
		}
		return append(idx[:n+1:n+1], append([]int{k}, idx[n+1:]...)...)
	}
}

// insertColumn adds a column at index at, headed header, its cell in row i cell(i) (empty
// when cell is nil), as tables with a blank edge column or a row number column have it. Its
// cells have a space on each side, as the dumps write every cell separator.
func (tb *paramTable) insertColumn(at int, header string, cell func(i int) string) {
	ins := func(cells []string, c string) []string {
		c = strings.TrimRight(" "+c+" ", " ") + " "
		return append(cells[:at:at], append([]string{c}, cells[at:]...)...)
	}
	tb.header = ins(tb.header, header)
	for i, r := range tb.rows {
		c := ""
		if cell != nil {
			c = cell(i)
		}
		tb.rows[i] = ins(r, c)
	}
	tb.cols = append(tb.cols[:at:at], append([]page.Column{page.ColOther}, tb.cols[at:]...)...)
}

// drop leaves column c out.
func drop(c page.Column) func([]page.Column) []int {
	return func(cols []page.Column) []int {
		k := slices.Index(cols, c)
		if k < 0 {
			return nil
		}
		idx := identity(len(cols))
		return append(idx[:k:k], idx[k+1:]...)
	}
}

// withTables applies table to every parameter table of the page (Markdown pages and text
// dumps), and lines, when not nil, to every other line of a text dump: the cell-per-line
// layouts write a cell as a line.
func withTables(p accPage, s string, table func(*paramTable), lines func([]string)) string {
	ls := strings.Split(s, "\n")
	tables := parseTables(ls)
	var out []string
	at := 0
	for _, tb := range tables {
		if !isMarkdown(p) && !tb.oneLine() {
			continue // a text dump's row over several lines: a lone "|" closes a cell it lacks
		}
		rest := ls[at:tb.start]
		if lines != nil && !isMarkdown(p) {
			lines(rest)
		}
		out = append(out, rest...)
		table(tb)
		out = append(out, tb.lines()...)
		at = tb.end
	}
	rest := ls[at:]
	if lines != nil && !isMarkdown(p) {
		lines(rest)
	}
	return strings.Join(append(out, rest...), "\n")
}

func tablesOf(f func(*paramTable)) func(accPage, string) string {
	return func(p accPage, s string) string { return withTables(p, s, f, nil) }
}

// replaceCell replaces the text of cell (a table cell, or a text dump's line written as a
// cell) inside its white space and pipes by w.
func replaceCell(cell, w string) string {
	t := stripCell(cell)
	if t == "" {
		return cell
	}
	i := strings.Index(cell, t)
	return cell[:i] + w + cell[i+len(t):]
}

// stripCell is a text dump's line as a cell: without white space and the pipes around it.
func stripCell(l string) string {
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(l), "|"))
}

// headerWords writes the header cells of the name, type, Required, description and example
// columns as the given words: in tables, and in a text dump's header written a cell a line
// (three or more column words in a row, naming a parameter and a type column).
func headerWords(name, typ, req, desc, example string) func(accPage, string) string {
	words := map[page.Column]string{page.ColName: name, page.ColType: typ, page.ColRequired: req,
		page.ColDescription: desc, page.ColExample: example}
	return func(p accPage, s string) string {
		return withTables(p, s, func(tb *paramTable) {
			for i, c := range tb.cols {
				if w, ok := words[c]; ok {
					tb.header[i] = replaceCell(tb.header[i], w)
				}
			}
		}, func(ls []string) {
			for i := 0; i < len(ls); i++ {
				var run []int
				seen := map[page.Column]bool{}
				for j := i; j < len(ls); j++ {
					c := stripCell(ls[j])
					if c == "" {
						continue
					}
					k := page.ClassifyColumn(c)
					if k == page.ColOther || seen[k] || strings.HasPrefix(strings.TrimSpace(ls[j]), "|") {
						break // "| Description |" opens a row named Description
					}
					run = append(run, j)
					seen[k] = true
				}
				if len(run) < 3 || !seen[page.ColName] || !seen[page.ColType] {
					continue
				}
				for _, j := range run {
					if w, ok := words[page.ClassifyColumn(stripCell(ls[j]))]; ok {
						ls[j] = replaceCell(ls[j], w)
					}
				}
				i = run[len(run)-1]
			}
		})
	}
}

// requiredWords writes the Required cells that say yes or no in one word as yes and no.
func requiredWords(yes, no string) func(accPage, string) string {
	word := func(c string) (string, bool) {
		t := strings.TrimSpace(c)
		req, ok := page.ParseRequired(t)
		if !ok || strings.ContainsAny(t, " \t") {
			return "", false
		}
		if req {
			return yes, true
		}
		return no, true
	}
	return func(p accPage, s string) string {
		return withTables(p, s, func(tb *paramTable) {
			k := slices.Index(tb.cols, page.ColRequired)
			if k < 0 {
				return
			}
			for _, r := range tb.rows {
				if w, ok := word(r[k]); ok {
					r[k] = replaceCell(r[k], w)
				}
			}
		}, func(ls []string) {
			for i, l := range ls {
				if c := stripCell(l); page.ClassifyColumn(c) != page.ColOther {
					continue // a header cell ("Required")
				}
				if w, ok := word(stripCell(l)); ok {
					ls[i] = replaceCell(l, w)
				}
			}
		})
	}
}

// typeWords writes the type cells as f spells them.
func typeWords(f func(string) string) func(accPage, string) string {
	spell := func(c string) (string, bool) {
		t := strings.TrimSpace(c)
		if t == "" || !page.IsType(t) {
			return "", false
		}
		return f(t), true
	}
	return func(p accPage, s string) string {
		return withTables(p, s, func(tb *paramTable) {
			k := slices.Index(tb.cols, page.ColType)
			for _, r := range tb.rows {
				if w, ok := spell(r[k]); ok {
					r[k] = replaceCell(r[k], w)
				}
			}
		}, func(ls []string) {
			for i, l := range ls {
				if w, ok := spell(stripCell(l)); ok {
					ls[i] = replaceCell(l, w)
				}
			}
		})
	}
}

// pageSection is a section of a page: its kind and lines. A Markdown section runs to the
// next heading of its level or above. A text dump's headings are lines like any other (a
// row's description may be "错误码"), so its sections are where the text reader puts them.
type pageSection struct {
	kind       page.SectionKind
	start, end int
}

var fenceLineRE = regexp.MustCompile("(?m)^\\s*```")

var mdHeadingRE = regexp.MustCompile(`^(#{1,6})\s+(.*)$`)

func pageSections(p accPage, ls []string) []pageSection {
	var out []pageSection
	if !isMarkdown(p) {
		pg, err := textpage.Reader{}.Read(p.File, []byte(strings.Join(ls, "\n")))
		if err != nil {
			return nil
		}
		for i, sec := range pg.Sections {
			if sec.Kind == page.Intro {
				continue
			}
			if sec.Line < 1 || sec.Line > len(ls) || strings.TrimSpace(ls[sec.Line-1]) != strings.TrimSpace(sec.Heading) {
				return nil // a heading glued to text ("}Error codes"): no line to cut at
			}
			end := len(ls)
			if i+1 < len(pg.Sections) {
				end = pg.Sections[i+1].Line - 1
			}
			out = append(out, pageSection{sec.Kind, sec.Line - 1, end})
		}
		return out
	}
	type open struct {
		pageSection
		level int
	}
	var stack []open
	closeTo := func(level int, at int) {
		for len(stack) > 0 && stack[len(stack)-1].level >= level {
			s := stack[len(stack)-1]
			s.end = at
			out = append(out, s.pageSection)
			stack = stack[:len(stack)-1]
		}
	}
	fenced := false
	for i, l := range ls {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "```") {
			fenced = !fenced
		}
		m := mdHeadingRE.FindStringSubmatch(t)
		if fenced || m == nil {
			continue
		}
		text, _, _ := strings.Cut(m[2], " {#")
		kind, ok := page.ClassifyHeading(text)
		if !ok {
			kind = page.Other
		}
		closeTo(len(m[1]), i)
		stack = append(stack, open{pageSection{kind, i, 0}, len(m[1])})
	}
	closeTo(0, len(ls))
	return out
}

// moveSection moves the first section of kind to just before the first request parameter
// section (when it comes after it).
func moveSection(kind page.SectionKind) func(accPage, string) string {
	return func(p accPage, s string) string {
		ls := strings.Split(s, "\n")
		if fences := len(fenceLineRE.FindAllString(s, -1)); fences%2 != 0 {
			return s // the page's code fences do not pair: where a section ends is unsure
		}
		secs := pageSections(p, ls)
		move, target := -1, -1
		for i, sec := range secs {
			if move < 0 && sec.kind == kind {
				move = i
			}
			if sec.kind.HoldsRequest() && (target < 0 || sec.start < secs[target].start) {
				target = i
			}
		}
		if move < 0 || target < 0 || secs[move].start < secs[target].start {
			return s
		}
		if secs[move].end == len(ls) && p.Complete != nil && !*p.Complete {
			return s // the excerpt is cut inside it: no page has that part in its middle
		}
		m, at := secs[move], secs[target].start
		moved := append([]string(nil), ls[m.start:m.end]...)
		if len(moved) > 0 && strings.TrimSpace(moved[len(moved)-1]) != "" {
			moved = append(moved, "")
		}
		out := append(append(append([]string(nil), ls[:at]...), moved...), ls[at:m.start]...)
		return strings.Join(append(out, ls[m.end:]...), "\n")
	}
}

// numberHeadings numbers the headings of a page's known sections, as documents number their
// sections: "## 1. Request parameters" in Markdown, and on a text dump's heading lines "一、
// 请求参数" (Chinese) or "2. Response parameters".
func numberHeadings(p accPage, s string) string {
	return editHeadings(p, s, func(n int, _ page.SectionKind, words string) string {
		if !isMarkdown(p) && p.Lang == "zh" {
			return chineseNumeral(n) + "、" + words
		}
		return strconv.Itoa(n) + ". " + words
	})
}

// letterHeadings numbers the headings of a page's known sections by letters ("B. Response
// parameters") or, on a Chinese page, by ordinal parts ("第二部分 返回参数").
func letterHeadings(p accPage, s string) string {
	return editHeadings(p, s, func(n int, _ page.SectionKind, words string) string {
		if p.Lang == "zh" {
			return "第" + chineseNumeral(n) + "部分 " + words
		}
		return string(rune('A'+(n-1)%26)) + ". " + words
	})
}

// wrapLines breaks each line longer than width at the last space before it, as dumps of
// a fixed width do (lynx -dump, a terminal's copy); the lines of a code block too.
func wrapLines(s string, width int) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		for len(l) > width {
			k := strings.LastIndexByte(l[:width], ' ')
			if k <= 0 {
				break
			}
			out = append(out, l[:k])
			l = l[k+1:]
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// headingColons ends the headings of a page's known sections with a colon, full-width on a
// Chinese page ("请求参数：", "Request parameters:").
func headingColons(p accPage, s string) string {
	return editHeadings(p, s, func(_ int, _ page.SectionKind, words string) string {
		if p.Lang == "zh" {
			return words + "："
		}
		return words + ":"
	})
}

// locateHeadings writes the location of a request section in brackets after its heading, where
// it is right: a section of request parameters when the truth puts every request parameter
// in one location ("Request parameters (Query)", "请求参数（查询）"), and a section named for
// its location, whose heading becomes a request parameter heading qualified by that location
// ("Request header": "Request parameters (Header)").
func locateHeadings(p accPage, truth *accRecord, s string) string {
	zh := p.Lang == "zh"
	return editHeadings(p, s, func(_ int, k page.SectionKind, words string) string {
		loc := map[page.SectionKind]string{page.QueryParams: "query", page.PathParams: "path",
			page.RequestHeaders: "header", page.BodyParams: "body"}[k]
		if k == page.RequestParams {
			loc = onlyLocation(truth)
		} else if loc != "" {
			words = map[bool]string{false: "Request parameters", true: "请求参数"}[zh]
		}
		if loc == "" {
			return words
		}
		if zh {
			return words + "（" + map[string]string{"query": "查询", "path": "路径", "header": "请求头", "body": "请求体"}[loc] + "）"
		}
		return words + " (" + strings.ToUpper(loc[:1]) + loc[1:] + ")"
	})
}

// onlyLocation is the location the truth puts every request parameter in, "" when it names
// more than one or none.
func onlyLocation(truth *accRecord) string {
	loc := ""
	for i, n := range truthRequest(truth) {
		if n.In == "" || i > 0 && n.In != loc {
			return ""
		}
		loc = n.In
	}
	return loc
}

func truthRequest(truth *accRecord) []accNode {
	if truth == nil {
		return nil
	}
	return truth.Request
}

// editHeadings rewrites the heading words of each known section of a page (pageSections) with
// edit, given the heading's place among them (from 1), its kind and its words; Markdown marks
// and a trailing attribute block stay. It leaves a page whose code fences do not pair.
func editHeadings(p accPage, s string, edit func(n int, k page.SectionKind, words string) string) string {
	if len(fenceLineRE.FindAllString(s, -1))%2 != 0 {
		return s
	}
	ls := strings.Split(s, "\n")
	n := 0
	for _, sec := range pageSections(p, ls) {
		if sec.kind == page.Other {
			continue
		}
		m := headingLineRE.FindStringSubmatch(ls[sec.start])
		if m == nil {
			continue
		}
		n++
		ls[sec.start] = m[1] + edit(n, sec.kind, m[2]) + m[3]
	}
	return strings.Join(ls, "\n")
}

// headingLineRE splits a heading line into its marks ("## "), its words, and a trailing
// attribute block (" {#parameters .section}") or end of line.
var headingLineRE = regexp.MustCompile(`^(\s*(?:#{1,6}\s+)?)(.*?)(\s*\{[^{}]*\}\s*|\s*)$`)

// chineseNumeral writes n (1 to 99) in Chinese numerals: 一, 十, 十二, 二十三.
func chineseNumeral(n int) string {
	digits := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	if n < 10 {
		return digits[n]
	}
	tens := digits[n/10]
	if n/10 == 1 {
		tens = ""
	}
	return tens + "十" + digits[n%10]
}
