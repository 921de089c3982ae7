package main

import (
	"bufio"
	"bytes"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestReaderParsesLengthAndChunked(t *testing.T) {
	in := "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\ncontent-length: 7\r\n\r\n{\"a\":1}" +
		"HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n3;x=y\r\n{\"b\r\n4\r\n\":2}\r\n0\r\nTrailer: z\r\n\r\n"
	rd := newReader(strings.NewReader(in))
	r1, err := rd.next()
	if err != nil || r1.status != 200 || string(r1.body) != `{"a":1}` || r1.close {
		t.Fatalf("first: %+v %q %v", r1, r1.body, err)
	}
	r2, err := rd.next()
	if err != nil || r2.status != 404 || string(r2.body) != `{"b":2}` || !r2.close {
		t.Fatalf("second: %+v %q %v", r2, r2.body, err)
	}
	if _, err := rd.next(); err == nil {
		t.Fatal("read past the end without an error")
	}
}

func TestReaderRejectsMalformed(t *testing.T) {
	for _, in := range []string{
		"HTTP/1.1 2x0 OK\r\n\r\n",
		"SMTP ready\r\n",
		"HTTP/1.1 200 OK\r\nno colon\r\n\r\n",
		"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n",
		"HTTP/1.1 200 OK\r\n\r\n", // neither length nor chunked
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
		"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort",
	} {
		if r, err := newReader(strings.NewReader(in)).next(); err == nil {
			t.Errorf("%q: parsed as %+v", in, r)
		}
	}
}

func TestParseMix(t *testing.T) {
	got, err := parseMix("roa=1, get=2")
	if err != nil || strings.Join(got, ",") != "get,roa,get" {
		t.Fatalf("got %v %v", got, err)
	}
	for _, bad := range []string{"", "get=x", "put", "get=0"} {
		if s, err := parseMix(bad); err == nil {
			t.Errorf("%q: accepted as %v", bad, s)
		}
	}
}

// The requests the generator sends are valid HTTP that net/http reads as the SDK's.
func TestEncodedRequestsParse(t *testing.T) {
	for _, name := range mixNames {
		c, _ := callFor(name, "idaas_x")
		b := c.encode(&signer{"ak", "sk"}, "n1", testTime)
		r, err := http.ReadRequest(bufio.NewReader(bytes.NewReader(b)))
		if err != nil {
			t.Fatalf("%s: %v\n%s", name, err, b)
		}
		if r.Host != c.host || r.Header.Get("x-acs-action") == "" || !strings.HasPrefix(r.Header.Get("Authorization"), "ACS3-HMAC-SHA256 Credential=ak,") {
			t.Errorf("%s: host %q headers %v", name, r.Host, r.Header)
		}
	}
}

// TestMeasureInProcess runs the whole measurement (setup, warm-up, load, state check)
// against an in-process mock over loopback, unsigned and signed; it fails on any error
// answer or lost state.
func TestMeasureInProcess(t *testing.T) {
	specs := filepath.Join("..", "..", "..", "..", "specs", "*", "*.yaml")
	if m, _ := filepath.Glob(specs); len(m) == 0 {
		t.Skip("no committed specs")
	}
	for _, sign := range []bool{false, true} {
		h, _, err := newMock(serverOpts{specs: specs, sign: sign, journal: 100})
		if err != nil {
			t.Fatal(err)
		}
		ts := httptest.NewServer(h)
		sched, _ := parseMix("get,create,roa")
		var sg *signer
		if sign {
			sg = &signer{loadAKID, loadAKSecret}
		}
		var out bytes.Buffer
		o := options{conns: 4, total: 300, warmup: 40, mix: "get,create,roa"}
		err = measure(&out, o, strings.TrimPrefix(ts.URL, "http://"), 0, sched, sg)
		ts.Close()
		if err != nil {
			t.Fatalf("sign=%v: %v\n%s", sign, err, out.String())
		}
		for _, want := range []string{"300 requests", "errors: none", "100 CreateInstance and 100 CreateInstanceAccount answered 200"} {
			if !strings.Contains(out.String(), want) {
				t.Errorf("sign=%v: report lacks %q:\n%s", sign, want, out.String())
			}
		}
	}
}

var testTime = mustTime("2026-01-02T03:04:05Z")

func mustTime(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

// TestMeasureOtherServer: with -addr, a server that mocks only the ROA call and has no
// control API (another mock, such as Prism) is measured: no EIAM setup call, the state
// is reported as not checked. Without -addr the missing control API is an error.
func TestMeasureOtherServer(t *testing.T) {
	var eiam atomic.Int32
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("x-acs-action") != "CreateInstanceAccount" {
			if r.Header.Get("x-acs-action") != "" {
				eiam.Add(1)
			}
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"requestId":"r","success":true}`))
	}))
	defer ts.Close()
	addr := strings.TrimPrefix(ts.URL, "http://")
	sched, _ := parseMix("roa")
	var out bytes.Buffer
	o := options{addr: addr, conns: 2, total: 50, warmup: 10, mix: "roa"}
	if err := measure(&out, o, addr, 0, sched, nil); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "errors: none") || !strings.Contains(out.String(), "state: not checked") {
		t.Errorf("report:\n%s", out.String())
	}
	if n := eiam.Load(); n != 0 {
		t.Errorf("%d API calls other than CreateInstanceAccount (the EIAM setup is for get only)", n)
	}
	o.addr = ""
	if err := measure(&out, o, addr, 0, sched, nil); err == nil {
		t.Error("a child server without the control API was accepted")
	}
}
