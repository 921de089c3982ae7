package textpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// The reader's type test and header splitting are built from the lexicon; a word added
// there must be found by them.
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
	for _, v := range []string{"Set", "SecurityGroupIdSet", "Tag Array", "InstanceId", "Status", "st", "Str\u212ang"} {
		if isType(v) {
			t.Errorf("isType(%q) = true", v)
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
