package extract

import (
	"reflect"
	"slices"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// findKeyRef is what keyIndex must find, worked out another way: every occurrence of k
// depth first, then the shallowest, the first of those in breadth-first order (the
// smallest sequence of key positions) and how many share that depth.
func findKeyRef(v *page.JSONValue, k string) ([]string, int) {
	var best []string
	var bestPos []int
	bestDepth, count := -1, 0
	var walk func(v *page.JSONValue, path []string, pos []int)
	walk = func(v *page.JSONValue, path []string, pos []int) {
		depth := len(path)
		if depth >= maxJSONDepth {
			return
		}
		for v != nil && v.Kind == 'a' {
			v = v.Elem()
		}
		if v == nil || v.Kind != 'o' {
			return
		}
		for i, key := range v.Keys {
			p, ps := append(slices.Clone(path), key), append(slices.Clone(pos), i)
			if key == k {
				switch {
				case bestDepth < 0 || depth < bestDepth:
					best, bestPos, bestDepth, count = p, ps, depth, 1
				case depth == bestDepth:
					count++
					if slices.Compare(ps, bestPos) < 0 {
						best, bestPos = p, ps
					}
				}
			}
			walk(v.Vals[i], p, ps)
		}
	}
	walk(v, nil, nil)
	return best, count
}

// allKeys lists every object key in v, and one that is in none.
func allKeys(v *page.JSONValue, out []string) []string {
	if v == nil {
		return out
	}
	out = append(out, v.Keys...)
	for _, c := range v.Vals {
		out = allKeys(c, out)
	}
	return out
}

func checkKeyIndex(t *testing.T, src string) {
	t.Helper()
	v, err := parseJSON(src)
	if err != nil {
		return
	}
	idx := keyIndex(v)
	for _, k := range allKeys(v, []string{"", "NotAKeyOfIt"}) {
		wantPath, wantN := findKeyRef(v, k)
		if got := idx[k]; !reflect.DeepEqual(got.path, wantPath) || got.count != wantN {
			t.Errorf("%s: key %q at %v (%d), want %v (%d)", src, k, got.path, got.count, wantPath, wantN)
		}
	}
}

func TestKeyIndex(t *testing.T) {
	for _, src := range []string{
		`{"RequestId": "r", "Data": {"Id": 1, "Items": [{"Id": 2, "Name": "a"}, {"Name": "b", "Extra": {"Id": 3}}]}, "Name": "top"}`,
		`{"A": {"X": 1}, "B": {"X": 2}, "C": [[{"X": 3, "Y": {"X": 4}}]]}`,
		`{"a": {"b": {"c": {"d": 1}}}, "b": 2, "c": {"b": 3}}`,
		`[{"K": 1}, {"K": 2, "L": {"K": 3}}]`,
		`{"K": 1, "K": 2}`,
	} {
		checkKeyIndex(t, src)
	}
}

func FuzzKeyIndex(f *testing.F) {
	f.Add(`{"A": {"X": 1}, "B": {"X": 2}, "C": [[{"X": 3, "Y": {"X": 4}}]]}`)
	f.Add(`[{"K": 1}, {"K": 2, "L": {"K": 3}}]`)
	f.Fuzz(checkKeyIndex)
}
