// Hand-written end-to-end tests of the generated RocketMQ (ROA, AccessKey) client against an
// httptest server: path encoding, JSON body, signature, lowercase error envelopes, retries.
package rocketmq20220801

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/acsgen/acsgen/acs"
)

type call struct {
	r    *http.Request
	body []byte
}

func server(t *testing.T, replies ...func(w http.ResponseWriter)) (*httptest.Server, *[]call) {
	var mu sync.Mutex
	var calls []call
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		mu.Lock()
		calls = append(calls, call{r, body})
		n := len(calls)
		mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		if n <= len(replies) {
			replies[n-1](w)
			return
		}
		io.WriteString(w, `{"requestId":"ok","success":true,"data":true}`)
	}))
	t.Cleanup(srv.Close)
	return srv, &calls
}

func reply(status int, body string) func(w http.ResponseWriter) {
	return func(w http.ResponseWriter) { w.WriteHeader(status); io.WriteString(w, body) }
}

func client(t *testing.T, srv *httptest.Server, sleeps *[]time.Duration) *Client {
	c, err := NewClient(WithEndpoint(srv.URL), WithCredentials(acs.StaticCredentials("testid", "testsecret", "")),
		WithRetry(acs.RetryPolicy{Sleep: func(ctx context.Context, d time.Duration) error { *sleeps = append(*sleeps, d); return nil }, Rand: func() float64 { return 0 }}))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestROAWireFormat(t *testing.T) {
	srv, calls := server(t)
	var sleeps []time.Duration
	c := client(t, srv, &sleeps)
	out, err := c.CreateInstanceAccount(context.Background(), &CreateInstanceAccountRequest{
		InstanceId: "rmq-cn/test 1", Username: "u1", Password: "p@ss",
	})
	if err != nil {
		t.Fatal(err)
	}
	if !out.Success || !out.Data || out.RequestId != "ok" {
		t.Errorf("decoded %+v", out)
	}
	r, body := (*calls)[0].r, (*calls)[0].body
	if r.Method != "POST" || r.URL.EscapedPath() != "/instances/rmq-cn%2Ftest%201/accounts" {
		t.Errorf("got %s %s", r.Method, r.URL.EscapedPath())
	}
	var got map[string]any
	if err := json.Unmarshal(body, &got); err != nil {
		t.Fatalf("body %q: %v", body, err)
	}
	if len(got) != 2 || got["username"] != "u1" || got["password"] != "p@ss" {
		t.Errorf("JSON body %s: want exactly username and password (path parameters stay out)", body)
	}
	if ct := r.Header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
		t.Errorf("content-type %q", ct)
	}
	if r.Header.Get("x-acs-action") != "CreateInstanceAccount" || r.Header.Get("x-acs-version") != "2022-08-01" {
		t.Errorf("action/version headers %v", r.Header)
	}
	if err := acs.VerifyV3(r, body, func(id string) (string, bool) { return "testsecret", id == "testid" }); err != nil {
		t.Errorf("signature: %v", err)
	}
}

func TestROAValidation(t *testing.T) {
	srv, calls := server(t)
	var sleeps []time.Duration
	c := client(t, srv, &sleeps)
	_, err := c.CreateInstanceAccount(context.Background(), &CreateInstanceAccountRequest{InstanceId: "i", Username: "u"})
	var ve *ValidationError
	if !errors.As(err, &ve) || ve.Field != "password" || ve.Operation != "CreateInstanceAccount" {
		t.Fatalf("err %v", err)
	}
	if len(*calls) != 0 {
		t.Error("invalid request was sent")
	}
}

func TestROAErrorsAndRetries(t *testing.T) {
	// 503 is retried even for a POST; 500 is not (the POST may have taken effect).
	srv, calls := server(t,
		reply(503, `{"code":"ServiceUnavailable","message":"later","requestId":"r1"}`),
		reply(500, `{"code":"InternalError","message":"boom","requestId":"r2"}`),
	)
	var sleeps []time.Duration
	c := client(t, srv, &sleeps)
	_, err := c.CreateInstanceAccount(context.Background(), &CreateInstanceAccountRequest{InstanceId: "i", Username: "u", Password: "p"})
	var ae *acs.Error
	if !errors.As(err, &ae) || ae.StatusCode != 500 || ae.Code != "InternalError" || ae.RequestID != "r2" || ae.Message != "boom" {
		t.Fatalf("err %v (%+v)", err, ae)
	}
	if len(*calls) != 2 || len(sleeps) != 1 || sleeps[0] != 100*time.Millisecond {
		t.Errorf("%d calls, sleeps %v; want 2 calls and one 100ms backoff", len(*calls), sleeps)
	}
}
