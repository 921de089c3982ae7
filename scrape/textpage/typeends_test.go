package textpage

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/acsgen/acsgen/scrape/page"
	"github.com/acsgen/acsgen/scrape/page/pagetest"
)

// TestMayEndInType checks the pre-check against the lexicon: whenever it says no, no
// suffix of the text is a type (page.IsType, page.IsGluedType), also where the text is a
// name glued to each of the lexicon's spellings (typeSpellings: "DBInstanceIdinteger/int8",
// "RegionIdint64\\").
func TestMayEndInType(t *testing.T) {
	checked := 0
	in := typeCheckInputs(t, nil)
	for _, v := range typeSpellings() {
		in = append(in, "DBInstanceId"+v, "Tags"+v+"Yes")
	}
	for _, s := range in {
		if mayEndInType(s) {
			continue
		}
		checked++
		for k := 0; k < len(s); k++ {
			if page.IsType(s[k:]) || page.IsGluedType(s[k:], true) {
				t.Fatalf("mayEndInType(%q) = false, but %q is a type", s, s[k:])
			}
		}
	}
	if checked < 1000 {
		t.Fatalf("only %d inputs rejected: the test checks little", checked)
	}
}

// TestMayEndAsType checks the lexicon's pre-check against the lexicon: whenever it says
// no, neither page.IsType nor page.IsGluedType reads the text (every suffix of each input
// is one), and it says no to many of them: it keeps most splits of a glued row from the
// lexicon, which a check that let all through would not.
func TestMayEndAsType(t *testing.T) {
	checked := 0
	marks := []string{"/", "/int64", "`", "\\", "(", ")", "{}", ",", ", ", "-", "*", "[]", "（", "）", "，", "数组",
		"Array of ", "list of ", " array", " List", " to ", " map", "  ", "\v", "json "}
	forms := []string{"Tag to value map", "  Array  of  Instance ", "json array", "Integer list", "string, optional", "List of Tag"}
	for _, in := range append(append(typeCheckInputs(t, marks), forms...), typeSpellings()...) {
		for k := 0; k < len(in); k++ {
			s := in[k:]
			if mayEndAsType(s) {
				continue
			}
			checked++
			if page.IsType(s) || page.IsGluedType(s, true) {
				t.Fatalf("mayEndAsType(%q) = false, but the lexicon reads it as a type", s)
			}
		}
	}
	if checked < 10000 {
		t.Fatalf("only %d inputs rejected: the test checks little", checked)
	}
}

// TestMayBeType checks the shape check ahead of the lexicon (isType, gluedType) against
// it: every spelling of a type the lexicon reads (typeSpellings) passes it, and many
// lines of the golden inputs and seed pages do not.
func TestMayBeType(t *testing.T) {
	n := 0
	for _, v := range typeSpellings() {
		if len(v) > maxGoType {
			continue
		}
		n++
		if page.IsType(v) && !isType(v) {
			t.Errorf("isType(%q) = false, but page.IsType reads it", v)
		}
		for _, req := range []bool{false, true} {
			if page.IsGluedType(v, req) && !gluedType(v, req) {
				t.Errorf("gluedType(%q, %v) = false, but page.IsGluedType reads it", v, req)
			}
		}
	}
	rejected := 0
	for _, s := range typeCheckInputs(t, nil) {
		if mayBeType(s) {
			continue
		}
		rejected++
		if page.IsType(s) || page.IsGluedType(s, true) {
			t.Fatalf("mayBeType(%q) = false, but the lexicon reads it as a type", s)
		}
	}
	if n < 10000 || rejected < 10000 {
		t.Fatalf("%d spellings, %d inputs rejected: the test checks little", n, rejected)
	}
}

