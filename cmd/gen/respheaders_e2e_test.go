package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/acsgen/acsgen/acs/mock"
	"github.com/acsgen/acsgen/opspec"
)

// respHeadersPage is a Markdown page of an operation without parameters whose response
// headers (the rows given) are a section of their own.
func respHeadersPage(headers string) string {
	return "# GetThing\n\nGets the thing.\n\n## Request syntax\n\n    GET /thing HTTP/1.1\n\n" +
		"## Response parameters\n\n| Name | Type | Example | Description |\n| --- | --- | --- | --- |\n" +
		"| RequestId | String | r-1 | The request ID. |\n\n" +
		"## Response headers\n\n| Name | Type | Example | Description |\n| --- | --- | --- | --- |\n" + headers
}

// TestResponseHeadersEndToEnd: the response headers of a page reach every output: the
// spec file (responses.200.headers, valid for kin-openapi, loaded back), the mock over
// real HTTP, the Markdown docs, and the diff, which fails --fail-on breaking when a
// newer page no longer documents one.
func TestResponseHeadersEndToEnd(t *testing.T) {
	tmp := t.TempDir()
	write := func(dir, headers string) string {
		d := filepath.Join(tmp, dir)
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(d, "GetThing.md"), []byte(respHeadersPage(headers)), 0o644); err != nil {
			t.Fatal(err)
		}
		return d
	}
	old := write("old", "| x-oss-request-id | String | 5C06A3B67B8B5A3DA422299D | The request ID. |\n| ETag | String | 5B3C1A2E053D | The entity tag. |\n")
	cur := write("new", "| x-oss-request-id | String | 5C06A3B67B8B5A3DA422299D | The request ID. |\n")
	pv := []string{"--product", "Thing", "--version", "2020-01-01"}

	specFile := filepath.Join(tmp, "thing.yaml")
	code, _, stderr := runGen(append([]string{"scrape", "-o", specFile}, append(pv, old)...)...)
	if code != 0 {
		t.Fatalf("scrape: exit %d\n%s", code, stderr)
	}
	if strings.Contains(stderr, "ETag") {
		t.Errorf("scrape warns about a response header:\n%s", stderr)
	}
	doc, err := openapi3.NewLoader().LoadFromFile(specFile)
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Errorf("kin-openapi: %v", err)
	}
	hs := doc.Paths.Value("/thing").Get.Responses.Status(200).Value.Headers
	if hs["ETag"] == nil || hs["x-oss-request-id"] == nil || hs["ETag"].Value.Description != "The entity tag." {
		t.Errorf("responses.200.headers: %v", hs)
	}
	spec, err := opspec.LoadFile(specFile)
	if err != nil {
		t.Fatal(err)
	}

	srv, err := mock.New([]*opspec.Spec{spec}, mock.WithSignatureCheck(false))
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	req, _ := http.NewRequest("GET", ts.URL+"/thing", nil)
	req.Header.Set("x-acs-version", "2020-01-01")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.Header.Get("ETag") != "5B3C1A2E053D" || resp.Header.Get("x-oss-request-id") != "5C06A3B67B8B5A3DA422299D" {
		t.Errorf("mock: status %d, headers %v", resp.StatusCode, resp.Header)
	}

	out := filepath.Join(tmp, "docs")
	if code, _, stderr := runGen("docs", "--out", out, "--spec", specFile); code != 0 {
		t.Fatalf("docs: exit %d\n%s", code, stderr)
	}
	page, err := os.ReadFile(filepath.Join(out, "thing", "2020-01-01", "GetThing.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page), "### Response headers") || !strings.Contains(string(page), "| `ETag` | string | The entity tag. | `5B3C1A2E053D` |") {
		t.Errorf("docs page lacks the response headers:\n%s", page)
	}

	code, stdout, _ := runGen(append([]string{"diff", "--format", "json", "--fail-on", "breaking", old, cur}, pv...)...)
	if code != 1 {
		t.Errorf("diff --fail-on breaking of a removed response header: exit %d, want 1", code)
	}
	if ids := reportIDs(t, stdout); strings.Join(ids, ",") != "response-header-removed" {
		t.Errorf("diff IDs %v, want response-header-removed", ids)
	}
	if code, _, _ := runGen(append([]string{"diff", "--fail-on", "breaking", cur, old}, pv...)...); code != 0 {
		t.Errorf("diff --fail-on breaking of an added response header: exit %d, want 0", code)
	}
}
