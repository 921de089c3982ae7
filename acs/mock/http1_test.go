package mock

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// startHTTP1 serves h with HTTPServer on a loopback port; it returns the address.
func startHTTP1(t testing.TB, h http.Handler) (string, *HTTPServer) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := &HTTPServer{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	t.Cleanup(func() {
		hs.Close()
		if err := <-done; !errors.Is(err, http.ErrServerClosed) {
			t.Errorf("Serve returned %v, want http.ErrServerClosed", err)
		}
	})
	return ln.Addr().String(), hs
}

// exchangeRaw writes raw request bytes on a new connection and reads n responses.
func exchangeRaw(t *testing.T, addr, raw string, n int) []*http.Response {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(10 * time.Second))
	if _, err := io.WriteString(c, raw); err != nil {
		t.Fatal(err)
	}
	br := bufio.NewReader(c)
	var req *http.Request
	if strings.HasPrefix(raw, "HEAD ") {
		req = &http.Request{Method: "HEAD"} // no body follows the answer's headers
	}
	var out []*http.Response
	for range n {
		resp, err := http.ReadResponse(br, req)
		if err != nil {
			t.Fatalf("response %d of %q: %v", len(out)+1, firstLine(raw), err)
		}
		for resp.StatusCode == http.StatusContinue {
			// an interim answer (Expect: 100-continue): the request's answer follows. Reading
			// only the interim one would leave the request running after the test moved on,
			// so the journal's order would depend on timing.
			if resp, err = http.ReadResponse(br, req); err != nil {
				t.Fatalf("response %d of %q after 100 Continue: %v", len(out)+1, firstLine(raw), err)
			}
		}
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body = io.NopCloser(strings.NewReader(string(b)))
		out = append(out, resp)
	}
	return out
}

func firstLine(s string) string { l, _, _ := strings.Cut(s, "\r\n"); return l }

// respView is what a client sees of an answer, without the Date and the framing (net/http
// chunks answers over 2 KB; HTTPServer always sends Content-Length).
type respView struct {
	Status int
	Header http.Header
	Body   string
}

func view(r *http.Response) respView {
	b, _ := io.ReadAll(r.Body)
	h := r.Header.Clone()
	h.Del("Date")
	h.Del("Content-Length")
	return respView{r.StatusCode, h, string(b)}
}

// h1Cases are raw requests as clients send them: SDK-shaped RPC and ROA calls, chunked and
// 100-continue bodies, errors, HEAD, HTTP/1.0, the control API.
var h1Cases = []string{
	"POST /?Description=hello HTTP/1.1\r\nHost: eiam.cn-hangzhou.aliyuncs.com\r\nx-acs-action: CreateInstance\r\nx-acs-version: 2021-12-01\r\nContent-Length: 0\r\n\r\n",
	"POST /?InstanceId=nope HTTP/1.1\r\nHost: eiam.cn-hangzhou.aliyuncs.com\r\nx-acs-action: GetInstance\r\nx-acs-version: 2021-12-01\r\n\r\n",
	"GET /?Action=NoSuchAction&Version=2021-12-01 HTTP/1.1\r\nHost: eiam.cn-hangzhou.aliyuncs.com\r\n\r\n",
	"POST /instances/rmq-1/accounts HTTP/1.1\r\nHost: rocketmq.cn-hangzhou.aliyuncs.com\r\ncontent-type: application/json; charset=utf-8\r\nx-acs-version: 2022-08-01\r\nContent-Length: 40\r\n\r\n{\"username\":\"u1\",\"password\":\"p\",\"x\":\"y\"}",
	"POST /instances/rmq-1/accounts HTTP/1.1\r\nHost: rocketmq.cn-hangzhou.aliyuncs.com\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n{\"username\":\"u2\"\r\n11\r\n,\"password\":\"pw\"}\r\n0\r\nX-Trailer: t\r\n\r\n",
	"POST /instances/rmq-1/accounts HTTP/1.1\r\nHost: rocketmq.cn-hangzhou.aliyuncs.com\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: 33\r\n\r\n{\"username\":\"u3\",\"password\":\"p3\"}",
	"POST /instances/rmq-1/accounts HTTP/1.1\r\nHost: rocketmq.cn-hangzhou.aliyuncs.com\r\nContent-Type: application/json\r\nContent-Length: 9\r\n\r\n{\"bad\":1,",
	"HEAD /?Action=ListInstances&Version=2021-12-01 HTTP/1.1\r\nHost: eiam.cn-hangzhou.aliyuncs.com\r\n\r\n",
	"GET /?Action=ListInstances&Version=2021-12-01 HTTP/1.0\r\nHost: eiam.cn-hangzhou.aliyuncs.com\r\n\r\n",
	"GET /?Action=ListInstances&Version=2021-12-01 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n",
	"GET /_acsgen/state HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
	"GET /_acsgen/requests HTTP/1.1\r\nHost: localhost\r\n\r\n",
}

// TestHTTPServerMatchesNetHTTP sends the same requests to two identical mocks, one behind
// net/http's server and one behind HTTPServer: every status, header (but Date) and body
// must be the same.
func TestHTTPServerMatchesNetHTTP(t *testing.T) {
	std := httptest.NewServer(newServer(t))
	defer std.Close()
	lean, _ := startHTTP1(t, newServer(t))
	for i, raw := range h1Cases {
		want := view(exchangeRaw(t, strings.TrimPrefix(std.URL, "http://"), raw, 1)[0])
		got := view(exchangeRaw(t, lean, raw, 1)[0])
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("case %d %q: HTTPServer answer differs from net/http's (-net/http +HTTPServer):\n%s", i, firstLine(raw), d)
		}
	}
}

