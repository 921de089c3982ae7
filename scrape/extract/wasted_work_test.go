package extract

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// TestDefaultReadersCopyNoLexicon: the readers of a stated default that find none in a
// description allocate nothing. They ranged over a fresh copy of a lexicon list each
// (page.TrailingDefaultWords(), LeadingDefaultWords(), DefaultWords()), three copies a
// description.
func TestDefaultReadersCopyNoLexicon(t *testing.T) {
	desc := "The ID of the instance. You can call DescribeInstances to query it."
	lower := page.LowerASCII(desc)
	for name, read := range map[string]func() []statedDefault{
		"byDefault":        func() []statedDefault { return byDefault(desc, lower) },
		"leadingByDefault": func() []statedDefault { return leadingByDefault(desc, lower) },
		"sameAsDefaults":   func() []statedDefault { return sameAsDefaults(desc) },
	} {
		allocs := testing.AllocsPerRun(5, func() {
			if got := read(); got != nil {
				t.Fatalf("%s: %v read from %q, which states no default", name, got, desc)
			}
		})
		if allocs != 0 {
			t.Errorf("%s made %.0f allocations on a description stating no default, want 0", name, allocs)
		}
	}
}

// TestOtherCellsSkipsReadCells: otherCells asks a cell whether it is blank (BlankCell,
// which lower-cases it) only in the columns it reads: a row of a name, a type and a
// description, each taken by other readings, costs no allocation. Asked first, BlankCell
// copied every row's description.
func TestOtherCellsSkipsReadCells(t *testing.T) {
	x := &extractor{p: &page.Page{File: "f"}, res: &Result{}}
	tbl := &page.Table{Header: []string{"Name", "Type", "Description"},
		Columns: []page.Column{page.ColName, page.ColType, page.ColDescription}}
	r := page.Row{Cells: []string{"InstanceId", "String", "The ID of the Instance. Call DescribeInstances to query it."}}
	s := &opspec.Schema{Type: "string", Description: r.Cells[2]}
	allocs := testing.AllocsPerRun(5, func() { x.otherCells(s, tbl, r, "InstanceId", true) })
	if allocs != 0 {
		t.Errorf("otherCells made %.0f allocations on a row of a name, a type and a description, want 0", allocs)
	}
	if s.Description != r.Cells[2] {
		t.Errorf("description %q, want it unchanged", s.Description)
	}
}

// TestDefaultWordsInPhrases: statedDefaults reads a description only when it holds a
// default word, which every way of stating a default has; the phrases that open or end
// such a sentence ("by default", "默认情况下") must hold one too.
func TestDefaultWordsInPhrases(t *testing.T) {
	for _, p := range append(page.LeadingDefaultWords(), page.TrailingDefaultWords()...) {
		if !slices.ContainsFunc(defaultWords, func(w string) bool { return strings.Contains(p, w) }) {
			t.Errorf("%q holds no default word (page.DefaultWords): statedDefaults would skip its sentences", p)
		}
	}
	desc := "The ID of the instance. You can call DescribeInstances to query it, e.g. i-123 (ECS)."
	if n := testing.AllocsPerRun(5, func() { statedDefaults(desc, nil) }); n > 0 {
		t.Errorf("statedDefaults made %.0f allocations on a description with no default word, want none", n)
	}
	if n := testing.AllocsPerRun(5, func() { validValuesLead(desc) }); n > 0 {
		t.Errorf("validValuesLead made %.0f allocations on a description with no valid-values word, want none", n)
	}
}

// TestDefaultStems: statedDefaults searches a description for fewer words than the
// lexicon's default words (each search a scan of the description), and a text holds one of
// the stems exactly when it holds a default word.
func TestDefaultStems(t *testing.T) {
	if len(defaultStems) >= len(defaultWords) || len(defaultStems) == 0 {
		t.Fatalf("defaultStems %q: want fewer than the %d default words", defaultStems, len(defaultWords))
	}
	for _, w := range defaultWords {
		if !mayHold("x "+strings.ToUpper(w)+" y", defaultStems) {
			t.Errorf("%q holds no stem of %q", w, defaultStems)
		}
	}
	for _, w := range defaultStems {
		if !slices.Contains(defaultWords, w) {
			t.Errorf("stem %q is no default word", w)
		}
	}
}

