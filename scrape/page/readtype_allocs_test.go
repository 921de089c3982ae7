package page

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestReadTypeAllocs guards ReadType, asked of nearly every cell a reader meets, against
// work per call that its cells do not need: a strings.Replacer built per call cost 1 MB a
// page of BenchmarkScrape, and Replace called on a cell with nothing to replace copies it
// (700 allocations a page). A plain type word costs one allocation (its lower case).
func TestReadTypeAllocs(t *testing.T) {
	for _, c := range []struct {
		cell string
		max  float64
	}{{"String", 1}, {"`Array of String`", 4}, {"Long（必填）", 8}} {
		if n := testing.AllocsPerRun(20, func() { ReadType(c.cell) }); n > c.max {
			t.Errorf("ReadType(%q): %.0f allocations a call, want at most %.0f", c.cell, n, c.max)
		}
	}
}

// TestLexiconKeyAllocs guards normalizeWords, the key of every heading and column lookup
// (every short line and header cell a reader meets), against a copy of text that needs
// none: ASCII words one space apart in lower case are their own key.
func TestLexiconKeyAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(20, func() { ClassifyColumn("parameter") }); n > 0 {
		t.Errorf("ClassifyColumn: %.0f allocations a call, want none", n)
	}
	if n := testing.AllocsPerRun(20, func() { ClassifyHeading("request parameters") }); n > 0 {
		t.Errorf("ClassifyHeading: %.0f allocations a call, want none", n)
	}
	for in, want := range map[string]string{"Request  Parameters:": "request parameters", "请求参数：": "请求参数",
		"Type\tof value": "type of value", "İD": "id"} {
		if got := normalizeWords(in); got != want {
			t.Errorf("normalizeWords(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLowerASCIIAllocs: LowerASCII (asked of every description by the readers of valid
// values and defaults) copies a string once when it has an upper-case letter and not at
// all when it has none; it copied each twice ([]byte and back).
func TestLowerASCIIAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(20, func() { LowerASCII("the default value is 10") }); n > 0 {
		t.Errorf("LowerASCII of lower-case text: %.0f allocations a call, want none", n)
	}
	if n := testing.AllocsPerRun(20, func() { LowerASCII("The default value is 10") }); n > 1 {
		t.Errorf("LowerASCII: %.0f allocations a call, want one", n)
	}
}

// TestCapitalisedKeyAllocs guards the column lookups (ClassifyColumn, optionalColumn),
// asked of every header cell and card key a reader meets and of the same cells again and
// again, against building a lower-case string of each capitalised cell ("Type",
// "Description": about 46 allocations a page of BenchmarkScrape): lookupWords writes the
// key on the stack.
func TestCapitalisedKeyAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(20, func() { ClassifyColumn("Description") }); n > 0 {
		t.Errorf("ClassifyColumn: %.0f allocations a call, want none", n)
	}
	if n := testing.AllocsPerRun(20, func() { optionalColumn("Optional") }); n > 0 {
		t.Errorf("optionalColumn: %.0f allocations a call, want none", n)
	}
}

// TestLookupWordsKey checks normalizeWords (appendWords) against its definition: plain
// words lowered by strings.ToLower, any other text's words so lowered and one space apart;
// and that lookupWords finds what that key finds: on the lexicon's words in capitals and
// on random strings of letters, spaces, tabs, colons, runes past ASCII and broken UTF-8.
func TestLookupWordsKey(t *testing.T) {
	var in []string
	for k := range columnWords {
		in = append(in, k, strings.ToUpper(k), " **"+strings.ToTitle(k)+"**:", "# "+k+"：")
	}
	rng := rand.New(rand.NewPCG(11, 20))
	parts := []string{"a", "B", "Type", " ", "  ", "\t", ":", "：", "İ", "K", "Ä", "类型", "\xff", "ß", "ẞ", "Nilai yang diizinkan", "Conditional Keyword"}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		in = append(in, b.String())
	}
	for _, s := range in {
		want := strings.TrimRight(strings.TrimSpace(s), ":：")
		if plainWords(want) {
			want = strings.ToLower(want)
		} else {
			var b strings.Builder // words one space apart, none between two ideographic characters
			for _, w := range strings.Fields(strings.ToLower(want)) {
				if last, _ := utf8.DecodeLastRuneInString(b.String()); b.Len() > 0 && !(ideographic(last) && ideographic([]rune(w)[0])) {
					b.WriteByte(' ')
				}
				b.WriteString(w)
			}
			want = b.String()
		}
		if got := normalizeWords(s); got != want {
			t.Fatalf("normalizeWords(%q) = %q, want %q", s, got, want)
		}
		if got, want := ClassifyColumn(s), columnWords[normalizeWords(columnHeader(s))]; got != want {
			t.Fatalf("ClassifyColumn(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestLastUpdatedFirstBytes checks the condition LastUpdated asks before EqualFold: a line
// that starts with a last-updated word in any case starts with the word's first byte, ASCII
// capitals lowered. So each word starts with a byte past ASCII or a lower-case letter, and
// no rune past ASCII folds to that letter (as the Kelvin sign folds to "k").
func TestLastUpdatedFirstBytes(t *testing.T) {
	for _, w := range lastUpdatedWords {
		r, _ := utf8.DecodeRuneInString(w)
		if 'A' <= w[0] && w[0] <= 'Z' {
			t.Errorf("%q starts with a capital", w)
		}
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			c := string(f)[0]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != w[0] {
				t.Errorf("%q: %q folds to its first letter", w, f)
			}
		}
		if _, ok := LastUpdated(strings.ToUpper(w) + ": 2024-01-02"); !ok {
			t.Errorf("%q in capitals is not read", w)
		}
	}
}

// TestRequiredKeyAllocs guards ParseRequired, asked of every row's Required cell and of
// each cell a reader tries as one (about 30 a page of BenchmarkScrape), against a
// lower-case string of each capitalised cell ("Yes", "No"): lookupRequired writes the key
// on the stack.
func TestRequiredKeyAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(20, func() { ParseRequired("Yes") }); n > 0 {
		t.Errorf("ParseRequired: %.0f allocations a call, want none", n)
	}
	if n := testing.AllocsPerRun(20, func() { RequiredWord("Conditional") }); n > 0 {
		t.Errorf("RequiredWord: %.0f allocations a call, want none", n)
	}
}

// TestRequiredTrim: requiredKey trims a cell before lower-casing it, where it trimmed the
// lower case; the two keys are one on every rune that lowers to white space or to
// punctuation a cell may end with (none but themselves), on random cells, and the
// lookups read what the key reads.
func TestRequiredTrim(t *testing.T) {
	const punct = ".,;:!。，；！"
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); l != r && (strings.ContainsRune(punct+CrossedBox, l) || unicode.IsSpace(l)) {
			t.Errorf("%U lowers to %q", r, l)
		}
	}
	var in []string
	for k := range requiredWords {
		in = append(in, k, strings.ToUpper(k)+".", " "+strings.ToTitle(k)+" 。")
	}
	rng := rand.New(rand.NewPCG(13, 17))
	parts := []string{"Yes", "no", " ", "\t", ".", "。", "!", "！", "İ", "K", "\xff", "是", "Optional", "conditional", "Not Required", "Conditionally required", CrossedBox}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(5) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		in = append(in, b.String())
	}
	for _, s := range in {
		want := strings.TrimSpace(strings.TrimRight(strings.ToLower(strings.TrimSpace(s)), punct))
		if got := requiredKey(s); got != want {
			t.Fatalf("requiredKey(%q) = %q, want %q", s, got, want)
		}
		r, ok := ParseRequired(s)
		if wr, wok := requiredWords[want]; r != wr || ok != wok {
			t.Fatalf("ParseRequired(%q) = %v %v, want %v %v", s, r, ok, wr, wok)
		}
		if crossedBox(s) != (want == CrossedBox) {
			t.Fatalf("crossedBox(%q) = %v", s, crossedBox(s))
		}
		if a, _ := lookupRequired(answerWords, maxAnswerLetters, s); a != answerWords[want] {
			t.Fatalf("answer %q = %v", s, a)
		}
	}
}

