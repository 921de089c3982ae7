package mock

import (
	"encoding/json"
	"strings"
)

// This file reads single attributes out of a stored resource's packed JSON object
// (resource.packed()) without decoding the whole object: answers overlay a few properties
// of a stored resource, and a map per read was a third of a Get's allocations.

// attrLayer is a set of attributes that an answer overlays: a map, packed JSON, or the
// single attribute one = oneVal.
type attrLayer struct {
	m      map[string]any
	packed string
	one    string
	oneVal any
	// shallow: the layer reaches depth 3 only, as setField does (overlay reaches 4).
	shallow bool
}

func (l attrLayer) get(key string) (any, bool) {
	if l.one != "" {
		if key == l.one {
			return l.oneVal, true
		}
		return nil, false
	}
	if l.m != nil || l.packed == "" {
		v, ok := l.m[key]
		return v, ok
	}
	return packedGet(l.packed, key)
}

// layerOf is the overlay layer of a stored resource.
func layerOf(r resource) attrLayer {
	if r.packedLen != 0 {
		return attrLayer{packed: r.packed()}
	}
	return attrLayer{m: r.attrs}
}

// packedGet finds key among the members of obj, a JSON object as appendJSON writes it
// (no blanks), and decodes its value as parseJSONObject would.
func packedGet(obj, key string) (any, bool) {
	i := 1 // past '{'
	for i < len(obj) && obj[i] != '}' {
		ke := skipJSON(obj, i)
		if ke < 0 {
			return nil, false
		}
		k := obj[i:ke]
		vs := ke + 1 // past ':'
		ve := skipJSON(obj, vs)
		if ve < 0 {
			return nil, false
		}
		var match bool
		if strings.IndexByte(k, '\\') < 0 {
			match = k[1:len(k)-1] == key
		} else {
			dk, _ := decodeJSONValue(k)
			match = dk == key
		}
		if match {
			return packedValue(obj[vs:ve])
		}
		i = ve
		if i < len(obj) && obj[i] == ',' {
			i++
		}
	}
	return nil, false
}

func packedValue(v string) (any, bool) {
	switch {
	case v == "true":
		return true, true
	case v == "false":
		return false, true
	case v == "null":
		return nil, true
	case v[0] == '"' && strings.IndexByte(v, '\\') < 0:
		return v[1 : len(v)-1], true
	case v[0] == '-' || v[0] >= '0' && v[0] <= '9':
		return json.Number(v), true
	}
	return decodeJSONValue(v)
}

// skipJSON returns the end of the JSON value that starts at s[i], or -1.
func skipJSON(s string, i int) int {
	if i >= len(s) {
		return -1
	}
	switch s[i] {
	case '"':
		for j := i + 1; j < len(s); j++ {
			switch s[j] {
			case '\\':
				j++
			case '"':
				return j + 1
			}
		}
		return -1
	case '{', '[':
		depth := 0
		for j := i; j < len(s); j++ {
			switch s[j] {
			case '"':
				e := skipJSON(s, j)
				if e < 0 {
					return -1
				}
				j = e - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return j + 1
				}
			}
		}
		return -1
	}
	j := i
	for j < len(s) && s[j] != ',' && s[j] != '}' && s[j] != ']' {
		j++
	}
	return j
}
