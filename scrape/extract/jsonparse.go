package extract

import (
	"encoding/json"
	"errors"
	"fmt"
	"unicode/utf8"
)

// parseJSON decodes one JSON document into a jval, keeping object keys in order. It is a
// small recursive-descent parser over the bytes: json.Decoder.Token allocated an
// interface value and, at the end of every document, an error, which made the JSON
// example the largest allocation of extraction. It reads a string, so strings and numbers
// are substrings of the example rather than copies, and takes its values from a slab.
func parseJSON(data string) (*jval, error) {
	var slab jsonSlab
	return slab.parse(data)
}

// jsonSlab hands out JSON values from chunks that are reused from one example to the next
// (release drops the values).
type jsonSlab struct {
	chunks [][]jval
	cur    int // chunk being handed out
	used   int // values handed out of chunks[cur]
	// Objects' keys and values, and arrays' elements, gather on the stacks while they are
	// read and are then copied, at their final size, into the arenas.
	kstack   []string
	vstack   []*jval
	keyArena []string
	valArena []*jval
}

// takeKeys copies keys into the arena and returns the copy (capacity capped, so an append
// to it reallocates).
func (sl *jsonSlab) takeKeys(keys []string) []string {
	if cap(sl.keyArena)-len(sl.keyArena) < len(keys) {
		sl.keyArena = make([]string, 0, max(128, 2*len(keys)))
	}
	i := len(sl.keyArena)
	sl.keyArena = append(sl.keyArena, keys...)
	return sl.keyArena[i : i+len(keys) : i+len(keys)]
}

// takeVals is takeKeys for values.
func (sl *jsonSlab) takeVals(vals []*jval) []*jval {
	if cap(sl.valArena)-len(sl.valArena) < len(vals) {
		sl.valArena = make([]*jval, 0, max(128, 2*len(vals)))
	}
	i := len(sl.valArena)
	sl.valArena = append(sl.valArena, vals...)
	return sl.valArena[i : i+len(vals) : i+len(vals)]
}

const jsonChunk = 32

func (sl *jsonSlab) parse(data string) (*jval, error) {
	sl.kstack, sl.vstack = sl.kstack[:0], sl.vstack[:0] // left over by a failed parse
	p := &jsonParser{s: data, slab: sl}
	p.space()
	v, err := p.value(0)
	if err != nil {
		return nil, err
	}
	p.space()
	if p.i < len(p.s) {
		return nil, errors.New("extra data after the JSON value")
	}
	return v, nil
}

type jsonParser struct {
	s    string
	i    int
	slab *jsonSlab
}

// newVal returns a value from the slab.
func (p *jsonParser) newVal(v jval) *jval {
	sl := p.slab
	if sl.cur < len(sl.chunks) && sl.used == jsonChunk {
		sl.cur, sl.used = sl.cur+1, 0
	}
	if sl.cur == len(sl.chunks) {
		sl.chunks = append(sl.chunks, make([]jval, jsonChunk))
	}
	out := &sl.chunks[sl.cur][sl.used]
	sl.used++
	*out = v
	return out
}

// release zeroes the values handed out, keeping the chunks for the next example.
func (sl *jsonSlab) release() {
	for i := 0; i <= sl.cur && i < len(sl.chunks); i++ {
		n := jsonChunk
		if i == sl.cur {
			n = sl.used
		}
		clear(sl.chunks[i][:n])
	}
	sl.cur, sl.used = 0, 0
	clear(sl.keyArena)
	clear(sl.valArena)
	sl.keyArena, sl.valArena = sl.keyArena[:0], sl.valArena[:0]
	clear(sl.kstack[:cap(sl.kstack)])
	clear(sl.vstack[:cap(sl.vstack)])
	sl.kstack, sl.vstack = sl.kstack[:0], sl.vstack[:0]
}

func (p *jsonParser) space() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *jsonParser) errf(format string, args ...any) error {
	return fmt.Errorf("offset %d: %s", p.i, fmt.Sprintf(format, args...))
}

