package textpage

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// The reader's quick filters are built from the lexicon; a word added there must get
// through them.
func TestVocabularyFollowsLexicon(t *testing.T) {
	for _, w := range page.TypeWords() {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if len(v) <= 40 && !isType(v) {
				t.Errorf("isType(%q) = false, lexicon has %q", v, w)
			}
		}
	}
	for _, v := range []string{"Array of String", "array<object>", "Map<String, Any>", "Set<String>", "String Array",
		"Array(String)", "List[String]", "Long/Integer", "JSON Array", "Integer(int64)", "byte[]", "List of String"} {
		if !isType(v) {
			t.Errorf("isType(%q) = false", v)
		}
	}
	in := map[string]bool{}
	for _, ws := range splitWords {
		for _, w := range ws {
			in[w] = true
		}
	}
	for _, w := range page.ColumnWords() {
		if !in[w] && !splitExclude[w] {
			t.Errorf("column word %q is missing from the split dictionary", w)
		}
		if cells, _, ok := splitHeader(w); !splitExclude[w] && (!ok || len(cells) != 1) {
			t.Errorf("splitHeader(%q) = %q, %v", w, cells, ok)
		}
	}
}

// The header finder keeps the column kinds it has seen in a 64-bit set.
func TestColumnKindsFitBitSet(t *testing.T) {
	for _, w := range page.ColumnWords() {
		if c := page.ClassifyColumn(w); c < 0 || c >= 64 {
			t.Errorf("column %q has kind %d: does not fit the header finder's bit set", w, c)
		}
	}
}

// isType's quick filters only skip work: it must agree with page.IsType on every line of
// up to 40 bytes that starts with two letters of a type word.
func TestIsTypeFilters(t *testing.T) {
	prefix2 := map[string]bool{}
	for _, w := range append(page.TypeWords(), "set<") {
		prefix2[strings.ToLower(w[:2])] = true
	}
	ref := func(s string) bool {
		return len(s) >= 3 && len(s) <= 40 && prefix2[strings.ToLower(s[:2])] && page.IsType(s)
	}
	inputs := []string{"Stack to value map", "STRING", "Str\u212ang", "Array of Tag", "array<object>",
		"Map<String, Any>", "Integer to string map", "InstanceId", "Status", "strin", "st", "Long", "lo ng",
		"Set<String>", "Set", "SecurityGroupIdSet", "String Array", "Tag Array", "Array(String)", "List[Tag]"}
	for _, w := range page.TypeWords() {
		inputs = append(inputs, w, strings.ToUpper(w), w+" to x map", "Array of "+w, w+"x")
	}
	files, _ := filepath.Glob(filepath.Join(goldenDir, "*.txt"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			inputs = append(inputs, strings.TrimSpace(l))
			for _, f := range strings.Fields(l) {
				inputs = append(inputs, f)
			}
		}
	}
	for _, s := range inputs {
		if got, want := isType(s), ref(s); got != want {
			t.Errorf("isType(%q) = %v, want %v", s, got, want)
		}
	}
}
