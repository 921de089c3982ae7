package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/internal/goldentest"
	"github.com/acsgen/acsgen/opspec"
)

func runGen(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(context.Background(), stdio{out: &out, err: &errb}, args)
	return code, out.String(), errb.String()
}

// copyPages copies a committed page directory into dir/name.
func copyPages(t *testing.T, from, dir string) string {
	t.Helper()
	dst := filepath.Join(dir, filepath.Base(from))
	entries, err := os.ReadDir(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(from, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

func TestScrapeCLIDirectory(t *testing.T) {
	root := goldentest.ModuleRoot(t)
	tmp := t.TempDir()
	pages := copyPages(t, filepath.Join(root, "specs/eiam-developerapi/pages"), tmp)
	specs := filepath.Join(tmp, "specs")
	code, stdout, stderr := runGen("scrape", "--auth", "bearer", "--specs", specs, pages)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	out := filepath.Join(specs, "eiam-developerapi", "2022-02-25.yaml")
	if !strings.Contains(stdout, "eiam-developerapi/2022-02-25.yaml (47 operations") {
		t.Errorf("stdout %q", stdout)
	}
	// Warnings name the file and line.
	if !strings.Contains(stderr, filepath.ToSlash(filepath.Join(pages, "PatchUser.txt"))+":188: ") {
		t.Errorf("stderr lacks file:line warning:\n%s", stderr)
	}
	spec, err := opspec.LoadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if spec.Auth != opspec.AuthBearer || len(spec.Operations) != 47 {
		t.Errorf("auth %s, %d operations", spec.Auth, len(spec.Operations))
	}
	// Same bytes as the committed spec: output does not depend on where the pages live.
	got, _ := os.ReadFile(out)
	want, _ := os.ReadFile(filepath.Join(root, "specs/eiam-developerapi/2022-02-25.yaml"))
	if !bytes.Equal(got, want) {
		t.Error("output differs from the committed spec")
	}
}

func TestScrapeCLIOutputs(t *testing.T) {
	root := goldentest.ModuleRoot(t)
	page := filepath.Join(root, "specs/rocketmq/pages/CreateInstanceAccount.txt")
	code, stdout, stderr := runGen("scrape", "--product", "RocketMQ", "--version", "2022-08-01", "-o", "-", page)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil || doc["openapi"] == nil {
		t.Fatalf("stdout is not an OpenAPI JSON document: %v", err)
	}
	out := filepath.Join(t.TempDir(), "r.json")
	if code, _, stderr := runGen("scrape", "--product", "RocketMQ", "--version", "2022-08-01", "-o", out, page); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if _, err := opspec.LoadFile(out); err != nil {
		t.Fatal(err)
	}
}

func TestScrapeCLIErrors(t *testing.T) {
	root := goldentest.ModuleRoot(t)
	tmp := t.TempDir()
	empty := filepath.Join(tmp, "empty.txt")
	binary := filepath.Join(tmp, "bin.txt")
	os.WriteFile(empty, nil, 0o644)
	os.WriteFile(binary, []byte("\x00\x01\x02\xff\xfe binary"), 0o644)
	odd := filepath.Join(tmp, "page.pdf")
	os.WriteFile(odd, []byte("%PDF"), 0o644)
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"scrape"}, 2, "no page files"},
		{[]string{"scrape", "--style", "SOAP", "x"}, 2, "--style must be RPC or ROA"},
		{[]string{"scrape", "--auth", "magic", "x"}, 2, "--auth must be"},
		{[]string{"scrape", "--bogus"}, 2, "flag provided but not defined"},
		{[]string{"scrape", "--product", "P", "--version", "2020-01-01", empty}, 1, "empty.txt"},
		{[]string{"scrape", "--product", "P", "--version", "2020-01-01", binary}, 1, "bin.txt"},
		{[]string{"scrape", "--product", "P", "--version", "2020-01-01", odd}, 1, `no reader for ".pdf"`},
		{[]string{"scrape", filepath.Join(tmp, "missing")}, 1, "no such file"},
		{[]string{"scrape", "-o", "-", filepath.Join(root, "specs/rocketmq/pages"), filepath.Join(root, "specs/eiam-developerapi/pages")}, 1, "does not say its version (product rocketmq)"},
		{[]string{"scrape", "--version", "2020-01-01", "-o", "-", filepath.Join(root, "specs/rocketmq/pages"), filepath.Join(root, "specs/eiam/pages/CreateInstance.txt")}, 2, "-o writes one spec but the pages make 2"},
		{[]string{"scrape", filepath.Join(root, "specs/eiam/pages/CreateAuthorizationRule.txt")}, 1, "does not say its product and version"},
	}
	for _, c := range cases {
		code, _, stderr := runGen(c.args...)
		if code != c.code || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, want %d; stderr:\n%s", c.args[1:], code, c.code, stderr)
		}
		if strings.Contains(stderr, "panic") {
			t.Errorf("%v panicked", c.args)
		}
	}
}