func (p *jsonParser) value(depth int) (*jval, error) {
	if depth > maxJSONDepth {
		return nil, fmt.Errorf("JSON nested deeper than %d levels", maxJSONDepth)
	}
	if p.i >= len(p.s) {
		return nil, errors.New("unexpected end of JSON input")
	}
	switch c := p.s[p.i]; {
	case c == '{':
		p.i++
		v := p.newVal(jval{kind: 'o', depth: depth})
		p.space()
		if p.i < len(p.s) && p.s[p.i] == '}' {
			p.i++
			return v, nil
		}
		sl := p.slab
		kbase, vbase := len(sl.kstack), len(sl.vstack)
		for {
			p.space()
			if p.i >= len(p.s) || p.s[p.i] != '"' {
				return nil, p.errf("object key must be a string")
			}
			k, err := p.str()
			if err != nil {
				return nil, err
			}
			p.space()
			if p.i >= len(p.s) || p.s[p.i] != ':' {
				return nil, p.errf("missing ':' after object key")
			}
			p.i++
			p.space()
			val, err := p.value(depth + 1)
			if err != nil {
				return nil, err
			}
			sl.kstack = append(sl.kstack, k)
			sl.vstack = append(sl.vstack, val)
			p.space()
			if p.i < len(p.s) && p.s[p.i] == ',' {
				p.i++
				continue
			}
			if p.i < len(p.s) && p.s[p.i] == '}' {
				p.i++
				v.keys, v.vals = sl.takeKeys(sl.kstack[kbase:]), sl.takeVals(sl.vstack[vbase:])
				sl.kstack, sl.vstack = sl.kstack[:kbase], sl.vstack[:vbase]
				return v, nil
			}
			return nil, p.errf("expected ',' or '}' in object")
		}
	case c == '[':
		p.i++
		v := p.newVal(jval{kind: 'a', depth: depth})
		p.space()
		if p.i < len(p.s) && p.s[p.i] == ']' {
			p.i++
			return v, nil
		}
		sl := p.slab
		base := len(sl.vstack)
		for {
			p.space()
			val, err := p.value(depth + 1)
			if err != nil {
				return nil, err
			}
			sl.vstack = append(sl.vstack, val)
			p.space()
			if p.i < len(p.s) && p.s[p.i] == ',' {
				p.i++
				continue
			}
			if p.i < len(p.s) && p.s[p.i] == ']' {
				p.i++
				v.vals = sl.takeVals(sl.vstack[base:])
				sl.vstack = sl.vstack[:base]
				return v, nil
			}
			return nil, p.errf("expected ',' or ']' in array")
		}
	case c == '"':
		s, err := p.str()
		if err != nil {
			return nil, err
		}
		return p.newVal(jval{kind: 's', text: s}), nil
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	case p.lit("true"):
		return p.newVal(jval{kind: 'b', text: "true"}), nil
	case p.lit("false"):
		return p.newVal(jval{kind: 'b', text: "false"}), nil
	case p.lit("null"):
		return p.newVal(jval{kind: 'z'}), nil
	}
	return nil, p.errf("invalid character %q looking for a value", p.s[p.i])
}

func (p *jsonParser) lit(w string) bool {
	if len(p.s)-p.i >= len(w) && p.s[p.i:p.i+len(w)] == w {
		p.i += len(w)
		return true
	}
	return false
}

// str reads a string at p.i (which is '"'); escapes are decoded by encoding/json.
func (p *jsonParser) str() (string, error) {
	start := p.i
	p.i++
	escaped := false
	for p.i < len(p.s) {
		switch c := p.s[p.i]; {
		case c == '"':
			p.i++
			raw := p.s[start:p.i]
			if !escaped && utf8.ValidString(raw) {
				return raw[1 : len(raw)-1], nil
			}
			var out string
			if err := json.Unmarshal([]byte(raw), &out); err != nil {
				return "", fmt.Errorf("offset %d: %w", start, err)
			}
			return out, nil
		case c == '\\':
			escaped = true
			p.i += 2
		case c < 0x20:
			return "", p.errf("control character in string")
		default:
			p.i++
		}
	}
	return "", errors.New("unexpected end of JSON input in string")
}

// number reads a JSON number and keeps its literal.
func (p *jsonParser) number() (*jval, error) {
	start := p.i
	if p.s[p.i] == '-' {
		p.i++
	}
	digits := func() int {
		n := 0
		for p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
			p.i++
			n++
		}
		return n
	}
	if digits() == 0 {
		return nil, p.errf("invalid number")
	}
	if p.i < len(p.s) && p.s[p.i] == '.' {
		p.i++
		if digits() == 0 {
			return nil, p.errf("invalid number")
		}
	}
	if p.i < len(p.s) && (p.s[p.i] == 'e' || p.s[p.i] == 'E') {
		p.i++
		if p.i < len(p.s) && (p.s[p.i] == '+' || p.s[p.i] == '-') {
			p.i++
		}
		if digits() == 0 {
			return nil, p.errf("invalid number")
		}
	}
	return p.newVal(jval{kind: 'n', text: p.s[start:p.i]}), nil
}
