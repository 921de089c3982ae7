package mock

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/acsgen/acsgen/acs"
)

func TestSignatureV3(t *testing.T) {
	s := newServer(t, WithAccessKey("testid", "testsecret"))
	signed := func(nonce string) *httptest.ResponseRecorder {
		r := rpc("CreateInstance", url.Values{"Description": {"a b*c"}})
		signV3(r, nil, "testid", "testsecret", nonce)
		w := httptest.NewRecorder()
		s.ServeHTTP(w, r)
		return w
	}
	if w := signed("n1"); w.Code != 200 {
		t.Fatalf("good signature: %d %s", w.Code, w.Body)
	}
	if w := signed("n1"); w.Code != 400 || !strings.Contains(w.Body.String(), "SignatureNonceUsed") {
		t.Fatalf("nonce reuse: %d %s", w.Code, w.Body)
	}
	cases := []struct {
		name   string
		mutate func(r *http.Request)
		status int
		code   string
	}{
		{"unsigned", func(r *http.Request) { r.Header.Del("Authorization") }, 400, "IncompleteSignature"},
		{"wrong secret", func(r *http.Request) { signV3(r, nil, "testid", "nope", "n2") }, 400, "SignatureDoesNotMatch"},
		{"unknown key", func(r *http.Request) { signV3(r, nil, "who", "testsecret", "n3") }, 404, "InvalidAccessKeyId.NotFound"},
		{"tampered query", func(r *http.Request) {
			signV3(r, nil, "testid", "testsecret", "n4")
			r.URL.RawQuery = "Description=other"
		}, 400, "SignatureDoesNotMatch"},
		{"old date", func(r *http.Request) {
			signV3(r, nil, "testid", "testsecret", "n5")
			r.Header.Set("x-acs-date", testNow.Add(-20*time.Minute).Format("2006-01-02T15:04:05Z"))
			signAgain(r)
		}, 400, "InvalidTimeStamp.Expired"},
		{"bad date", func(r *http.Request) {
			signV3(r, nil, "testid", "testsecret", "n6")
			r.Header.Set("x-acs-date", "yesterday")
			signAgain(r)
		}, 400, "InvalidTimeStamp.Format"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := rpc("CreateInstance", url.Values{"Description": {"x"}})
			c.mutate(r)
			a := do(t, s, r)
			if a.status != c.status || a.code() != c.code {
				t.Fatalf("got %d %s, want %d %s: %s", a.status, a.code(), c.status, c.code, a.raw)
			}
			if strings.Contains(a.raw, "testsecret") {
				t.Fatal("secret in the answer")
			}
		})
	}
	// ROA with a JSON body and an escaped path parameter.
	body := []byte(`{"password":"xxx","username":"xxx"}`)
	r := httptest.NewRequest("POST", "/instances/rmq-cn-7e22ody%2A%2A%2A%2A/accounts", strings.NewReader(string(body)))
	r.Host = "rocketmq.cn-hangzhou.aliyuncs.com"
	r.Header.Set("Content-Type", "application/json; charset=utf-8")
	r.Header.Set("x-acs-action", "CreateInstanceAccount")
	r.Header.Set("x-acs-version", "2022-08-01")
	signV3(r, body, "testid", "testsecret", "roa-1")
	if a := do(t, s, r); a.status != 200 {
		t.Fatalf("ROA signed: %d %s", a.status, a.raw)
	}
	// --no-verify accepts anything
	off := newServer(t, WithAccessKey("testid", "testsecret"), WithSignatureCheck(false))
	if a := do(t, off, rpc("CreateInstance", nil)); a.status != 200 {
		t.Fatalf("verification off: %s", a.raw)
	}
}

// signAgain re-signs a request whose headers were changed after signing.
func signAgain(r *http.Request) { authorizeV3(r, nil, "testid", "testsecret") }

func TestSignatureV2(t *testing.T) {
	s := newServer(t, WithAccessKey("testid", "testsecret"))
	params := []acs.Pair{
		{Key: "AccessKeyId", Value: "testid"}, {Key: "Action", Value: "CreateInstance"}, {Key: "Format", Value: "JSON"},
		{Key: "SignatureMethod", Value: "HMAC-SHA1"}, {Key: "SignatureNonce", Value: "v2-nonce"},
		{Key: "SignatureVersion", Value: "1.0"}, {Key: "Timestamp", Value: testNow.Format("2006-01-02T15:04:05Z")},
		{Key: "Version", Value: "2021-12-01"}, {Key: "Description", Value: "v2 call"},
	}
	sig := acs.SignV2("GET", params, "testsecret")
	q := url.Values{}
	for _, p := range params {
		q.Set(p.Key, p.Value)
	}
	q.Set("Signature", sig)
	r := httptest.NewRequest("GET", "/?"+q.Encode(), nil)
	if a := do(t, s, r); a.status != 200 {
		t.Fatalf("V2: %d %s", a.status, a.raw)
	}
	q.Set("Signature", "AAAA")
	q.Set("SignatureNonce", "v2-other")
	if a := do(t, s, httptest.NewRequest("GET", "/?"+q.Encode(), nil)); a.code() != "SignatureDoesNotMatch" {
		t.Fatalf("bad V2: %s", a.raw)
	}
}
