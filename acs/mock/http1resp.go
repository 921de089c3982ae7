package mock

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
)

// This file is HTTPServer's ResponseWriter: it buffers what the handler writes and sends
// the status line, the headers (sorted, with Date and Content-Length added as net/http
// adds them) and the body in one write.

type h1response struct {
	c           *h1conn
	req         *http.Request
	header      http.Header
	status      int
	wroteHeader bool
}

func (w *h1response) Header() http.Header { return w.header }

func (w *h1response) WriteHeader(code int) {
	if code < 100 || code > 999 {
		panic(fmt.Sprintf("invalid WriteHeader code %v", code)) // as net/http does
	}
	if w.wroteHeader || code < 200 { // informational answers are not sent
		return
	}
	w.wroteHeader, w.status = true, code
}

func (w *h1response) Write(p []byte) (int, error) {
	if w.c.hijacked {
		return 0, http.ErrHijacked
	}
	if !w.wroteHeader {
		w.WriteHeader(http.StatusOK)
	}
	if !bodyAllowed(w.status) {
		return 0, http.ErrBodyNotAllowed
	}
	w.c.resp = append(w.c.resp, p...)
	return len(p), nil
}

// Hijack hands the connection to the handler (faults drop connections this way).
func (w *h1response) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	if w.c.hijacked {
		return nil, nil, http.ErrHijacked
	}
	w.c.hijacked = true
	w.c.rw.SetDeadline(time.Time{})
	return w.c.rw, bufio.NewReadWriter(w.c.br, bufio.NewWriter(w.c.rw)), nil
}

func bodyAllowed(status int) bool {
	return status >= 200 && status != http.StatusNoContent && status != http.StatusNotModified
}

// finish sends the answer; false when the connection must close after it.
func (w *h1response) finish() bool {
	c := w.c
	if !w.wroteHeader {
		w.WriteHeader(http.StatusOK)
	}
	keep := !w.req.Close && c.body.drain() && !c.srv.closing.Load()
	body := c.resp
	h := w.header
	b := append(c.out[:0], "HTTP/1."...)
	b = append(b, byte('0'+min(w.req.ProtoMinor, 1)), ' ')
	b = appendStatus(b, w.status)
	b = append(b, "\r\n"...)
	var small [16]string
	keys := small[:0]
	for k := range h {
		if k != "Content-Length" && k != "Connection" && k != "Transfer-Encoding" {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		if !validToken(k) {
			continue
		}
		for _, v := range h[k] {
			b = append(b, k...)
			b = append(b, ": "...)
			b = appendHeaderValue(b, v)
			b = append(b, "\r\n"...)
		}
	}
	if _, ok := h["Date"]; !ok {
		b = append(b, "Date: "...)
		b = append(b, c.srv.dateHeader()...)
		b = append(b, "\r\n"...)
	}
	if bodyAllowed(w.status) {
		if _, ok := h["Content-Type"]; !ok && len(body) > 0 {
			b = append(b, "Content-Type: "...)
			b = append(b, http.DetectContentType(body)...)
			b = append(b, "\r\n"...)
		}
		b = append(b, "Content-Length: "...)
		b = appendInt(b, len(body))
		b = append(b, "\r\n"...)
	}
	switch {
	case !keep && w.req.ProtoMinor >= 1: // HTTP/1.0 closes unless told otherwise
		b = append(b, "Connection: close\r\n"...)
	case keep && w.req.ProtoMinor == 0:
		b = append(b, "Connection: keep-alive\r\n"...)
	}
	b = append(b, "\r\n"...)
	if w.req.Method != http.MethodHead {
		b = append(b, body...)
	}
	_, err := c.rw.Write(b)
	c.out, c.resp = b[:0], body[:0]
	if cap(c.out) > 64<<10 || cap(c.resp) > 64<<10 { // do not keep a large answer's buffers for the connection's life
		c.out, c.resp = nil, nil
	}
	return keep && err == nil
}

func appendStatus(b []byte, code int) []byte {
	b = appendInt(b, code)
	b = append(b, ' ')
	if t := http.StatusText(code); t != "" {
		return append(b, t...)
	}
	return append(b, "status code "+strconv.Itoa(code)...)
}

func appendInt(b []byte, n int) []byte { return strconv.AppendInt(b, int64(n), 10) }

// appendHeaderValue writes a value with line breaks as spaces and surrounding blanks
// trimmed, as net/http does, so that a value cannot start another header.
func appendHeaderValue(b []byte, v string) []byte {
	v = strings.TrimSpace(v)
	for i := 0; i < len(v); i++ {
		if c := v[i]; c == '\r' || c == '\n' {
			b = append(b, ' ')
		} else {
			b = append(b, c)
		}
	}
	return b
}
