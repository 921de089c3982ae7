package apidocs

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/acsgen/acsgen/scrape/page"
)

// value is one JSON value with object keys in document order: the metadata's order of
// properties is the documentation's, and encoding/json's maps would lose it.
type value struct {
	kind byte // 'o' object, 'a' array, 's' string, 'n' number, 'b' boolean, 'z' null
	keys []string
	vals []*value // object values (parallel to keys) or array elements
	str  string   // string text, number text, "true" or "false"
}

// maxDepth bounds nesting so that hostile input cannot exhaust the stack.
const maxDepth = 256

// parse reads one JSON document into an ordered tree. Errors give the line and offset where
// the decoder stopped and what it saw there.
func parse(data []byte) (*value, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	v, err := page.DecodeTree(dec, maxDepth, true,
		func(kind byte, text string) *value { return &value{kind: kind, str: text} },
		func(kind byte, keys []string, vals []*value) *value {
			return &value{kind: kind, keys: keys, vals: vals}
		})
	if err == nil {
		err = page.DecodeEnd(dec)
	}
	if err != nil {
		var je *page.JSONError
		if !errors.As(err, &je) {
			je = page.DecodeError(dec, err)
		}
		off := min(int(je.Offset), len(data))
		return nil, fmt.Errorf("not JSON: line %d, %v", page.LineAt(data, off), je)
	}
	return v, nil
}

// get is an object's member, or nil.
func (v *value) get(key string) *value {
	if v == nil || v.kind != 'o' {
		return nil
	}
	for i, k := range v.keys {
		if k == key {
			return v.vals[i]
		}
	}
	return nil
}

func (v *value) isNull() bool { return v == nil || v.kind == 'z' }

func kindName(v *value) string {
	if v == nil {
		return "nothing"
	}
	switch v.kind {
	case 'o':
		return "an object"
	case 'a':
		return "an array"
	case 's':
		return "a string"
	case 'n':
		return "a number"
	case 'b':
		return "a boolean"
	}
	return "null"
}

// jsonPath extends a JSON path by an object key: .key, or ["key"] when key is not a
// plain identifier.
func jsonPath(base, key string) string {
	plain := key != ""
	for i, r := range key {
		if !(r == '_' || r == '-' || r == '$' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || i > 0 && '0' <= r && r <= '9') {
			plain = false
			break
		}
	}
	if plain {
		return base + "." + key
	}
	return base + "[" + strconv.Quote(key) + "]"
}

func indexPath(base string, i int) string { return base + "[" + strconv.Itoa(i) + "]" }
