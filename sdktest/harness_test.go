package sdktest

import (
	"errors"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/acsgen/acsgen/acs"
	"github.com/acsgen/acsgen/acs/mock"
	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape"
	"github.com/acsgen/acsgen/scrape/page"
	"github.com/alibabacloud-go/tea/tea"
)

// The harness: a spec scraped in process from the real pages of the operations a scenario
// calls (../shared/corpus/products) or read from the official metadata
// (../shared/corpus/metadata), served by acs/mock behind net/http's server on a loopback
// port, signature checking on or off; the official SDK clients point at it over HTTP.

const (
	testID     = "testid"
	testSecret = "testsecret"
)

// repoRoot is the acsgen checkout this module sits in (sdktest/..): go test runs in the
// package directory.
func repoRoot(t testing.TB) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Dir(wd)
}

// shared is a path under ../shared beside the checkout; the test skips where it is absent
// (../shared is not part of every checkout).
func shared(t testing.TB, elem ...string) string {
	t.Helper()
	p := filepath.Join(append([]string{filepath.Dir(repoRoot(t)), "shared"}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s is not available (../shared is not part of this checkout): %v", p, err)
	}
	return p
}

// source is where a scenario's spec comes from.
type source struct {
	name string // "pages" or "metadata"
	load func(t testing.TB) *opspec.Spec
}

// product names one product version of the corpus.
type product struct {
	code, version string
	dir           string // folder name under corpus/products and corpus/metadata
}

var (
	ecsProduct = product{"Ecs", "2014-05-26", "ecs"}
	kmsProduct = product{"Kms", "2016-01-20", "kms"}
	vpcProduct = product{"Vpc", "2016-04-28", "vpc"}
)

// specCache keeps each spec read once per test binary: metadata files are large and the
// mock does not change a spec it serves.
var specCache sync.Map // key string → *cached

type cached struct {
	once sync.Once
	spec *opspec.Spec
	err  error
	warn []string
}

func cachedSpec(key string, build func() (*opspec.Spec, []string, error)) *cached {
	v, _ := specCache.LoadOrStore(key, &cached{})
	c := v.(*cached)
	c.once.Do(func() { c.spec, c.warn, c.err = build() })
	return c
}

// fromPages scrapes the English pages of ops, each page in process as `gen scrape` does.
func (p product) fromPages(ops ...string) source {
	return source{name: "pages", load: func(t testing.TB) *opspec.Spec {
		t.Helper()
		dir := shared(t, "corpus", "products", p.dir, "en")
		c := cachedSpec("pages:"+p.dir+":"+strings.Join(ops, ","), func() (*opspec.Spec, []string, error) {
			var warns []string
			s := scrape.New(scrape.Options{Product: p.code, Version: p.version}, func(w page.Warning) {
				warns = append(warns, w.String())
			})
			for _, op := range ops {
				if err := s.AddPath(filepath.Join(dir, op+".md")); err != nil {
					return nil, warns, err
				}
			}
			sp, _, err := one(s.Specs())
			return sp, warns, err
		})
		return c.get(t, ops)
	}}
}

// fromMetadata reads the product's official api-docs.json.
func (p product) fromMetadata(ops ...string) source {
	return source{name: "metadata", load: func(t testing.TB) *opspec.Spec {
		t.Helper()
		file := shared(t, "corpus", "metadata", p.dir, p.version, "api-docs.json")
		c := cachedSpec("metadata:"+p.dir, func() (*opspec.Spec, []string, error) {
			s := scrape.New(scrape.Options{}, nil)
			if err := s.AddPath(file); err != nil {
				return nil, nil, err
			}
			return one(s.Specs())
		})
		return c.get(t, ops)
	}}
}

func one(specs []*opspec.Spec, err error) (*opspec.Spec, []string, error) {
	if err != nil {
		return nil, nil, err
	}
	if len(specs) != 1 {
		return nil, nil, fmt.Errorf("%d specs, want 1", len(specs))
	}
	return specs[0], nil, nil
}

func (c *cached) get(t testing.TB, ops []string) *opspec.Spec {
	t.Helper()
	if c.err != nil {
		t.Fatalf("reading the spec: %v", c.err)
	}
	if len(c.warn) > 0 {
		t.Logf("%d scrape warnings, the first: %s", len(c.warn), c.warn[0])
	}
	for _, op := range ops {
		if c.spec.Operation(op) == nil {
			t.Fatalf("the spec has no operation %s", op)
		}
	}
	return c.spec
}

// serve runs the mock of spec on a loopback port (net/http's server, as gen serve) with the
// test AccessKey; sig turns signature checking on or off. It returns the host:port the
// official SDKs take as their endpoint.
func serve(t testing.TB, spec *opspec.Spec, sig bool, opts ...mock.Option) (string, *mock.Server) {
	t.Helper()
	opts = append([]mock.Option{mock.WithAccessKey(testID, testSecret), mock.WithSignatureCheck(sig)}, opts...)
	srv, err := mock.New([]*opspec.Spec{spec}, opts...)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return strings.TrimPrefix(ts.URL, "http://"), srv
}

// errCode reads the code and HTTP status of an error decoded by an official SDK
// (*tea.SDKError) or by our runtime (*acs.Error).
func errCode(err error) (code string, status int, ok bool) {
	var se *tea.SDKError
	if errors.As(err, &se) {
		return tea.StringValue(se.Code), tea.IntValue(se.StatusCode), true
	}
	var ae *acs.Error
	if errors.As(err, &ae) {
		return ae.Code, ae.StatusCode, true
	}
	return "", 0, false
}

// errText says what an error is without what varies from run to run (request IDs, ports):
// the decoded error's code and status, or our own message.
func errText(err error) string {
	if code, status, ok := errCode(err); ok {
		return fmt.Sprintf("%s (HTTP %d)", code, status)
	}
	return err.Error()
}

// wantErrorCode checks that err is a decoded service error with the code.
func wantErrorCode(err error, code string) error {
	if err == nil {
		return fmt.Errorf("no error, want %s", code)
	}
	got, status, ok := errCode(err)
	if !ok {
		return fmt.Errorf("error %T is not a decoded service error: %v", err, err)
	}
	if got != code {
		return fmt.Errorf("code %s (HTTP %d), want %s", got, status, code)
	}
	return nil
}

// wantNotFound checks that err is a decoded service error that says a thing is not there:
// HTTP 404, or a code naming not-found.
func wantNotFound(err error) error {
	if err == nil {
		return errors.New("no error, want a not-found error")
	}
	code, status, ok := errCode(err)
	if !ok {
		return fmt.Errorf("error %T is not a decoded service error: %v", err, err)
	}
	low := strings.ToLower(code)
	for _, w := range []string{"notfound", "notexist", "not.exist", "not.found"} {
		if strings.Contains(low, w) {
			return nil
		}
	}
	if status == 404 {
		return nil
	}
	return fmt.Errorf("code %s (HTTP %d) does not say not found", code, status)
}

// wantAlreadyExists checks that err is a decoded service error that says the thing exists
// already: HTTP 409, or a code naming existence or a duplicate.
func wantAlreadyExists(err error) error {
	if err == nil {
		return errors.New("no error, want an already-exists error")
	}
	code, status, ok := errCode(err)
	if !ok {
		return fmt.Errorf("error %T is not a decoded service error: %v", err, err)
	}
	low := strings.ToLower(code)
	if status == 409 || strings.Contains(low, "duplicate") || (strings.Contains(low, "exist") && !strings.Contains(low, "notexist") && !strings.Contains(low, "not.exist")) {
		return nil
	}
	return fmt.Errorf("code %s (HTTP %d) does not say already exists", code, status)
}
