package page

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMayBeNumbered checks the test ahead of headingNumberRe against it: no key the test
// rules out holds a number the regexp finds, over each number form before a heading's
// words, the seed pages' lines and random strings of the forms' characters; and it rules
// out many of them (a sentence, a line of JSON).
func TestMayBeNumbered(t *testing.T) {
	forms := []string{"1.", "1.2", "3)", "(1)", "（一）", "二、", "iv.", "xii)", "①", "a.", "b)", "step 1:",
		"part 2", "section 3 -", "第一部分", "第3节", "第二步、", "１．", "十)", "2 "}
	var keys []string
	for _, f := range forms {
		keys = append(keys, NormalizeHeading(f+" Request parameters"), NormalizeHeading(f+"请求参数"))
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "specs", "*", "pages", "*.txt"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for l := range strings.Lines(string(data)) {
			keys = append(keys, NormalizeHeading(l))
		}
	}
	alphabet := []string{"1", "2", "0", "９", ".", "．", ")", "(", "）", "（", "、", "i", "v", "x", "a", "z", "step",
		"part", "section", "第", "一", "十", "①", "⑳", "节", " ", ":", "-", "\"", "{", "`", "*", "#", "e", "t"}
	r := rand.New(rand.NewPCG(1, 11))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(6) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		keys = append(keys, b.String())
	}
	found, ruledOut := 0, 0
	for _, k := range keys {
		m := headingNumberRe.FindString(k)
		if m != "" {
			found++
		}
		if mayBeNumbered(k) {
			continue
		}
		ruledOut++
		if m != "" {
			t.Fatalf("mayBeNumbered(%q) = false, but headingNumberRe finds %q", k, m)
		}
	}
	// a sentence with a period or a digit is ruled out by its first word (the regexp ran on
	// every such line, 1.2 % of BenchmarkScrape)
	for _, k := range []string{"the id of the instance. example: i-123", "returns 2 items)", "vpc id."} {
		if mayBeNumbered(k) {
			t.Errorf("mayBeNumbered(%q) = true, want false", k)
		}
	}
	if len(files) == 0 || found < 1000 || ruledOut < 5000 {
		t.Fatalf("%d seed pages, %d numbers found, %d keys ruled out: the test checks little", len(files), found, ruledOut)
	}
}

// TestMayEndHeading: text mayEndHeading rules out is no heading headingParts and
// lookupHeading would find (over the lexicon's headings with numbers, decoration,
// suffixes and qualifiers round them, the seed pages' lines and random strings), and a
// sentence is ruled out without an allocation (its key was lowered and copied).
func TestMayEndHeading(t *testing.T) {
	var texts []string
	for w := range headingWords {
		for _, f := range []string{"%s", "## 1. %s ##", "**%s:**", "【%s】", "%s (Query)", "%s说明", "%s （Body）", "  %s ：", "%s 🔗"} {
			texts = append(texts, fmt.Sprintf(f, strings.ToUpper(w)), fmt.Sprintf(f, w))
		}
	}
	known := len(texts)
	files, _ := filepath.Glob(filepath.Join("..", "..", "specs", "*", "pages", "*.txt"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(data), "\n")...)
	}
	alphabet := []string{"request", "parameters", "Response", "说明", "参数", "(", ")", "（Query）", "]", ":", "：", " ",
		"1.", "#", "*", ".", "s", "İ", "\t", "【", "】", "\u3000", "ー"}
	r := rand.New(rand.NewPCG(3, 7))
	for range 30000 {
		var b strings.Builder
		for range 1 + r.IntN(5) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	ruledOut := 0
	for i, s := range texts {
		s = trimAnchor(s)
		words, _ := headingParts(s)
		_, ok := lookupHeading(words)
		if mayEndHeading(s) {
			continue
		}
		ruledOut++
		if ok || i < known {
			t.Fatalf("mayEndHeading(%q) = false, but it names heading %q", s, words)
		}
	}
	if len(files) == 0 || ruledOut < 10000 {
		t.Fatalf("%d seed pages, %d texts ruled out: the test checks little", len(files), ruledOut)
	}
	if n := testing.AllocsPerRun(20, func() { ClassifyHeading("The ID of the Instance.") }); n > 0 {
		t.Errorf("ClassifyHeading of a sentence: %.0f allocations, want none", n)
	}
}