// A page that fails is named and left out; the others are written; the exit status says a
// page failed (1), all read (0) or the command line is wrong (2).
func TestScrapeCLIPageFailure(t *testing.T) {
	dir := t.TempDir()
	good := "# GetThing\n\n## Request parameters\n\n|Parameter|Type|Required|Example|Description|\n|---|---|---|---|---|\n" +
		"|ThingId|String|Yes|t-1|Xxxx.|\n\n## Response parameters\n\n|Parameter|Type|Example|Description|\n|---|---|---|---|\n|RequestId|String|r-1|Xxxx.|\n"
	if err := os.WriteFile(filepath.Join(dir, "GetThing.md"), []byte(good), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "thing.json")
	args := []string{"scrape", "--product", "Thing", "--version", "2020-01-01", "-o", out, dir}
	if code, _, stderr := runGen(args...); code != 0 || !strings.Contains(stderr, "scrape: 1 pages read, 0 failed") {
		t.Fatalf("all pages read: exit %d\n%s", code, stderr)
	}
	if err := os.WriteFile(filepath.Join(dir, "Notes.md"), []byte("# Release notes\n\nXxxx.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Remove(out)
	code, _, stderr := runGen(args...)
	if code != 1 {
		t.Errorf("a page failed: exit %d, want 1", code)
	}
	for _, want := range []string{"Notes.md: not an API operation or overview page", "scrape: 1 pages read, 1 failed"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	spec, err := opspec.LoadFile(out)
	if err != nil || len(spec.Operations) != 1 {
		t.Errorf("the page that read is not written: %v", err)
	}
	if code, _, _ := runGen("scrape", "--strict"); code != 2 {
		t.Errorf("no paths: exit %d, want 2", code)
	}
}

// gen all writes the outputs of the pages that read, names the page that failed and exits 1;
// --strict also fails a page that guessed a field.
func TestAllPageFailure(t *testing.T) {
	dir := t.TempDir()
	pages := filepath.Join(dir, "pages")
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(pages, 0o755))
	good := "# GetThing\n\n## Request parameters\n\n|Parameter|Type|Required|Example|Description|\n|---|---|---|---|---|\n" +
		"|ThingId|String|Yes|t-1|Xxxx.|\n|Size|Fancy|No|3|Xxxx.|\n\n## Response parameters\n\n|Parameter|Type|Example|Description|\n|---|---|---|---|\n|RequestId|String|r-1|Xxxx.|\n"
	must(os.WriteFile(filepath.Join(pages, "GetThing.md"), []byte(good), 0o644))
	must(os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/thing\n\ngo 1.26\n"), 0o644))
	cfg := filepath.Join(dir, "acsgen.yaml")
	must(os.WriteFile(cfg, []byte("products:\n  - product: Thing\n    version: \"2020-01-01\"\n    style: RPC\n    pages: [pages]\n"), 0o644))
	if code, _, stderr := runGen("all", "-config", cfg); code != 0 || !strings.Contains(stderr, "scrape: 1 pages read, 0 failed; warnings: 0 drop, 1 guess") {
		t.Fatalf("all pages read: exit %d\n%s", code, stderr)
	}
	if code, _, stderr := runGen("all", "-config", cfg, "--check", "--strict"); code != 1 || !strings.Contains(stderr, "--strict makes them errors") {
		t.Errorf("--strict with a guess: exit %d, want 1\n%s", code, stderr)
	}
	must(os.WriteFile(filepath.Join(pages, "Notes.md"), []byte("# Release notes\n\nXxxx.\n"), 0o644))
	code, _, stderr := runGen("all", "-config", cfg, "--check")
	if code != 1 || !strings.Contains(stderr, "Notes.md: not an API operation") || !strings.Contains(stderr, "1 pages read, 1 failed") {
		t.Errorf("a page failed: exit %d, want 1\n%s", code, stderr)
	}
	spec, err := opspec.LoadFile(filepath.Join(dir, "specs", "thing", "2020-01-01.yaml"))
	if err != nil || len(spec.Operations) != 1 {
		t.Errorf("the spec of the page that read: %v", err)
	}
}
