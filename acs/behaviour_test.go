package acs

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestErrorEnvelopes(t *testing.T) {
	cases := []struct {
		name, ctype, body string
		status            int
		code, msg, reqID  string
		notJSON           bool
		wantInError       string
	}{
		{"rpc", "application/json", `{"RequestId":"R1","HostId":"eiam.cn-hangzhou.aliyuncs.com","Code":"EntityNotExists.User","Message":"no such user","Recommend":"https://api.aliyun.com/troubleshoot?q=x"}`,
			404, "EntityNotExists.User", "no such user", "R1", false, "HTTP 404 EntityNotExists.User: no such user (RequestId R1)"},
		{"roa", "application/json", `{"requestId":"R2","code":"Instance.NotFound","message":"gone","success":false}`,
			400, "Instance.NotFound", "gone", "R2", false, "Instance.NotFound"},
		{"xml", "text/xml;charset=utf-8", `<?xml version="1.0"?><Error><RequestId>R3</RequestId><Code>Forbidden.RAM</Code><Message>denied</Message></Error>`,
			403, "Forbidden.RAM", "denied", "R3", false, "Forbidden.RAM"},
		{"html", "text/html", "<html><body>" + strings.Repeat("Bad Gateway ", 100) + "</body></html>",
			502, "", "", "", true, "not a JSON error envelope (content-type text/html)"},
		{"broken json", "application/json", `{"Code": `, 500, "", "", "", true, "not a JSON error envelope"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv, _ := testServer(t, func(w http.ResponseWriter, r *http.Request, body []byte) {
				w.Header().Set("Content-Type", tc.ctype)
				w.WriteHeader(tc.status)
				fmt.Fprint(w, tc.body)
			})
			c := testClient(t, srv.URL, func(o *Options) { o.Retry.MaxAttempts = 1 })
			err := c.Do(context.Background(), opAddUsers, nil, nil)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %T %v is not *acs.Error", err, err)
			}
			if e.StatusCode != tc.status || e.Code != tc.code || e.Message != tc.msg || e.RequestID != tc.reqID || e.NotJSON != tc.notJSON {
				t.Errorf("got %+v", e)
			}
			if !strings.Contains(e.Error(), tc.wantInError) || !strings.Contains(e.Error(), "AddUsersToGroup") {
				t.Errorf("message %q lacks %q", e.Error(), tc.wantInError)
			}
			if len(e.Error()) > 400 {
				t.Errorf("error message is not bounded: %d bytes", len(e.Error()))
			}
			if tc.name == "rpc" && (e.HostID != "eiam.cn-hangzhou.aliyuncs.com" || e.Recommend == "") {
				t.Errorf("HostId/Recommend not decoded: %+v", e)
			}
		})
	}
}

