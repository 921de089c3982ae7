// Hand-written end-to-end tests of the generated EIAM (RPC, AccessKey) client against an
// httptest server: wire format, signature, decoding, validation, typed errors, retries and
// cancellation. `gen client` never deletes this file (it has no generated header).
package eiam20211201

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"sync"
	"testing"
	"time"

	"github.com/acsgen/acsgen/acs"
)

// recorder is an httptest handler that records requests and replies from a script.
type recorder struct {
	mu      sync.Mutex
	reqs    []*http.Request
	bodies  [][]byte
	replies []reply
}

type reply struct {
	status int
	body   string
	header map[string]string
}

func (rec *recorder) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	rec.mu.Lock()
	rec.reqs = append(rec.reqs, r)
	rec.bodies = append(rec.bodies, body)
	rp := reply{status: 200, body: `{"RequestId":"req-1"}`}
	if n := len(rec.reqs); n <= len(rec.replies) {
		rp = rec.replies[n-1]
	} else if len(rec.replies) > 0 {
		rp = rec.replies[len(rec.replies)-1]
	}
	rec.mu.Unlock()
	for k, v := range rp.header {
		w.Header().Set(k, v)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(rp.status)
	io.WriteString(w, rp.body)
}

func (rec *recorder) count() int {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	return len(rec.reqs)
}

