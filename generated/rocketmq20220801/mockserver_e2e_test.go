// Hand-written: the generated client against the generated mock server
// (rocketmq20220801/mockserver), over a real listening socket and in process.
package rocketmq20220801_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/acsgen/acsgen/acs"
	"github.com/acsgen/acsgen/acs/mock"
	"github.com/acsgen/acsgen/generated/rocketmq20220801"
	"github.com/acsgen/acsgen/generated/rocketmq20220801/mockserver"
)

// inProcess is a transport that hands requests straight to a handler.
type inProcess struct{ h http.Handler }

func (t inProcess) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.Body == nil { // client requests may have no body; server handlers expect one
		r = r.Clone(r.Context())
		r.Body = http.NoBody
	}
	rec := httptest.NewRecorder()
	t.h.ServeHTTP(rec, r)
	return rec.Result(), nil
}

func TestAgainstGeneratedMock(t *testing.T) {
	opts := []mock.Option{mock.WithAccessKey("testid", "testsecret"), mock.WithBearerToken("testtoken"), mock.WithStateless()}
	srv, m := mockserver.NewTestServer(t, opts...)
	inproc, err := mockserver.New(opts...)
	if err != nil {
		t.Fatal(err)
	}
	common := []rocketmq20220801.Option{
		rocketmq20220801.WithRuntimeOptions(func(o *acs.Options) {
			o.Credentials = acs.StaticCredentials("testid", "testsecret", "")
			o.BearerToken = func(context.Context) (string, error) { return "testtoken", nil }
		}),
		rocketmq20220801.WithRetry(acs.RetryPolicy{MaxAttempts: 1}),
	}
	for name, opts := range map[string][]rocketmq20220801.Option{
		"socket":     append([]rocketmq20220801.Option{rocketmq20220801.WithEndpoint(srv.URL)}, common...),
		"in-process": append([]rocketmq20220801.Option{rocketmq20220801.WithEndpoint("http://mock.invalid"), rocketmq20220801.WithHTTPClient(&http.Client{Transport: inProcess{inproc}})}, common...),
	} {
		t.Run(name, func(t *testing.T) {
			c, err := rocketmq20220801.NewClient(opts...)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := c.CreateInstanceAccount(context.Background(), &rocketmq20220801.CreateInstanceAccountRequest{InstanceId: "rmq-1", Username: "u", Password: "p"}); err != nil {
				t.Fatal(err)
			}
		})
	}
	if m.Count("CreateInstanceAccount") != 1 || inproc.Count("CreateInstanceAccount") != 1 {
		t.Errorf("mock counts: socket %d, in-process %d", m.Count("CreateInstanceAccount"), inproc.Count("CreateInstanceAccount"))
	}
}
