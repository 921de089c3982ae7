package textpage

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// TestFoldSet holds foldSet.has, which compares only the words of as many runes as the
// text, to its definition (some word EqualFold), over the badges and row-number words in
// every case, with the runes that fold into ASCII letters from outside it (the Kelvin sign,
// the long s), and random texts of their pieces.
func TestFoldSet(t *testing.T) {
	lists := [][]string{badges, rowNumberWords}
	var in []string
	for _, ws := range lists {
		for _, w := range ws {
			in = append(in, w, strings.ToUpper(w), strings.ToLower(w), w+" ", w[:len(w)-1], strings.Repeat(w, 30),
				strings.ReplaceAll(w, "k", "\u212a"), strings.ReplaceAll(w, "s", "\u017f"))
		}
	}
	pieces := []string{"d", "e", "p", "r", "E", "c", "a", "t", "k", "\u212a", "\u017f", "s", " ", "已", "废", "弃", "用", "序", "号", "號", "no", "N", "O", ".", "#", "ü"}
	rnd := rand.New(rand.NewSource(3))
	for range 50000 {
		var b strings.Builder
		for j := rnd.Intn(12); j >= 0; j-- {
			b.WriteString(pieces[rnd.Intn(len(pieces))])
		}
		in = append(in, b.String())
	}
	for _, s := range in {
		for _, ws := range lists {
			want := slices.ContainsFunc(ws, func(w string) bool { return strings.EqualFold(s, w) })
			if got := newFoldSet(ws).has(s); got != want {
				t.Errorf("foldSet(%q).has(%q) = %v, want %v", ws, s, got, want)
			}
		}
	}
}
