package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// docsSite is a fake documentation site: an overview linking to two operation pages, one
// of which the test changes.
type docsSite struct {
	mu     sync.Mutex
	create string
	get    []byte
}

const overviewHTML = `<!DOCTYPE html><html lang="en"><head><title>List of operations by function</title></head><body>
<nav><a href="/help/unrelated">Unrelated</a></nav>
<main><h1>List of operations by function</h1>
<p>The OpenAPI specification of this product (Eiam/2021-12-01) follows the RPC standard.</p>
<h2>API list</h2>
<table><tr><th>API</th><th>Title</th><th>Description</th></tr>
<tr><td><a href="/help/getinstance">GetInstance</a></td><td>GetInstance</td><td>Queries an instance.</td></tr>
<tr><td><a href="createinstance">CreateInstance</a></td><td>CreateInstance</td><td>Creates an instance.</td></tr>
<tr><td><a href="https://elsewhere.example.com/x">Elsewhere</a></td><td>x</td><td>x</td></tr>
</table></main></body></html>`

func createHTML(extra string) string {
	return `<!DOCTYPE html><html lang="en"><head><title>CreateInstance</title></head><body><main>
<h1>Identity as a Service:CreateInstance</h1>
<p>Last Updated:Feb 10, 2026</p>
<p>Creates an instance.</p>
<h2>RAM authorization</h2>
<table><tr><th>Action</th><th>Access level</th><th>Resource type</th><th>Condition key</th><th>Dependent action</th></tr>
<tr><td>eiam:CreateInstance</td><td>create</td><td>*Instance<br>acs:eiam:{#regionId}:{#accountId}:instance/*</td><td>None</td><td>None</td></tr></table>
<h2>Request parameters</h2>
<table><tr><th>Parameter</th><th>Type</th><th>Required</th><th>Description</th><th>Example</th></tr>
<tr><td>Description</td><td>string</td><td>No</td><td>The description of the instance.</td><td>instance_for_test</td></tr>` + extra + `
</table>
<h2>Response elements</h2>
<table><tr><th>Element</th><th>Type</th><th>Description</th><th>Example</th></tr>
<tr><td></td><td>object</td><td></td><td></td></tr>
<tr><td>RequestId</td><td>string</td><td>The request ID.</td><td>0441BD79-92F3-53AA-8657-F8CE4A2B912A</td></tr>
<tr><td>InstanceId</td><td>string</td><td>The ID of the instance.</td><td>idaas_wj5htncdvoc4q5xxxxxxxxx</td></tr></table>
<h2>Examples</h2>
<pre><code class="language-json">{
  "RequestId": "0441BD79-92F3-53AA-8657-F8CE4A2B912A",
  "InstanceId": "idaas_wj5htncdvoc4q5xxxxxxxxx"
}</code></pre>
</main></body></html>`
}

func (s *docsSite) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	switch r.URL.Path {
	case "/help/overview":
		fmt.Fprint(w, overviewHTML)
	case "/help/getinstance":
		w.Write(s.get)
	case "/help/createinstance":
		fmt.Fprint(w, s.create)
	default:
		http.NotFound(w, r)
	}
}

