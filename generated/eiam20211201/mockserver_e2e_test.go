// Hand-written: the generated client against the generated mock server
// (eiam20211201/mockserver), over a real listening socket and in process.
package eiam20211201_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/acsgen/acsgen/acs"
	"github.com/acsgen/acsgen/acs/mock"
	"github.com/acsgen/acsgen/generated/eiam20211201"
	"github.com/acsgen/acsgen/generated/eiam20211201/mockserver"
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
	common := []eiam20211201.Option{
		eiam20211201.WithRuntimeOptions(func(o *acs.Options) {
			o.Credentials = acs.StaticCredentials("testid", "testsecret", "")
			o.BearerToken = func(context.Context) (string, error) { return "testtoken", nil }
		}),
		eiam20211201.WithRetry(acs.RetryPolicy{MaxAttempts: 1}),
	}
	for name, opts := range map[string][]eiam20211201.Option{
		"socket":     append([]eiam20211201.Option{eiam20211201.WithEndpoint(srv.URL)}, common...),
		"in-process": append([]eiam20211201.Option{eiam20211201.WithEndpoint("http://mock.invalid"), eiam20211201.WithHTTPClient(&http.Client{Transport: inProcess{inproc}})}, common...),
	} {
		t.Run(name, func(t *testing.T) {
			c, err := eiam20211201.NewClient(opts...)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := c.GetInstance(context.Background(), &eiam20211201.GetInstanceRequest{InstanceId: "idaas_1"}); err != nil {
				t.Fatal(err)
			}
		})
	}
	if m.Count("GetInstance") != 1 || inproc.Count("GetInstance") != 1 {
		t.Errorf("mock counts: socket %d, in-process %d", m.Count("GetInstance"), inproc.Count("GetInstance"))
	}
}