// TestCellWordAllocs guards the lexicon's tests of a cell's word (BlankCell, ItemWord,
// ParseLocation, IsSiteChrome), asked of nearly every cell or line, against a lower-case
// string of each capitalised one: the key is written on the stack (AppendLower, which
// lowers as strings.ToLower does: checked here on random strings). A cell with more
// letters than any word of the vocabulary (lettersOver) is not lowered at all: lowered,
// a sentence outgrew the buffer and was copied to the heap as it grew.
func TestCellWordAllocs(t *testing.T) {
	long := "The ID of the instance. You can call DescribeInstances to query it."
	for name, f := range map[string]func(){
		"long cells":    func() { BlankCell(long); ItemWord(long); ParseRequired(long); ClassifyColumn(long); RequiredWord(long) },
		"BlankCell":     func() { BlankCell("None") },
		"ItemWord":      func() { ItemWord("Items") },
		"ParseLocation": func() { ParseLocation("Query") },
		"IsSiteChrome":  func() { IsSiteChrome("Previous page") },
	} {
		if n := testing.AllocsPerRun(20, f); n > 0 {
			t.Errorf("%s: %.0f allocations a call, want none", name, n)
		}
	}
	rng := rand.New(rand.NewPCG(23, 29))
	parts := []string{"a", "Z", "İ", "K", "Ⱥ", "ẞ", "Σ", "\xff", "\xe6\x97", "名", " ", "-"}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		if got, want := string(AppendLower(nil, b.String())), strings.ToLower(b.String()); got != want {
			t.Fatalf("AppendLower(%q) = %q, strings.ToLower %q", b.String(), got, want)
		}
	}
}
