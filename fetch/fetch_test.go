package fetch

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// site is a fake documentation site that counts requests and can change a page.
type site struct {
	mu       sync.Mutex
	hits     map[string]int
	pages    map[string]string
	flaky    int // 500s left for /flaky
	released chan struct{}
}

func newSite() *site {
	return &site{hits: map[string]int{}, released: make(chan struct{}), pages: map[string]string{
		"/docs/api-createuser": "<html><body><main><h1>CreateUser</h1><p>v1</p></main></body></html>",
		"/docs/api-getuser":    "<html><body><main><h1>GetUser</h1></main></body></html>",
	}, flaky: 2}
}

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.hits[r.URL.Path]++
	body, ok := s.pages[r.URL.Path]
	flaky := s.flaky
	if r.URL.Path == "/docs/flaky" && s.flaky > 0 {
		s.flaky--
	}
	s.mu.Unlock()
	switch r.URL.Path {
	case "/docs/overview":
		fmt.Fprint(w, `<html><body><nav><a href="/docs/nav-only">nav</a></nav><main><h1>API overview</h1><h2>API list</h2><table>
<tr><th>API</th><th>Title</th></tr>
<tr><td><a href="api-createuser">CreateUser</a></td><td>x</td></tr>
<tr><td><a href="/docs/api-createuser#top">CreateUser again</a></td><td>x</td></tr>
<tr><td><a href="`+"http://"+r.Host+`/docs/api-getuser">GetUser</a></td><td>x</td></tr>
<tr><td><a href="https://elsewhere.example.com/docs/x">Other site</a></td><td>x</td></tr>
<tr><td><a href="missing">Missing</a></td><td>x</td></tr>
<tr><td><a href="flaky">Flaky</a></td><td>x</td></tr>
<tr><td><a href="loop">Loop</a></td><td>x</td></tr>
<tr><td><a href="binary">Binary</a></td><td>x</td></tr>
<tr><td><a href="huge">Huge</a></td><td>x</td></tr>
<tr><td><a href="hang">Hang</a></td><td>x</td></tr>
<tr><td><a href="mailto:a@b.c">Mail</a></td><td>x</td></tr>
</table></main></body></html>`)
	case "/docs/flaky":
		if flaky > 0 {
			http.Error(w, "try later", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprint(w, "<html><main><h1>Flaky</h1></main></html>")
	case "/docs/loop":
		http.Redirect(w, r, "/docs/loop", http.StatusFound)
	case "/docs/binary":
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Write([]byte{0, 1, 2})
	case "/docs/huge":
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(strings.Repeat("x", 4096)))
	case "/docs/hang":
		select {
		case <-s.released:
		case <-r.Context().Done():
		}
	default:
		if !ok {
			http.NotFound(w, r)
			return
		}
		etag := fmt.Sprintf(`"%x"`, len(body)*31+int(body[len(body)-20]))
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, body)
	}
}

func (s *site) count(p string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[p]
}

