package extract

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// findKeyRef is the search keyIndex replaces, kept as its definition: key k breadth first
// (through the first element of arrays), the path to its shallowest occurrence and how
// many occurrences share that depth.
func findKeyRef(v *jval, k string) ([]string, int) {
	type item struct {
		v    *jval
		path []string
	}
	level := []item{{v: v}}
	for depth := 0; depth < maxJSONDepth && len(level) > 0; depth++ {
		var found []string
		count := 0
		var next []item
		for _, it := range level {
			o := it.v
			for o != nil && o.kind == 'a' {
				o = o.elem()
			}
			if o == nil || o.kind != 'o' {
				continue
			}
			for i, key := range o.keys {
				p := append(append([]string(nil), it.path...), key)
				if key == k {
					if found == nil {
						found = p
					}
					count++
				}
				next = append(next, item{v: o.vals[i], path: p})
			}
		}
		if found != nil {
			return found, count
		}
		level = next
	}
	return nil, 0
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

// foldKeyRef and getRef are jval's lookups without the index, kept as their definition.
func foldKeyRef(v *jval, k string) int {
	found := -1
	for i, key := range v.keys {
		if key == k {
			return -1
		}
		if len(key) == len(k) && strings.EqualFold(key, k) {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

func getRef(v *jval, k string) *jval {
	for i, key := range v.keys {
		if key == k {
			return v.vals[i]
		}
	}
	if i := foldKeyRef(v, k); i >= 0 {
		return v.vals[i]
	}
	return nil
}

// checkLookups builds an object of keys (padded past manyKeys, so that it is indexed)
// and compares get and foldKey with their definitions for every key, its case variants,
// and k.
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
		if got, want := v.foldKey(q), foldKeyRef(v, q); got != want {
			t.Errorf("keys %q: foldKey(%q) = %d, want %d", keys, q, got, want)
		}
		if got, want := v.get(q), getRef(v, q); got != want {
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
