package textpage

import "testing"

// TestSplitFrom: headerSplit starts each position's word search at splitFrom, which must
// skip exactly the words longer than the text left (the words go longest first), or a
// header word would be missed.
func TestSplitFrom(t *testing.T) {
	for b, ws := range splitWords {
		for m := 0; m <= longestSplitWord; m++ {
			from := int(splitFrom[b][m])
			for i, w := range ws {
				if (i < from) != (len(w) > m) {
					t.Fatalf("splitFrom[%q][%d] = %d, but word %d %q has %d bytes", rune(b), m, from, i, w, len(w))
				}
			}
		}
	}
	for _, s := range []string{"Name Type Description", "参数名称类型是否必选描述", "ParameterTypeRequiredDescription"} {
		if _, ok := headerWords(s); !ok {
			t.Errorf("headerWords(%q) = false, want a header", s)
		}
	}
}
