package extract

import (
	"reflect"
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
