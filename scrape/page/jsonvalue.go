package page

import "strings"

// JSONValue is one decoded JSON value that keeps object keys in document order, so that
// what is built from it (a schema inferred from a page's example, the metadata's
// properties) lists fields as the source does. DecodeTree makes it.
type JSONValue struct {
	// Kind is 'o' object, 'a' array, 's' string, 'n' number, 'b' boolean or 'z' null;
	// extraction's sketches of a body add 't', a type word standing for a value.
	Kind byte
	Keys []string     // an object's keys, in document order (a key given twice is kept twice)
	Vals []*JSONValue // an object's values, parallel to Keys; an array's elements
	Text string       // a string's text, a number's literal, "true"/"false", a type word
	// merged caches Elem's union of an array's object elements.
	merged *JSONValue
}

// Get returns the value of key k of an object, or nil.
func (v *JSONValue) Get(k string) *JSONValue {
	if v == nil || v.Kind != 'o' {
		return nil
	}
	for i, key := range v.Keys {
		if key == k {
			return v.Vals[i]
		}
	}
	return nil
}

// GetFold is Get, except that without a key k the one key that differs from k only in
// letter case stands for it (a table's "ZoneInfos" is the example's "zoneInfos"); with two
// or more such keys, none does.
func (v *JSONValue) GetFold(k string) *JSONValue {
	if e := v.Get(k); e != nil {
		return e
	}
	if i := v.FoldKey(k); i >= 0 {
		return v.Vals[i]
	}
	return nil
}

// FoldKey returns the index of the one key of object v that equals k only when letter case
// is ignored and is not k itself, or -1 (none, several, or v has k).
func (v *JSONValue) FoldKey(k string) int {
	if v == nil || v.Kind != 'o' {
		return -1
	}
	found := -1
	for i, key := range v.Keys {
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

// Elem returns the element of an array: the first one, or, when the elements are objects,
// their union (a sample often leaves a field out of its first element), or nil.
func (v *JSONValue) Elem() *JSONValue {
	if v == nil || v.Kind != 'a' || len(v.Vals) == 0 {
		return nil
	}
	if len(v.Vals) == 1 || v.Vals[0].Kind != 'o' {
		return v.Vals[0]
	}
	if v.merged == nil {
		v.merged = mergeValues(v.Vals)
	}
	return v.merged
}

// mergeValues unions sample values: objects key by key (first-seen order, values merged
// the same way), arrays element-wise through their own Elem, else the first non-null.
func mergeValues(vs []*JSONValue) *JSONValue {
	var first *JSONValue
	for _, v := range vs {
		if v != nil && v.Kind != 'z' {
			first = v
			break
		}
	}
	if first == nil {
		return vs[0]
	}
	switch first.Kind {
	case 'o':
		out := &JSONValue{Kind: 'o'}
		idx := map[string]int{}
		var groups [][]*JSONValue
		for _, v := range vs {
			if v == nil || v.Kind != 'o' {
				continue
			}
			for i, k := range v.Keys {
				j, ok := idx[k]
				if !ok {
					j = len(out.Keys)
					idx[k] = j
					out.Keys = append(out.Keys, k)
					groups = append(groups, nil)
				}
				groups[j] = append(groups[j], v.Vals[i])
			}
		}
		for _, g := range groups {
			out.Vals = append(out.Vals, mergeValues(g))
		}
		return out
	case 'a':
		out := &JSONValue{Kind: 'a'}
		for _, v := range vs {
			if v != nil && v.Kind == 'a' {
				out.Vals = append(out.Vals, v.Vals...)
			}
		}
		return out
	}
	return first
}
