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
// json.Number) into a JSONValue tree, which keeps object keys in document order as a map
// would not (a page's or the metadata's field order). A value nested more than maxDepth
// deep is an error (a bound on hostile input), and so, with unique, is a key given twice in
// one object. The one walk of both JSON readers: extraction's examples and apidocs' metadata.
func DecodeTree(d *json.Decoder, maxDepth int, unique bool) (*JSONValue, error) {
	return decodeTree(d, 0, maxDepth, unique)
}

func decodeTree(d *json.Decoder, depth, maxDepth int, unique bool) (*JSONValue, error) {
	if depth > maxDepth {
		return nil, fmt.Errorf("nested more than %d levels", maxDepth)
	}
	tok, err := d.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim: // '{' or '[': Token never returns a closing one here
		v := &JSONValue{Kind: 'a'}
		if t == '{' {
			v.Kind = 'o'
		}
		var seen map[string]bool // the keys of an object, with unique only
		if unique && v.Kind == 'o' {
			seen = map[string]bool{}
		}
		for d.More() {
			if v.Kind == 'o' {
				kt, err := d.Token()
				if err != nil {
					return nil, err
				}
				k, _ := kt.(string) // Token checks that a key is a string
				if seen != nil {
					if seen[k] {
						return nil, fmt.Errorf("duplicate key %q", k)
					}
					seen[k] = true
				}
				v.Keys = append(v.Keys, k)
			}
			e, err := decodeTree(d, depth+1, maxDepth, unique)
			if err != nil {
				return nil, err
			}
			v.Vals = append(v.Vals, e)
		}
		if _, err := d.Token(); err != nil { // the closing delimiter
			return nil, err
		}
		return v, nil
	case string:
		return &JSONValue{Kind: 's', Text: t}, nil
	case json.Number:
		return &JSONValue{Kind: 'n', Text: t.String()}, nil
	case bool:
		return &JSONValue{Kind: 'b', Text: strconv.FormatBool(t)}, nil
	}
	return &JSONValue{Kind: 'z'}, nil // null
}
