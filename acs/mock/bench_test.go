package mock

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// nopWriter is a ResponseWriter that keeps nothing, so that benchmarks measure the server.
type nopWriter struct{ h http.Header }

func (w *nopWriter) Header() http.Header         { return w.h }
func (w *nopWriter) Write(b []byte) (int, error) { return len(b), nil }
func (w *nopWriter) WriteHeader(int)             {}

// benchServe serves the same prepared request again and again: only ServeHTTP is timed.
// reset rewinds what a request consumes (its body).
func benchServe(b *testing.B, s *Server, r *http.Request, reset func(*http.Request)) {
	b.ReportAllocs()
	w := &nopWriter{h: http.Header{}}
	c0 := cpuTime()
	for b.Loop() {
		if reset != nil {
			reset(r)
		}
		clear(w.h)
		s.ServeHTTP(w, r)
	}
	// Process CPU time per request: unlike ns/op, it does not count time spent waiting
	// for a core on a busy machine.
	b.ReportMetric(float64(cpuTime()-c0)/float64(b.N), "cpu-ns/op")
}

// cpuTime is the process's user+system CPU time in nanoseconds.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// BenchmarkServeRPC: a validated RPC call (GetInstance on a stored instance) through the
// whole pipeline: routing, decoding, validation, state lookup, response.
func BenchmarkServeRPC(b *testing.B) {
	s := newServer(b, WithJournalSize(0))
	id := do(b, s, rpc("CreateInstance", url.Values{"Description": {"d"}})).str("InstanceId")
	benchServe(b, s, rpc("GetInstance", url.Values{"InstanceId": {id}}), nil)
}

// BenchmarkServeRPCFlattened: CreateUser with flattened arrays and objects (creates state).
func BenchmarkServeRPCFlattened(b *testing.B) {
	s := newServer(b, WithJournalSize(0))
	q := url.Values{"InstanceId": {"i"}, "Username": {"u"}, "Age": {"42"},
		"OrganizationalUnitIds.1": {"ou1"}, "OrganizationalUnitIds.2": {"ou2"},
		"CustomFields.1.FieldName": {"dept"}, "CustomFields.1.FieldValue": {"qa"}}
	benchServe(b, s, rpc("CreateUser", q), nil)
}

// BenchmarkServeROA: RocketMQ CreateInstanceAccount-like JSON body on a path template
// (stateless, so that the store does not grow).
func BenchmarkServeROA(b *testing.B) {
	s := newServer(b, WithJournalSize(0), WithStateless())
	body := `{"username":"u1","password":"p","remark":"r"}`
	r := httptest.NewRequest("POST", "/instances/rmq-1/accounts", nil)
	r.Header.Set("Content-Type", "application/json; charset=utf-8")
	benchServe(b, s, r, func(r *http.Request) { r.Body = io.NopCloser(strings.NewReader(body)) })
}

// BenchmarkServeRPCSigned adds V3 signature verification and nonce bookkeeping; the
// nonce changes every request, so the timed part includes re-signing (the client's
// work, about a third of the total: compare with BenchmarkSignOnly).
func BenchmarkServeRPCSigned(b *testing.B) {
	s := newServer(b, WithJournalSize(0), WithAccessKey("testid", "testsecret"))
	id := do(b, s, func() *http.Request {
		r := rpc("CreateInstance", nil)
		signV3(r, nil, "testid", "testsecret", "setup")
		return r
	}()).str("InstanceId")
	r := rpc("GetInstance", url.Values{"InstanceId": {id}})
	n := 0
	benchServe(b, s, r, func(r *http.Request) {
		n++
		signV3(r, nil, "testid", "testsecret", "nonce-"+strconv.Itoa(n))
	})
}

// BenchmarkSignOnly is the client-side signing included in BenchmarkServeRPCSigned.
func BenchmarkSignOnly(b *testing.B) {
	r := rpc("GetInstance", url.Values{"InstanceId": {"x"}})
	n := 0
	for b.Loop() {
		n++
		signV3(r, nil, "testid", "testsecret", "nonce-"+strconv.Itoa(n))
	}
}

// BenchmarkServeParallel: GetInstance on a stored instance from GOMAXPROCS goroutines at
// once, with the default journal, so that shared locks (journal, store, reset guard,
// request counter) show up; run with -mutexprofile / -cpuprofile to find contention.
func BenchmarkServeParallel(b *testing.B) {
	s := newServer(b)
	id := do(b, s, rpc("CreateInstance", url.Values{"Description": {"d"}})).str("InstanceId")
	q := url.Values{"InstanceId": {id}}
	b.ReportAllocs()
	c0 := cpuTime()
	b.RunParallel(func(pb *testing.PB) {
		r := rpc("GetInstance", q)
		w := &nopWriter{h: http.Header{}}
		for pb.Next() {
			clear(w.h)
			s.ServeHTTP(w, r)
		}
	})
	b.ReportMetric(float64(cpuTime()-c0)/float64(b.N), "cpu-ns/op")
}
