package mock

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
)

// TestResponseHeadersOverHTTP: a successful answer carries the documented response
// headers, over real HTTP, with their examples where the example fits the type and
// generated values elsewhere; the headers the server writes itself (Content-Type,
// Content-Length, the request ID) keep the mock's values, and an error answer carries none.
func TestResponseHeadersOverHTTP(t *testing.T) {
	str := func(ex string) *opspec.Schema { return &opspec.Schema{Type: "string", Example: ex} }
	spec := &opspec.Spec{Product: "Thing", Version: "2020-01-01", Style: opspec.ROA, Auth: opspec.AuthAnonymous,
		Operations: []*opspec.Operation{{
			Name: "GetThing", Style: opspec.ROA, Method: "GET", Path: "/things/{ThingId}",
			Params:   []*opspec.Param{{Name: "ThingId", In: opspec.InPath, Required: true, Schema: str("t-1")}},
			Response: &opspec.Schema{Type: "object", Properties: []*opspec.Property{{Name: "requestId", Schema: str("r-1")}}},
			ResponseHeaders: []*opspec.Header{
				{Name: "x-oss-request-id", Schema: str("5C06A3B67B8B5A3DA422299D")},
				{Name: "ETag", Schema: str(`"5B3C1A2E053D"`)},
				{Name: "X-Total-Count", Schema: &opspec.Schema{Type: "integer", Example: "ten"}}, // not an integer: generated
				{Name: "Content-Type", Schema: str("application/xml")},
				{Name: "Content-Length", Schema: str("1024")},
				{Name: "x-acs-request-id", Schema: str("fixed")},
				{Name: "X-Bad", Schema: str("a\r\nInjected: yes")},
			},
		}},
	}
	s, err := New([]*opspec.Spec{spec}, WithSignatureCheck(false))
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	get := func(path string) (*http.Response, string) {
		r, err := http.NewRequest("GET", ts.URL+path, nil)
		if err != nil {
			t.Fatal(err)
		}
		r.Header.Set("x-acs-version", "2020-01-01")
		resp, err := http.DefaultClient.Do(r)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, string(b)
	}
	resp, body := get("/things/t-1")
	if resp.StatusCode != 200 {
		t.Fatalf("status %d: %s", resp.StatusCode, body)
	}
	for name, want := range map[string]string{
		"x-oss-request-id": "5C06A3B67B8B5A3DA422299D",
		"ETag":             `"5B3C1A2E053D"`,
		"Content-Type":     "application/json;charset=utf-8",
	} {
		if got := resp.Header.Get(name); got != want {
			t.Errorf("header %s = %q, want %q", name, got, want)
		}
	}
	if n := resp.Header.Get("X-Total-Count"); n == "" || strings.Trim(n, "0123456789") != "" {
		t.Errorf("X-Total-Count = %q, want a generated integer", n)
	}
	if id := resp.Header.Get("x-acs-request-id"); id == "fixed" || !strings.Contains(body, id) {
		t.Errorf("x-acs-request-id %q is not the answer's request ID: %s", id, body)
	}
	if resp.Header.Get("Injected") != "" || resp.Header.Get("X-Bad") != "" {
		t.Errorf("a header value with a line break was sent: %v", resp.Header)
	}
	if resp.ContentLength != int64(len(body)) {
		t.Errorf("Content-Length %d, body %d bytes", resp.ContentLength, len(body))
	}
	resp, body = get("/things")
	if resp.StatusCode < 400 || resp.Header.Get("ETag") != "" {
		t.Errorf("an unknown path: status %d, ETag %q: %s", resp.StatusCode, resp.Header.Get("ETag"), body)
	}
}
