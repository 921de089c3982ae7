package extract

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// parseJSON decodes one JSON document into a jval, keeping object keys in document order
// (a map would lose the page's field order). encoding/json's Decoder does the reading; this
// only walks its tokens into the tree.
func parseJSON(data string) (*jval, error) {
	d := json.NewDecoder(strings.NewReader(data))
	d.UseNumber()
	v, err := decodeJSON(d, 0)
	if err != nil {
		return nil, page.DecodeError(d, err)
	}
	if err := page.DecodeEnd(d); err != nil {
		return nil, err
	}
	return v, nil
}

// decodeJSON reads the value that starts at d's next token.
func decodeJSON(d *json.Decoder, depth int) (*jval, error) {
	if depth > maxJSONDepth {
		return nil, fmt.Errorf("JSON nested deeper than %d levels", maxJSONDepth)
	}
	tok, err := d.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim: // '{' or '[': Token never returns a closing one here
		v := &jval{kind: 'a', depth: depth}
		if t == '{' {
			v.kind = 'o'
		}
		for d.More() {
			if v.kind == 'o' {
				k, err := d.Token()
				if err != nil {
					return nil, err
				}
				v.keys = append(v.keys, k.(string)) // Token checks that a key is a string
			}
			e, err := decodeJSON(d, depth+1)
			if err != nil {
				return nil, err
			}
			v.vals = append(v.vals, e)
		}
		if _, err := d.Token(); err != nil { // the closing delimiter
			return nil, err
		}
		return v, nil
	case string:
		return &jval{kind: 's', text: t}, nil
	case json.Number:
		return &jval{kind: 'n', text: t.String()}, nil
	case bool:
		return &jval{kind: 'b', text: strconv.FormatBool(t)}, nil
	}
	return &jval{kind: 'z'}, nil // null
}
