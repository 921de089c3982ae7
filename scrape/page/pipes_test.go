package page

import (
	"reflect"
	"strings"
	"testing"
)

func TestSplitPipeRow(t *testing.T) {
	cases := []struct {
		in   string
		want []string // joined with "¦" below
	}{
		{"| a | b |", []string{" a ", " b "}},
		{"a | b |", []string{"a ", " b "}},
		{"|a|b", []string{"a", "b"}},
		{"| a |\nb |", []string{" a ", "\nb "}},
		{`| x \| y | z |`, []string{` x \| y `, " z "}},
		{"| `a | b` | c |", []string{" `a | b` ", " c "}},
		{"| `a | b | c |", []string{" `a ", " b ", " c "}}, // the span does not close: no span
		{"| ``a ` | b`` | c |", []string{" ``a ` | b`` ", " c "}},
		{"| a |||", []string{" a ", "", ""}},
		{"|", []string{""}},
		{`| a \|`, []string{` a \|`}},
	}
	for _, c := range cases {
		got := SplitPipeRow(c.in)
		if strings.Join(got, "¦") != strings.Join(c.want, "¦") {
			t.Errorf("SplitPipeRow(%q) = %q, want %q", c.in, got, c.want)
		}
		// CountPipes agrees with the split: cells = separators + 1 once the outer pipes go.
		inner := strings.TrimSpace(c.in)
		outer := 0
		if strings.HasPrefix(inner, "|") {
			outer++
		}
		if len(inner) > 1 && strings.HasSuffix(inner, "|") && !strings.HasSuffix(inner, `\|`) {
			outer++
		}
		if n := CountPipes(c.in) - outer + 1; inner != "|" && n != len(got) {
			t.Errorf("CountPipes(%q) = %d, %d cells", c.in, CountPipes(c.in), len(got))
		}
	}
	if got := UnescapePipes(`a \| b`); got != "a | b" {
		t.Errorf("UnescapePipes = %q", got)
	}
}

// TestIsPipeSeparator: the rows under a header that pipe tables write; Org mode's
// "|----+----|" too (before, its header's rule was read as a row and its tables lost
// rows: mdtable+pqorg recall 91.9 % against 95.7).
func TestIsPipeSeparator(t *testing.T) {
	for s, want := range map[string]bool{
		"|---|:--:|": true, "---|---|": true, "| --- | --- |": true, "|-|": true, "\t|---|\t": true,
		"---": false, "|||": false, "| a |": false, "": false, "- item": false,
		// org-mode's rule (pqorg, pdorg shapes): "+" where columns cross, between dashes and outer pipes
		"|------+------|": true, "|---+---+---|": true, "|--+--+--|": true, "+---+---+": false, "|+---|": false,
		"|---+|": false, "---+---": false, "|---+---": false, "| a + b |": false, "| a+b |": false,
	} {
		if got := IsPipeSeparator(s); got != want {
			t.Errorf("IsPipeSeparator(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestCodeSpans(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Example: `[\"a\",\"b\"]`.", []string{`["a","b"]`}},
		{"`a` and `b|c`", []string{"a", "b|c"}},
		{"``x ` y`` then `z`", []string{"x ` y", "z"}},
		{"an open ` only", nil},
		{"`` ` ``", []string{"`"}},
		{"no spans", nil},
	} {
		if got := CodeSpans(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("CodeSpans(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
