package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/acsgen/acsgen/internal/goldentest"
	"github.com/acsgen/acsgen/opspec"
)

// TestFetchMetadata: gen fetch --metadata Product/Version downloads api-docs.json from the
// metadata address (a local server here) through the fetcher: a failure is retried, a second
// run is a conditional request answered 304, and the cache scrapes into the spec.
func TestFetchMetadata(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join(goldentest.ModuleRoot(t), "golden", "metadata", "demo-rpc", "api-docs.json"))
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var log []string
	fails := 1
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		log = append(log, r.URL.Path+" "+r.Header.Get("If-None-Match"))
		if r.URL.Path != "/meta/v1/products/Demo/versions/2024-01-01/api-docs.json" {
			http.NotFound(w, r)
			return
		}
		if fails > 0 {
			fails--
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "application/json")
		w.Write(doc)
	}))
	defer srv.Close()
	specs := filepath.Join(t.TempDir(), "specs")
	args := []string{"fetch", "--metadata", "Demo/2024-01-01", "--metadata-base", srv.URL, "--specs", specs, "--interval", "1ms"}
	code, _, stderr := runGen(args...)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if !strings.Contains(stderr, "api-docs.json: new") {
		t.Errorf("stderr:\n%s", stderr)
	}
	if _, err := os.Stat(filepath.Join(specs, "demo", "cache", "api-docs.json")); err != nil {
		t.Error(err)
	}
	sp, err := opspec.LoadFile(filepath.Join(specs, "demo", "2024-01-01.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(sp.Operations) != 2 {
		t.Errorf("%d operations", len(sp.Operations))
	}
	code, _, stderr = runGen(args...)
	if code != 0 || !strings.Contains(stderr, "api-docs.json: unchanged") {
		t.Fatalf("second run: exit %d\n%s", code, stderr)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(log) != 3 || !strings.HasSuffix(log[2], `"v1"`) {
		t.Errorf("requests: %q (want a retried first fetch and a conditional second)", log)
	}
	if code, _, stderr := runGen("fetch", "--metadata", "Demo", "--specs", specs); code != 2 || !strings.Contains(stderr, "Product/Version") {
		t.Errorf("bad --metadata: exit %d\n%s", code, stderr)
	}
}
