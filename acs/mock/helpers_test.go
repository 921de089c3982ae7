package mock

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/acsgen/acsgen/acs"
)

var testNow = time.Date(2023, 10, 26, 10, 22, 32, 0, time.UTC)

func newServer(t testing.TB, opts ...Option) *Server {
	t.Helper()
	s, err := New(allSpecs(), append([]Option{WithClock(func() time.Time { return testNow })}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// rpc builds an RPC request as the official SDK sends it: POST /, operation in headers,
// parameters in the query.
func rpc(action string, query url.Values) *http.Request {
	r := httptest.NewRequest("POST", "/?"+query.Encode(), nil)
	r.Host = "eiam.cn-hangzhou.aliyuncs.com"
	r.Header.Set("x-acs-action", action)
	r.Header.Set("x-acs-version", "2021-12-01")
	return r
}

func roa(method, path string, body any) *http.Request {
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	r := httptest.NewRequest(method, path, rd)
	r.Host = "rocketmq.cn-hangzhou.aliyuncs.com"
	if body != nil {
		r.Header.Set("Content-Type", "application/json; charset=utf-8")
	}
	return r
}

// answer is a decoded response.
type answer struct {
	status int
	header http.Header
	body   map[string]any
	raw    string
}

func do(t testing.TB, h http.Handler, r *http.Request) answer {
	t.Helper()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	a := answer{status: w.Code, header: w.Header(), raw: w.Body.String()}
	if w.Body.Len() > 0 {
		dec := json.NewDecoder(w.Body)
		dec.UseNumber()
		if err := dec.Decode(&a.body); err != nil {
			t.Fatalf("%s %s: response is not a JSON object: %v: %q", r.Method, r.URL, err, a.raw)
		}
	}
	return a
}

// code reads Code or code.
func (a answer) code() string {
	if c, ok := a.body["Code"].(string); ok {
		return c
	}
	c, _ := a.body["code"].(string)
	return c
}

func (a answer) str(path string) string {
	var cur any = a.body
	for _, p := range strings.Split(path, ".") {
		switch c := cur.(type) {
		case map[string]any:
			cur = c[p]
		case []any:
			var i int
			fmt.Sscan(p, &i)
			if i >= len(c) {
				return ""
			}
			cur = c[i]
		default:
			return ""
		}
	}
	return fmt.Sprint(cur)
}

// signV3 signs r the way the official SDK does (headers x-acs-*, host, content-type).
func signV3(r *http.Request, body []byte, ak, sk, nonce string) {
	r.Header.Set("x-acs-date", testNow.Format("2006-01-02T15:04:05Z"))
	r.Header.Set("x-acs-signature-nonce", nonce)
	r.Header.Set("x-acs-content-sha256", acs.HashPayload(body))
	authorizeV3(r, body, ak, sk)
}

// authorizeV3 sets r's V3 Authorization for the headers r has now (x-acs-*, host,
// content-type), its query and body.
func authorizeV3(r *http.Request, body []byte, ak, sk string) {
	var hs []acs.Pair
	for k, vs := range r.Header {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "x-acs-") || lk == "content-type" {
			for _, v := range vs {
				hs = append(hs, acs.Pair{Key: lk, Value: v})
			}
		}
	}
	hs = append(hs, acs.Pair{Key: "host", Value: r.Host})
	var qs []acs.Pair
	for k, vs := range r.URL.Query() {
		for _, v := range vs {
			qs = append(qs, acs.Pair{Key: k, Value: v})
		}
	}
	in := acs.SigningInput{Method: r.Method, URI: r.URL.EscapedPath(), Query: qs, Headers: hs, PayloadHash: acs.HashPayload(body)}
	r.Header.Set("Authorization", acs.SignV3(&in, ak, sk))
}
