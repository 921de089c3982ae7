package mock

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
)

func TestFaults(t *testing.T) {
	s := newServer(t, WithoutReferenceChecks()) // rules of instance "i", never created
	id, err := s.AddFault(Fault{Operation: "CreateAuthorizationRule", Kind: FaultError, Code: "ServiceUnavailable", Times: 1})
	if err != nil || id == 0 {
		t.Fatal(err)
	}
	req := func() *http.Request {
		return rpc("CreateAuthorizationRule", url.Values{"InstanceId": {"i"}, "AuthorizationRuleName": {"r"}})
	}
	if a := do(t, s, req()); a.status != 503 || a.code() != "ServiceUnavailable" || a.str("Message") != "Service unavailable." {
		t.Fatalf("documented fault: %d %s", a.status, a.raw)
	}
	if a := do(t, s, req()); a.status != 200 {
		t.Fatalf("Times=1 fault applied twice: %s", a.raw)
	}
	s.ClearFaults()
	// A fault without a code picks one of the documented errors.
	s.AddFault(Fault{Operation: "CreateAuthorizationRule", Kind: FaultError})
	a := do(t, s, req())
	if c := a.code(); c != "OperationConflict.Busy" && c != "ServiceUnavailable" {
		t.Fatalf("undocumented pick: %s", a.raw)
	}
	s.ClearFaults()
	s.AddFault(Fault{Product: "eiam", Kind: FaultThrottle, RetryAfter: Duration(1500 * time.Millisecond)})
	a = do(t, s, req())
	if a.status != 400 || a.code() != "Throttling.User" || a.header.Get("x-acs-retry-after") != "1500" ||
		!strings.Contains(a.header.Get("x-ratelimit-user"), "TimeLeft:1500") {
		t.Fatalf("throttle: %d %v %s", a.status, a.header, a.raw)
	}
	s.ClearFaults()
	if _, err := s.AddFault(Fault{Kind: "explode"}); err == nil {
		t.Fatal("bad kind accepted")
	}
	if _, err := s.AddFault(Fault{Kind: FaultError, Probability: 2}); err == nil {
		t.Fatal("bad probability accepted")
	}
}

func TestFaultProbabilityIsSeeded(t *testing.T) {
	pattern := func() string {
		s := newServer(t, WithSeed(3))
		s.AddFault(Fault{Operation: "CreateInstance", Kind: FaultError, Code: "InternalError", Probability: 0.5})
		var b strings.Builder
		for range 40 {
			if do(t, s, rpc("CreateInstance", nil)).status == 200 {
				b.WriteByte('.')
			} else {
				b.WriteByte('x')
			}
		}
		return b.String()
	}
	p1, p2 := pattern(), pattern()
	if p1 != p2 {
		t.Fatalf("not reproducible: %s vs %s", p1, p2)
	}
	if !strings.Contains(p1, ".") || !strings.Contains(p1, "x") {
		t.Fatalf("probability 0.5 gave %s", p1)
	}
}

func TestFaultDropAndLatency(t *testing.T) {
	s := newServer(t)
	ts := httptest.NewServer(s)
	defer ts.Close()
	s.AddFault(Fault{Operation: "CreateInstance", Kind: FaultDrop, Times: 1})
	resp, err := sendRPC(ts.URL, "CreateInstance")
	if err == nil {
		resp.Body.Close()
		t.Fatalf("dropped connection answered %d", resp.StatusCode)
	}
	if !strings.Contains(err.Error(), "EOF") && !strings.Contains(err.Error(), "reset") {
		t.Logf("drop error: %v", err)
	}
	if got := s.Requests(); len(got) != 1 || got[0].Status != -1 {
		t.Fatalf("journal after drop: %+v", got)
	}
	s.AddFault(Fault{Operation: "CreateInstance", Kind: FaultLatency, Latency: Duration(time.Millisecond), Times: 1})
	resp, err = sendRPC(ts.URL, "CreateInstance")
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("latency fault: %d", resp.StatusCode)
	}
}

