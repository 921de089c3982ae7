package mock

import (
	"bufio"
	"context"
	"errors"
	"io"
	"log"
	"net"
	"net/http"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// This file is a lean HTTP/1.1 server for the mock. net/http's server spends more CPU on
// a small keep-alive request than the whole mock pipeline does: a background-read
// goroutine and two read deadlines per request (to notice disconnects), a cancelable
// context, header maps with a slice per value, a bufio.Writer and chunk writer per
// response. On a 2-core machine that was over a third of the server's CPU per validated
// request. HTTPServer does the same job for the requests API clients send (Content-Length
// or chunked bodies, Expect: 100-continue, keep-alive, pipelining, HTTP/1.0) with one
// goroutine, one read and one write per request; anything else gets a 4xx/5xx and the
// connection is closed. Handlers see ordinary *http.Request values; the ResponseWriter
// buffers the answer and writes it with Content-Length, and supports http.Hijacker.

// HTTPServer serves an http.Handler over HTTP/1.x, with the subset of http.Server's
// interface that mock servers use (Serve, Close, Shutdown). The zero value needs Handler.
type HTTPServer struct {
	Handler http.Handler
	// ReadHeaderTimeout bounds reading a request's line and headers once its first byte
	// has arrived (idle keep-alive connections wait without limit). Zero: no limit.
	ReadHeaderTimeout time.Duration
	// MaxHeaderBytes bounds a request's line and headers; zero means
	// http.DefaultMaxHeaderBytes.
	MaxHeaderBytes int

	mu      sync.Mutex
	lns     map[net.Listener]struct{}
	conns   map[*h1conn]struct{}
	closing atomic.Bool
	date    atomic.Pointer[dateCache]
}

// dateCache is the Date header of one second, formatted once.
type dateCache struct {
	sec int64
	val string
}

// Serve accepts connections on ln until Close or Shutdown, then returns
// http.ErrServerClosed; other accept errors are returned as they are.
func (s *HTTPServer) Serve(ln net.Listener) error {
	if s.Handler == nil {
		return errors.New("mock: HTTPServer has no Handler")
	}
	s.mu.Lock()
	if s.closing.Load() {
		s.mu.Unlock()
		return http.ErrServerClosed
	}
	if s.lns == nil {
		s.lns = map[net.Listener]struct{}{}
		s.conns = map[*h1conn]struct{}{}
	}
	s.lns[ln] = struct{}{}
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.lns, ln)
		s.mu.Unlock()
	}()
	var delay time.Duration
	for {
		rw, err := ln.Accept()
		if err != nil {
			if s.closing.Load() {
				return http.ErrServerClosed
			}
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() { // as net/http: back off on temporary errors
				delay = min(max(2*delay, 5*time.Millisecond), time.Second)
				time.Sleep(delay)
				continue
			}
			return err
		}
		delay = 0
		c := &h1conn{srv: s, rw: rw}
		s.mu.Lock()
		if s.closing.Load() {
			s.mu.Unlock()
			rw.Close()
			return http.ErrServerClosed
		}
		s.conns[c] = struct{}{}
		s.mu.Unlock()
		go c.serve()
	}
}

// Close closes the listeners and every connection at once.
func (s *HTTPServer) Close() error {
	s.closing.Store(true)
	s.mu.Lock()
	defer s.mu.Unlock()
	var err error
	for ln := range s.lns {
		if e := ln.Close(); e != nil && err == nil {
			err = e
		}
	}
	for c := range s.conns {
		c.rw.Close()
	}
	return err
}

// Shutdown closes the listeners, then closes connections as they become idle (between
// requests) until none is left or ctx ends, whose error it then returns.
func (s *HTTPServer) Shutdown(ctx context.Context) error {
	s.closing.Store(true)
	s.mu.Lock()
	var err error
	for ln := range s.lns {
		if e := ln.Close(); e != nil && err == nil {
			err = e
		}
	}
	s.mu.Unlock()
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		s.mu.Lock()
		for c := range s.conns {
			if c.idle.Load() {
				c.rw.Close()
			}
		}
		n := len(s.conns)
		s.mu.Unlock()
		if n == 0 {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
	}
}

// dateHeader is the current time in http.TimeFormat, formatted at most once a second.
func (s *HTTPServer) dateHeader() string {
	now := time.Now()
	sec := now.Unix()
	if d := s.date.Load(); d != nil && d.sec == sec {
		return d.val
	}
	d := &dateCache{sec: sec, val: now.UTC().Format(http.TimeFormat)}
	s.date.Store(d)
	return d.val
}

// h1conn is one client connection; serve runs its requests one after another.
type h1conn struct {
	srv      *HTTPServer
	rw       net.Conn
	br       *bufio.Reader
	idle     atomic.Bool // waiting for a request's first byte
	hijacked bool
	remote   string
	scratch  []byte  // header block of the request being read
	out      []byte  // response being written
	resp     []byte  // body of the response being written
	body     *h1body // body of the request being served
}