// typeSpellings writes every type word of the lexicon (page.TypeWords, and struct names)
// in the spellings pages use: any case; in the list and map forms ("Array of X",
// "List<X>", "X[]", "X数组", "String to X map"); with an OpenAPI format after "/"; with
// Markdown escapes and code spans; with a note after a comma or in brackets, ASCII or
// full-width; and with white space around, ASCII or not. Each is a spelling the lexicon
// may or may not read: the tests ask it.
func typeSpellings() []string {
	words := append(page.TypeWords(), "Tag", "KeyVersion", "DescribeInstancesResponseBodyInstancesInstance")
	var base []string
	for _, w := range words {
		_, first := utf8.DecodeRuneInString(w)
		for _, v := range []string{w, strings.ToUpper(w), pagetest.Capital(w), "İ" + w[first:]} {
			base = append(base, v, "Array of "+v, "List of "+v, "array<"+v+">", "List<"+v+">", "Set<"+v+">",
				"List["+v+"]", "Array("+v+")", v+"[]", v+" []", v+"数组", v+"的列表", v+" Array", v+" list",
				"String to "+v+" map", "map<string, "+v+">", "*"+v, "[]*"+v, "[]"+v, v+"/int64", v+"/int8",
				v+"/password", "Integer/"+v, v+"(int64)", v+" (date-time)")
		}
	}
	var out []string
	for _, v := range base {
		out = append(out, v, "`"+v+"`", v+"\\", "\\"+v, strings.NewReplacer("[", "\\[", "]", "\\]", "<", "\\<", ">", "\\>", "*", "\\*").Replace(v),
			v+", optional", v+",optional", v+" (optional)", v+"（可选）", v+"，可选", " "+v, v+" ", "\t"+v+"\t",
			"\u00a0"+v, "\u3000"+v+"\u3000", strings.ReplaceAll(v, " ", "  "))
	}
	return out
}

// typeCheckInputs are the texts the type pre-checks are tested on: every line of the
// golden inputs and seed pages, type words glued to names, and random strings over the
// bytes that matter and the extra parts.
func typeCheckInputs(t *testing.T, extra []string) []string {
	var in []string
	files, _ := filepath.Glob(filepath.Join(goldenDir, "*.txt"))
	files = append(files, seedPages(t)...)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		in = append(in, strings.Split(string(data), "\n")...)
	}
	// the type words in ASCII drawn as often as before the lexicon had words in other
	// scripts ("字符串"), which pass the pre-checks whole: one of those is one part ("")
	var words, cjk []string
	for _, w := range page.TypeWords() {
		if page.IsASCII(w) {
			words = append(words, w)
		} else {
			cjk = append(cjk, w)
		}
	}
	rnd := rand.New(rand.NewSource(11))
	parts := []string{"Instance", "Id", "x", "_", "1", ">", "<", ":", "：", " ", "\t", "\u00a0", "\u212a", "Yes", "s", "g", "<string>", ""}
	parts = append(parts, extra...)
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for j := rnd.Intn(4); j >= 0; j-- {
			if rnd.Intn(2) == 0 {
				w := words[rnd.Intn(len(words))]
				if rnd.Intn(2) == 0 {
					w = pagetest.Capital(w)
				}
				b.WriteString(w)
			} else if p := parts[rnd.Intn(len(parts))]; p != "" {
				b.WriteString(p)
			} else {
				b.WriteString(cjk[rnd.Intn(len(cjk))])
			}
		}
		in = append(in, b.String())
	}
	return in
}

// TestGluedRestAllocs guards the pre-check where gluedRest uses it (gluedType): the splits
// of a glued row that end as no type word never reach the lexicon, whose ReadType
// lower-cases (allocates) each. Without it, "DBInstanceIdStringInstance ID" cost 108
// allocations and "RegionIdStringNocn-hangzhou" 25; with it, 2 and 1.
func TestGluedRestAllocs(t *testing.T) {
	tt := &typedTable{req: 2, free: []int{3}} // name, type, Required, description
	for _, row := range []string{"DBInstanceIdStringInstance ID", "RegionIdStringNocn-hangzhou", "PageNumberIntegerNo1", "RegionId字符串否cn-hangzhou", "PageNumber整数いいえ1"} {
		if n := testing.AllocsPerRun(10, func() { tt.gluedRest(row) }); n > 4 {
			t.Errorf("gluedRest(%q): %.0f allocations, want at most 4", row, n)
		}
	}
}
