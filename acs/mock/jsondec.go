package mock

import (
	"encoding/json"
	"unicode/utf8"
)

// This file decodes JSON request bodies. json.Decoder (needed for UseNumber) copies the
// body into its own buffer and walks it twice; parseJSONObject reads the common case (an
// object of plain strings, numbers, literals, arrays and objects) in one pass, giving the
// same values encoding/json gives (json.Number for numbers, last duplicate key wins). On
// anything it does not take on (escapes, invalid UTF-8, any syntax error) it says so, and
// the caller decodes with encoding/json, whose answer (and error text) then stands.
// FuzzParseJSONObject holds the two equal.

// maxJSONDepth: deeper bodies go to encoding/json (which allows 10000 levels).
const maxJSONDepth = 500

// parseJSONObject decodes raw when it is one JSON object (with surrounding whitespace);
// ok is false when encoding/json must decide.
func parseJSONObject(raw []byte) (map[string]any, bool) {
	p := jsonParser{b: raw}
	p.space()
	if p.i >= len(p.b) || p.b[p.i] != '{' {
		return nil, false
	}
	v, ok := p.object(0)
	if !ok {
		return nil, false
	}
	p.space()
	if p.i != len(p.b) {
		return nil, false
	}
	return v, true
}

type jsonParser struct {
	b []byte
	i int
}

func (p *jsonParser) space() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// object reads {...} at p.i.
func (p *jsonParser) object(depth int) (map[string]any, bool) {
	if depth > maxJSONDepth {
		return nil, false
	}
	p.i++ // '{'
	m := map[string]any{}
	p.space()
	if p.i < len(p.b) && p.b[p.i] == '}' {
		p.i++
		return m, true
	}
	for {
		p.space()
		if p.i >= len(p.b) || p.b[p.i] != '"' {
			return nil, false
		}
		k, ok := p.str()
		if !ok {
			return nil, false
		}
		p.space()
		if p.i >= len(p.b) || p.b[p.i] != ':' {
			return nil, false
		}
		p.i++
		p.space()
		v, ok := p.value(depth + 1)
		if !ok {
			return nil, false
		}
		m[k] = v
		p.space()
		if p.i >= len(p.b) {
			return nil, false
		}
		switch p.b[p.i] {
		case ',':
			p.i++
		case '}':
			p.i++
			return m, true
		default:
			return nil, false
		}
	}
}

func (p *jsonParser) array(depth int) ([]any, bool) {
	if depth > maxJSONDepth {
		return nil, false
	}
	p.i++ // '['
	out := []any{}
	p.space()
	if p.i < len(p.b) && p.b[p.i] == ']' {
		p.i++
		return out, true
	}
	for {
		p.space()
		v, ok := p.value(depth + 1)
		if !ok {
			return nil, false
		}
		out = append(out, v)
		p.space()
		if p.i >= len(p.b) {
			return nil, false
		}
		switch p.b[p.i] {
		case ',':
			p.i++
		case ']':
			p.i++
			return out, true
		default:
			return nil, false
		}
	}
}

func (p *jsonParser) value(depth int) (any, bool) {
	if p.i >= len(p.b) {
		return nil, false
	}
	switch c := p.b[p.i]; {
	case c == '{':
		return p.object(depth)
	case c == '[':
		return p.array(depth)
	case c == '"':
		return p.str()
	case c == '-' || c >= '0' && c <= '9':
		start := p.i
		for p.i < len(p.b) {
			d := p.b[p.i]
			if d >= '0' && d <= '9' || d == '-' || d == '+' || d == '.' || d == 'e' || d == 'E' {
				p.i++
				continue
			}
			break
		}
		s := string(p.b[start:p.i])
		if !isValidNumber(s) {
			return nil, false
		}
		return json.Number(s), true
	}
	for _, lit := range [...]struct {
		text string
		v    any
	}{{"true", true}, {"false", false}, {"null", nil}} {
		if len(p.b)-p.i >= len(lit.text) && string(p.b[p.i:p.i+len(lit.text)]) == lit.text {
			p.i += len(lit.text)
			return lit.v, true
		}
	}
	return nil, false
}

// str reads a string without escapes, control characters or invalid UTF-8 (those go to
// encoding/json, which knows how to unquote them).
func (p *jsonParser) str() (string, bool) {
	p.i++ // '"'
	start := p.i
	for p.i < len(p.b) {
		c := p.b[p.i]
		switch {
		case c == '"':
			s := string(p.b[start:p.i])
			p.i++
			return s, true
		case c == '\\' || c < 0x20:
			return "", false
		case c < utf8.RuneSelf:
			p.i++
		default:
			r, size := utf8.DecodeRune(p.b[p.i:])
			if r == utf8.RuneError && size == 1 {
				return "", false
			}
			p.i += size
		}
	}
	return "", false
}
