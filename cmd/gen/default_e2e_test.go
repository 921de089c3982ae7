package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
)

// defaultPage is a hand-made Markdown page whose parameters state their defaults as pages
// do: a "Default value:" sentence (English) and a value marked （默认） in a list of valid
// values (Chinese). DEFAULT is replaced by the page size's default.
const defaultPage = `# ListThings

Lists things.

## Request parameters

|Parameter|Type|Required|Example|Description|
|---------|----|--------|-------|-----------|
|Action|String|Yes|ListThings|The operation.|
|PageSize|Integer|No|5|The number of entries per page. Default value: DEFAULT. Maximum value: 100.|
|ChargeType|String|No|PrePaid|计费方式。取值范围：<br>- PrePaid：包年包月。<br>- PostPaid（默认）：按量付费。|
|StartTime|String|No|2024-01-01|The start time. Default value: the current time.|

## Response parameters

|Parameter|Type|Example|Description|
|---------|----|-------|-----------|
|RequestId|String|r-1|The request ID.|
`

// TestDefaultEndToEnd: a page's stated defaults reach the spec as OpenAPI defaults that
// kin-openapi validates, the docs show them in a Default column, a default that is no value
// stays out (a note names it), and the differ fails a warning gate when a default changes.
func TestDefaultEndToEnd(t *testing.T) {
	dir := t.TempDir()
	write := func(name, pageSize string) string {
		d := filepath.Join(dir, name)
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(d, "ListThings.md"), []byte(strings.ReplaceAll(defaultPage, "DEFAULT", pageSize)), 0o644); err != nil {
			t.Fatal(err)
		}
		return d
	}
	oldPages, newPages := write("old", "10"), write("new", "20")
	pv := []string{"--product", "Demo", "--version", "2024-01-01", "--style", "RPC"}
	specs := filepath.Join(dir, "specs")
	code, _, stderr := runGen(append([]string{"scrape", "--specs", specs}, append(pv, oldPages)...)...)
	if code != 0 {
		t.Fatalf("scrape: exit %d\n%s", code, stderr)
	}
	if !strings.Contains(stderr, `StartTime: the default "the current time" is not a value`) {
		t.Errorf("no note names StartTime's default:\n%s", stderr)
	}
	file := filepath.Join(specs, "demo", "2024-01-01.yaml")
	doc, err := openapi3.NewLoader().LoadFromFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("the spec does not validate: %v", err)
	}
	got := map[string]any{}
	for _, pi := range doc.Paths.Map() {
		for _, p := range pi.Post.Parameters {
			got[p.Value.Name] = p.Value.Schema.Value.Default
		}
	}
	for name, want := range map[string]any{"PageSize": 10.0, "ChargeType": "PostPaid", "StartTime": nil} {
		if got[name] != want {
			t.Errorf("%s: default %#v, want %#v", name, got[name], want)
		}
	}

	out := filepath.Join(dir, "docs")
	if code, _, stderr := runGen("docs", "--specs", specs, "--out", out); code != 0 {
		t.Fatalf("docs: exit %d\n%s", code, stderr)
	}
	page, err := os.ReadFile(filepath.Join(out, "demo", "2024-01-01", "ListThings.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"| Default |", "| `10` |", "| `PostPaid` |"} {
		if !strings.Contains(string(page), want) {
			t.Errorf("the docs have no %q:\n%s", want, page)
		}
	}

	args := append([]string{"diff", oldPages, newPages}, pv...)
	code, stdout, _ := runGen(append(args, "--fail-on", "warning")...)
	if code != 1 || !strings.Contains(stdout, "PageSize changed default from 10 to 20") {
		t.Errorf("diff --fail-on warning: exit %d, want 1 and the changed default named:\n%s", code, stdout)
	}
	if code, _, _ := runGen(append(args, "--fail-on", "breaking")...); code != 0 {
		t.Errorf("diff --fail-on breaking: exit %d, want 0 (a changed default breaks no code)", code)
	}
}
