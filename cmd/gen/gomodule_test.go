package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

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

// goTestIn writes test (a _test.go file) into the package pkg of the module mod and runs
// `go test -run run` on that package.
func goTestIn(t *testing.T, mod string, env []string, pkg, name, test, run string) {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool")
	}
	if err := os.WriteFile(filepath.Join(pkg, name), []byte(test), 0o644); err != nil {
		t.Fatal(err)
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

// e2eRoundTrip is appended to every user test that runE2E writes: a RoundTripper made of a
// function, for the recording middlewares the tests pass to WithMiddleware.
const e2eRoundTrip = `
type roundTrip func(*http.Request) (*http.Response, error)

func (f roundTrip) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }
`

// e2eRecordValues is appended to the user tests that check the names a request carried:
// recordValues returns a middleware that appends each request's query and form values to
// *sent, leaving the body for the next round tripper.
const e2eRecordValues = `
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
`

// runE2E is the end-to-end test of a generated package the way a user has it: a module
// made by tempModule, gen client and gen mock for spec into its package id, and test (a
// user's _test.go, with IMPORT standing for the package's import path, e2eRoundTrip
// appended) run there with `go test -run run`.
func runE2E(t *testing.T, spec, modPath, id, name, test, run string) {
	t.Helper()
	mod, env := tempModule(t, t.TempDir(), modPath)
	pkg := generateInto(t, spec, mod, modPath, id)
	goTestIn(t, mod, env, pkg, name, strings.ReplaceAll(test, "IMPORT", modPath+"/"+id)+e2eRoundTrip, run)
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
