package mock

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"runtime"
	"strconv"
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

// TestLoad: 16 concurrent clients over loopback, each creating, reading, updating,
// listing and deleting its own instances; every answer is checked, and at the end every
// surviving instance is listed and gettable with its last description, every deleted one
// is gone, and the counts agree (no lost or phantom state). Skipped with -short; see
// TestLoadShort for the small version that runs under -race in CI.
func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("load test skipped with -short")
	}
	loadScenario(t, 16, 200)
}

// TestLoadShort is TestLoad at 4 clients × 20 rounds (about 55 requests each).
func TestLoadShort(t *testing.T) { loadScenario(t, 4, 20) }

// loadClient is one client's view of what it has stored: id → description.
type loadClient struct {
	live    map[string]string
	order   []string // creation order of live ids
	deleted []string
}

func loadScenario(t *testing.T, clients, rounds int) {
	loadScenarioOn(t, clients, rounds, func(h http.Handler) string {
		ts := httptest.NewServer(h)
		t.Cleanup(ts.Close)
		return ts.URL
	})
}

// loadScenarioOn runs the scenario against the mock served by serve (which returns its URL).
func loadScenarioOn(t *testing.T, clients, rounds int, serve func(http.Handler) string) {
	s := newServer(t, WithJournalSize(100))
	ts := struct{ URL string }{serve(s)}
	c := loopbackClient()
	var wg sync.WaitGroup
	errs := make(chan error, clients)
	views := make([]*loadClient, clients)
	for i := range clients {
		views[i] = &loadClient{live: map[string]string{}}
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := loadRounds(c, ts.URL, i, rounds, views[i]); err != nil {
				errs <- fmt.Errorf("client %d: %w", i, err)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if t.Failed() {
		return
	}
	want := map[string]string{}
	var gone []string
	for _, v := range views {
		for id, d := range v.live {
			want[id] = d
		}
		gone = append(gone, v.deleted...)
	}
	// The list holds exactly the surviving instances, with their last descriptions.
	st, m, err := rpcCall(c, ts.URL, "ListInstances", nil)
	if err != nil || st != 200 {
		t.Fatalf("final list: %d %v", st, err)
	}
	if fmt.Sprint(m["TotalCount"]) != fmt.Sprint(len(want)) {
		t.Errorf("TotalCount %v, want %d", m["TotalCount"], len(want))
	}
	items, _ := m["Instances"].([]any)
	listed := map[string]string{}
	for _, it := range items {
		o, _ := it.(map[string]any)
		id, _ := o["InstanceId"].(string)
		d, _ := o["Description"].(string)
		listed[id] = d
	}
	if len(listed) != len(want) || len(items) != len(want) {
		t.Errorf("list has %d items (%d distinct), want %d", len(items), len(listed), len(want))
	}
	for id, d := range want {
		if listed[id] != d {
			t.Errorf("%s listed with description %q, want %q", id, listed[id], d)
		}
	}
	if n := len(s.State()); n != len(want) {
		t.Errorf("state dump has %d resources, want %d", n, len(want))
	}
	// Every survivor is gettable; every deleted one is not found.
	for id, d := range want {
		if err := getDescription(c, ts.URL, id, d); err != nil {
			t.Error(err)
		}
	}
	for _, id := range gone {
		if st, m, err := rpcCall(c, ts.URL, "GetInstance", url.Values{"InstanceId": {id}}); err != nil || st != 404 || m["Code"] != "EntityNotExists.Instance" {
			t.Errorf("deleted %s: %d %v %v", id, st, err, m["Code"])
		}
	}
	if len(want) == 0 || len(gone) == 0 {
		t.Fatalf("scenario kept %d and deleted %d instances: it should do both", len(want), len(gone))
	}
}

// loadRounds is one client: per round a create and a get; every third round an update
// (then a get), every fourth a delete of its oldest instance (then a get that must fail),
// every fifth a paged list whose total must cover its own instances.
func loadRounds(c *http.Client, base string, i, rounds int, v *loadClient) error {
	for j := range rounds {
		desc := fmt.Sprintf("c%d-%d", i, j)
		st, m, err := rpcCall(c, base, "CreateInstance", url.Values{"Description": {desc}})
		id, _ := m["InstanceId"].(string)
		if err != nil || st != 200 || id == "" {
			return fmt.Errorf("create: %d %v %v", st, err, m)
		}
		if _, dup := v.live[id]; dup {
			return fmt.Errorf("create returned an ID already in use: %s", id)
		}
		v.live[id] = desc
		v.order = append(v.order, id)
		if err := getDescription(c, base, id, desc); err != nil {
			return err
		}
		if j%3 == 1 {
			desc = fmt.Sprintf("u%d-%d", i, j)
			st, m, err := rpcCall(c, base, "UpdateInstanceDescription", url.Values{"InstanceId": {id}, "Description": {desc}})
			if err != nil || st != 200 {
				return fmt.Errorf("update %s: %d %v %v", id, st, err, m)
			}
			v.live[id] = desc
			if err := getDescription(c, base, id, desc); err != nil {
				return err
			}
		}
		if j%4 == 3 {
			old := v.order[0]
			v.order = v.order[1:]
			st, m, err := rpcCall(c, base, "DeleteInstance", url.Values{"InstanceId": {old}})
			if err != nil || st != 200 {
				return fmt.Errorf("delete %s: %d %v %v", old, st, err, m)
			}
			delete(v.live, old)
			v.deleted = append(v.deleted, old)
			st, m, err = rpcCall(c, base, "GetInstance", url.Values{"InstanceId": {old}})
			if err != nil || st != 404 {
				return fmt.Errorf("get after delete %s: %d %v %v", old, st, err, m)
			}
		}
		if j%5 == 0 {
			st, m, err := rpcCall(c, base, "ListInstances", url.Values{"PageSize": {"10"}})
			if err != nil || st != 200 {
				return fmt.Errorf("list: %d %v %v", st, err, m)
			}
			total, _ := strconv.Atoi(fmt.Sprint(m["TotalCount"]))
			items, _ := m["Instances"].([]any)
			if total < len(v.live) || len(items) != min(10, total) {
				return fmt.Errorf("list: TotalCount %d with %d items while this client alone has %d", total, len(items), len(v.live))
			}
		}
	}
	return nil
}

func getDescription(c *http.Client, base, id, want string) error {
	st, m, err := rpcCall(c, base, "GetInstance", url.Values{"InstanceId": {id}})
	inst, _ := m["Instance"].(map[string]any)
	if err != nil || st != 200 || inst["Description"] != want || inst["InstanceId"] != id {
		return fmt.Errorf("get %s: %d %v %v, want description %q", id, st, err, m, want)
	}
	return nil
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
