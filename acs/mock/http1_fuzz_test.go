package mock

import (
	"bufio"
	"bytes"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// FuzzHTTPServer writes arbitrary bytes on a connection to HTTPServer (in front of a mock
// over the test spec) and closes its side. The server must not panic, must close the
// connection once the client is gone, and everything it wrote must read as a sequence of
// well-formed HTTP/1.1 responses; afterwards it must still answer a valid request.
func FuzzHTTPServer(f *testing.F) {
	get := "POST /?Action=GetInstance&Version=2021-12-01&InstanceId=idaas_x HTTP/1.1\r\nHost: eiam.cn-hangzhou.aliyuncs.com\r\n\r\n"
	f.Add([]byte(get))
	f.Add([]byte(get + get))
	f.Add([]byte("POST /instances/x/accounts HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\nContent-Length: 31\r\n\r\n{\"username\":\"u\",\"password\":\"p\"}"))
	f.Add([]byte("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n6\r\nAction\r\n0\r\n\r\n"))
	f.Add([]byte("POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\nabcde"))
	f.Add([]byte("GET / HTTP/1.0\r\n\r\n"))
	f.Add([]byte("GET /x HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n"))
	f.Add([]byte("\r\n\r\nGET\t/ HTTP/9.9\r\n x: folded\r\n\r\n"))
	f.Add([]byte("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999\r\n\r\nshort"))
	hs := &HTTPServer{Handler: newServer(f), ReadHeaderTimeout: 2 * time.Second}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		f.Fatal(err)
	}
	go hs.Serve(ln)
	f.Cleanup(func() { hs.Close() })
	addr := ln.Addr().String()

	f.Fuzz(func(t *testing.T, raw []byte) {
		if len(raw) > 16<<10 {
			raw = raw[:16<<10]
		}
		out := rawExchange(t, addr, raw)
		if bytes.Contains(raw, []byte("HEAD")) {
			return // answers to HEAD carry Content-Length without a body: not parseable blind
		}
		br := bufio.NewReader(bytes.NewReader(out))
		for {
			if _, err := br.Peek(1); err == io.EOF {
				break
			}
			resp, err := http.ReadResponse(br, nil)
			if err != nil {
				t.Fatalf("the server wrote something that is not an HTTP response (%v) for %q:\n%q", err, raw, out)
			}
			if _, err := io.Copy(io.Discard, resp.Body); err != nil {
				t.Fatalf("reading an answer's body: %v for %q:\n%q", err, raw, out)
			}
		}
		// GetInstance of an instance nobody created: the mock's own 404 with its envelope.
		ok := rawExchange(t, addr, []byte(get))
		if resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(ok)), nil); err != nil || resp.StatusCode != http.StatusNotFound {
			t.Fatalf("after %q the server answers a valid request with %q", raw, ok)
		}
	})
}

// rawExchange writes raw on a new connection, half-closes it and returns all the server
// wrote until it closed its side.
func rawExchange(t *testing.T, addr string, raw []byte) []byte {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(5 * time.Second))
	c.Write(raw) // the server may close early on a bad request
	c.(*net.TCPConn).CloseWrite()
	out, err := io.ReadAll(c)
	if err != nil && !strings.Contains(err.Error(), "connection reset") {
		t.Fatalf("reading the answer to %q: %v (did the server keep the connection after the client left?)", raw, err)
	}
	return out
}
