package mock

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func loopbackClient() *http.Client {
	return &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConns: 64, MaxIdleConnsPerHost: 64}}
}

func rpcCall(c *http.Client, base, action string, q url.Values) (int, map[string]any, error) {
	r, _ := http.NewRequest("POST", base+"/?"+q.Encode(), nil)
	r.Header.Set("x-acs-action", action)
	r.Header.Set("x-acs-version", "2021-12-01")
	resp, err := c.Do(r)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	var m map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&m); err != nil {
		return resp.StatusCode, nil, err
	}
	return resp.StatusCode, m, nil
}

// TestLoad: 16 concurrent clients create, read and list over loopback; every call
// succeeds and every created instance is there at the end (no lost state).
func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("load test skipped with -short")
	}
	s := newServer(t, WithJournalSize(100))
	ts := httptest.NewServer(s)
	defer ts.Close()
	c := loopbackClient()
	const clients, perClient = 16, 100
	var wg sync.WaitGroup
	var failures atomic.Int64
	errs := make(chan error, clients)
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range perClient {
				st, m, err := rpcCall(c, ts.URL, "CreateInstance", url.Values{"Description": {fmt.Sprintf("c%d-%d", i, j)}})
				if err != nil || st != 200 {
					failures.Add(1)
					errs <- fmt.Errorf("create: %d %v", st, err)
					return
				}
				id, _ := m["InstanceId"].(string)
				st, m, err = rpcCall(c, ts.URL, "GetInstance", url.Values{"InstanceId": {id}})
				inst, _ := m["Instance"].(map[string]any)
				if err != nil || st != 200 || inst["Description"] != fmt.Sprintf("c%d-%d", i, j) {
					failures.Add(1)
					errs <- fmt.Errorf("get %s: %d %v %v", id, st, err, m)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n := len(s.State()); n != clients*perClient {
		t.Fatalf("%d instances stored, want %d", n, clients*perClient)
	}
	st, m, err := rpcCall(c, ts.URL, "ListInstances", url.Values{"PageSize": {"5"}})
	if err != nil || st != 200 || fmt.Sprint(m["TotalCount"]) != fmt.Sprint(clients*perClient) {
		t.Fatalf("list: %d %v %v", st, err, m["TotalCount"])
	}
}

// BenchmarkThroughput16: 16 clients over loopback calling a validated, stateless-lookup
// operation (GetInstance of a stored instance). Reports requests per second.
func BenchmarkThroughput16(b *testing.B) {
	s := newServer(b, WithJournalSize(1000))
	ts := httptest.NewServer(s)
	defer ts.Close()
	c := loopbackClient()
	_, m, err := rpcCall(c, ts.URL, "CreateInstance", nil)
	if err != nil {
		b.Fatal(err)
	}
	q := url.Values{"InstanceId": {m["InstanceId"].(string)}}.Encode()
	var next atomic.Int64
	b.ResetTimer()
	start := time.Now()
	var wg sync.WaitGroup
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for next.Add(1) <= int64(b.N) {
				r, _ := http.NewRequest("POST", ts.URL+"/?"+q, nil)
				r.Header.Set("x-acs-action", "GetInstance")
				r.Header.Set("x-acs-version", "2021-12-01")
				resp, err := c.Do(r)
				if err != nil {
					b.Error(err)
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					b.Errorf("status %d", resp.StatusCode)
					return
				}
			}
		}()
	}
	wg.Wait()
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "req/s")
}

// BenchmarkMemoryFlat serves many requests that keep no state and reports the live heap
// after them: it stays flat however long the run (journal and nonce cache are bounded).
func BenchmarkMemoryFlat(b *testing.B) {
	s := newServer(b)
	r := rpc("GetInstance", url.Values{"InstanceId": {"missing"}})
	w := &nopWriter{h: http.Header{}}
	var ms runtime.MemStats
	for b.Loop() {
		clear(w.h)
		s.ServeHTTP(w, r)
	}
	runtime.GC()
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "heap-MiB")
}