// TestFetchAllCheck is the update loop a user runs: fetch a product's pages, generate
// everything, see --check pass; the docs change; --check fails naming the change;
// all brings the outputs up to date.
func TestFetchAllCheck(t *testing.T) {
	get, err := os.ReadFile("../../golden/htmlpages/GetInstance.html")
	if err != nil {
		t.Fatal(err)
	}
	site := &docsSite{create: createHTML(""), get: get}
	srv := httptest.NewServer(site)
	defer srv.Close()

	dir := t.TempDir()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/e2e\n\ngo 1.26\n"), 0o644))
	cfg := filepath.Join(dir, "acsgen.yaml")
	must(os.WriteFile(cfg, []byte(fmt.Sprintf("products:\n  - product: Eiam\n    version: \"2021-12-01\"\n    style: RPC\n    fetch: [%s/help/overview]\n", srv.URL)), 0o644))

	gen := func(args ...string) (int, string, string) {
		t.Helper()
		var out, errb bytes.Buffer
		code := run(context.Background(), stdio{out: &out, err: &errb}, args)
		return code, out.String(), errb.String()
	}
	specs := filepath.Join(dir, "specs")
	if code, _, stderr := gen("fetch", "--product", "Eiam", "--version", "2021-12-01", "--specs", specs, "--interval", "1ms", srv.URL+"/help/overview"); code != 0 {
		t.Fatalf("fetch exit %d:\n%s", code, stderr)
	}
	for _, f := range []string{"specs/eiam/cache/index.json", "specs/eiam/cache/getinstance.html", "specs/eiam/cache/createinstance.html", "specs/eiam/2021-12-01.yaml"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("fetch did not write %s: %v", f, err)
		}
	}
	if code, _, stderr := gen("all", "-config", cfg, "--fetch-interval", "1ms", "-q"); code != 0 {
		t.Fatalf("all exit %d:\n%s", code, stderr)
	}
	for _, f := range []string{"generated/eiam20211201/client.go", "docs/reference/eiam/2021-12-01/README.md", "docs/reference/eiam/2021-12-01/GetInstance.md", "docs/reference/eiam/2021-12-01/CreateInstance.md"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("all did not write %s: %v", f, err)
		}
	}
	if catalog, _ := os.ReadFile(filepath.Join(dir, "docs/reference/README.md")); !bytes.Contains(catalog, []byte("(eiam/2021-12-01/README.md)")) {
		t.Errorf("the docs catalog does not link the product's index:\n%s", catalog)
	}
	specFile := filepath.Join(dir, "specs/eiam/2021-12-01.yaml")
	before, _ := os.ReadFile(specFile)
	if !bytes.Contains(before, []byte("GetInstance")) || !bytes.Contains(before, []byte("CreateInstance")) {
		t.Fatalf("spec lacks the fetched operations:\n%s", before)
	}
	if code, out, stderr := gen("all", "-config", cfg, "--check", "--fetch-interval", "1ms", "-q"); code != 0 {
		t.Fatalf("fresh outputs: all --check exit %d:\n%s\n%s", code, out, stderr)
	}

	// The docs change: CreateInstance gains a required parameter.
	site.mu.Lock()
	site.create = createHTML(`<tr><td>ClientToken</td><td>string</td><td>Yes</td><td>The idempotency token.</td><td>tok-1</td></tr>`)
	site.mu.Unlock()
	index, _ := os.ReadFile(filepath.Join(dir, "specs/eiam/cache/index.json"))
	code, out, stderr := gen("all", "-config", cfg, "--check", "--fetch-interval", "1ms", "-q")
	if code != 1 {
		t.Fatalf("changed docs: all --check exit %d, want 1:\n%s\n%s", code, out, stderr)
	}
	for _, want := range []string{"stale: " + filepath.ToSlash(specFile), "CreateInstance", "ClientToken"} {
		if !strings.Contains(out, want) {
			t.Errorf("--check output does not name %q:\n%s", want, out)
		}
	}
	if after, _ := os.ReadFile(specFile); !bytes.Equal(before, after) {
		t.Error("--check rewrote the spec")
	}
	if after, _ := os.ReadFile(filepath.Join(dir, "specs/eiam/cache/index.json")); !bytes.Equal(index, after) {
		t.Error("--check changed the page cache")
	}

	if code, _, stderr := gen("all", "-config", cfg, "--fetch-interval", "1ms", "-q"); code != 0 {
		t.Fatalf("all after the change exit %d:\n%s", code, stderr)
	}
	if after, _ := os.ReadFile(specFile); !bytes.Contains(after, []byte("ClientToken")) {
		t.Error("all did not bring the spec up to date")
	}
	if code, out, stderr := gen("all", "-config", cfg, "--check", "--fetch-interval", "1ms", "-q"); code != 0 {
		t.Fatalf("after all: all --check exit %d:\n%s\n%s", code, out, stderr)
	}

	// Hand-written files next to the generated ones survive `all`; a generated file the
	// spec no longer produces (it carries the generated header) is removed.
	pkg := filepath.Join(dir, "generated", "eiam20211201")
	handClient := filepath.Join(pkg, "helper.go")
	handMock := filepath.Join(pkg, "mockserver", "seed.go")
	staleGen := filepath.Join(pkg, "gone.go")
	docsDir := filepath.Join(dir, "docs", "reference", "eiam", "2021-12-01")
	handDoc := filepath.Join(docsDir, "NOTES.md")
	staleDoc := filepath.Join(docsDir, "DeletedOperation.md")
	must(os.WriteFile(handDoc, []byte("# Notes\n\nHand-written beside the generated pages.\n"), 0o644))
	must(os.WriteFile(staleDoc, []byte("<!-- Code generated by acsgen (gen docs); DO NOT EDIT. -->\n# DeletedOperation\n"), 0o644))
	must(os.WriteFile(handClient, []byte("package eiam20211201\n\n// Helper is hand-written.\nfunc Helper() {}\n"), 0o644))
	must(os.WriteFile(handMock, []byte("package mockserver\n\n// Seed is hand-written.\nfunc Seed() {}\n"), 0o644))
	must(os.WriteFile(staleGen, []byte("// Code generated by acsgen (gen client); DO NOT EDIT.\n\npackage eiam20211201\n"), 0o644))
	code, _, stderr = gen("all", "-config", cfg, "--fetch-interval", "1ms")
	if code != 0 {
		t.Fatalf("all with hand-written files exit %d:\n%s", code, stderr)
	}
	for _, f := range []string{handClient, handMock, handDoc} {
		if _, err := os.Stat(f); err != nil {
			t.Errorf("all removed the hand-written %s: %v\n%s", f, err, stderr)
		}
	}
	for _, f := range []string{staleGen, staleDoc} {
		if _, err := os.Stat(f); err == nil {
			t.Errorf("all kept the stale generated %s", f)
		}
	}
	if code, out, stderr := gen("all", "-config", cfg, "--check", "--fetch-interval", "1ms", "-q"); code != 0 {
		t.Fatalf("hand-written files beside generated ones: all --check exit %d:\n%s\n%s", code, out, stderr)
	}
}
