package mock

import (
	"bytes"
	"encoding/json"
	"sync"
)

// encodeJSON marshals a response with encoding/json, without HTML escaping (Alibaba does
// not escape <>&) and without the encoder's trailing newline.
func encodeJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	if err := encodeInto(&buf, v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// encodeInto appends v's JSON, as encodeJSON makes it, to buf.
func encodeInto(buf *bytes.Buffer, v any) error {
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	buf.Truncate(buf.Len() - 1) // the newline Encode adds
	return nil
}

// answerBufs hold answers while they are written, so that a request does not allocate
// (and grow) a buffer for its answer.
var answerBufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxKeptBuf: a buffer that grew past this (a huge answer) is not kept for reuse.
const maxKeptBuf = 64 << 10

func getBuf() *bytes.Buffer { return answerBufs.Get().(*bytes.Buffer) }

func putBuf(b *bytes.Buffer) {
	if b.Cap() > maxKeptBuf {
		return
	}
	b.Reset()
	answerBufs.Put(b)
}
