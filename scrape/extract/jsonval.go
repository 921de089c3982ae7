package extract

import (
	"strconv"
	"strings"
)

// jval is a decoded JSON value that keeps object keys in document order, so a schema
// inferred from a JSON example lists fields as the page does.
type jval struct {
	kind byte // 'o' object, 'a' array, 's' string, 'n' number, 'b' bool, 'z' null, 't' a type word in a sketch (see sketchJSON)
	keys []string
	vals []*jval // object values, parallel to keys; array elements
	text string  // string value, number literal or "true"/"false"
	// merged caches elem's union of an array's object elements.
	merged *jval
}

// get returns the value of key k of an object, or nil. Without a key k, the one key that
// differs from k only in letter case stands for it (a table's "ZoneInfos" is the example's
// "zoneInfos"); with two or more such keys, none does.
func (v *jval) get(k string) *jval {
	if v == nil || v.kind != 'o' {
		return nil
	}
	for i, key := range v.keys {
		if key == k {
			return v.vals[i]
		}
	}
	if i := v.foldKey(k); i >= 0 {
		return v.vals[i]
	}
	return nil
}

// foldKey returns the index of the one key of object v that equals k only when letter case
// is ignored and is not k itself, or -1 (none, several, or v has k).
func (v *jval) foldKey(k string) int {
	if v == nil || v.kind != 'o' {
		return -1
	}
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

// elem returns the element of an array: the first one, or, when the elements are objects,
// their union (a sample often leaves a field out of its first element), or nil.
func (v *jval) elem() *jval {
	if v == nil || v.kind != 'a' || len(v.vals) == 0 {
		return nil
	}
	if len(v.vals) == 1 || v.vals[0].kind != 'o' {
		return v.vals[0]
	}
	if v.merged == nil {
		v.merged = mergeValues(v.vals)
	}
	return v.merged
}

// mergeValues unions sample values: objects key by key (first-seen order, values merged
// the same way), arrays element-wise through their own elem, else the first non-null.
func mergeValues(vs []*jval) *jval {
	var first *jval
	for _, v := range vs {
		if v != nil && v.kind != 'z' {
			first = v
			break
		}
	}
	if first == nil {
		return vs[0]
	}
	switch first.kind {
	case 'o':
		out := &jval{kind: 'o'}
		idx := map[string]int{}
		var groups [][]*jval
		for _, v := range vs {
			if v == nil || v.kind != 'o' {
				continue
			}
			for i, k := range v.keys {
				j, ok := idx[k]
				if !ok {
					j = len(out.keys)
					idx[k] = j
					out.keys = append(out.keys, k)
					groups = append(groups, nil)
				}
				groups[j] = append(groups[j], v.vals[i])
			}
		}
		for _, g := range groups {
			out.vals = append(out.vals, mergeValues(g))
		}
		return out
	case 'a':
		out := &jval{kind: 'a'}
		for _, v := range vs {
			if v != nil && v.kind == 'a' {
				out.vals = append(out.vals, v.vals...)
			}
		}
		return out
	}
	return first
}

// maxJSONDepth bounds nesting so that hostile input cannot exhaust the stack.
const maxJSONDepth = 64

// jsonTypeName names a value's JSON type for messages.
func (v *jval) typeName() string {
	switch v.kind {
	case 'o':
		return "object"
	case 'a':
		return "array"
	case 's':
		return "string"
	case 'n':
		return "number"
	case 'b':
		return "boolean"
	case 't':
		return v.text
	}
	return "null"
}

// agrees reports whether a JSON value fits a schema type. Null fits anything.
func (v *jval) agrees(schemaType string) bool {
	switch v.kind {
	case 'z':
		return true
	case 'o':
		return schemaType == "object" || schemaType == ""
	case 'a':
		return schemaType == "array" || schemaType == ""
	case 's':
		return schemaType == "string" || schemaType == ""
	case 'n':
		return schemaType == "integer" || schemaType == "number" || schemaType == ""
	case 'b':
		return schemaType == "boolean" || schemaType == ""
	case 't':
		s, _ := docSchema(v.text)
		return schemaType == s.Type || schemaType == "" || s.Type == "number" && schemaType == "integer"
	}
	return true
}

// trimKeys removes the white space around the object keys of v (" Bandwidths", a typo of
// some pages) where the trimmed key is not empty and not a sibling's, and appends each
// key changed, quoted, to out.
func trimKeys(v *jval, out []string) []string {
	if v == nil {
		return out
	}
	if v.kind == 'o' {
		for i, k := range v.keys {
			if t := strings.TrimSpace(k); t != k && t != "" && v.get(t) == nil {
				out = append(out, strconv.Quote(k))
				v.keys[i] = t
			}
		}
	}
	for _, c := range v.vals {
		out = trimKeys(c, out)
	}
	return out
}
