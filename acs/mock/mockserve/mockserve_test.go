package mockserve

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/acs/mock"
	"github.com/acsgen/acsgen/opspec"
)

// TestIsLoopback: only loopback binds keep the control API open without a token.
func TestIsLoopback(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:8080": true, "localhost:80": true, "[::1]:80": true, "127.0.0.2:1": true,
		"0.0.0.0:8080": false, ":8080": false, "[::]:80": false, "10.0.0.5:80": false, "example.com:80": false,
	} {
		if got := isLoopback(addr); got != want {
			t.Errorf("isLoopback(%q) = %v, want %v", addr, got, want)
		}
	}
}

// TestRunBehaviours: the server says which behaviours answer, the built-in KMS round trip
// works over a socket, options from Config apply, and --no-builtin leaves the built-ins out.
func TestRunBehaviours(t *testing.T) {
	start := func(extra []string, opts ...mock.Option) (string, *strings.Builder, func()) {
		ctx, cancel := context.WithCancel(context.Background())
		var out strings.Builder
		addrc, done := make(chan string, 1), make(chan error, 1)
		go func() {
			done <- Run(ctx, append([]string{"--spec", "../testdata/kms.yaml", "--addr", "127.0.0.1:0"}, extra...),
				Config{Stdout: &out, Ready: func(a string) { addrc <- a }, Options: opts})
		}()
		select {
		case a := <-addrc:
			return a, &out, func() { cancel(); <-done }
		case err := <-done:
			t.Fatalf("Run: %v", err)
		}
		return "", nil, nil
	}
	call := func(addr, action string, q url.Values) map[string]any {
		r, _ := http.NewRequest("POST", "http://"+addr+"/?"+q.Encode(), nil)
		r.Header.Set("x-acs-action", action)
		r.Header.Set("x-acs-version", "2016-01-20")
		resp, err := http.DefaultClient.Do(r)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var m map[string]any
		json.NewDecoder(resp.Body).Decode(&m)
		return m
	}
	addr, out, stop := start(nil)
	id := call(addr, "CreateKey", url.Values{})["KeyMetadata"].(map[string]any)["KeyId"].(string)
	blob := call(addr, "Encrypt", url.Values{"KeyId": {id}, "Plaintext": {"aGk="}})["CiphertextBlob"]
	if got := call(addr, "Decrypt", url.Values{"CiphertextBlob": {blob.(string)}})["Plaintext"]; got != "aGk=" {
		t.Errorf("Decrypt over gen serve: %v", got)
	}
	stop()
	if !strings.Contains(out.String(), "behaviours: kms-crypto") {
		t.Errorf("start line: %q", out.String())
	}
	mine := mock.Behaviour{Name: "mine", Product: "Kms", Handlers: map[string]mock.Handler{
		"Encrypt": func(context.Context, *mock.Call) (any, error) { return map[string]any{"CiphertextBlob": "mine"}, nil },
	}}
	addr, out, stop = start([]string{"--no-builtin"}, mock.WithBehaviour(mine))
	if got := call(addr, "Encrypt", url.Values{"KeyId": {"k"}, "Plaintext": {"p"}})["CiphertextBlob"]; got != "mine" {
		t.Errorf("Config.Options behaviour: %v", got)
	}
	stop()
	if !strings.Contains(out.String(), "behaviours: mine)") {
		t.Errorf("start line with --no-builtin: %q", out.String())
	}
}

// TestRunNoRefChecks: --no-ref-checks lets a create name a VPC that does not exist.
func TestRunNoRefChecks(t *testing.T) {
	for _, c := range []struct {
		flags []string
		want  int
	}{{nil, http.StatusNotFound}, {[]string{"--no-ref-checks"}, http.StatusOK}} {
		ctx, cancel := context.WithCancel(context.Background())
		addrc, done := make(chan string, 1), make(chan error, 1)
		go func() {
			done <- Run(ctx, append([]string{"--spec", "../testdata/vpc.yaml", "--addr", "127.0.0.1:0"}, c.flags...),
				Config{Stdout: &strings.Builder{}, Ready: func(a string) { addrc <- a }})
		}()
		var addr string
		select {
		case addr = <-addrc:
		case err := <-done:
			t.Fatalf("Run: %v", err)
		}
		q := url.Values{"RegionId": {"cn-hangzhou"}, "VpcId": {"vpc-nevermade"}, "ZoneId": {"cn-hangzhou-b"}, "CidrBlock": {"10.0.0.0/24"}}
		r, _ := http.NewRequest("POST", "http://"+addr+"/?"+q.Encode(), nil)
		r.Header.Set("x-acs-action", "CreateVSwitch")
		r.Header.Set("x-acs-version", "2016-04-28")
		resp, err := http.DefaultClient.Do(r)
		if err != nil {
			t.Fatal(err)
		}
		var body map[string]any
		json.NewDecoder(resp.Body).Decode(&body)
		resp.Body.Close()
		if resp.StatusCode != c.want {
			t.Errorf("%v: CreateVSwitch with an unknown VpcId: HTTP %d %v, want %d", c.flags, resp.StatusCode, body, c.want)
		}
		cancel()
		<-done
	}
}

