package page

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// JSONError is where and why a JSON document does not decode, as encoding/json's Decoder
// saw it: Offset is the byte offset where it stopped. The readers of JSON (examples on
// pages, api-docs.json files) word their errors with it, each adding its own place.
type JSONError struct {
	Offset int64
	Msg    string
}

func (e *JSONError) Error() string { return fmt.Sprintf("offset %d: %s", e.Offset, e.Msg) }

// DecodeTree reads data, one JSON document, into a JSONValue tree, which keeps object keys
// in document order as a map would not (a page's or the metadata's field order). A value
// nested more than maxDepth deep is an error (a bound on hostile input), and so, with
// unique, is a key given twice in one object. The one reader of JSON trees: extraction's
// examples, apidocs' metadata, flatname's list examples.
//
// encoding/json tells whether data is JSON (json.Valid, which allocates nothing) and, when
// it is not, why (syntaxError); the tree is then read in one walk over text known valid,
// its leaves cut out of data where JSON's quoting changes nothing. Going through
// encoding/json's tokens instead cost about 90 allocations an example (each token boxed,
// each key and text copied, a look-ahead error built after each scalar): TestDecodeTreeAllocs.
func DecodeTree(data string, maxDepth int, unique bool) (*JSONValue, error) {
	if !json.Valid([]byte(data)) {
		return nil, syntaxError(data, maxDepth, unique)
	}
	w := treeWalk{data: data, maxDepth: maxDepth, unique: unique}
	if maxDepth < 0 {
		return nil, w.tooDeep()
	}
	w.space()
	return w.value(0)
}

// treeWalk reads a tree out of data, which json.Valid accepted: i is where it stands.
type treeWalk struct {
	data     string
	i        int
	maxDepth int
	unique   bool
}

// space moves past white space.
func (w *treeWalk) space() {
	for w.i < len(w.data) {
		switch w.data[w.i] {
		case ' ', '\t', '\n', '\r':
			w.i++
		default:
			return
		}
	}
}

// tooDeep is the error of a value nested deeper than maxDepth, placed where the walk stands.
func (w *treeWalk) tooDeep() *JSONError {
	return &JSONError{Offset: int64(w.i), Msg: fmt.Sprintf("nested more than %d levels", w.maxDepth)}
}

// value reads the value that starts at i, at depth depth (the root's is 0).
func (w *treeWalk) value(depth int) (*JSONValue, error) {
	c := w.data[w.i]
	switch c {
	case '{', '[':
		return w.container(depth)
	case '"':
		s, err := w.text()
		return &JSONValue{Kind: 's', Text: s}, err
	case 't', 'f':
		n := len("true")
		if c == 'f' {
			n = len("false")
		}
		w.i += n
		return &JSONValue{Kind: 'b', Text: w.data[w.i-n : w.i]}, nil
	case 'n':
		w.i += len("null")
		return &JSONValue{Kind: 'z'}, nil
	}
	start := w.i // a number: its literal as written, as json.Number keeps it
	for w.i < len(w.data) && strings.IndexByte("+-.0123456789eE", w.data[w.i]) >= 0 {
		w.i++
	}
	return &JSONValue{Kind: 'n', Text: w.data[start:w.i]}, nil
}

// container reads the object or array that starts at i. A member nested too deep is an
// error placed where encoding/json's tokens placed it: at an element, past its key's
// closing quote for an object's value; a key given twice (with unique) there too.
func (w *treeWalk) container(depth int) (*JSONValue, error) {
	v := &JSONValue{Kind: 'a'}
	end := byte(']')
	if w.data[w.i] == '{' {
		v.Kind, end = 'o', '}'
	}
	w.i++
	var seen map[string]bool // the keys of an object, with unique only
	if w.unique && v.Kind == 'o' {
		seen = map[string]bool{}
	}
	for {
		w.space()
		switch w.data[w.i] {
		case end:
			w.i++
			return v, nil
		case ',':
			w.i++
			w.space()
		}
		if v.Kind == 'o' {
			k, err := w.text()
			if err != nil {
				return nil, err
			}
			if seen != nil {
				if seen[k] {
					return nil, &JSONError{Offset: int64(w.i), Msg: fmt.Sprintf("duplicate key %q", k)}
				}
				seen[k] = true
			}
			v.Keys = append(v.Keys, k)
		}
		if depth+1 > w.maxDepth {
			return nil, w.tooDeep()
		}
		if v.Kind == 'o' {
			w.space()
			w.i++ // the colon
			w.space()
		}
		e, err := w.value(depth + 1)
		if err != nil {
			return nil, err
		}
		v.Vals = append(v.Vals, e)
	}
}

