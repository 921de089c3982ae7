package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/internal/gobuild"
	"github.com/acsgen/acsgen/internal/goldentest"
)

// tempModule makes dir/go a Go module of its own (modPath), used beside the project in a
// temporary go.work, so that a test can generate packages into it and run the go tool over
// them without writing anything inside the project (a killed run leaves only files under
// dir). It returns the module directory and the environment for the go tool (GOWORK set;
// the caller's GOCACHE and GOFLAGS are inherited, so the build cache is shared).
func tempModule(t *testing.T, dir, modPath string) (string, []string) {
	t.Helper()
	root := goldentest.ModuleRoot(t)
	mod := filepath.Join(dir, "go")
	work := filepath.Join(dir, "go.work")
	gomod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	goLine := "go 1.26"
	for _, l := range strings.Split(string(gomod), "\n") {
		if strings.HasPrefix(l, "go ") {
			goLine = strings.TrimSpace(l)
		}
	}
	if err := os.MkdirAll(mod, 0o755); err != nil {
		t.Fatal(err)
	}
	for file, text := range map[string]string{
		filepath.Join(mod, "go.mod"): "module " + modPath + "\n\n" + goLine + "\n",
		work:                         goLine + "\n\nuse (\n\t" + root + "\n\t" + mod + "\n)\n",
	} {
		if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return mod, append(os.Environ(), "GOWORK="+work)
}

// generateInto runs gen client and gen mock for spec into the package id of a module made
// by tempModule, and returns the package's directory.
func generateInto(t *testing.T, spec, mod, modPath, id string) string {
	t.Helper()
	pkg := filepath.Join(mod, id)
	for _, args := range [][]string{
		{"client", "--spec", spec, "--out", pkg},
		{"mock", "--spec", spec, "--out", filepath.Join(pkg, "mockserver"), "--client", modPath + "/" + id},
	} {
		if code, _, stderr := runGen(args...); code != 0 {
			t.Fatalf("gen %s: exit %d\n%s", strings.Join(args, " "), code, stderr)
		}
	}
	return pkg
}

// goTestIn writes files (name: content; _test.go files) into the package pkg of the
// module mod and runs `go test -run run` on that package.
func goTestIn(t *testing.T, mod string, env []string, pkg string, files map[string]string, run string) {
	t.Helper()
	goTool := gobuild.Tool(t)
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(pkg, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rel, err := filepath.Rel(mod, pkg)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(goTool, "test", "-count=1", "-run", run, "./"+filepath.ToSlash(rel))
	cmd.Dir = mod
	cmd.Env = env
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go test: %v\n%s", err, out)
	}
}

// e2ePreamble is the file runE2E writes beside every user test (IMPORT standing for the
// generated package's import path): the set-up they share, so that each test says only
// what it checks. The generated mock checks signatures with the test's key pair (newMock)
// and the client signs with it (newClient; recordedClient for both); recordValues is a middleware that keeps the
// names and values each request carried; byHand is a mock that checks no signature, for
// requests a test writes itself (what the generated client would refuse to send).
const e2ePreamble = `import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/acs"
	"github.com/acsgen/acsgen/acs/mock"
	demo "IMPORT"
	"IMPORT/mockserver"
)

const testKeyID, testKeySecret = "testid", "testsecret"

// testKey makes a mock check signatures with the test's key pair.
func testKey() mock.Option { return mock.WithAccessKey(testKeyID, testKeySecret) }

// newMock starts the generated mock, checking signatures with the test's key pair.
func newMock(t *testing.T, opts ...mock.Option) (*httptest.Server, *mock.Server) {
	return mockserver.NewTestServer(t, append(opts, testKey())...)
}

// newClient is the generated client signing with the test's key pair.
func newClient(t *testing.T, opts ...demo.Option) *demo.Client {
	t.Helper()
	c, err := demo.NewClient(append(opts, demo.WithCredentials(acs.StaticCredentials(testKeyID, testKeySecret, "")))...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// recordedClient starts the generated mock and returns it with a client of it whose
// requests' query and form values sent lists (recordValues).
func recordedClient(t *testing.T) (c *demo.Client, srv *mock.Server, sent func() []url.Values) {
	ts, srv := newMock(t)
	var vals []url.Values
	c = newClient(t, demo.WithEndpoint(ts.URL), demo.WithMiddleware(recordValues(&vals)))
	return c, srv, func() []url.Values { return vals }
}

// roundTrip is a RoundTripper made of a function, for the middlewares the tests pass to
// WithMiddleware.
type roundTrip func(*http.Request) (*http.Response, error)

func (f roundTrip) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// recordValues returns a middleware that appends each request's query and form values to
// *sent, leaving the body for the next round tripper.
func recordValues(sent *[]url.Values) func(http.RoundTripper) http.RoundTripper {
	return func(next http.RoundTripper) http.RoundTripper {
		return roundTrip(func(r *http.Request) (*http.Response, error) {
			vals := r.URL.Query()
			if r.Body != nil {
				b, _ := io.ReadAll(r.Body)
				r.Body = io.NopCloser(strings.NewReader(string(b)))
				form, _ := url.ParseQuery(string(b))
				for k, v := range form {
					vals[k] = v
				}
			}
			*sent = append(*sent, vals)
			return next.RoundTrip(r)
		})
	}
}

// byHand is the generated mock checking no signature, for requests written by hand.
type byHand struct {
	t   *testing.T
	ts  *httptest.Server
	srv *mock.Server
}

func newByHand(t *testing.T) *byHand {
	ts, srv := mockserver.NewTestServer(t, mock.WithSignatureCheck(false))
	return &byHand{t: t, ts: ts, srv: srv}
}

// rpc calls action (of version) with vals in the query and returns the answer's status
// and body.
func (h *byHand) rpc(action, version string, vals url.Values) (int, string) {
	r, _ := http.NewRequest("POST", h.ts.URL+"/?"+vals.Encode(), nil)
	r.Header.Set("x-acs-action", action)
	r.Header.Set("x-acs-version", version)
	return h.do(r)
}

// postJSON posts body, a JSON text, to path and returns the answer's status and body.
func (h *byHand) postJSON(path, body string) (int, string) {
	r, _ := http.NewRequest("POST", h.ts.URL+path, strings.NewReader(body))
	r.Header.Set("Content-Type", "application/json")
	return h.do(r)
}

func (h *byHand) do(r *http.Request) (int, string) {
	h.t.Helper()
	resp, err := http.DefaultClient.Do(r)
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	msg, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(msg)
}
`

// runE2E is the end-to-end test of a generated package the way a user has it: a module
// made by tempModule, gen client and gen mock for spec into its package id, and test (a
// user's _test.go from its import block on, with IMPORT standing for the package's import
// path) written into the package id_test beside e2ePreamble and run there with
// `go test -run run`.
func runE2E(t *testing.T, spec, modPath, id, name, test, run string) {
	t.Helper()
	mod, env := tempModule(t, t.TempDir(), modPath)
	pkg := generateInto(t, spec, mod, modPath, id)
	file := func(text string) string {
		return "package " + id + "_test\n\n" + strings.ReplaceAll(text, "IMPORT", modPath+"/"+id)
	}
	goTestIn(t, mod, env, pkg, map[string]string{"e2e_preamble_test.go": file(e2ePreamble), name: file(test)}, run)
}

// scrapeMetadata writes the spec of the api-docs.json file src into a temporary directory
// and returns its path.
func scrapeMetadata(t *testing.T, src string) string {
	t.Helper()
	spec := filepath.Join(t.TempDir(), "demo.yaml")
	if code, _, stderr := runGen("scrape", "-o", spec, src); code != 0 {
		t.Fatalf("gen scrape: exit %d\n%s", code, stderr)
	}
	return spec
}