// maxDrain is how much of a body the handler left unread is read and dropped to keep the
// connection; beyond it the connection is closed after the answer, as net/http does.
const maxDrain = 256 << 10

func (c *h1conn) serve() {
	s := c.srv
	ctx, cancel := context.WithCancel(context.Background())
	defer func() {
		cancel()
		if !c.hijacked {
			c.rw.Close()
		}
		s.mu.Lock()
		delete(s.conns, c)
		s.mu.Unlock()
	}()
	c.remote = c.rw.RemoteAddr().String()
	c.br = bufio.NewReaderSize(c.rw, 4<<10)
	base := (&http.Request{}).WithContext(ctx)
	maxHeader := s.MaxHeaderBytes
	if maxHeader <= 0 {
		maxHeader = http.DefaultMaxHeaderBytes
	}
	for {
		if c.br.Buffered() == 0 {
			c.idle.Store(true)
			if s.closing.Load() {
				return
			}
			_, err := c.br.Peek(1)
			c.idle.Store(false)
			if err != nil {
				return
			}
		}
		if s.closing.Load() {
			return
		}
		if d := s.ReadHeaderTimeout; d > 0 {
			c.rw.SetReadDeadline(time.Now().Add(d))
		}
		r, herr := c.readRequest(base, maxHeader)
		if herr != nil {
			if herr.status > 0 {
				c.writeBare(herr.status, herr.text)
			}
			return
		}
		if s.ReadHeaderTimeout > 0 {
			c.rw.SetReadDeadline(time.Time{})
		}
		w := &h1response{c: c, req: r, header: make(http.Header, 4)}
		if !c.run(w, r) || c.hijacked {
			return
		}
		keep := w.finish()
		if !keep {
			return
		}
	}
}

// run calls the handler; false when it panicked (the connection is then dropped, as
// net/http does, logging all panics but http.ErrAbortHandler).
func (c *h1conn) run(w *h1response, r *http.Request) (ok bool) {
	defer func() {
		if v := recover(); v != nil {
			ok = false
			if v != http.ErrAbortHandler {
				buf := make([]byte, 64<<10)
				buf = buf[:runtime.Stack(buf, false)]
				log.Printf("mock: panic serving %v: %v\n%s", c.remote, v, buf)
			}
		}
	}()
	c.srv.Handler.ServeHTTP(w, r)
	return true
}

// h1Error is a request the server answers itself (status 0: close silently).
type h1Error struct {
	status int
	text   string
}

// writeBare answers a request that never reached the handler, then the connection closes.
func (c *h1conn) writeBare(status int, text string) {
	b := append(c.out[:0], "HTTP/1.1 "...)
	b = appendStatus(b, status)
	b = append(b, "\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\nContent-Length: "...)
	b = appendInt(b, len(text))
	b = append(b, "\r\n\r\n"...)
	b = append(b, text...)
	c.rw.SetWriteDeadline(time.Now().Add(time.Second))
	c.rw.Write(b)
}

// h1body is a request body: a Content-Length reader or a chunked one over the connection.
type h1body struct {
	c       *h1conn
	r       io.Reader // limited or chunked reader over c.br
	left    int64     // Content-Length bytes not read yet (-1: chunked)
	err     error
	started bool
	expect  bool // Expect: 100-continue: say so when the handler first reads
	closed  bool
	mu      sync.Mutex
}

func (b *h1body) Read(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return 0, http.ErrBodyReadAfterClose
	}
	if b.err != nil {
		return 0, b.err
	}
	if !b.started {
		b.started = true
		if b.expect {
			b.c.rw.Write([]byte("HTTP/1.1 100 Continue\r\n\r\n"))
		}
	}
	if b.left >= 0 {
		if b.left == 0 {
			b.err = io.EOF
			return 0, io.EOF
		}
		if int64(len(p)) > b.left {
			p = p[:b.left]
		}
		n, err := b.c.br.Read(p)
		b.left -= int64(n)
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		if err != nil {
			b.err = err
		} else if b.left == 0 {
			b.err = io.EOF
			err = io.EOF
		}
		return n, err
	}
	n, err := b.r.Read(p)
	if err == io.EOF {
		err = b.c.skipTrailer()
		if err == nil {
			err = io.EOF
		}
	}
	if err != nil {
		b.err = err
	}
	return n, err
}

func (b *h1body) Close() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	return nil
}

// drain reads what the handler left of the body, when that is little; false when the
// connection cannot carry another request.
func (b *h1body) drain() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.err == io.EOF {
		return true
	}
	if b.err != nil || b.expect && !b.started {
		return false // the client may never send the body it announced
	}
	if b.left >= 0 {
		if b.left > maxDrain {
			return false
		}
		n, err := b.c.br.Discard(int(b.left))
		b.left -= int64(n)
		return err == nil && b.left == 0
	}
	n, err := io.Copy(io.Discard, io.LimitReader(b.r, maxDrain+1))
	return err == nil && n <= maxDrain
}
