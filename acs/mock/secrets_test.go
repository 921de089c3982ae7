package mock

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/acsgen/acsgen/acs"
)

// sentSecrets records, from what a client puts on the wire, every signature it sent.
type sentSecrets struct {
	mu   sync.Mutex
	sigs []string
	next http.RoundTripper
}

func (s *sentSecrets) RoundTrip(r *http.Request) (*http.Response, error) {
	s.mu.Lock()
	if a := r.Header.Get("Authorization"); a != "" {
		if _, sig, ok := strings.Cut(a, "Signature="); ok {
			s.sigs = append(s.sigs, sig)
		}
	}
	if sig := r.URL.Query().Get("Signature"); sig != "" {
		s.sigs = append(s.sigs, sig, url.QueryEscape(sig))
	}
	s.mu.Unlock()
	return s.next.RoundTrip(r)
}

// TestSecretsNeverLeak runs a client with STS credentials against the mock, V3 and V2, with
// a wrong secret, throttling, errors and dropped connections, and scans every log line, error
// string and journal entry (and the journal served by the control API) for the secret, the
// token and every signature the client sent.
func TestSecretsNeverLeak(t *testing.T) {
	const (
		secret = "Sup3rS3cretAccessKeyValue"
		token  = "STS.TokenValueThatMustNotLeak"
		wrong  = "WrongSecretValueAlsoSecret"
	)
	var logMu sync.Mutex
	var logs []string
	srv, err := New(committedSpecs(t), WithAccessKey("testid", secret), WithRequestLog(func(e LogEntry) {
		logMu.Lock()
		logs = append(logs, fmt.Sprintf("%+v", e))
		logMu.Unlock()
	}))
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	rec := &sentSecrets{next: http.DefaultTransport}
	op := &acs.Operation{Name: "CreateInstance", Version: "2021-12-01", Product: "eiam", Style: acs.RPC, Method: "POST", PathPattern: "/"}

	var errs []string
	call := func(sv acs.SigningVersion, sec string) {
		c, err := acs.New(acs.Options{
			Endpoint: ts.URL, Credentials: acs.StaticCredentials("testid", sec, token), SignatureVersion: sv,
			HTTPClient: &http.Client{Transport: rec}, Getenv: func(string) (string, bool) { return "", false },
			Retry: acs.RetryPolicy{MaxAttempts: 2, Sleep: func(context.Context, time.Duration) error { return nil }},
		})
		if err != nil {
			t.Fatal(err)
		}
		var f acs.Values
		f.Add("Description", "probe")
		_, err = c.Call(context.Background(), op, &acs.Request{Form: f}, nil)
		if err != nil {
			errs = append(errs, err.Error(), fmt.Sprintf("%+v", err), fmt.Sprintf("%#v", err))
		}
	}
	for _, sv := range []acs.SigningVersion{acs.SigningV3, acs.SigningV2} {
		call(sv, secret) // accepted
		call(sv, wrong)  // bad signature
		for _, f := range []Fault{
			{Operation: "CreateInstance", Kind: FaultThrottle, Times: 1},
			{Operation: "CreateInstance", Kind: FaultError, Code: "InternalError", Status: 500, Times: 1},
			{Operation: "CreateInstance", Kind: FaultDrop, Times: 2},
		} {
			if _, err := srv.AddFault(f); err != nil {
				t.Fatal(err)
			}
			call(sv, secret)
		}
	}
	journal, _ := json.Marshal(srv.Requests())
	resp, err := http.Get(ts.URL + ControlPrefix + "requests")
	if err != nil {
		t.Fatal(err)
	}
	var served strings.Builder
	fmt.Fprint(&served, resp.Header)
	buf := make([]byte, 1<<16)
	for {
		n, err := resp.Body.Read(buf)
		served.Write(buf[:n])
		if err != nil {
			break
		}
	}
	resp.Body.Close()

	rec.mu.Lock()
	needles := append([]string{secret, token, wrong}, rec.sigs...)
	rec.mu.Unlock()
	if len(needles) < 8 {
		t.Fatalf("only %d signatures recorded: the probe did not run", len(needles)-3)
	}
	if len(errs) == 0 {
		t.Fatal("no call failed: the faults did not run")
	}
	logMu.Lock()
	defer logMu.Unlock()
	for what, text := range map[string]string{
		"request log": strings.Join(logs, "\n"), "client errors": strings.Join(errs, "\n"),
		"journal": string(journal), "control API journal": served.String(),
	} {
		for _, n := range needles {
			if n != "" && strings.Contains(text, n) {
				t.Errorf("%s carries a secret or signature (%.12s...)", what, n)
			}
		}
	}
}
