package page

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
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
