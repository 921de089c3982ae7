package apidocs

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/acsgen/acsgen/scrape/page"
)

// maxDepth bounds nesting so that hostile input cannot exhaust the stack.
const maxDepth = 256

// parse reads one JSON document into an ordered tree. Errors give the line and offset where
// the decoder stopped and what it saw there.
func parse(data []byte) (*page.JSONValue, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	v, err := page.DecodeTree(dec, maxDepth, true)
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

// isNull reports a member that is absent or null, which the metadata means alike.
func isNull(v *page.JSONValue) bool { return v == nil || v.Kind == 'z' }

func kindName(v *page.JSONValue) string {
	if v == nil {
		return "nothing"
	}
	switch v.Kind {
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