// TestGCPercent: --gogc wins, then GOGC from the environment (left as Go applied it), then
// DefaultGOGC; bad values are refused.
func TestGCPercent(t *testing.T) {
	for _, c := range []struct {
		flag, env string
		pct       int
		set, bad  bool
	}{
		{"", "", DefaultGOGC, true, false},
		{"", "150", 0, false, false},
		{"", "off", 0, false, false},
		{"200", "150", 200, true, false},
		{"off", "", -1, true, false},
		{"OFF", "", -1, true, false},
		{"0", "", 0, false, true},
		{"-5", "", 0, false, true},
		{"lots", "", 0, false, true},
	} {
		pct, set, err := GCPercent(c.flag, c.env)
		if (err != nil) != c.bad || pct != c.pct || set != c.set {
			t.Errorf("GCPercent(%q, %q) = %d, %v, %v; want %d, %v, bad %v", c.flag, c.env, pct, set, err, c.pct, c.set, c.bad)
		}
	}
}

// TestRunGOGC: the server runs with the --gogc target and gives the previous one back when
// it stops; a bad value is a usage error.
func TestRunGOGC(t *testing.T) {
	before := debug.SetGCPercent(123)
	defer debug.SetGCPercent(before)
	ctx, cancel := context.WithCancel(context.Background())
	got, done := make(chan int, 1), make(chan error, 1)
	go func() {
		done <- Run(ctx, []string{"--spec", "../testdata/kms.yaml", "--addr", "127.0.0.1:0", "--gogc", "345"},
			Config{Ready: func(string) {
				p := debug.SetGCPercent(-1)
				debug.SetGCPercent(p)
				got <- p
				cancel()
			}})
	}()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if p := <-got; p != 345 {
		t.Errorf("GOGC while serving = %d, want 345", p)
	}
	if p := debug.SetGCPercent(before); p != 123 {
		t.Errorf("GOGC after Run = %d, want 123 back", p)
	}
	var ue *UsageError
	if err := Run(context.Background(), []string{"--spec", "../testdata/kms.yaml", "--gogc", "none"}, Config{}); !errors.As(err, &ue) {
		t.Errorf("--gogc none: %v, want a usage error", err)
	}
}

// TestRunLogsWarnings: what the mock guessed reading a request (one value for a list
// that goes flattened) is logged under the request's line, naming the parameter.
func TestRunLogsWarnings(t *testing.T) {
	spec := filepath.Join(t.TempDir(), "demo.yaml")
	ids := &opspec.Schema{Type: "array", Items: &opspec.Schema{Type: "string"}}
	if err := opspec.WriteFile(spec, &opspec.Spec{Product: "Demo", Version: "2024-01-01", Style: opspec.RPC, Operations: []*opspec.Operation{{
		Name: "TagThings", Style: opspec.RPC, Method: "POST", Path: "/",
		Params:   []*opspec.Param{{Name: "InstanceId", In: opspec.InQuery, Schema: ids}},
		Response: &opspec.Schema{Type: "object", Properties: []*opspec.Property{{Name: "RequestId", Schema: &opspec.Schema{Type: "string"}}}},
	}}}); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var errb strings.Builder // read once Run has returned: Shutdown waits for the handlers
	addrc, done := make(chan string, 1), make(chan error, 1)
	go func() {
		done <- Run(ctx, []string{"--spec", spec, "--addr", "127.0.0.1:0"},
			Config{Stdout: &strings.Builder{}, Stderr: &errb, Ready: func(a string) { addrc <- a }})
	}()
	var addr string
	select {
	case addr = <-addrc:
	case err := <-done:
		t.Fatalf("Run: %v", err)
	}
	r, _ := http.NewRequest("POST", "http://"+addr+"/?InstanceId=a,b", nil)
	r.Header.Set("x-acs-action", "TagThings")
	r.Header.Set("x-acs-version", "2024-01-01")
	resp, err := http.DefaultClient.Do(r)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	cancel()
	<-done
	if log := errb.String(); resp.StatusCode != 200 || !regexp.MustCompile(`TagThings 200 .*\n  warning: InstanceId: one value for a list`).MatchString(log) {
		t.Errorf("HTTP %d; log:\n%s", resp.StatusCode, log)
	}
}