func TestControlAPI(t *testing.T) {
	s := newServer(t)
	ts := httptest.NewServer(s)
	defer ts.Close()
	call := func(method, path, body string) (int, string) {
		r, _ := http.NewRequest(method, ts.URL+path, strings.NewReader(body))
		resp, err := http.DefaultClient.Do(r)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if st, b := call("POST", "/_acsgen/state", `[{"account":"anonymous","region":"cn-hangzhou","product":"Eiam","kind":"Instance","id":"idaas_seeded","attributes":{"Description":"seeded"}}]`); st != 200 {
		t.Fatalf("seed: %d %s", st, b)
	}
	g := do(t, s, rpc("GetInstance", url.Values{"InstanceId": {"idaas_seeded"}}))
	if g.status != 200 || g.str("Instance.Description") != "seeded" {
		t.Fatalf("seeded get: %s", g.raw)
	}
	if st, b := call("GET", "/_acsgen/state", ""); st != 200 || !strings.Contains(b, "idaas_seeded") {
		t.Fatalf("dump: %d %s", st, b)
	}
	if st, b := call("GET", "/_acsgen/requests?operation=GetInstance", ""); st != 200 || !strings.Contains(b, `"operation":"GetInstance"`) {
		t.Fatalf("journal: %d %s", st, b)
	}
	if st, b := call("GET", "/_acsgen/requests?operation=GetInstanse", ""); st != 400 || !strings.Contains(b, "nearest operation: GetInstance") {
		t.Errorf("journal filtered by an operation not served: %d %s", st, b)
	}
	if st, b := call("POST", "/_acsgen/faults", `{"operation":"GetInstance","kind":"error","code":"Forbidden.RAM","status":403}`); st != 200 || !strings.Contains(b, `"id"`) {
		t.Fatalf("add fault: %d %s", st, b)
	}
	if a := do(t, s, rpc("GetInstance", url.Values{"InstanceId": {"idaas_seeded"}})); a.status != 403 || a.code() != "Forbidden.RAM" {
		t.Fatalf("fault via control: %s", a.raw)
	}
	if st, _ := call("DELETE", "/_acsgen/faults", ""); st != 200 {
		t.Fatal("clear faults")
	}
	if st, _ := call("POST", "/_acsgen/reset", ""); st != 200 {
		t.Fatal("reset")
	}
	if len(s.State()) != 0 || len(s.Requests()) != 0 {
		t.Fatal("reset left state or journal")
	}
	for _, bad := range [][3]string{
		{"POST", "/_acsgen/state", `[{"product":"Eiam","kind":"Nope","id":"x"}]`},
		{"POST", "/_acsgen/state", `{`},
		{"POST", "/_acsgen/faults", `{"kind":"latency"}`},
		{"GET", "/_acsgen/nothing", ``},
	} {
		if st, b := call(bad[0], bad[1], bad[2]); st < 400 || !strings.Contains(b, `"code"`) {
			t.Errorf("%v: %d %s", bad, st, b)
		}
	}
	if st, b := call("GET", "/_acsgen/operations", ""); st != 200 || !strings.Contains(b, "CreateInstanceAccount") {
		t.Fatalf("operations: %d %s", st, b)
	}
}

// TestFaultDropJournaledFirst: a drop is in the journal before the connection closes (a client
// that saw the drop reads it at once), and a writer that cannot close a connection (a handler
// called directly) gets an answer, not a panic.
func TestFaultDropJournaledFirst(t *testing.T) {
	s := newServer(t)
	ts := httptest.NewServer(s)
	defer ts.Close()
	for i := 0; i < 20; i++ {
		s.AddFault(Fault{Operation: "CreateInstance", Kind: FaultDrop, Times: 1})
		resp, err := sendRPC(ts.URL, "CreateInstance")
		if err == nil {
			resp.Body.Close()
			t.Fatalf("dropped connection answered %d", resp.StatusCode)
		}
		if got := s.Requests(); len(got) != i+1 || got[i].Status != -1 || got[i].Code != "ConnectionDropped" {
			t.Fatalf("drop %d: journal %+v", i, got)
		}
	}

	s.AddFault(Fault{Operation: "CreateInstance", Kind: FaultDrop, Times: 1})
	r := httptest.NewRequest("POST", "/", nil)
	r.Header.Set("x-acs-action", "CreateInstance")
	r.Header.Set("x-acs-version", "2021-12-01")
	rec := httptest.NewRecorder()
	func() {
		defer func() {
			if p := recover(); p != nil {
				t.Fatalf("drop on a recorder panicked: %v", p)
			}
		}()
		s.ServeHTTP(rec, r)
	}()
	if rec.Code != http.StatusBadGateway || !strings.Contains(rec.Body.String(), "ConnectionDropped") {
		t.Fatalf("drop on a recorder: %d %s", rec.Code, rec.Body.String())
	}
	if got := s.Requests(); got[len(got)-1].Code != "ConnectionDropped" {
		t.Fatalf("drop on a recorder not journaled: %+v", got[len(got)-1])
	}
}

// TestJournalRedactsSecrets: the journal (served over the control API) never holds a
// password, secret or token verbatim; other parameters, ClientToken included, stay readable.
func TestJournalRedactsSecrets(t *testing.T) {
	s := newServer(t)
	a := do(t, s, roa("POST", "/instances/i1/accounts", map[string]any{"username": "alice", "password": "Hunter2-secret!"}))
	if a.status != 200 {
		t.Fatalf("create account: %d %s", a.status, a.raw)
	}
	got := s.Requests()
	if len(got) != 1 {
		t.Fatalf("journal: %+v", got)
	}
	b, _ := json.Marshal(got)
	if strings.Contains(string(b), "Hunter2") {
		t.Errorf("journal holds the password: %s", b)
	}
	if got[0].Params["password"] != Redacted || got[0].Params["username"] != "alice" {
		t.Errorf("journal params: %v", got[0].Params)
	}
	st := s.State()
	if b, _ := json.Marshal(st); len(st) != 1 || strings.Contains(string(b), "Hunter2") || st[0].Attrs["password"] != Redacted || st[0].Attrs["username"] != "alice" {
		t.Errorf("state dump: %s", b)
	}
	for name, want := range map[string]bool{"client_secret": true, "AccessKeySecret": true, "x-acs-security-token": true,
		"Authorization": true, "NewPassword": true, "ClientToken": false, "UserName": false, "KeyId": false,
		"SecretName": false, "SecretNames": false, "SecretId": false, "SecretData": true} {
		if isSecretName(name) != want {
			t.Errorf("isSecretName(%q) = %v, want %v", name, !want, want)
		}
	}
}

// TestTruncatedBodyRejected: a body shorter than its Content-Length (the client went away)
// answers 400 and stores nothing, over a real connection and called directly; only a body
// over the limit answers 413.
func TestTruncatedBodyRejected(t *testing.T) {
	s := newServer(t)
	ts := httptest.NewServer(s)
	defer ts.Close()
	conn, err := net.Dial("tcp", ts.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	body := `description=trunc` // 17 bytes of the 100 announced
	fmt.Fprintf(conn, "POST /?Description=x HTTP/1.1\r\nHost: eiam.cn-hangzhou.aliyuncs.com\r\nx-acs-action: CreateInstance\r\n"+
		"x-acs-version: 2021-12-01\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\n%s", body)
	conn.(*net.TCPConn).CloseWrite()
	conn.SetReadDeadline(time.Now().Add(10 * time.Second)) // a hang guard only; no timing is asserted
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err == nil {
		resp.Body.Close()
		if resp.StatusCode != http.StatusBadRequest {
			t.Errorf("truncated body over TCP answered %d, want 400", resp.StatusCode)
		}
	} // else: the server may close without an answer, which is also not a success
	if st := s.State(); len(st) != 0 {
		t.Errorf("truncated create stored %+v", st)
	}

	r := rpc("CreateInstance", url.Values{})
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.Body = io.NopCloser(strings.NewReader(body))
	r.ContentLength = 100
	if a := do(t, s, r); a.status != http.StatusBadRequest {
		t.Errorf("truncated body called directly answered %d: %s", a.status, a.raw)
	}
	if st := s.State(); len(st) != 0 {
		t.Errorf("truncated create stored %+v", st)
	}

	// a malformed chunked body is the client's framing error too: 400, nothing stored
	for _, chunked := range []string{"ZZ\r\nabc\r\n0\r\n\r\n", "5\nabcde\n0\n\n"} {
		c2, err := net.Dial("tcp", ts.Listener.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(c2, "POST /?Description=x HTTP/1.1\r\nHost: eiam.cn-hangzhou.aliyuncs.com\r\nx-acs-action: CreateInstance\r\n"+
			"x-acs-version: 2021-12-01\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n%s", chunked)
		c2.SetReadDeadline(time.Now().Add(10 * time.Second)) // a hang guard only; no timing is asserted
		if resp, err := http.ReadResponse(bufio.NewReader(c2), nil); err == nil {
			resp.Body.Close()
			if resp.StatusCode != http.StatusBadRequest {
				t.Errorf("chunked body %q answered %d, want 400", chunked, resp.StatusCode)
			}
		}
		c2.Close()
	}
	if st := s.State(); len(st) != 0 {
		t.Errorf("malformed chunked create stored %+v", st)
	}

	small := newServer(t, WithMaxBody(8))
	r = rpc("CreateInstance", url.Values{})
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.Body = io.NopCloser(strings.NewReader(body))
	r.ContentLength = int64(len(body))
	if a := do(t, small, r); a.status != http.StatusRequestEntityTooLarge {
		t.Errorf("body over the limit answered %d: %s", a.status, a.raw)
	}
}

// TestLatencyFaultEndsWithClient: a latency fault ends when the request's context does, and
// the operation is then not carried out (a create after the client's deadline stored one).
func TestLatencyFaultEndsWithClient(t *testing.T) {
	s := newServer(t)
	s.AddFault(Fault{Operation: "CreateInstance", Kind: FaultLatency, Latency: Duration(time.Hour), Times: 1})
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // the client is already gone; the hour-long latency must not be waited out
	r := rpc("CreateInstance", url.Values{"Description": {"late"}}).WithContext(ctx)
	s.ServeHTTP(httptest.NewRecorder(), r)
	if st := s.State(); len(st) != 0 {
		t.Errorf("create carried out after the client left: %+v", st)
	}
	if got := s.Requests(); len(got) != 1 || got[0].Status != 499 {
		t.Errorf("journal: %+v", got)
	}
}

// sendRPC sends the RPC action, with no parameters, to the server at base over the
// network, as a client does (rpc builds a request for a handler called directly).
func sendRPC(base, action string) (*http.Response, error) {
	r, err := http.NewRequest("POST", base+"/", nil)
	if err != nil {
		return nil, err
	}
	r.Header.Set("x-acs-action", action)
	r.Header.Set("x-acs-version", "2021-12-01")
	return http.DefaultClient.Do(r)
}