// text reads the string that starts at i: its bytes between the quotes where they hold no
// escape and are UTF-8 (as JSON's unquoting leaves them), else encoding/json's unquoting.
func (w *treeWalk) text() (string, error) {
	start := w.i
	w.i++
	plain := true
	for w.data[w.i] != '"' {
		if w.data[w.i] == '\\' {
			plain = false
			w.i++
		}
		w.i++
	}
	w.i++
	if s := w.data[start+1 : w.i-1]; plain && utf8.ValidString(s) {
		return s, nil
	}
	var s string
	if err := json.Unmarshal([]byte(w.data[start:w.i]), &s); err != nil {
		return "", &JSONError{Offset: int64(start), Msg: err.Error()} // not met: data is valid
	}
	return s, nil
}

// syntaxError words why data, which json.Valid rejects, is no JSON document, as
// encoding/json's stream decoder does reading its tokens one by one (the examples' warnings
// have always quoted it): the offset where it stopped and what it saw there, or "another
// JSON value after the first" where one follows a whole document. A value nested too deep,
// or a key given twice (with unique), before that is the error, as in a valid document.
func syntaxError(data string, maxDepth int, unique bool) *JSONError {
	d := json.NewDecoder(strings.NewReader(data))
	d.UseNumber()
	type open struct {
		obj, key bool            // an object, whose next token is a key
		seen     map[string]bool // its keys, with unique only
	}
	var stack []open
	for {
		// a value is due at the root, past a member's key, or where an element follows
		if n := len(stack); n > maxDepth && (n == 0 || stack[n-1].obj && !stack[n-1].key || !stack[n-1].obj && d.More()) {
			return &JSONError{Offset: d.InputOffset(), Msg: fmt.Sprintf("nested more than %d levels", maxDepth)}
		}
		tok, err := d.Token()
		if err != nil {
			return decodeError(d, err)
		}
		top := len(stack) - 1
		switch tok {
		case json.Delim('{'), json.Delim('['):
			o := open{obj: tok == json.Delim('{')}
			o.key = o.obj
			if unique && o.obj {
				o.seen = map[string]bool{}
			}
			stack = append(stack, o)
			continue
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:top]
			top--
		default:
			if top >= 0 && stack[top].key {
				k, _ := tok.(string)
				if s := stack[top].seen; s != nil {
					if s[k] {
						return &JSONError{Offset: d.InputOffset(), Msg: fmt.Sprintf("duplicate key %q", k)}
					}
					s[k] = true
				}
				stack[top].key = false
				continue
			}
		}
		if top >= 0 {
			stack[top].key = stack[top].obj // a member's value or an element read
			continue
		}
		off := d.InputOffset()
		if _, err := d.Token(); err != io.EOF {
			if err != nil {
				return decodeError(d, err)
			}
			return &JSONError{Offset: off, Msg: "another JSON value after the first"}
		}
		return &JSONError{Offset: off, Msg: "not JSON"} // not met: json.Valid rejected data
	}
}

// decodeError words err, met while decoding with d, by what the decoder saw: its syntax
// error at the offset it gives, or the end of the input where more was expected.
func decodeError(d *json.Decoder, err error) *JSONError {
	var syn *json.SyntaxError
	switch {
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		return &JSONError{Offset: d.InputOffset(), Msg: "unexpected end of JSON input"}
	case errors.As(err, &syn):
		return &JSONError{Offset: syn.Offset, Msg: syn.Error()}
	}
	return &JSONError{Offset: d.InputOffset(), Msg: err.Error()}
}