// newTestClient returns a client of srv with fixed credentials and an injected sleep.
func newTestClient(t *testing.T, srv *httptest.Server, sleeps *[]time.Duration) *Client {
	t.Helper()
	c, err := NewClient(
		WithEndpoint(srv.URL),
		WithCredentials(acs.StaticCredentials("testid", "testsecret", "")),
		WithRetry(acs.RetryPolicy{
			MaxAttempts: 3,
			Sleep: func(ctx context.Context, d time.Duration) error {
				*sleeps = append(*sleeps, d)
				return ctx.Err()
			},
			Rand: func() float64 { return 0 },
		}),
	)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestRPCWireFormat(t *testing.T) {
	rec := &recorder{replies: []reply{{status: 200, body: `{"RequestId":"req-1","AuthorizationRuleId":"arule_1"}`}}}
	srv := httptest.NewServer(rec)
	defer srv.Close()
	var sleeps []time.Duration
	c := newTestClient(t, srv, &sleeps)

	out, err := c.CreateAuthorizationRule(context.Background(), &CreateAuthorizationRuleRequest{
		InstanceId:                 "idaas_1",
		AuthorizationRuleName:      "rule one",
		ProjectId:                  "p@1",
		AuthorizationResourceScope: CreateAuthorizationRuleRequestAuthorizationResourceScopeGlobal,
	})
	if err != nil {
		t.Fatal(err)
	}
	if out.AuthorizationRuleId != "arule_1" || out.RequestId != "req-1" {
		t.Errorf("decoded %+v", out)
	}
	r := rec.reqs[0]
	if r.Method != "POST" || r.URL.Path != "/" {
		t.Errorf("got %s %s, want POST /", r.Method, r.URL.Path)
	}
	if got := r.Header.Get("x-acs-action"); got != "CreateAuthorizationRule" {
		t.Errorf("x-acs-action = %q", got)
	}
	if got := r.Header.Get("x-acs-version"); got != "2021-12-01" {
		t.Errorf("x-acs-version = %q", got)
	}
	q := r.URL.Query()
	for k, want := range map[string]string{"InstanceId": "idaas_1", "AuthorizationRuleName": "rule one", "ProjectId": "p@1", "AuthorizationResourceScope": "global"} {
		if got := q.Get(k); got != want {
			t.Errorf("query %s = %q, want %q", k, got, want)
		}
	}
	// RFC 3986 encoding on the wire: space as %20, @ as %40.
	if !regexp.MustCompile(`AuthorizationRuleName=rule%20one`).MatchString(r.URL.RawQuery) || !regexp.MustCompile(`ProjectId=p%401`).MatchString(r.URL.RawQuery) {
		t.Errorf("raw query %q is not RFC 3986 encoded", r.URL.RawQuery)
	}
	if q.Has("Action") || q.Has("Version") {
		t.Errorf("ACS3 RPC call carries Action/Version in the query: %q", r.URL.RawQuery)
	}
	if tok := q.Get("ClientToken"); !regexp.MustCompile(`^[0-9a-f]{32}$`).MatchString(tok) {
		t.Errorf("ClientToken = %q, want an auto-filled 32-hex token", tok)
	}
	if err := acs.VerifyV3(r, rec.bodies[0], func(id string) (string, bool) { return "testsecret", id == "testid" }); err != nil {
		t.Errorf("signature does not verify: %v (Authorization %q)", err, r.Header.Get("Authorization"))
	}
}

func TestRPCExplicitClientTokenAndNestedDecode(t *testing.T) {
	rec := &recorder{replies: []reply{{status: 200, body: `{"RequestId":"r","Instance":{"InstanceId":"idaas_1","Status":"running","CreateTime":"1700000000000","DefaultEndpoint":{"Endpoint":"x.aliyunidaas.com","Status":"resolved"},"EgressAddresses":["1.2.3.4"]}}`}}}
	srv := httptest.NewServer(rec)
	defer srv.Close()
	var sleeps []time.Duration
	c := newTestClient(t, srv, &sleeps)
	out, err := c.GetInstance(context.Background(), &GetInstanceRequest{InstanceId: "idaas_1"})
	if err != nil {
		t.Fatal(err)
	}
	in := out.Instance
	if in.InstanceId != "idaas_1" || in.Status != GetInstanceResponseInstanceStatusRunning || in.DefaultEndpoint.Endpoint != "x.aliyunidaas.com" ||
		len(in.EgressAddresses) != 1 || in.CreateTime != 1700000000000 {
		t.Errorf("decoded %+v", in)
	}

	if _, err := c.CreateAuthorizationRule(context.Background(), &CreateAuthorizationRuleRequest{
		InstanceId: "i", AuthorizationRuleName: "n", ProjectId: "p", ClientToken: "mine",
	}); err != nil {
		t.Fatal(err)
	}
	if got := rec.reqs[1].URL.Query().Get("ClientToken"); got != "mine" {
		t.Errorf("ClientToken = %q, want the caller's", got)
	}
}

func TestRPCValidationBeforeSending(t *testing.T) {
	rec := &recorder{}
	srv := httptest.NewServer(rec)
	defer srv.Close()
	var sleeps []time.Duration
	c := newTestClient(t, srv, &sleeps)

	_, err := c.GetInstance(context.Background(), &GetInstanceRequest{})
	var ve *ValidationError
	if !errors.As(err, &ve) || ve.Operation != "GetInstance" || ve.Field != "InstanceId" {
		t.Fatalf("missing InstanceId: %v", err)
	}
	_, err = c.GetInstance(context.Background(), nil)
	if !errors.As(err, &ve) {
		t.Fatalf("nil request: %v", err)
	}
	_, err = c.CreateAuthorizationRule(context.Background(), &CreateAuthorizationRuleRequest{
		InstanceId: "i", AuthorizationRuleName: "n", ProjectId: "p", AuthorizationResourceScope: "everywhere",
	})
	if !errors.As(err, &ve) || ve.Field != "AuthorizationResourceScope" {
		t.Fatalf("bad enum: %v", err)
	}
	if rec.count() != 0 {
		t.Errorf("%d requests reached the server", rec.count())
	}
}

func TestRPCTypedErrorAndRetries(t *testing.T) {
	rec := &recorder{replies: []reply{
		{status: 503, body: `{"Code":"ServiceUnavailable","Message":"busy","RequestId":"r1"}`},
		{status: 400, body: `{"Code":"Throttling.User","Message":"slow down","RequestId":"r2"}`, header: map[string]string{"x-acs-retry-after": "1500"}},
		{status: 404, body: `{"Code":"EntityNotExist.Instance","Message":"no such instance","RequestId":"r3"}`},
	}}
	srv := httptest.NewServer(rec)
	defer srv.Close()
	var sleeps []time.Duration
	c := newTestClient(t, srv, &sleeps)

	_, err := c.GetInstance(context.Background(), &GetInstanceRequest{InstanceId: "idaas_x"})
	var ae *acs.Error
	if !errors.As(err, &ae) {
		t.Fatalf("error %v (%T) is not *acs.Error", err, err)
	}
	if ae.StatusCode != 404 || ae.Code != "EntityNotExist.Instance" || ae.RequestID != "r3" || ae.Operation != "GetInstance" {
		t.Errorf("error fields %+v", ae)
	}
	if rec.count() != 3 {
		t.Errorf("%d attempts, want 3", rec.count())
	}
	// Attempt 1 → 2: computed backoff (base 200ms, jitter 0 → half); 2 → 3: the server's hint.
	want := []time.Duration{100 * time.Millisecond, 1500 * time.Millisecond}
	if len(sleeps) != 2 || sleeps[0] != want[0] || sleeps[1] != want[1] {
		t.Errorf("sleeps %v, want %v", sleeps, want)
	}
	// Each attempt is signed afresh: nonces differ.
	if rec.reqs[0].Header.Get("x-acs-signature-nonce") == rec.reqs[1].Header.Get("x-acs-signature-nonce") {
		t.Error("retry reused the nonce")
	}
}

func TestRPCCancellation(t *testing.T) {
	release := make(chan struct{})
	arrived := make(chan struct{}, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		arrived <- struct{}{}
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	var sleeps []time.Duration
	c := newTestClient(t, srv, &sleeps)
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-arrived // cancel once the request is in flight
		cancel()
	}()
	_, err := c.GetInstance(ctx, &GetInstanceRequest{InstanceId: "i"})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if len(sleeps) != 0 {
		t.Errorf("retried after cancellation: %v", sleeps)
	}

	// An already cancelled context sends nothing.
	rec := &recorder{}
	srv2 := httptest.NewServer(rec)
	defer srv2.Close()
	c2 := newTestClient(t, srv2, &sleeps)
	done, cancel2 := context.WithCancel(context.Background())
	cancel2()
	if _, err := c2.GetInstance(done, &GetInstanceRequest{InstanceId: "i"}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: %v", err)
	}
	if rec.count() != 0 {
		t.Errorf("cancelled context sent %d requests", rec.count())
	}
}

// The API interface lets callers substitute the client.
type fakeAPI struct{ API }

func (fakeAPI) GetInstance(ctx context.Context, req *GetInstanceRequest) (*GetInstanceResponse, error) {
	return &GetInstanceResponse{RequestId: "fake"}, nil
}

func TestAPISubstitutable(t *testing.T) {
	var api API = fakeAPI{}
	out, err := api.GetInstance(context.Background(), &GetInstanceRequest{InstanceId: "i"})
	if err != nil || out.RequestId != "fake" {
		t.Fatal(out, err)
	}
}

// TestResponseMetadata: a generated call's status, attempts and request ID are reachable
// through acs.WithResponse, on success and on an error reply, without changing the method.
func TestResponseMetadata(t *testing.T) {
	rec := &recorder{replies: []reply{
		{status: 503, body: `{"Code":"ServiceUnavailable","Message":"busy","RequestId":"req-503"}`},
		{status: 200, body: `{"RequestId":"req-body"}`, header: map[string]string{"x-acs-request-id": "req-header"}},
		{status: 200, body: `{"RequestId":"req-body-only"}`},
		{status: 404, body: `{"Code":"EntityNotExists.Instance","Message":"no such instance","RequestId":"req-404"}`},
	}}
	srv := httptest.NewServer(rec)
	defer srv.Close()
	var sleeps []time.Duration
	c := newTestClient(t, srv, &sleeps)

	// The first call is answered 503, then 200: the runtime retries it.
	var meta acs.Response
	if _, err := c.GetInstance(acs.WithResponse(context.Background(), &meta), &GetInstanceRequest{InstanceId: "i-1"}); err != nil {
		t.Fatal(err)
	}
	if meta.StatusCode != 200 || meta.Attempts != 2 || meta.RequestID() != "req-header" {
		t.Errorf("success: status %d, attempts %d, request ID %q; want 200, 2, req-header", meta.StatusCode, meta.Attempts, meta.RequestID())
	}

	meta = acs.Response{}
	if _, err := c.GetInstance(acs.WithResponse(context.Background(), &meta), &GetInstanceRequest{InstanceId: "i-1"}); err != nil {
		t.Fatal(err)
	}
	if meta.RequestID() != "req-body-only" || meta.Attempts != 1 {
		t.Errorf("request ID from the body: %q, attempts %d", meta.RequestID(), meta.Attempts)
	}

	meta = acs.Response{}
	_, err := c.GetInstance(acs.WithResponse(context.Background(), &meta), &GetInstanceRequest{InstanceId: "i-1"})
	if !acs.HasCode(err, "EntityNotExists.Instance") {
		t.Fatalf("error %v, want code EntityNotExists.Instance", err)
	}
	if meta.StatusCode != 404 || meta.Attempts != 1 || meta.RequestID() != "req-404" {
		t.Errorf("error reply: status %d, attempts %d, request ID %q; want 404, 1, req-404", meta.StatusCode, meta.Attempts, meta.RequestID())
	}

	// A validation error (no answer) records nothing.
	meta = acs.Response{}
	if _, err := c.GetInstance(acs.WithResponse(context.Background(), &meta), &GetInstanceRequest{}); err == nil || meta.StatusCode != 0 {
		t.Errorf("validation error: err %v, status %d", err, meta.StatusCode)
	}
}
