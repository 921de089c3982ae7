package extract

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// findKeyRef is what keyIndex must find, worked out another way: every occurrence of k
// depth first, then the shallowest, the first of those in breadth-first order (the
// smallest sequence of key positions) and how many share that depth.
func findKeyRef(v *jval, k string) ([]string, int) {
	var best []string
	var bestPos []int
	bestDepth, count := -1, 0
	var walk func(v *jval, path []string, pos []int)
	walk = func(v *jval, path []string, pos []int) {
		depth := len(path)
		if depth >= maxJSONDepth {
			return
		}
		for v != nil && v.kind == 'a' {
			v = v.elem()
		}
		if v == nil || v.kind != 'o' {
			return
		}
		for i, key := range v.keys {
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
			walk(v.vals[i], p, ps)
		}
	}
	walk(v, nil, nil)
	return best, count
}

// allKeys lists every object key in v, and one that is in none.
func allKeys(v *jval, out []string) []string {
	if v == nil {
		return out
	}
	out = append(out, v.keys...)
	for _, c := range v.vals {
		out = allKeys(c, out)
	}
	if v.merged != nil {
		out = allKeys(v.merged, out)
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

// checkLookups builds an object of keys (padded past manyKeys, so that it is indexed)
// and compares get and foldKey with the scans they are for small objects, for every key,
// its case variants, and k.
func checkLookups(t *testing.T, keys []string, k string) {
	t.Helper()
	for i := 0; len(keys) <= manyKeys; i++ {
		keys = append(keys, fmt.Sprintf("pad%d", i))
	}
	v := &jval{kind: 'o'}
	for i, key := range keys {
		v.keys = append(v.keys, key)
		v.vals = append(v.vals, &jval{kind: 'n', text: strconv.Itoa(i)})
	}
	for _, q := range append(keys, k, strings.ToUpper(k), strings.ToLower(k)) {
		if got, want := v.foldKey(q), v.foldKeyScan(q); got != want {
			t.Errorf("keys %q: foldKey(%q) = %d, want %d", keys, q, got, want)
		}
		if got, want := v.get(q), v.getScan(q); got != want {
			t.Errorf("keys %q: get(%q) = %v, want %v", keys, q, got, want)
		}
	}
}

func TestIndexedLookups(t *testing.T) {
	checkLookups(t, []string{"ZoneInfos", "zoneInfos", "Id", "id", "ID", "Name", "Name", "name", "\u212aey", "key", "Kelvin", "\xff", "\ufffd", "a\xffb"}, "zoneinfos")
	checkLookups(t, []string{"RequestId", "Data", "Items"}, "requestid")
	// a key trimmed by trimKeys after the index was built is found under its new name
	v := &jval{kind: 'o'}
	for i := 0; i <= manyKeys; i++ {
		v.keys = append(v.keys, fmt.Sprintf("K%d", i))
		v.vals = append(v.vals, &jval{kind: 'z'})
	}
	v.keys[3] = " Spaced"
	v.get("K0")
	if trimKeys(v, nil); v.get("Spaced") != v.vals[3] || v.get(" Spaced") != nil {
		t.Errorf("after trimKeys: get(Spaced) = %v", v.get("Spaced"))
	}
}

func FuzzIndexedLookups(f *testing.F) {
	f.Add("ZoneInfos\nzoneInfos\nId\nid", "ID")
	f.Add("\u212aey\nKEY\nkey", "kEy")
	f.Fuzz(func(t *testing.T, keys, k string) { checkLookups(t, strings.Split(keys, "\n"), k) })
}
