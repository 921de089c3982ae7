package textpage

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestMayEndAsTypeComma checks noteMayFollow against the lexicon on random texts with
// commas: the type spellings (typeSpellings) and words of prose, joined by commas, spaces,
// brackets and CJK text. Whenever mayEndAsType says no, neither page.IsType nor
// page.IsGluedType reads the text; and it says no to most descriptions with a comma.
func TestMayEndAsTypeComma(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	spellings := typeSpellings()
	words := []string{"Set", "the", "value", "if", "any", "max 64", "optional", "required", "of", "to", "map",
		"array", "list", "Tag", "Id", "字符串", "必填", "数组", "", " ", "  "}
	seps := []string{",", ", ", " , ", ",,", "，", " ", "<", ">", "(", ")", "{", "}", " to ", " of "}
	piece := func() string {
		if rng.Intn(3) == 0 {
			return spellings[rng.Intn(len(spellings))]
		}
		return words[rng.Intn(len(words))]
	}
	checked, rejected := 0, 0
	for range 200000 {
		var b strings.Builder
		b.WriteString(piece())
		for n := rng.Intn(4); n >= 0; n-- {
			b.WriteString(seps[rng.Intn(len(seps))])
			b.WriteString(piece())
		}
		s := b.String()
		if !strings.Contains(s, ",") || len(s) > maxGoType {
			continue
		}
		checked++
		if mayEndAsType(s) {
			continue
		}
		rejected++
		if page.IsType(s) || page.IsGluedType(s, true) {
			t.Fatalf("mayEndAsType(%q) = false, but the lexicon reads it as a type", s)
		}
	}
	if checked < 50000 || rejected < 5000 {
		t.Fatalf("%d texts with a comma, %d rejected: the test checks little", checked, rejected)
	}
	for _, s := range []string{"Returns the ID, if one exists", "The instance ID, which is unique"} {
		if mayEndAsType(s) {
			t.Errorf("mayEndAsType(%q) = true, want false: the text before the comma is no type", s)
		}
	}
}

// TestTypeSuffixCommaAllocs: the splits of a description with a comma in a glued table
// ("Tags, if one exists") go to the lexicon only where the text before the comma may be
// a type: none of this line's does, and none allocates (each ReadType lowers a copy).
func TestTypeSuffixCommaAllocs(t *testing.T) {
	tt := &typedTable{}
	s := "The list of tags, sorted by key, if one exists"
	if n := testing.AllocsPerRun(20, func() { tt.typeSuffix(s, 0, false, false) }); n > 0 {
		t.Errorf("typeSuffix(%q) made %.0f allocations, want 0", s, n)
	}
}