func TestOverview(t *testing.T) {
	s := newSite()
	srv := httptest.NewServer(s)
	defer srv.Close()
	defer close(s.released)
	dir := t.TempDir()
	var slept []time.Duration
	var mu sync.Mutex
	// The rate limit is checked on a fake clock that only Sleep moves: a request's send time
	// is the clock's reading, so the gaps are exact whatever the machine's speed.
	clock := &fakeClock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	rec := &recorder{next: http.DefaultTransport, now: clock.Now}
	opt := Options{
		Client:  &http.Client{Transport: rec},
		Timeout: 300 * time.Millisecond, MinInterval: 5 * time.Millisecond, MaxBytes: 1024,
		Sleep: func(ctx context.Context, d time.Duration) error {
			mu.Lock()
			slept = append(slept, d)
			mu.Unlock()
			clock.Advance(d)
			return ctx.Err()
		},
		Now: clock.Now,
	}
	f, err := New(dir, opt)
	if err != nil {
		t.Fatal(err)
	}
	res, err := f.Overview(context.Background(), srv.URL+"/docs/overview")
	if err != nil {
		t.Fatal(err)
	}
	status := map[string]string{}
	for _, r := range res {
		key := strings.TrimPrefix(r.URL, srv.URL)
		status[key] = r.Status
		if r.Status == "failed" {
			if r.Err == nil || !strings.Contains(r.Err.Error(), r.URL) {
				t.Errorf("%s: error %v does not name the URL", key, r.Err)
			}
			t.Logf("%s: %v", key, r.Err)
		}
	}
	want := map[string]string{
		"/docs/overview": "new", "/docs/api-createuser": "new", "/docs/api-getuser": "new",
		"/docs/missing": "failed", "/docs/flaky": "new", "/docs/loop": "failed",
		"/docs/binary": "failed", "/docs/huge": "failed", "/docs/hang": "failed",
	}
	for k, v := range want {
		if status[k] != v {
			t.Errorf("%s: status %q, want %q", k, status[k], v)
		}
	}
	if len(status) != len(want) {
		t.Errorf("fetched %v, want exactly %v (other sites, nav links, duplicates and mailto ignored)", status, want)
	}
	if s.count("/docs/missing") != 1 || s.count("/docs/binary") != 1 {
		t.Errorf("permanent failures retried: missing %d, binary %d", s.count("/docs/missing"), s.count("/docs/binary"))
	}
	if s.count("/docs/flaky") != 3 || s.count("/docs/hang") != 4 {
		t.Errorf("retries: flaky %d (want 3), hang %d (want 4 = 1 + 3 retries)", s.count("/docs/flaky"), s.count("/docs/hang"))
	}
	// requests to the host leave at least MinInterval apart, redirects included
	rec.mu.Lock()
	if len(rec.sent) < 17 {
		t.Errorf("only %d requests sent", len(rec.sent))
	}
	for i := 1; i < len(rec.sent); i++ {
		if gap := rec.sent[i].Sub(rec.sent[i-1]); gap < opt.MinInterval {
			t.Errorf("requests %d and %d only %v apart", i-1, i, gap)
		}
	}
	rec.mu.Unlock()

	// second run: unchanged pages are not downloaded again; a changed page is
	s.mu.Lock()
	s.pages["/docs/api-createuser"] = "<html><body><main><h1>CreateUser</h1><p>v2, longer</p></main></body></html>"
	s.mu.Unlock()
	f2, err := New(dir, opt)
	if err != nil {
		t.Fatal(err)
	}
	res2, err := f2.Overview(context.Background(), srv.URL+"/docs/overview")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res2 {
		key := strings.TrimPrefix(r.URL, srv.URL)
		switch key {
		case "/docs/api-getuser", "/docs/flaky":
			if r.Status != "unchanged" {
				t.Errorf("%s second run: %s", key, r.Status)
			}
		case "/docs/api-createuser":
			if r.Status != "changed" {
				t.Errorf("%s second run: %s", key, r.Status)
			}
			data, _ := os.ReadFile(filepath.Join(dir, r.File))
			if !strings.Contains(string(data), "v2") {
				t.Errorf("changed page not rewritten: %s", data)
			}
		}
	}
}

// recorder notes when, by its clock, each request leaves the client.
type recorder struct {
	mu   sync.Mutex
	sent []time.Time
	next http.RoundTripper
	now  func() time.Time
}

func (r *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	r.mu.Lock()
	r.sent = append(r.sent, r.now())
	r.mu.Unlock()
	return r.next.RoundTrip(req)
}

func TestFailureKeepsCache(t *testing.T) {
	s := newSite()
	srv := httptest.NewServer(s)
	defer srv.Close()
	defer close(s.released)
	dir := t.TempDir()
	opt := Options{MinInterval: time.Millisecond, Retries: -1}
	f, _ := New(dir, opt)
	r := f.Page(context.Background(), srv.URL+"/docs/api-getuser")
	if r.Status != "new" {
		t.Fatalf("first fetch: %+v", r)
	}
	if err := f.index.Save(dir); err != nil {
		t.Fatal(err)
	}
	srv.Close() // the site goes away
	f2, _ := New(dir, opt)
	r2 := f2.Page(context.Background(), srv.URL+"/docs/api-getuser")
	if r2.Status != "failed" || r2.File == "" {
		t.Fatalf("fetch from a dead site: %+v", r2)
	}
	if data, err := os.ReadFile(filepath.Join(dir, r2.File)); err != nil || !strings.Contains(string(data), "GetUser") {
		t.Errorf("cached page lost: %v %q", err, data)
	}
}

func TestBadInput(t *testing.T) {
	f, err := New(t.TempDir(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Overview(context.Background(), "ftp://x/y"); err == nil || !strings.Contains(err.Error(), "ftp://x/y") {
		t.Errorf("non-http URL: %v", err)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "index.json"), []byte("{not json"), 0o644)
	if _, err := New(dir, Options{}); err == nil || !strings.Contains(err.Error(), "index.json") {
		t.Errorf("corrupt index: %v", err)
	}
}

// fakeClock is a clock that moves only when told to.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}
