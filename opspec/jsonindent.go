package opspec

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/acsgen/acsgen/internal/jsonstr"
	"slices"
	"unicode/utf16"
	"unicode/utf8"
)

// indentJSON indents kin's compact JSON with two spaces and undoes its HTML escaping, in one
// pass, producing exactly what decoding into any and re-encoding with encoding/json
// (SetEscapeHTML(false), SetIndent("", "  ")) gives: strings re-escaped by encoding/json's
// rules, numbers verbatim, and object keys sorted. kin's output has sorted, unique keys
// where it marshals maps); objects it writes from structs (x-acs-errors items) are sorted
// here, duplicates dropped with the last one kept, as decoding into a map does.
func indentJSON(raw []byte) ([]byte, error) {
	w := &jsonIndenter{in: raw, out: make([]byte, 0, len(raw)+len(raw)/2)}
	w.skipSpace()
	err := w.value(0)
	if err == nil {
		w.skipSpace()
		if w.pos != len(w.in) {
			err = fmt.Errorf("offset %d: data after the document", w.pos)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("indent json: %w", err)
	}
	return append(w.out, '\n'), nil
}

var errUnsortedKeys = errors.New("object keys not sorted")

type jsonIndenter struct {
	in      []byte
	pos     int
	out     []byte
	scratch []byte // decoded strings
}

func (w *jsonIndenter) skipSpace() {
	for w.pos < len(w.in) {
		switch w.in[w.pos] {
		case ' ', '\t', '\n', '\r':
			w.pos++
		default:
			return
		}
	}
}

func (w *jsonIndenter) newline(depth int) {
	w.out = append(w.out, '\n')
	for range depth {
		w.out = append(w.out, ' ', ' ')
	}
}

func (w *jsonIndenter) value(depth int) error {
	if w.pos >= len(w.in) {
		return fmt.Errorf("offset %d: unexpected end of JSON", w.pos)
	}
	switch c := w.in[w.pos]; c {
	case '{':
		outStart := len(w.out)
		w.pos++
		bodyStart := w.pos
		err := w.object(depth)
		if errors.Is(err, errUnsortedKeys) {
			w.out = w.out[:outStart]
			w.pos = bodyStart
			return w.sortedObject(depth)
		}
		return err
	case '[':
		w.pos++
		w.skipSpace()
		if w.pos < len(w.in) && w.in[w.pos] == ']' {
			w.pos++
			w.out = append(w.out, '[', ']')
			return nil
		}
		w.out = append(w.out, '[')
		for {
			w.newline(depth + 1)
			if err := w.value(depth + 1); err != nil {
				return err
			}
			w.skipSpace()
			if w.pos < len(w.in) && w.in[w.pos] == ',' {
				w.pos++
				w.out = append(w.out, ',')
				w.skipSpace()
				continue
			}
			if w.pos < len(w.in) && w.in[w.pos] == ']' {
				w.pos++
				w.newline(depth)
				w.out = append(w.out, ']')
				return nil
			}
			return fmt.Errorf("offset %d: expected ',' or ']'", w.pos)
		}
	case '"':
		n := jsonStringLen(w.in[w.pos:])
		if n < 0 {
			return fmt.Errorf("offset %d: unterminated string", w.pos)
		}
		if err := w.appendString(w.in[w.pos : w.pos+n]); err != nil {
			return err
		}
		w.pos += n
		return nil
	default:
		start := w.pos
		for w.pos < len(w.in) {
			switch w.in[w.pos] {
			case ',', '}', ']', ' ', '\t', '\n', '\r':
			default:
				w.pos++
				continue
			}
			break
		}
		lit := w.in[start:w.pos]
		switch string(lit) {
		case "true", "false", "null":
		default:
			if !json.Valid(lit) || lit[0] == '"' || lit[0] == '{' || lit[0] == '[' {
				return fmt.Errorf("offset %d: invalid value %q", start, lit)
			}
		}
		w.out = append(w.out, lit...)
		return nil
	}
}

// appendString writes a quoted JSON string from the input as encoding/json would write
// its decoded value without HTML escaping. Without escapes it is copied as is: kin's
// encoder already wrote it by the same rules.
func (w *jsonIndenter) appendString(quoted []byte) error {
	if bytes.IndexByte(quoted, '\\') < 0 {
		w.out = append(w.out, quoted...)
		return nil
	}
	s, _, _, err := decodeJSONString(quoted, w.scratch[:0])
	if err != nil {
		return fmt.Errorf("offset %d: %w", w.pos, err)
	}
	w.scratch = s[:0]
	w.out = jsonstr.Append(w.out, s, false)
	return nil
}

// keyLess orders two quoted keys by their decoded values, as encoding/json sorts map keys.
func keyLess(a, b []byte) bool {
	if bytes.IndexByte(a, '\\') < 0 && bytes.IndexByte(b, '\\') < 0 {
		return bytes.Compare(a[1:len(a)-1], b[1:len(b)-1]) < 0
	}
	da, _, _, errA := decodeJSONString(a, nil)
	db, _, _, errB := decodeJSONString(b, nil)
	return errA == nil && errB == nil && bytes.Compare(da, db) < 0
}

// jsonStringLen is the length of the quoted string at the start of b, -1 if unterminated
// or holding a raw control character.
func jsonStringLen(b []byte) int {
	for i := 1; i < len(b); i++ {
		switch c := b[i]; {
		case c == '\\':
			i++
		case c == '"':
			return i + 1
		case c < 0x20:
			return -1
		}
	}
	return -1
}

// decodeJSONString decodes the quoted JSON string at the start of b, returning its value,
// the bytes it took, and whether the value was written into scratch (else it aliases b).
// Escapes decode as encoding/json does, invalid surrogates becoming U+FFFD.
func decodeJSONString(b []byte, scratch []byte) (s []byte, n int, usedScratch bool, err error) {
	if len(b) == 0 || b[0] != '"' {
		return nil, 0, false, errors.New("expected a string")
	}
	i := 1
	for i < len(b) && b[i] != '"' && b[i] != '\\' && b[i] >= 0x20 {
		i++
	}
	if i < len(b) && b[i] == '"' {
		return b[1:i], i + 1, false, nil
	}
	out := append(scratch, b[1:i]...)
	for i < len(b) {
		c := b[i]
		switch {
		case c == '"':
			return out, i + 1, true, nil
		case c < 0x20:
			return nil, 0, false, errors.New("control character in string")
		case c != '\\':
			out = append(out, c)
			i++
			continue
		}
		if i+1 >= len(b) {
			break
		}
		switch b[i+1] {
		case '"', '\\', '/':
			out = append(out, b[i+1])
			i += 2
		case 'b':
			out = append(out, '\b')
			i += 2
		case 'f':
			out = append(out, '\f')
			i += 2
		case 'n':
			out = append(out, '\n')
			i += 2
		case 'r':
			out = append(out, '\r')
			i += 2
		case 't':
			out = append(out, '\t')
			i += 2
		case 'u':
			r := hex4(b[i+2:])
			if r < 0 {
				return nil, 0, false, errors.New(`invalid \u escape`)
			}
			i += 6
			if utf16.IsSurrogate(r) {
				r2 := rune(-1)
				if i+1 < len(b) && b[i] == '\\' && b[i+1] == 'u' {
					r2 = hex4(b[i+2:])
				}
				if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
					r = dec
					i += 6
				} else {
					r = utf8.RuneError
				}
			}
			out = utf8.AppendRune(out, r)
		default:
			return nil, 0, false, errors.New("invalid escape in string")
		}
	}
	return nil, 0, false, errors.New("unterminated string")
}

