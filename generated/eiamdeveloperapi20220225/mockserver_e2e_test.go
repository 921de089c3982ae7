// Hand-written: the generated client against the generated mock server
// (eiamdeveloperapi20220225/mockserver), over a real listening socket and in process.
package eiamdeveloperapi20220225_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/acsgen/acsgen/acs"
	"github.com/acsgen/acsgen/acs/mock"
	"github.com/acsgen/acsgen/generated/eiamdeveloperapi20220225"
	"github.com/acsgen/acsgen/generated/eiamdeveloperapi20220225/mockserver"
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
	common := []eiamdeveloperapi20220225.Option{
		eiamdeveloperapi20220225.WithRuntimeOptions(func(o *acs.Options) {
			o.Credentials = acs.StaticCredentials("testid", "testsecret", "")
			o.BearerToken = func(context.Context) (string, error) { return "testtoken", nil }
		}),
		eiamdeveloperapi20220225.WithRetry(acs.RetryPolicy{MaxAttempts: 1}),
	}
	for name, opts := range map[string][]eiamdeveloperapi20220225.Option{
		"socket":     append([]eiamdeveloperapi20220225.Option{eiamdeveloperapi20220225.WithEndpoint(srv.URL)}, common...),
		"in-process": append([]eiamdeveloperapi20220225.Option{eiamdeveloperapi20220225.WithEndpoint("http://mock.invalid"), eiamdeveloperapi20220225.WithHTTPClient(&http.Client{Transport: inProcess{inproc}})}, common...),
	} {
		t.Run(name, func(t *testing.T) {
			c, err := eiamdeveloperapi20220225.NewClient(opts...)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := c.GetUser(context.Background(), &eiamdeveloperapi20220225.GetUserRequest{InstanceId: "i", ApplicationId: "a", UserId: "u"}); err != nil {
				t.Fatal(err)
			}
		})
	}
	if m.Count("GetUser") != 1 || inproc.Count("GetUser") != 1 {
		t.Errorf("mock counts: socket %d, in-process %d", m.Count("GetUser"), inproc.Count("GetUser"))
	}
}