// TestHTTPServerKeepAlive sends every case on one connection, pipelined in one write, and
// wants every answer in order on it.
func TestHTTPServerKeepAlive(t *testing.T) {
	addr, _ := startHTTP1(t, newServer(t))
	var all strings.Builder
	n := 0
	for _, raw := range h1Cases {
		if strings.Contains(raw, "Connection: close") || strings.Contains(raw, "HTTP/1.0\r\nHost") || strings.HasPrefix(raw, "HEAD") {
			continue
		}
		all.WriteString(raw)
		n++
	}
	resps := exchangeRaw(t, addr, all.String(), n)
	for i, r := range resps {
		if r.StatusCode == 0 || r.Close {
			t.Errorf("answer %d: status %d, close %v", i, r.StatusCode, r.Close)
		}
	}
	if got := resps[0].Header.Get("Content-Length"); got == "" {
		t.Errorf("no Content-Length on the first answer: %v", resps[0].Header)
	}
}

// TestHTTPServerRefuses: malformed requests get net/http's statuses and a closed connection.
func TestHTTPServerRefuses(t *testing.T) {
	addr, _ := startHTTP1(t, newServer(t))
	for _, c := range []struct {
		raw  string
		want int
	}{
		{"GARBAGE\r\n\r\n", 400},
		{"GET / HTTP/1.1\r\n\r\n", 400},                                        // no Host
		{"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400},                  // two
		{"GET / HTTP/1.1\r\nHost: a\r\nBad Name: v\r\n\r\n", 400},              // not a token
		{"GET / HTTP/1.1\r\nHost: a\r\nX: 1\r\n  folded\r\n\r\n", 400},         // obs-fold
		{"GET / HTTP/2.0\r\nHost: a\r\n\r\n", 505},                             // not HTTP/1
		{"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n", 501}, // unsupported
		{"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: x\r\n\r\n", 400},       // bad length
		{"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", 400},
		{"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n", 400},
		{"GET / HTTP/1.1\r\nHost: a\r\nExpect: 200-ok\r\n\r\n", 417},
		{"GET / HTTP/1.1\r\nHost: a\r\nX: " + strings.Repeat("x", http.DefaultMaxHeaderBytes) + "\r\n\r\n", 431},
	} {
		r := exchangeRaw(t, addr, c.raw, 1)[0]
		if r.StatusCode != c.want || !r.Close {
			t.Errorf("%q: status %d close %v, want %d and close", firstLine(c.raw), r.StatusCode, r.Close, c.want)
		}
	}
}

// TestHTTPServerDropFault: a FaultDrop hijacks and closes the connection without answer.
func TestHTTPServerDropFault(t *testing.T) {
	s := newServer(t)
	addr, _ := startHTTP1(t, s)
	s.AddFault(Fault{Operation: "CreateInstance", Kind: FaultDrop, Times: 1})
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(10 * time.Second))
	io.WriteString(c, h1Cases[0])
	if b, err := io.ReadAll(c); err != nil || len(b) != 0 {
		t.Fatalf("dropped call answered %q (%v)", b, err)
	}
	// The journal entry is written after the connection is closed: wait for it.
	for end := time.Now().Add(10 * time.Second); len(s.Requests()) == 0 && time.Now().Before(end); {
		time.Sleep(time.Millisecond)
	}
	if got := s.Requests(); len(got) != 1 || got[0].Status != -1 {
		t.Fatalf("journal after drop: %+v", got)
	}
}

// TestHTTPServerShutdown: Shutdown closes idle connections and ends Serve.
func TestHTTPServerShutdown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := &HTTPServer{Handler: newServer(t)}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	exchangeRaw(t, ln.Addr().String(), h1Cases[2], 1)
	c, err := net.Dial("tcp", ln.Addr().String()) // idle: no request
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	time.Sleep(10 * time.Millisecond) // let Serve accept it (no timing is asserted)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := hs.Shutdown(ctx); err != nil {
		t.Fatalf("Shutdown: %v", err)
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		t.Fatalf("Serve: %v", err)
	}
	c.SetReadDeadline(time.Now().Add(10 * time.Second))
	if _, err := c.Read(make([]byte, 1)); err == nil {
		t.Fatal("idle connection still open after Shutdown")
	}
}

// TestLoadShortHTTPServer is the load scenario (create/get/update/list/delete from 4
// clients, every survivor and deletion checked) behind HTTPServer; run it with -race.
func TestLoadShortHTTPServer(t *testing.T) {
	loadScenarioOn(t, 4, 20, func(h http.Handler) string {
		addr, _ := startHTTP1(t, h)
		return "http://" + addr
	})
}

func ExampleHTTPServer() {
	s, err := New(nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	hs := &HTTPServer{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	go hs.Serve(ln)
	defer hs.Close()
	resp, err := http.Get("http://" + ln.Addr().String() + "/?Action=Any&Version=1")
	if err != nil {
		fmt.Println(err)
		return
	}
	resp.Body.Close()
	fmt.Println(resp.StatusCode, resp.Header.Get("Content-Type"))
	// Output: 400 application/json;charset=utf-8
}
