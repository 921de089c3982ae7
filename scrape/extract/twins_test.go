package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/acsgen/acsgen/opspec"
)

// foldCase groups the names markTwins compares: two names share a group exactly when
// strings.EqualFold takes them for one, or twins would be missed (or compared in vain).
func TestFoldCaseIsEqualFold(t *testing.T) {
	names := []string{"Tag.N.Value", "tag.n.value", "TAG.N.VALUE", "Tag.N.Valve", "", "K", "k", "\u212a", "S", "s", "\u017f",
		"ß", "ẞ", "Σ", "σ", "ς", "İ", "i", "ı", "ǅ", "Ǆ", "ǆ", "\xff", "\xfe", "\ufffd", "a\xffb", "A\xfeB", "值", "Value值"}
	for _, a := range names {
		for _, b := range names {
			if eq, same := strings.EqualFold(a, b), foldCase(a) == foldCase(b); eq != same {
				t.Errorf("EqualFold(%q, %q) = %v, but their folded forms %q %q are equal: %v", a, b, eq, foldCase(a), foldCase(b), same)
			}
		}
	}
}

func FuzzFoldCase(f *testing.F) {
	f.Add("Tag.N.Value", "tag.N.value")
	f.Add("\u212aey", "key")
	f.Add("\xff", "\ufffd")
	f.Fuzz(func(t *testing.T, a, b string) {
		if eq, same := strings.EqualFold(a, b), foldCase(a) == foldCase(b); eq != same {
			t.Errorf("EqualFold(%q, %q) = %v, folded forms equal: %v", a, b, eq, same)
		}
	})
}

// TestFoldCaseASCII: foldCase writes an ASCII rune's least rune of its folding orbit
// without walking the orbit (a letter's capital, else the rune); check it against the walk.
func TestFoldCaseASCII(t *testing.T) {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		if got := foldCase(string(r)); got != string(least) {
			t.Errorf("foldCase(%q) = %q, want %q", r, got, least)
		}
	}
}

// TestMarkTwinsAllocs: grouping an object's names by their folded form costs a map of
// hashes and a slice of links, not a copy of each name and a slice for each group (a map
// of folded names to slices: 23 allocations for these ten names); twins are still found.
func TestMarkTwinsAllocs(t *testing.T) {
	var ts []twin
	for _, n := range []string{"InstanceId", "RegionId", "ZoneId", "Tag.N.Key", "Tag.N.Value", "PageSize", "PageNumber", "Name", "Description", "tag.N.value"} {
		ts = append(ts, twin{n, &opspec.Schema{Description: "The " + n + "."}})
	}
	ts[9].s.Description = "Use Tag.N.Value instead."
	if n := testing.AllocsPerRun(20, func() { markTwins(ts) }); n > 4 {
		t.Errorf("markTwins: %.0f allocations for ten names, want at most 4", n)
	}
	if !ts[9].s.Deprecated || ts[4].s.Deprecated {
		t.Errorf("tag.N.value deprecated %v, Tag.N.Value %v: want true, false", ts[9].s.Deprecated, ts[4].s.Deprecated)
	}
}