func TestRetryThrottlingSchedule(t *testing.T) {
	n := 0
	srv, got := testServer(t, func(w http.ResponseWriter, r *http.Request, body []byte) {
		n++
		switch n {
		case 1:
			w.Header().Set("x-ratelimit-user", "Limit:1,Remain:0,TimeLeft:1500,Reset:1")
			w.WriteHeader(400)
			fmt.Fprint(w, `{"Code":"Throttling.User","Message":"flow control","RequestId":"a"}`)
		case 2:
			w.WriteHeader(503)
			fmt.Fprint(w, `{"Code":"ServiceUnavailable","Message":"try later"}`)
		default:
			fmt.Fprint(w, `{"RequestId":"ok"}`)
		}
	})
	var waits []time.Duration
	nonces := 0
	c := testClient(t, srv.URL, func(o *Options) {
		o.Retry = RetryPolicy{
			MaxAttempts: 3, BaseDelay: 100 * time.Millisecond,
			Sleep: func(_ context.Context, d time.Duration) error { waits = append(waits, d); return nil },
			Rand:  func() float64 { return 0.5 },
		}
		o.Nonce = func() string { nonces++; return fmt.Sprintf("%064d", nonces) }
	})
	resp, err := c.Call(context.Background(), opAddUsers, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if resp.Attempts != 3 || len(got()) != 3 {
		t.Errorf("attempts %d, requests %d", resp.Attempts, len(got()))
	}
	// Server hint 1500ms honoured; then 100ms·2 with equal jitter at 0.5: 100 + 50.
	want := []time.Duration{1500 * time.Millisecond, 150 * time.Millisecond}
	if fmt.Sprint(waits) != fmt.Sprint(want) {
		t.Errorf("waits %v, want %v", waits, want)
	}
	seen := map[string]bool{}
	for _, r := range got() {
		seen[r.r.Header.Get("x-acs-signature-nonce")] = true
		if err := VerifyV3(r.r, r.body, lookupTest); err != nil {
			t.Errorf("retry not re-signed: %v", err)
		}
	}
	if len(seen) != 3 {
		t.Errorf("nonces reused across attempts: %v", seen)
	}
}

func TestRetryGivesUpAndCaps(t *testing.T) {
	srv, got := testServer(t, func(w http.ResponseWriter, r *http.Request, body []byte) {
		w.Header().Set("x-acs-retry-after", "3600000")
		w.WriteHeader(429)
		fmt.Fprint(w, `{"code":"Throttling","message":"slow down"}`)
	})
	var waits []time.Duration
	c := testClient(t, srv.URL, func(o *Options) {
		o.Retry = RetryPolicy{MaxAttempts: 4, MaxServerWait: 2 * time.Second,
			Sleep: func(_ context.Context, d time.Duration) error { waits = append(waits, d); return nil }}
	})
	err := c.Do(context.Background(), opAddUsers, nil, nil)
	var e *Error
	if !errors.As(err, &e) || !e.Throttling() || e.RetryAfter != time.Hour {
		t.Fatalf("err %v", err)
	}
	if len(got()) != 4 || len(waits) != 3 || waits[0] != 2*time.Second {
		t.Errorf("requests %d waits %v", len(got()), waits)
	}
}

func TestNoRetryOnBusinessErrorAndUnsafe500(t *testing.T) {
	status := 400
	srv, got := testServer(t, func(w http.ResponseWriter, r *http.Request, body []byte) {
		w.WriteHeader(status)
		fmt.Fprint(w, `{"Code":"X","Message":"m"}`)
	})
	c := testClient(t, srv.URL, nil)
	_ = c.Do(context.Background(), opAddUsers, nil, nil)
	status = 500
	_ = c.Do(context.Background(), opAddUsers, nil, nil) // POST, no ClientToken: unsafe
	if len(got()) != 2 {
		t.Errorf("business error or unsafe 500 retried: %d requests", len(got()))
	}
	var q Values
	q.Add("ClientToken", "tok")
	_ = c.Do(context.Background(), opAddUsers, &Request{Query: q}, nil) // safe: 3 attempts
	if len(got()) != 5 {
		t.Errorf("500 with ClientToken: %d requests in total, want 5", len(got()))
	}
}

func TestNetworkErrorRetry(t *testing.T) {
	calls := 0
	failing := roundTripFunc(func(r *http.Request) (*http.Response, error) {
		calls++
		return nil, errors.New("connection reset by peer")
	})
	c := testClient(t, "http://127.0.0.1:1", func(o *Options) { o.HTTPClient = &http.Client{Transport: failing} })
	if err := c.Do(context.Background(), opAddUsers, nil, nil); err == nil || !strings.Contains(err.Error(), "connection reset") {
		t.Errorf("err %v", err)
	}
	if calls != 1 {
		t.Errorf("unsafe POST retried after a network error: %d calls", calls)
	}
	calls = 0
	idem := *opAddUsers
	idem.Idempotent = true
	_ = c.Do(context.Background(), &idem, nil, nil)
	if calls != 3 {
		t.Errorf("idempotent op: %d calls, want 3", calls)
	}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func TestCancellation(t *testing.T) {
	srv, _ := testServer(t, func(w http.ResponseWriter, r *http.Request, body []byte) {
		w.WriteHeader(503)
	})
	ctx, cancel := context.WithCancel(context.Background())
	c := testClient(t, srv.URL, func(o *Options) {
		o.Retry.MaxAttempts = 10
		o.Retry.Sleep = func(ctx context.Context, d time.Duration) error { cancel(); <-ctx.Done(); return ctx.Err() }
	})
	err := c.Do(ctx, opAddUsers, nil, nil)
	var e *Error
	if !errors.As(err, &e) || e.StatusCode != 503 {
		t.Errorf("cancelled during backoff: %v", err)
	}
	// Already cancelled: the transport error wraps context.Canceled.
	if err := c.Do(ctx, opAddUsers, nil, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: %v", err)
	}
	// A deadline shorter than the server's wait hint stops at once.
	ctx2, cancel2 := context.WithDeadline(context.Background(), fixedNow.Add(time.Second))
	defer cancel2()
	slept := false
	c2 := testClient(t, srv.URL, func(o *Options) {
		o.Retry.Sleep = func(context.Context, time.Duration) error { slept = true; return nil }
		o.Retry.BaseDelay = time.Hour
	})
	_ = c2.Do(ctx2, opAddUsers, nil, nil)
	if slept {
		t.Error("slept past the context deadline")
	}
}

func TestMiddlewareAndUserAgent(t *testing.T) {
	srv, got := testServer(t, func(w http.ResponseWriter, r *http.Request, body []byte) { fmt.Fprint(w, `{}`) })
	var order []string
	mw := func(name string) Middleware {
		return func(next http.RoundTripper) http.RoundTripper {
			return roundTripFunc(func(r *http.Request) (*http.Response, error) {
				order = append(order, name+":"+r.Header.Get("x-acs-action"))
				return next.RoundTrip(r)
			})
		}
	}
	c := testClient(t, srv.URL, func(o *Options) {
		o.Middleware = []Middleware{mw("outer"), mw("inner")}
		o.UserAgent = "myapp/1.0"
	})
	if err := c.Do(context.Background(), opAddUsers, nil, nil); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(order) != "[outer:AddUsersToGroup inner:AddUsersToGroup]" {
		t.Errorf("middleware order %v", order)
	}
	if ua := got()[0].r.UserAgent(); ua != "acsgen/"+RuntimeVersion+" (eiam/2021-12-01) myapp/1.0" {
		t.Errorf("user agent %q", ua)
	}
}

func TestResponseDecoding(t *testing.T) {
	reply := ""
	status := 200
	srv, _ := testServer(t, func(w http.ResponseWriter, r *http.Request, body []byte) {
		w.WriteHeader(status)
		fmt.Fprint(w, reply)
	})
	var warnings []string
	c := testClient(t, srv.URL, func(o *Options) {
		o.MaxResponseBytes = 256
		o.OnDecodeWarning = func(op, field, msg string) { warnings = append(warnings, op+" "+field+": "+msg) }
	})
	type user struct {
		Age     int64   `json:"Age"`
		Name    string  `json:"Name"`
		Enabled bool    `json:"Enabled"`
		Score   float64 `json:"Score"`
	}
	type out struct {
		TotalCount int     `json:"TotalCount"`
		Users      []user  `json:"Users"`
		Next       *string `json:"NextToken"`
	}
	// Lenient: number as string, string as number, bool as "true".
	reply = `{"TotalCount":"2","Users":[{"Age":"41","Name":7,"Enabled":"true","Score":"1.5"}],"NextToken":"n"}`
	var o out
	if err := c.Do(context.Background(), opAddUsers, nil, &o); err != nil {
		t.Fatal(err)
	}
	if o.TotalCount != 2 || o.Users[0].Age != 41 || o.Users[0].Name != "7" || !o.Users[0].Enabled || o.Users[0].Score != 1.5 || *o.Next != "n" {
		t.Errorf("decoded %+v", o)
	}
	if len(warnings) != 5 || !strings.Contains(strings.Join(warnings, "\n"), "AddUsersToGroup Users[0].Age: documented as int64, sent as string \"41\"") {
		t.Errorf("warnings:\n%s", strings.Join(warnings, "\n"))
	}
	// Wrong shape: error naming the operation and the field.
	reply = `{"Users":{"Age":1}}`
	err := c.Do(context.Background(), opAddUsers, nil, &o)
	if err == nil || !strings.Contains(err.Error(), "AddUsersToGroup: decode response: field Users") {
		t.Errorf("wrong shape: %v", err)
	}
	reply = `<html>oops</html>`
	if err := c.Do(context.Background(), opAddUsers, nil, &o); err == nil || !strings.Contains(err.Error(), "AddUsersToGroup: decode response: response is not JSON") {
		t.Errorf("not JSON: %v", err)
	}
	// Empty 200 and 204 are success.
	for _, s := range []int{200, 204} {
		status, reply = s, ""
		if err := c.Do(context.Background(), opAddUsers, nil, &o); err != nil {
			t.Errorf("empty %d: %v", s, err)
		}
	}
	// Too large.
	status, reply = 200, `{"x":"`+strings.Repeat("a", 300)+`"}`
	err = c.Do(context.Background(), opAddUsers, nil, &o)
	var tl *ResponseTooLargeError
	if !errors.As(err, &tl) || !strings.Contains(err.Error(), "exceeds 256 bytes") {
		t.Errorf("too large: %v", err)
	}
}

func TestEndpoints(t *testing.T) {
	none := func(string) (string, bool) { return "", false }
	if _, err := New(Options{Getenv: none}); err == nil || !strings.Contains(err.Error(), "Options.Region") {
		t.Errorf("no endpoint: %v", err)
	}
	if _, err := New(Options{Region: "cn hangzhou", Getenv: none}); err == nil || !strings.Contains(err.Error(), "not a valid region") {
		t.Errorf("bad region: %v", err)
	}
	for _, bad := range []string{"ftp://x", "https://x/path", "https://u:p@x", "http://"} {
		if _, err := New(Options{Endpoint: bad, Getenv: none}); err == nil {
			t.Errorf("endpoint %q accepted", bad)
		}
	}
	env := func(k string) (string, bool) { return "ap-southeast-1", k == EnvRegion }
	c, err := New(Options{Getenv: env})
	if err != nil {
		t.Fatal(err)
	}
	p, err := c.prepare(opGetUser, &Request{Path: map[string]string{"instanceId": "i", "applicationId": "a", "userId": "u"}})
	if err != nil || p.host != "eiam-developerapi.ap-southeast-1.aliyuncs.com" || p.scheme != "https" {
		t.Errorf("derived endpoint %+v %v", p, err)
	}
	c, _ = New(Options{Endpoint: "rocketmq.cn-hangzhou.aliyuncs.com:8443", Getenv: none})
	if c.endpoint.scheme != "https" || c.endpoint.host != "rocketmq.cn-hangzhou.aliyuncs.com:8443" {
		t.Errorf("host endpoint %+v", c.endpoint)
	}
	for _, r := range []string{"cn-hangzhou", "ap-southeast-1", "cn-shanghai-finance-1", "eu-central-1"} {
		if !ValidRegion(r) {
			t.Errorf("ValidRegion(%q) = false", r)
		}
	}
	for _, r := range []string{"", "cn", "CN-hangzhou", "cn--x", "cn-hangzhou.evil.com", "-cn-x", "1cn-x"} {
		if ValidRegion(r) {
			t.Errorf("ValidRegion(%q) = true", r)
		}
	}
}

// hostRecorder answers every request with {} and records the URL it was sent to.
type hostRecorder struct {
	mu   sync.Mutex
	urls []string
}

func (h *hostRecorder) RoundTrip(r *http.Request) (*http.Response, error) {
	h.mu.Lock()
	h.urls = append(h.urls, r.URL.Scheme+"://"+r.URL.Host+" Host:"+r.Host)
	h.mu.Unlock()
	return &http.Response{StatusCode: 200, Header: http.Header{"Content-Type": {"application/json"}},
		Body: io.NopCloser(strings.NewReader(`{"RequestId":"r"}`)), Request: r}, nil
}

// TestRegionEndpoints: a call goes to the host Options.Endpoints documents for the region,
// to <product>.<region>.aliyuncs.com for a region it does not list, and to Options.Endpoint
// whatever the map says; the region may come from the environment. A bad host for the
// client's region fails New, naming the region.
func TestRegionEndpoints(t *testing.T) {
	op := &Operation{Name: "DescribeRegions", Version: "2014-05-26", Product: "ecs", Style: RPC}
	docs := map[string]string{
		"cn-hangzhou":           "ecs-cn-hangzhou.aliyuncs.com",
		"cn-shanghai-finance-1": "http://127.0.0.1:8080",
		"cn-wrong":              "https://x/path",
	}
	none := func(string) (string, bool) { return "", false }
	for _, tc := range []struct {
		name string
		opts Options
		want string
	}{
		{"documented", Options{Region: "cn-hangzhou"}, "https://ecs-cn-hangzhou.aliyuncs.com Host:ecs-cn-hangzhou.aliyuncs.com"},
		{"pattern", Options{Region: "cn-beijing"}, "https://ecs.cn-beijing.aliyuncs.com Host:ecs.cn-beijing.aliyuncs.com"},
		{"scheme", Options{Region: "cn-shanghai-finance-1"}, "http://127.0.0.1:8080 Host:127.0.0.1:8080"},
		{"explicit", Options{Region: "cn-hangzhou", Endpoint: "localhost:9443"}, "https://localhost:9443 Host:localhost:9443"},
		{"env", Options{Getenv: func(k string) (string, bool) { return "cn-hangzhou", k == EnvRegion }}, "https://ecs-cn-hangzhou.aliyuncs.com Host:ecs-cn-hangzhou.aliyuncs.com"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := &hostRecorder{}
			o := tc.opts
			o.Endpoints = docs
			o.HTTPClient = &http.Client{Transport: rec}
			o.Credentials = StaticCredentials("testid", "testsecret", "")
			if o.Getenv == nil {
				o.Getenv = none
			}
			c, err := New(o)
			if err != nil {
				t.Fatal(err)
			}
			if err := c.Do(context.Background(), op, &Request{}, nil); err != nil {
				t.Fatal(err)
			}
			if len(rec.urls) != 1 || rec.urls[0] != tc.want {
				t.Errorf("sent to %v, want %s", rec.urls, tc.want)
			}
		})
	}
	if _, err := New(Options{Region: "cn-wrong", Endpoints: docs, Getenv: none}); err == nil || !strings.Contains(err.Error(), `Options.Endpoints["cn-wrong"]`) {
		t.Errorf("bad documented host: %v", err)
	}
}
