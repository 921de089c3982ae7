package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// This file is the load generator's HTTP/1.1 client side: requests are bytes built once,
// and answers are read by a minimal parser (status line, Content-Length or chunked body),
// so that the generator spends little CPU per request and the server's cost dominates.

// response is one parsed answer; body aliases the reader's buffer until the next read.
type response struct {
	status int
	body   []byte
	close  bool // the server said Connection: close
}

// reader reads responses from one keep-alive connection.
type reader struct {
	br  *bufio.Reader
	buf []byte // body storage, reused
}

func newReader(r io.Reader) *reader { return &reader{br: bufio.NewReaderSize(r, 32<<10)} }

var errMalformed = errors.New("malformed HTTP response")

// next reads one full response. The body is kept (for callers that inspect it) in a
// buffer reused across calls.
func (r *reader) next() (response, error) {
	var resp response
	line, err := r.br.ReadSlice('\n')
	if err != nil {
		return resp, fmt.Errorf("status line: %w", err)
	}
	// "HTTP/1.1 200 OK\r\n"
	if len(line) < 12 || !bytes.HasPrefix(line, []byte("HTTP/1.")) || line[8] != ' ' {
		return resp, fmt.Errorf("status line %q: %w", line, errMalformed)
	}
	st, err := strconv.Atoi(string(line[9:12]))
	if err != nil {
		return resp, fmt.Errorf("status line %q: %w", line, errMalformed)
	}
	resp.status = st
	length, chunked := -1, false
	for {
		h, err := r.br.ReadSlice('\n')
		if err != nil {
			return resp, fmt.Errorf("header: %w", err)
		}
		h = bytes.TrimRight(h, "\r\n")
		if len(h) == 0 {
			break
		}
		name, val, ok := bytes.Cut(h, []byte(":"))
		if !ok {
			return resp, fmt.Errorf("header %q: %w", h, errMalformed)
		}
		val = bytes.TrimSpace(val)
		switch {
		case bytes.EqualFold(name, []byte("Content-Length")):
			n, err := strconv.Atoi(string(val))
			if err != nil || n < 0 {
				return resp, fmt.Errorf("Content-Length %q: %w", val, errMalformed)
			}
			length = n
		case bytes.EqualFold(name, []byte("Transfer-Encoding")):
			chunked = bytes.EqualFold(val, []byte("chunked"))
		case bytes.EqualFold(name, []byte("Connection")):
			resp.close = bytes.EqualFold(val, []byte("close"))
		}
	}
	r.buf = r.buf[:0]
	switch {
	case chunked:
		if err := r.readChunked(); err != nil {
			return resp, err
		}
	case length >= 0:
		if cap(r.buf) < length {
			r.buf = make([]byte, 0, length)
		}
		r.buf = r.buf[:length]
		if _, err := io.ReadFull(r.br, r.buf); err != nil {
			return resp, fmt.Errorf("body: %w", err)
		}
	default:
		return resp, fmt.Errorf("response without Content-Length or chunked encoding: %w", errMalformed)
	}
	resp.body = r.buf
	return resp, nil
}

func (r *reader) readChunked() error {
	for {
		line, err := r.br.ReadSlice('\n')
		if err != nil {
			return fmt.Errorf("chunk size: %w", err)
		}
		line = bytes.TrimRight(line, "\r\n")
		if i := bytes.IndexByte(line, ';'); i >= 0 {
			line = line[:i]
		}
		n, err := strconv.ParseUint(string(line), 16, 31)
		if err != nil {
			return fmt.Errorf("chunk size %q: %w", line, errMalformed)
		}
		if n == 0 {
			for { // trailers, then the empty line
				t, err := r.br.ReadSlice('\n')
				if err != nil {
					return fmt.Errorf("trailer: %w", err)
				}
				if len(bytes.TrimRight(t, "\r\n")) == 0 {
					return nil
				}
			}
		}
		start := len(r.buf)
		r.buf = append(r.buf, make([]byte, n)...)
		if _, err := io.ReadFull(r.br, r.buf[start:]); err != nil {
			return fmt.Errorf("chunk: %w", err)
		}
		if _, err := r.br.Discard(2); err != nil { // CRLF after the chunk
			return fmt.Errorf("chunk end: %w", err)
		}
	}
}
