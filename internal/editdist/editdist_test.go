package editdist

import (
	"strings"
	"testing"
)

func TestDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"", "abc", 3},
		{"abc", "", 3},
		{"String", "String", 0},
		{"String", "Stirng", 1}, // a swap of neighbours costs one
		{"Integer", "Intger", 1},
		{"kitten", "sitting", 3},
		{"ca", "abc", 3}, // optimal string alignment, not full Damerau
		{"DescribeInstances", "DescribeInstance", 1},
		{"数组", "数据", 1}, // runes, not bytes
		{"String", "string", 1},
	} {
		if got := Distance(c.a, c.b); got != c.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
		if got := Distance(c.b, c.a); got != c.want {
			t.Errorf("Distance(%q, %q) = %d, want %d (symmetry)", c.b, c.a, got, c.want)
		}
	}
}

func TestDistanceBoundsLongInput(t *testing.T) {
	long := strings.Repeat("a", 1<<20)
	if got := Distance(long, "b"); got != maxRunes {
		t.Errorf("Distance(1 MiB of a, b) = %d, want %d (only the first %d runes compared)", got, maxRunes, maxRunes)
	}
}