func hex4(b []byte) rune {
	if len(b) < 4 {
		return -1
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}

// object writes the object whose body starts at w.pos, returning errUnsortedKeys (having
// written part of it) when its keys are not strictly increasing.
func (w *jsonIndenter) object(depth int) error {
	w.skipSpace()
	if w.pos < len(w.in) && w.in[w.pos] == '}' {
		w.pos++
		w.out = append(w.out, '{', '}')
		return nil
	}
	w.out = append(w.out, '{')
	var prev []byte // the previous key, quoted, from the input
	for {
		if w.pos >= len(w.in) || w.in[w.pos] != '"' {
			return fmt.Errorf("offset %d: expected an object key", w.pos)
		}
		n := jsonStringLen(w.in[w.pos:])
		if n < 0 {
			return fmt.Errorf("offset %d: unterminated string", w.pos)
		}
		key := w.in[w.pos : w.pos+n]
		if prev != nil && !keyLess(prev, key) {
			return errUnsortedKeys
		}
		prev = key
		w.newline(depth + 1)
		if err := w.appendString(key); err != nil {
			return err
		}
		w.pos += n
		w.skipSpace()
		if w.pos >= len(w.in) || w.in[w.pos] != ':' {
			return fmt.Errorf("offset %d: expected ':'", w.pos)
		}
		w.pos++
		w.out = append(w.out, ':', ' ')
		w.skipSpace()
		if err := w.value(depth + 1); err != nil {
			return err
		}
		w.skipSpace()
		if w.pos < len(w.in) && w.in[w.pos] == ',' {
			w.pos++
			w.out = append(w.out, ',')
			w.skipSpace()
			continue
		}
		if w.pos < len(w.in) && w.in[w.pos] == '}' {
			w.pos++
			w.newline(depth)
			w.out = append(w.out, '}')
			return nil
		}
		return fmt.Errorf("offset %d: expected ',' or '}'", w.pos)
	}
}

// member is one key/value pair of an object being sorted: spans of the input.
type member struct {
	key        []byte // decoded
	quoted     []byte
	valueStart int
}

// sortedObject writes the object whose body starts at w.pos with its members sorted by
// key, the last of equal keys kept.
func (w *jsonIndenter) sortedObject(depth int) error {
	var members []member
	for {
		w.skipSpace()
		n := -1
		if w.pos < len(w.in) && w.in[w.pos] == '"' {
			n = jsonStringLen(w.in[w.pos:])
		}
		if n < 0 {
			return fmt.Errorf("offset %d: expected an object key", w.pos)
		}
		quoted := w.in[w.pos : w.pos+n]
		key, _, _, err := decodeJSONString(quoted, nil)
		if err != nil {
			return fmt.Errorf("offset %d: %w", w.pos, err)
		}
		w.pos += n
		w.skipSpace()
		if w.pos >= len(w.in) || w.in[w.pos] != ':' {
			return fmt.Errorf("offset %d: expected ':'", w.pos)
		}
		w.pos++
		w.skipSpace()
		members = append(members, member{key: key, quoted: quoted, valueStart: w.pos})
		if err := w.skipValue(); err != nil {
			return err
		}
		w.skipSpace()
		if w.pos < len(w.in) && w.in[w.pos] == ',' {
			w.pos++
			continue
		}
		if w.pos < len(w.in) && w.in[w.pos] == '}' {
			w.pos++
			break
		}
		return fmt.Errorf("offset %d: expected ',' or '}'", w.pos)
	}
	end := w.pos
	slices.SortStableFunc(members, func(a, b member) int { return bytes.Compare(a.key, b.key) })
	w.out = append(w.out, '{')
	written := false
	for i, m := range members {
		if i+1 < len(members) && bytes.Equal(m.key, members[i+1].key) {
			continue // a later duplicate wins
		}
		if written {
			w.out = append(w.out, ',')
		}
		written = true
		w.newline(depth + 1)
		if err := w.appendString(m.quoted); err != nil {
			return err
		}
		w.out = append(w.out, ':', ' ')
		w.pos = m.valueStart
		if err := w.value(depth + 1); err != nil {
			return err
		}
	}
	w.newline(depth)
	w.out = append(w.out, '}')
	w.pos = end
	return nil
}

// skipValue moves w.pos past the JSON value there (checked by value when it is written).
func (w *jsonIndenter) skipValue() error {
	depth := 0
	for w.pos < len(w.in) {
		switch c := w.in[w.pos]; c {
		case '"':
			n := jsonStringLen(w.in[w.pos:])
			if n < 0 {
				return fmt.Errorf("offset %d: unterminated string", w.pos)
			}
			w.pos += n
		case '{', '[':
			depth++
			w.pos++
		case '}', ']':
			if depth == 0 {
				return nil
			}
			depth--
			w.pos++
		case ',':
			if depth == 0 {
				return nil
			}
			w.pos++
		default:
			w.pos++
		}
		if depth == 0 && w.pos < len(w.in) {
			if c := w.in[w.pos-1]; c == '"' || c == '}' || c == ']' {
				return nil
			}
		}
	}
	return fmt.Errorf("offset %d: unexpected end of JSON", w.pos)
}
