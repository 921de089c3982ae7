package mock

import (
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/acsgen/acsgen/internal/jsonstr"
	"slices"
	"strings"
)

// This file encodes responses. Answers are trees of map[string]any, []any, string,
// json.Number and bool; encoding/json walks them by reflection and sorts every map's keys
// through reflect.Values, which was the largest single cost of a request. appendJSON
// writes the same bytes directly (sorted keys, encoding/json's string escaping without
// HTML escaping) and hands any other value to encoding/json, so handler answers of any
// type still encode exactly as before. TestAppendJSONMatchesEncodingJSON and
// FuzzAppendJSON hold the two byte-identical.

// encodeJSON marshals a response without HTML escaping (Alibaba does not escape <>&).
func encodeJSON(v any) ([]byte, error) {
	return appendJSON(make([]byte, 0, 512), v, 0)
}

// appendJSON appends the encoding of v to dst. Past depth 1000 it hands over to
// encoding/json, whose cycle check then reports a cyclic value as it always did.
func appendJSON(dst []byte, v any, depth int) ([]byte, error) {
	if depth > 1000 {
		return appendStdJSON(dst, v)
	}
	switch x := v.(type) {
	case nil:
		return append(dst, "null"...), nil
	case string:
		return appendJSONString(dst, x), nil
	case bool:
		if x {
			return append(dst, "true"...), nil
		}
		return append(dst, "false"...), nil
	case json.Number:
		s := string(x)
		if s == "" {
			s = "0"
		}
		if !isValidNumber(s) {
			return nil, fmt.Errorf("encode response: json: invalid number literal %q", s)
		}
		return append(dst, s...), nil
	case map[string]any:
		if x == nil {
			return append(dst, "null"...), nil
		}
		var small [16]string
		keys := small[:0]
		for k := range x {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		dst = append(dst, '{')
		for i, k := range keys {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendJSONString(dst, k)
			dst = append(dst, ':')
			var err error
			if dst, err = appendJSON(dst, x[k], depth+1); err != nil {
				return nil, err
			}
		}
		return append(dst, '}'), nil
	case []any:
		if x == nil {
			return append(dst, "null"...), nil
		}
		dst = append(dst, '[')
		for i, e := range x {
			if i > 0 {
				dst = append(dst, ',')
			}
			var err error
			if dst, err = appendJSON(dst, e, depth+1); err != nil {
				return nil, err
			}
		}
		return append(dst, ']'), nil
	}
	return appendStdJSON(dst, v)
}

// appendStdJSON encodes v with encoding/json (HTML escaping off).
func appendStdJSON(dst []byte, v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("encode response: %w", err)
	}
	b := buf.Bytes()
	return append(dst, b[:len(b)-1]...), nil
}

// appendJSONString is encoding/json's string encoding with HTML escaping off.
func appendJSONString(dst []byte, s string) []byte { return jsonstr.Append(dst, s, false) }

// isValidNumber is the JSON number grammar (RFC 8259 section 6), as encoding/json checks
// json.Number values before writing them.
func isValidNumber(s string) bool {
	if s == "" {
		return false
	}
	s = strings.TrimPrefix(s, "-")
	switch {
	case s == "":
		return false
	case s[0] == '0':
		s = s[1:]
	case '1' <= s[0] && s[0] <= '9':
		s = s[1:]
		for len(s) > 0 && '0' <= s[0] && s[0] <= '9' {
			s = s[1:]
		}
	default:
		return false
	}
	if len(s) >= 2 && s[0] == '.' && '0' <= s[1] && s[1] <= '9' {
		s = s[2:]
		for len(s) > 0 && '0' <= s[0] && s[0] <= '9' {
			s = s[1:]
		}
	}
	if len(s) >= 2 && (s[0] == 'e' || s[0] == 'E') {
		s = s[1:]
		if s[0] == '+' || s[0] == '-' {
			s = s[1:]
			if s == "" {
				return false
			}
		}
		for len(s) > 0 && '0' <= s[0] && s[0] <= '9' {
			s = s[1:]
		}
	}
	return s == ""
}
