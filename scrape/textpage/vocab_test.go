package textpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
	"github.com/acsgen/acsgen/scrape/page/pagetest"
)

// The reader's type test and header splitting are built from the lexicon; a word added
// there must be found by them.
func TestVocabularyFollowsLexicon(t *testing.T) {
	for _, w := range page.TypeWords() {
		for _, v := range []string{w, strings.ToUpper(w), pagetest.Capital(w)} {
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

// TestTypeVocabularyAgrees: the reader's type test answers as page.IsType, and so as the
// extraction's schema mapping (extract's test of the same name), for every word of the
// vocabulary and the forms pages write: its shape check ahead of the lexicon lets none of
// them by ("KeyVersion的数组" starts like no type word).
func TestTypeVocabularyAgrees(t *testing.T) {
	for w, want := range pagetest.TypeVocabulary() {
		if got := isType(w); got != want || got != page.IsType(w) {
			t.Errorf("isType(%q) = %v, page.IsType %v, want %v", w, got, page.IsType(w), want)
		}
	}
}

// TestGluedDescriptionKeepsTypeWords: in a glued table, a description that is one CamelCase
// word holding another language's type word ("UseShortName", "FileHashValue") stays the
// row's description: the site's dumps glue only their own type words to a name, and such
// a word ends a name only before a glued Required word ("CountShortNo"). "Text" is no type
// word at all. A list of a type named before a Chinese suffix splits at the type
// ("TagsString数组No"); one of a struct ("TagsKeyVersion的数组No") could split anywhere, so it
// is not split, and the line is named as a row the reader could not read.
func TestGluedDescriptionKeepsTypeWords(t *testing.T) {
	const head = "Product:DoIt\n\nRequest parameters\n\nParameterTypeRequiredDescriptionExample\n" +
		"clientTokenStringNo\n\nThe token.\n\nabc\ncountIntegerYes\n\n"
	const tail = "\n\n3\nnameStringNo\n\nThe name.\n"
	for _, desc := range []string{"UseShortName", "FileHashValue", "DataHash", "SetDecimalPlaces", "KeyByteOrder",
		"DictName", "TheTextMode", "OrderText"} {
		p, err := Reader{}.Read("x.txt", []byte(head+desc+tail))
		if err != nil {
			t.Fatal(err)
		}
		equal(t, desc+": rows", rowsOf(table(t, p, page.RequestParams)), []string{
			"clientToken|String|No|The token.|abc", "count|Integer|Yes|" + desc + "|3", "name|String|No|The name.|"})
		if w := warningsOf(p); w != "" {
			t.Errorf("%s: warnings:\n%s", desc, w)
		}
	}
	for line, want := range map[string]string{"CountShortNo": "Count|Short|No", "TagsString数组No": "Tags|String数组|No"} {
		p, err := Reader{}.Read("x.txt", []byte(head+"The count.\n\n3\n"+line+tail))
		if err != nil {
			t.Fatal(err)
		}
		if rows := rowsOf(table(t, p, page.RequestParams)); len(rows) != 4 || !strings.HasPrefix(rows[2], want+"|") {
			t.Errorf("%s: rows %q, want the third %s", line, rows, want)
		}
	}
	p, err := Reader{}.Read("x.txt", []byte(head+"The count.\n\n3\nTagsKeyVersion的数组No"+tail))
	if err != nil {
		t.Fatal(err)
	}
	if w := warningsOf(p); !strings.Contains(w, `line "TagsKeyVersion的数组No" looks like a row`) {
		t.Errorf("warnings:\n%s", w)
	}
}
