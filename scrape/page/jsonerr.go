package page

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// JSONError is where and why a JSON document does not decode, as encoding/json's Decoder
// saw it: Offset is the byte offset where it stopped. The readers of JSON (examples on
// pages, api-docs.json files) word their errors with it, each adding its own place.
type JSONError struct {
	Offset int64
	Msg    string
}

func (e *JSONError) Error() string { return fmt.Sprintf("offset %d: %s", e.Offset, e.Msg) }

// DecodeError words err, met while decoding with d, by what the decoder saw: its syntax
// error at the offset it gives, or the end of the input where more was expected. Other
// errors (the caller's, such as a nesting bound) are placed where d stopped.
func DecodeError(d *json.Decoder, err error) *JSONError {
	var syn *json.SyntaxError
	switch {
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		return &JSONError{Offset: d.InputOffset(), Msg: "unexpected end of JSON input"}
	case errors.As(err, &syn):
		return &JSONError{Offset: syn.Offset, Msg: syn.Error()}
	}
	return &JSONError{Offset: d.InputOffset(), Msg: err.Error()}
}

// DecodeEnd checks that d, having decoded one value, is at the end of its input: another
// value after it, or bytes that start none, is an error worded by DecodeError.
func DecodeEnd(d *json.Decoder) error {
	off := d.InputOffset()
	_, err := d.Token()
	switch {
	case err == io.EOF:
		return nil
	case err != nil:
		return DecodeError(d, err)
	}
	return &JSONError{Offset: off, Msg: "another JSON value after the first"}
}

// DecodeTree reads the JSON value that starts at d's next token (d reading numbers as
// json.Number) into a tree of T that keeps object keys in document order, which a map
// would lose (a page's or the metadata's field order). leaf makes a string ('s'), a number
// ('n', its literal), a boolean ('b', "true" or "false") or null ('z', no text); node makes
// an object ('o', keys parallel to vals) or an array ('a', no keys). A value nested more than maxDepth deep is an error (a bound on
// hostile input), and so, with unique, is a key given twice in one object. The one walk of
// both JSON readers: extraction's examples and apidocs' metadata.
func DecodeTree[T any](d *json.Decoder, maxDepth int, unique bool, leaf func(kind byte, text string) T,
	node func(kind byte, keys []string, vals []T) T) (T, error) {
	return decodeTree(d, 0, maxDepth, unique, leaf, node)
}

func decodeTree[T any](d *json.Decoder, depth, maxDepth int, unique bool, leaf func(kind byte, text string) T,
	node func(kind byte, keys []string, vals []T) T) (T, error) {
	var zero T
	if depth > maxDepth {
		return zero, fmt.Errorf("nested more than %d levels", maxDepth)
	}
	tok, err := d.Token()
	if err != nil {
		return zero, err
	}
	switch t := tok.(type) {
	case json.Delim: // '{' or '[': Token never returns a closing one here
		kind := byte('a')
		if t == '{' {
			kind = 'o'
		}
		var keys []string
		var vals []T
		var seen map[string]bool // the keys of an object, with unique only
		if unique && kind == 'o' {
			seen = map[string]bool{}
		}
		for d.More() {
			if kind == 'o' {
				kt, err := d.Token()
				if err != nil {
					return zero, err
				}
				k, _ := kt.(string) // Token checks that a key is a string
				if seen != nil {
					if seen[k] {
						return zero, fmt.Errorf("duplicate key %q", k)
					}
					seen[k] = true
				}
				keys = append(keys, k)
			}
			e, err := decodeTree(d, depth+1, maxDepth, unique, leaf, node)
			if err != nil {
				return zero, err
			}
			vals = append(vals, e)
		}
		if _, err := d.Token(); err != nil { // the closing delimiter
			return zero, err
		}
		return node(kind, keys, vals), nil
	case string:
		return leaf('s', t), nil
	case json.Number:
		return leaf('n', t.String()), nil
	case bool:
		return leaf('b', strconv.FormatBool(t)), nil
	}
	return leaf('z', ""), nil // null
}