// TestNoParamsRow: isNoParams joins and lower-cases a row only when its first letter may
// open a filler phrase; a parameter row costs no allocation (each row's text was copied
// twice), and the filler rows read as before.
func TestNoParamsRow(t *testing.T) {
	for cells, want := range map[[3]string]bool{
		{"No parameters required.", "", ""}: true, {"", " NO REQUEST PARAMETERS", ""}: true,
		{"无请求参数", "", ""}: true, {"Tidak ada parameter.", "", ""}: true, {"No", "parameters", ""}: true,
		{"NextToken", "String", "No parameters"}: false, {"InstanceId", "String", "The ID."}: false, {"", "", ""}: false,
	} {
		if got := isNoParams(page.Row{Cells: cells[:]}); got != want {
			t.Errorf("isNoParams(%q) = %v, want %v", cells, got, want)
		}
	}
	// the definition: the row's text joined, trimmed and lower-cased starts with a lead
	ref := func(cells []string) bool {
		l := strings.ToLower(strings.TrimSpace(strings.Join(cells, " ")))
		return slices.ContainsFunc(noParamsLeads, func(p string) bool { return strings.HasPrefix(l, p) })
	}
	for _, s := range matcherInputs() {
		for _, cells := range [][]string{{s}, {"", s}, {" \u3000", s, "x"}, {s, s}} {
			if got, want := isNoParams(page.Row{Cells: cells}), ref(cells); got != want {
				t.Errorf("isNoParams(%q) = %v, the definition says %v", cells, got, want)
			}
		}
	}
	r := page.Row{Cells: []string{"InstanceId", "String", "The ID of the instance."}}
	if n := testing.AllocsPerRun(5, func() { isNoParams(r) }); n != 0 {
		t.Errorf("isNoParams made %.0f allocations on a parameter row, want 0", n)
	}
}

// TestValidValuesStems: every lead-in of the lexicon's valid values holds one of
// validValuesStems, which validValuesLead looks for before it searches a description for
// each lead-in; a description holding none reads no lead-in, one holding a lead-in reads it.
func TestValidValuesStems(t *testing.T) {
	for _, w := range validValuesLeads {
		if !slices.ContainsFunc(validValuesStems, func(s string) bool { return strings.Contains(w, s) }) {
			t.Errorf("valid-values word %q holds none of validValuesStems: validValuesLead would miss it", w)
		}
	}
	for _, w := range validValuesLeads {
		desc := "The mode. " + strings.ToUpper(w) + ": A, B."
		if start, _, ok := validValuesLead(desc); !ok || start != len("The mode. ") {
			t.Errorf("validValuesLead(%q) = %d, %v, want the lead-in at 10", desc, start, ok)
		}
	}
	if _, _, ok := validValuesLead("The ID of the instance. Call DescribeInstances to query it."); ok {
		t.Error("validValuesLead found a lead-in in a description with none")
	}
}

// TestFoldLess: foldLess orders names as their lower case does (strings.ToLower), on
// random strings of letters in both cases, runes that lower to ASCII (İ, the Kelvin sign),
// other runes past ASCII and broken UTF-8, and makes no allocation: sortedNames asks it
// of every two neighbours of an object each time a row is placed, and lower-cased both
// names of each pair (8 allocations a page of BenchmarkScrape).
func TestFoldLess(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 7))
	parts := []string{"a", "A", "b", "Id", "ID", "i", "İ", "k", "K", "\u212a", "Ä", "ä", "\xff", "\ufffd", "_", "9", "名"}
	word := func() string {
		var b strings.Builder
		for range rng.IntN(5) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		return b.String()
	}
	for range 50000 {
		a, b := word(), word()
		if got, want := foldLess(a, b), strings.ToLower(a) < strings.ToLower(b); got != want {
			t.Fatalf("foldLess(%q, %q) = %v, want %v", a, b, got, want)
		}
	}
	if n := testing.AllocsPerRun(20, func() { foldLess("InstanceId", "instanceName") }); n != 0 {
		t.Errorf("foldLess: %.0f allocations a call, want none", n)
	}
}

