package acs

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

var fixedNow = time.Date(2023, 10, 26, 10, 22, 32, 0, time.UTC)

const testNonce = "3156853299f313e23d1673dc12e1703d3156853299f313e23d1673dc12e1703d"

// recorded is one request as the server saw it.
type recorded struct {
	r    *http.Request
	body []byte
}

// testServer answers with the given handler and records every request.
func testServer(t *testing.T, h func(w http.ResponseWriter, r *http.Request, body []byte)) (*httptest.Server, func() []recorded) {
	t.Helper()
	var mu sync.Mutex
	var got []recorded
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		mu.Lock()
		got = append(got, recorded{r, body})
		mu.Unlock()
		h(w, r, body)
	}))
	t.Cleanup(srv.Close)
	return srv, func() []recorded { mu.Lock(); defer mu.Unlock(); return append([]recorded(nil), got...) }
}

func testClient(t *testing.T, endpoint string, mod func(*Options)) *Client {
	t.Helper()
	o := Options{
		Endpoint:    endpoint,
		Credentials: StaticCredentials("testid", "testsecret", ""),
		Now:         func() time.Time { return fixedNow },
		Nonce:       func() string { return testNonce },
		Getenv:      func(string) (string, bool) { return "", false },
		Retry:       RetryPolicy{Sleep: func(context.Context, time.Duration) error { return nil }},
	}
	if mod != nil {
		mod(&o)
	}
	c, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func lookupTest(id string) (string, bool) { return "testsecret", id == "testid" }

var opAddUsers = &Operation{Name: "AddUsersToGroup", Version: "2021-12-01", Product: "eiam", Style: RPC, Method: "POST", PathPattern: "/"}

func TestRPCWire(t *testing.T) {
	srv, got := testServer(t, func(w http.ResponseWriter, r *http.Request, body []byte) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"RequestId":"req-1"}`)
	})
	c := testClient(t, srv.URL, nil)
	type tag struct {
		Key   string  `json:"Key"`
		Value *string `json:"Value,omitempty"`
	}
	v := "v 1"
	var q Values
	q.Add("InstanceId", "idaas_abc")
	q.AddFlat("UserIds", []string{"user_1", "user 2"})
	q.AddFlat("Tag", []tag{{Key: "k1", Value: &v}, {Key: "k2"}})
	q.AddFlat("Absent", (*string)(nil))
	var form Values
	form.Add("ClientToken", "tok-1")
	var out struct{ RequestId string }
	if err := c.Do(context.Background(), opAddUsers, &Request{Query: q, Form: form}, &out); err != nil {
		t.Fatal(err)
	}
	if out.RequestId != "req-1" {
		t.Errorf("decoded %+v", out)
	}
	r := got()[0]
	if r.r.Method != "POST" || r.r.URL.Path != "/" {
		t.Errorf("request line %s %s", r.r.Method, r.r.URL.Path)
	}
	wantQuery := "InstanceId=idaas_abc&UserIds.1=user_1&UserIds.2=user%202&Tag.1.Key=k1&Tag.1.Value=v%201&Tag.2.Key=k2"
	if r.r.URL.RawQuery != wantQuery {
		t.Errorf("query\n%s\nwant\n%s", r.r.URL.RawQuery, wantQuery)
	}
	if string(r.body) != "ClientToken=tok-1" || r.r.Header.Get("Content-Type") != "application/x-www-form-urlencoded" {
		t.Errorf("form body %q (%s)", r.body, r.r.Header.Get("Content-Type"))
	}
	for k, want := range map[string]string{
		"x-acs-action": "AddUsersToGroup", "x-acs-version": "2021-12-01", "x-acs-date": "2023-10-26T10:22:32Z",
		"x-acs-signature-nonce": testNonce, "x-acs-content-sha256": HashPayload([]byte("ClientToken=tok-1")),
		"x-acs-credentials-provider": "static_ak", "accept": "application/json",
		"user-agent": "acsgen/" + RuntimeVersion + " (eiam/2021-12-01)",
	} {
		if g := r.r.Header.Get(k); g != want {
			t.Errorf("header %s = %q, want %q", k, g, want)
		}
	}
	if r.r.Host != strings.TrimPrefix(srv.URL, "http://") {
		t.Errorf("host %q", r.r.Host)
	}
	if !strings.Contains(r.r.Header.Get("Authorization"), "SignedHeaders=content-type;host;x-acs-action;x-acs-content-sha256;x-acs-credentials-provider;x-acs-date;x-acs-signature-nonce;x-acs-version,") {
		t.Errorf("authorization %s", r.r.Header.Get("Authorization"))
	}
	if err := VerifyV3(r.r, r.body, lookupTest); err != nil {
		t.Errorf("server-side verification: %v", err)
	}
}

func TestRPCNoParams(t *testing.T) {
	srv, got := testServer(t, func(w http.ResponseWriter, r *http.Request, body []byte) { fmt.Fprint(w, `{}`) })
	c := testClient(t, srv.URL, func(o *Options) { o.Credentials = StaticCredentials("testid", "testsecret", "sts-token") })
	if err := c.Do(context.Background(), opAddUsers, nil, nil); err != nil {
		t.Fatal(err)
	}
	r := got()[0]
	if r.r.URL.RawQuery != "" || len(r.body) != 0 || r.r.ContentLength != 0 || r.r.Header.Get("Content-Type") != "" {
		t.Errorf("query %q body %q length %d", r.r.URL.RawQuery, r.body, r.r.ContentLength)
	}
	if r.r.Header.Get("x-acs-security-token") != "sts-token" || r.r.Header.Get("x-acs-accesskey-id") != "testid" ||
		r.r.Header.Get("x-acs-credentials-provider") != "static_sts" {
		t.Errorf("STS headers missing: %v", r.r.Header)
	}
	if err := VerifyV3(r.r, r.body, lookupTest); err != nil {
		t.Errorf("verification: %v", err)
	}
}

var opCreateAccount = &Operation{Name: "CreateInstanceAccount", Version: "2022-08-01", Product: "RocketMQ", Style: ROA,
	Method: "POST", PathPattern: "/instances/{instanceId}/accounts", BodyType: BodyJSON}

func TestROAWire(t *testing.T) {
	srv, got := testServer(t, func(w http.ResponseWriter, r *http.Request, body []byte) {
		fmt.Fprint(w, `{"requestId":"r","success":true,"data":true}`)
	})
	c := testClient(t, srv.URL, nil)
	type body struct {
		Username *string `json:"username,omitempty"`
		Password *string `json:"password,omitempty"`
	}
	u := "u1"
	var q Values
	q.Add("pageSize", "10")
	req := &Request{Path: map[string]string{"instanceId": "rmq-cn/x y*"}, Query: q, Body: body{Username: &u}}
	var out struct {
		RequestID string `json:"requestId"`
		Data      bool   `json:"data"`
	}
	if err := c.Do(context.Background(), opCreateAccount, req, &out); err != nil {
		t.Fatal(err)
	}
	r := got()[0]
	if r.r.RequestURI != "/instances/rmq-cn%2Fx%20y%2A/accounts?pageSize=10" {
		t.Errorf("request URI %s", r.r.RequestURI)
	}
	if string(r.body) != `{"username":"u1"}` || r.r.Header.Get("Content-Type") != "application/json; charset=utf-8" {
		t.Errorf("body %s", r.body)
	}
	if err := VerifyV3(r.r, r.body, lookupTest); err != nil {
		t.Errorf("verification: %v", err)
	}
	// No body parameter set: {} is still sent.
	if err := c.Do(context.Background(), opCreateAccount, &Request{Path: map[string]string{"instanceId": "i"}}, nil); err != nil {
		t.Fatal(err)
	}
	if b := string(got()[1].body); b != "{}" {
		t.Errorf("empty body sent as %q", b)
	}
	// Missing and empty path parameters are caught before sending.
	for _, path := range []map[string]string{nil, {"instanceId": ""}} {
		err := c.Do(context.Background(), opCreateAccount, &Request{Path: path}, nil)
		if err == nil || !strings.Contains(err.Error(), `path parameter "instanceId"`) {
			t.Errorf("path %v: err %v", path, err)
		}
	}
	if len(got()) != 2 {
		t.Errorf("bad requests were sent")
	}
}

var opGetUser = &Operation{Name: "GetUser", Version: "2022-02-25", Product: "Eiam-developerapi", Style: ROA,
	Method: "GET", PathPattern: "/v2/{instanceId}/{applicationId}/users/{userId}", Auth: AuthBearer}

func TestBearerWire(t *testing.T) {
	srv, got := testServer(t, func(w http.ResponseWriter, r *http.Request, body []byte) { w.WriteHeader(204) })
	c := testClient(t, srv.URL, func(o *Options) {
		o.Credentials = ProviderFunc(func(context.Context) (Credentials, error) {
			return Credentials{}, errors.New("credentials must not be read for bearer operations")
		})
		o.BearerToken = func(context.Context) (string, error) { return "AT-option", nil }
	})
	path := map[string]string{"instanceId": "i", "applicationId": "a", "userId": "u"}
	var out struct{ UserID string }
	if err := c.Do(context.Background(), opGetUser, &Request{Path: path}, &out); err != nil {
		t.Fatal(err)
	}
	var hdr Values
	hdr.Add("Authorization", "Bearer AT-header")
	if err := c.Do(context.Background(), opGetUser, &Request{Path: path, Header: hdr}, nil); err != nil {
		t.Fatal(err)
	}
	rs := got()
	if a := rs[0].r.Header.Get("Authorization"); a != "Bearer AT-option" {
		t.Errorf("authorization from option %q", a)
	}
	if a := rs[1].r.Header.Get("Authorization"); a != "Bearer AT-header" {
		t.Errorf("authorization from header parameter %q", a)
	}
	for _, h := range []string{"x-acs-date", "x-acs-content-sha256", "x-acs-credentials-provider"} {
		if rs[0].r.Header.Get(h) != "" {
			t.Errorf("bearer request carries %s", h)
		}
	}
	if rs[0].r.Method != "GET" || rs[0].r.URL.Path != "/v2/i/a/users/u" || rs[0].r.Header.Get("x-acs-action") != "GetUser" {
		t.Errorf("request %s %s", rs[0].r.Method, rs[0].r.URL.Path)
	}
	// No token anywhere: a clear error, nothing sent.
	c2 := testClient(t, srv.URL, nil)
	err := c2.Do(context.Background(), opGetUser, &Request{Path: path}, nil)
	if err == nil || !strings.Contains(err.Error(), "bearer token") || len(got()) != 2 {
		t.Errorf("missing token: %v", err)
	}
}

func TestAnonymousWire(t *testing.T) {
	srv, got := testServer(t, func(w http.ResponseWriter, r *http.Request, body []byte) { fmt.Fprint(w, `{"access_token":"x"}`) })
	c := testClient(t, srv.URL, func(o *Options) { o.Credentials = nil })
	op := &Operation{Name: "GenerateToken", Version: "2022-02-25", Product: "Eiam-developerapi", Style: ROA, Method: "POST",
		PathPattern: "/v2/{instanceId}/{applicationId}/oauth2/token", Auth: AuthAnonymous}
	var q Values
	q.Add("grant_type", "client_credentials")
	if err := c.Do(context.Background(), op, &Request{Path: map[string]string{"instanceId": "i", "applicationId": "a"}, Query: q}, nil); err != nil {
		t.Fatal(err)
	}
	r := got()[0].r
	if r.Header.Get("Authorization") != "" || r.URL.RawQuery != "grant_type=client_credentials" {
		t.Errorf("anonymous request: %v %s", r.Header, r.URL.RawQuery)
	}
}

func TestSignatureV2Wire(t *testing.T) {
	srv, got := testServer(t, func(w http.ResponseWriter, r *http.Request, body []byte) { fmt.Fprint(w, `{}`) })
	c := testClient(t, srv.URL, func(o *Options) { o.SignatureVersion = SigningV2 })
	var q Values
	q.AddFlat("UserIds", []string{"a", "b c"})
	var f Values
	f.Add("ClientToken", "t")
	if err := c.Do(context.Background(), opAddUsers, &Request{Query: q, Form: f}, nil); err != nil {
		t.Fatal(err)
	}
	r := got()[0]
	qv := r.r.URL.Query()
	if qv.Get("Action") != "AddUsersToGroup" || qv.Get("Timestamp") != "2023-10-26T10:22:32Z" || qv.Get("UserIds.2") != "b c" {
		t.Errorf("query %s", r.r.URL.RawQuery)
	}
	if err := VerifyV2(r.r, r.body, lookupTest); err != nil {
		t.Errorf("V2 verification: %v", err)
	}
	if err := c.Do(context.Background(), opCreateAccount, &Request{Path: map[string]string{"instanceId": "i"}}, nil); err == nil {
		t.Error("V2 on an ROA operation was accepted")
	}
}

// TestNetworkErrorHidesSignedQuery: V2 signing puts Signature= and SecurityToken= in the
// query; a network error must not carry them (net/http's errors print the whole URL).
func TestNetworkErrorHidesSignedQuery(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	endpoint := srv.URL
	srv.Close() // nothing listens any more: every call fails on the network
	c := testClient(t, endpoint, func(o *Options) {
		o.SignatureVersion = SigningV2
		o.Credentials = StaticCredentials("testid", "testsecret", "STS.secrettoken")
		o.Retry.MaxAttempts = 1
	})
	var q Values
	q.Add("UserId", "u")
	err := c.Do(context.Background(), opAddUsers, &Request{Query: q}, nil)
	if err == nil {
		t.Fatal("call to a closed server succeeded")
	}
	msg := fmt.Sprintf("%v %+v %#v", err, err, err)
	for _, secret := range []string{"Signature", "STS.secrettoken", "SecurityToken", "testsecret"} {
		if strings.Contains(msg, secret) {
			t.Errorf("network error carries %q: %s", secret, msg)
		}
	}
}

// TestAttemptTimeoutRetried: with Options.Timeout, an attempt that times out is retried like
// a network error when the call is safe (a ClientToken), and is final when it is not; the
// caller's own cancellation is always final. The first attempt waits for its deadline, so
// nothing depends on the machine's speed.
func TestAttemptTimeoutRetried(t *testing.T) {
	var calls int
	transport := roundTripFunc(func(r *http.Request) (*http.Response, error) {
		calls++
		if calls == 1 {
			<-r.Context().Done()
			return nil, r.Context().Err()
		}
		return &http.Response{StatusCode: 200, Header: http.Header{"Content-Type": {"application/json"}},
			Body: io.NopCloser(strings.NewReader(`{}`)), Request: r}, nil
	})
	c := testClient(t, "http://example.invalid", func(o *Options) {
		o.Timeout = time.Millisecond
		o.HTTPClient = &http.Client{Transport: transport}
		o.Retry.MaxAttempts = 3
	})
	var f Values
	f.Add("ClientToken", "tok")
	resp, err := c.Call(context.Background(), opAddUsers, &Request{Form: f}, nil)
	if err != nil {
		t.Fatalf("safe call after an attempt timeout: %v (calls %d)", err, calls)
	}
	if calls != 2 || resp.Attempts != 2 {
		t.Errorf("calls %d, attempts %d, want 2", calls, resp.Attempts)
	}

	calls = 0
	if _, err := c.Call(context.Background(), opAddUsers, &Request{}, nil); err == nil || calls != 1 {
		t.Errorf("unsafe call after an attempt timeout: err %v, calls %d (want an error after 1)", err, calls)
	}

	calls = 0
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := c.Call(ctx, opAddUsers, &Request{Form: f}, nil); !errors.Is(err, context.Canceled) || calls > 1 {
		t.Errorf("cancelled caller: err %v, calls %d", err, calls)
	}
}

func TestHasCode(t *testing.T) {
	err := fmt.Errorf("wrapped: %w", &Error{Code: "EntityNotExists.Instance"})
	if !HasCode(err, "EntityNotExists.Instance") || HasCode(err, "Other") || HasCode(nil, "") || HasCode(errors.New("x"), "") {
		t.Error("HasCode")
	}
}
