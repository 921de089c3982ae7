package extract

import (
	"hash/maphash"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/acsgen/acsgen/opspec"
)

// markCaseTwins marks the old spelling of a name that the page documents twice, in two
// letter cases ("Tag.N.value" next to "Tag.N.Value"): both are real wire names, and the one
// whose description points at the other by its qualified name ("... use the Tag.N.Value
// parameter", "建议您尽量使用Tag.N.Value参数") is the one kept for compatibility, so it is
// marked deprecated. Nothing is marked when neither or both point at the other. Code
// generators then give the current spelling the plain identifier.
func markCaseTwins(op *opspec.Operation) {
	var top []twin
	for _, p := range op.Params {
		if p == nil || p.Schema == nil {
			continue
		}
		top = append(top, twin{p.Name, p.Schema})
		markTwinsIn(p.Schema, 0)
	}
	markTwins(top)
	markTwinsIn(op.Response, 0)
}

// twin is a named value of one namespace: a parameter or an object property.
type twin struct {
	name string
	s    *opspec.Schema
}

// markTwinsIn marks case twins among the properties of s and of every object below it.
func markTwinsIn(s *opspec.Schema, depth int) {
	if s == nil || depth > opspec.MaxDepth {
		return
	}
	if len(s.Properties) > 1 {
		ts := make([]twin, 0, len(s.Properties))
		for _, p := range s.Properties {
			if p != nil && p.Schema != nil {
				ts = append(ts, twin{p.Name, p.Schema})
			}
		}
		markTwins(ts)
	}
	for _, p := range s.Properties {
		if p != nil {
			markTwinsIn(p.Schema, depth+1)
		}
	}
	markTwinsIn(s.Items, depth+1)
	markTwinsIn(s.AdditionalProperties, depth+1)
}

// markTwins marks the old spelling of each pair of case twins among ts. The names are
// grouped by a hash of their case-folded form (foldCase, written on the stack) and
// compared only within a group, by strings.EqualFold (two forms may share a hash):
// compared pair by pair, a 50,000-row parameter table took seconds, and a table of the
// size a page may have took hours. A group is a chain of indexes (next), not a slice of
// its own: most names have no twin, and a map of folded names to slices copied each name
// and built a slice for it (22 allocations a page of BenchmarkScrape).
func markTwins(ts []twin) {
	if len(ts) < 2 {
		return
	}
	seed := maphash.MakeSeed()
	last := make(map[uint64]int, len(ts)) // the last name of each hash's chain so far
	next := make([]int, len(ts))          // the next name of i's chain, 0 for none
	for i, t := range ts {
		var buf [64]byte
		h := maphash.Bytes(seed, appendFold(buf[:0], t.name))
		if j, ok := last[h]; ok {
			next[j] = i
		}
		last[h] = i
	}
	for i := range ts {
		for j := next[i]; j > 0; j = next[j] {
			a, b := ts[i], ts[j]
			if a.name == b.name || !strings.EqualFold(a.name, b.name) {
				continue
			}
			aNamesB, bNamesA := namesQualified(a.s.Description, b.name), namesQualified(b.s.Description, a.name)
			switch {
			case aNamesB && !bNamesA:
				a.s.Deprecated = true
			case bNamesA && !aNamesB:
				b.s.Deprecated = true
			}
		}
	}
}

// foldCase maps s to one spelling of all those strings.EqualFold takes for it: each rune
// becomes the least rune of its case-folding orbit (an invalid byte, like EqualFold,
// U+FFFD). An ASCII rune's is known without walking its orbit: a letter's capital (the
// Kelvin sign and the long s, past ASCII, fold with "k" and "s"), else itself.
func foldCase(s string) string { return string(appendFold(make([]byte, 0, len(s)), s)) }

// appendFold appends foldCase(s) to b.
func appendFold(b []byte, s string) []byte {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'a' <= r && r <= 'z' {
				r -= 'a' - 'A'
			}
			b = append(b, byte(r))
			continue
		}
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		b = utf8.AppendRune(b, least)
	}
	return b
}

// namesQualified reports whether desc holds name, in exactly that case, as the last part of
// a dotted name ("Tag.N.Value" for "Value") or, for a dotted name, whole ("Tag.N.Value").
// A bare word is not enough: "The value of tag N" says nothing about "value".
func namesQualified(desc, name string) bool {
	if name == "" {
		return false
	}
	for i := 0; ; {
		k := strings.Index(desc[i:], name)
		if k < 0 {
			return false
		}
		at := i + k
		end := at + len(name)
		i = at + 1
		if end < len(desc) && isWordByte(desc[end]) {
			continue
		}
		switch {
		case at > 0 && desc[at-1] == '.':
			// the tail of a dotted name: the dot must follow a name part
			if at > 1 && isWordByte(desc[at-2]) {
				return true
			}
		case strings.Contains(name, ".") && (at == 0 || !isWordByte(desc[at-1])):
			return true
		}
	}
}