// TestIdentWords: appendCamelWords, which pageWords reads the whole page with byte by
// byte, keeps the camel-case ones of the fields strings.FieldsFunc cuts with notIdentRune,
// on random strings of identifier characters, punctuation, runes past ASCII and broken
// UTF-8; and no word of a text is appended but those (TestPageWordsCamelOnly).
func TestIdentWords(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 9))
	parts := []string{"a", "Z", "_", "9", " ", ".", "-", "调用", "é", "\xff", "\xc3", "DescribeInstances", "\n", "aB", "Ab", "b"}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		want := slices.DeleteFunc(strings.FieldsFunc(s, notIdentRune), func(w string) bool { return !page.CamelHump(w) })
		if got := appendCamelWords(nil, s); !slices.Equal(got, want) {
			t.Fatalf("appendCamelWords(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestSaysDeprecatedAllocs: readFields asks every row's description whether it says the
// parameter is deprecated; it lowers the description on the stack, where it copied each
// (12 allocations a page of BenchmarkScrape), and reads what strings.ToLower's copy read.
func TestSaysDeprecatedAllocs(t *testing.T) {
	desc := "The ID of the instance. You can call DescribeInstances to query it."
	if n := testing.AllocsPerRun(20, func() { saysDeprecated(desc) }); n > 0 {
		t.Errorf("saysDeprecated: %.0f allocations a call, want none", n)
	}
	for in, want := range map[string]bool{desc: false, "Deprecated. Use Name.": true, "DEPRECATED": true,
		"已废弃": true, "The name. THİS PARAMETER İS DEPRECATED.": true, "Not deprecated": false,
		"This parameter is deprecated": true, " deprecated": false} {
		if got := saysDeprecated(in); got != want {
			t.Errorf("saysDeprecated(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestMayHoldWords: mayHold rules a description out for validValuesLead and statedDefaults
// by its strings.ToLower form, where they then search its LowerASCII form; that holds
// every word the other does only while each word is lower case in runes ToLower keeps.
// Checked too on random descriptions: none mayHold rules out holds a word LowerASCII's
// form holds.
func TestMayHoldWords(t *testing.T) {
	for _, words := range [][]string{validValuesStems, defaultWords} {
		for _, w := range words {
			for _, r := range w {
				if unicode.ToLower(r) != r {
					t.Errorf("%q: %q is not its own lower case", w, r)
				}
			}
		}
	}
	rng := rand.New(rand.NewPCG(31, 37))
	parts := []string{"Value", "VALUE", "nilai", "NİLAI", "值", "値", "Default", "默认", "デフォルト", "İ", "K", "\xff", " ", "x"}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		d := b.String()
		for _, words := range [][]string{validValuesStems, defaultWords} {
			lower := page.LowerASCII(d)
			if !mayHold(d, words) && slices.ContainsFunc(words, func(w string) bool { return strings.Contains(lower, w) }) {
				t.Fatalf("mayHold(%q) is false, but its LowerASCII form holds one of %q", d, words)
			}
		}
	}
}

// TestSpellingByPathReadsNoWords: spelling a URL's slug by a segment of the request path
// gathers none of the page's words (pageWords reads every block, item and cell of the
// page, 3 % of BenchmarkScrape); the words are gathered only when no segment spells it.
func TestSpellingByPathReadsNoWords(t *testing.T) {
	x := &extractor{p: &page.Page{Sections: []*page.Section{
		sec(page.RequestSyntax, "Request syntax", 1, para(2, "POST /v2/modify-white-ips HTTP/1.1")),
		sec(page.Intro, "", 1, para(4, "Call ModifyWhiteIps or DescribeWhiteIps."))}}}
	calls := 0
	words := func() []string { calls++; return x.pageWords() }
	if n, from := x.spelling("modifywhiteips", words); n != "ModifyWhiteIps" || from != "request path" || calls != 0 {
		t.Errorf("spelling by the path = %q from %q, %d reads of the page's words; want ModifyWhiteIps from the request path, none", n, from, calls)
	}
	if n, from := x.spelling("describewhiteips", words); n != "DescribeWhiteIps" || from != "page text" || calls != 1 {
		t.Errorf("spelling by the text = %q from %q, %d reads of the page's words; want DescribeWhiteIps from the page text, one", n, from, calls)
	}
}

// TestPageWordsCamelOnly: pageWords keeps only the camel-case words, the ones spelling can
// use (opWord, humpSpelling); the slice of every word of a page grew to its size. A
// sentence of lower-case words, a number and an acronym leaves only the camel-case name.
func TestPageWordsCamelOnly(t *testing.T) {
	x := &extractor{p: &page.Page{Sections: []*page.Section{
		sec(page.Intro, "", 1, para(2, "the instance id, 42 of them: call DescribeInstances or ECS now"))}}}
	if got := x.pageWords(); !slices.Equal(got, []string{"DescribeInstances"}) {
		t.Errorf("pageWords = %q, want [DescribeInstances]", got)
	}
	// only the camel-case word is appended: the slice of the text's every word grew in
	// four steps to hold its eleven words before they were dropped
	if n := testing.AllocsPerRun(20, func() { x.pageWords() }); n > 1 {
		t.Errorf("pageWords: %.0f allocations, want 1", n)
	}
}

// TestBlockSaysNoAuthAllocs: the RAM section's blocks are asked whether they say no
// authorization is needed without joining a list's items and lower-casing the whole (each
// block of a RAM section was copied twice); the phrases are found in any case, in a
// paragraph or in an item.
func TestBlockSaysNoAuthAllocs(t *testing.T) {
	list := page.Block{Kind: page.List, Items: []string{"ecs:DescribeInstances  The action.", "Resource: acs:ecs:*:*:instance/*"}}
	if n := testing.AllocsPerRun(20, func() { blockSaysNoAuth(list) }); n > 0 {
		t.Errorf("blockSaysNoAuth: %.0f allocations, want none", n)
	}
	for b, want := range map[*page.Block]bool{
		{Kind: page.Paragraph, Text: "There is NO authorization for this operation."}: true,
		{Kind: page.List, Items: []string{"x", " 此接口无需授权。"}}:                          true,
		{Kind: page.Paragraph, Text: "Authorization is required."}:                    false,
		&list: false,
	} {
		if got := blockSaysNoAuth(*b); got != want {
			t.Errorf("blockSaysNoAuth(%+v) = %v, want %v", *b, got, want)
		}
	}
}
