package mock

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

func TestRPCRoutingForms(t *testing.T) {
	s := newServer(t)
	// headers (ACS3 SDKs)
	a := do(t, s, rpc("CreateInstance", url.Values{"Description": {"d1"}}))
	if a.status != 200 || !strings.HasPrefix(a.str("InstanceId"), "idaas_") {
		t.Fatalf("headers: %d %s", a.status, a.raw)
	}
	// query Action/Version (V2 style) on GET
	r := httptest.NewRequest("GET", "/?Action=CreateInstance&Version=2021-12-01", nil)
	if a := do(t, s, r); a.status != 200 {
		t.Fatalf("query: %d %s", a.status, a.raw)
	}
	// form body
	r = httptest.NewRequest("POST", "/", strings.NewReader("Action=CreateInstance&Version=2021-12-01&Description=x"))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if a := do(t, s, r); a.status != 200 || a.header.Get("x-acs-request-id") == "" {
		t.Fatalf("form: %d %s", a.status, a.raw)
	}
}

func TestRoutingErrors(t *testing.T) {
	s := newServer(t)
	cases := []struct {
		name   string
		req    *http.Request
		status int
		code   string
		msg    string
	}{
		{"unknown action", rpc("CreateUsr", nil), 404, "InvalidAction.NotFound", "nearest operation: CreateUser"},
		{"unknown version", func() *http.Request {
			r := rpc("CreateUser", nil)
			r.Header.Set("x-acs-version", "1999-01-01")
			return r
		}(), 400, "InvalidVersion", "1999-01-01"},
		{"no action", httptest.NewRequest("POST", "/", nil), 400, "MissingAction", "Action"},
		{"no version", httptest.NewRequest("POST", "/?Action=CreateUser", nil), 400, "MissingVersion", "Version"},
		{"unknown ROA path", roa("GET", "/instances/x/acounts", nil), 404, "InvalidAction.NotFound", "ListInstanceAccount"},
		{"wrong ROA method", roa("PUT", "/instances/x/accounts", nil), 404, "InvalidAction.NotFound", ""},
		{"bad escape", httptest.NewRequest("GET", "/?Action=GetInstance&Version=2021-12-01&InstanceId=%zz", nil), 400, "InvalidParameter", "query"},
		{"missing required", rpc("GetInstance", nil), 400, "MissingInstanceId", "MissingParameter: InstanceId"},
		{"wrong type", rpc("CreateUser", url.Values{"InstanceId": {"i"}, "Username": {"u"}, "Age": {"old"}}), 400, "InvalidParameter", "Age"},
		{"int32 range", rpc("CreateUser", url.Values{"InstanceId": {"i"}, "Username": {"u"}, "Age": {"99999999999"}}), 400, "InvalidParameter", "Age"},
		{"enum", rpc("CreateUser", url.Values{"InstanceId": {"i"}, "Username": {"u"}, "PasswordInitializationConfig.PasswordInitializationType": {"manual"}}), 400, "InvalidParameter", "PasswordInitializationType"},
		{"nested required", rpc("CreateUser", url.Values{"InstanceId": {"i"}, "Username": {"u"}, "CustomFields.1.FieldValue": {"v"}}), 400, "InvalidParameter", "FieldName"},
		{"bad index", rpc("CreateUser", url.Values{"InstanceId": {"i"}, "Username": {"u"}, "OrganizationalUnitIds.x": {"v"}}), 400, "InvalidParameter", "list index"},
		{"value and prefix", rpc("CreateUser", url.Values{"InstanceId": {"i"}, "Username": {"u"}, "CustomFields": {"v"}, "CustomFields.1.FieldName": {"v"}}), 400, "InvalidParameter", "both"},
		{"bad JSON body", func() *http.Request {
			r := roa("POST", "/instances/i1/accounts", nil)
			r.Body = http.NoBody
			r = httptest.NewRequest("POST", "/instances/i1/accounts", strings.NewReader("{"))
			r.Header.Set("Content-Type", "application/json")
			return r
		}(), 400, "InvalidParameter", "JSON"},
		{"ROA missing body field", roa("POST", "/instances/i1/accounts", map[string]any{"username": "u"}), 400, "MissingPassword", "password"},
		{"ROA wrong body type", roa("POST", "/instances/i1/accounts", map[string]any{"username": 5, "password": "p"}), 400, "InvalidParameter", "username"},
		{"bearer missing", roa("POST", "/v2/i/a/groups", map[string]any{"groupName": "g"}), 401, "InvalidAuthorization.Missing", "Bearer"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := do(t, s, c.req)
			if a.status != c.status || a.code() != c.code {
				t.Fatalf("got %d %s, want %d %s: %s", a.status, a.code(), c.status, c.code, a.raw)
			}
			msg, _ := a.body["Message"].(string)
			if msg == "" {
				msg, _ = a.body["message"].(string)
			}
			if msg == "" || !strings.Contains(msg, c.msg) {
				t.Fatalf("message %q does not contain %q", msg, c.msg)
			}
		})
	}
}

func TestEnvelopes(t *testing.T) {
	s := newServer(t)
	a := do(t, s, rpc("GetInstance", nil))
	for _, k := range []string{"RequestId", "HostId", "Code", "Message", "Recommend"} {
		if _, ok := a.body[k]; !ok {
			t.Errorf("RPC envelope lacks %s: %s", k, a.raw)
		}
	}
	a = do(t, s, roa("POST", "/instances/i1/accounts", map[string]any{}))
	for _, k := range []string{"requestId", "code", "message"} {
		if _, ok := a.body[k]; !ok {
			t.Errorf("ROA envelope lacks %s: %s", k, a.raw)
		}
	}
	if _, ok := a.body["Code"]; ok {
		t.Errorf("ROA envelope has upper-case Code: %s", a.raw)
	}
}

func TestRPCStateLifecycle(t *testing.T) {
	s := newServer(t)
	a := do(t, s, rpc("CreateInstance", url.Values{"Description": {"first"}}))
	id := a.str("InstanceId")
	g := do(t, s, rpc("GetInstance", url.Values{"InstanceId": {id}}))
	if g.status != 200 || g.str("Instance.InstanceId") != id || g.str("Instance.Description") != "first" {
		t.Fatalf("get: %d %s", g.status, g.raw)
	}
	if g.str("Instance.Status") != "running" || g.str("Instance.CreateTime") != "1550115455000" {
		t.Fatalf("documented example values lost: %s", g.raw)
	}
	do(t, s, rpc("CreateInstance", url.Values{"Description": {"second"}}))
	l := do(t, s, rpc("ListInstances", nil))
	if l.str("TotalCount") != "2" || l.str("Instances.0.InstanceId") != id || l.str("Instances.1.Description") != "second" {
		t.Fatalf("list: %s", l.raw)
	}
	p := do(t, s, rpc("ListInstances", url.Values{"PageNumber": {"2"}, "PageSize": {"1"}}))
	if p.str("TotalCount") != "2" || p.str("Instances.0.Description") != "second" || len(p.body["Instances"].([]any)) != 1 {
		t.Fatalf("page 2: %s", p.raw)
	}
	if u := do(t, s, rpc("UpdateInstanceDescription", url.Values{"InstanceId": {id}, "Description": {"changed"}})); u.status != 200 {
		t.Fatalf("update: %s", u.raw)
	}
	if g := do(t, s, rpc("GetInstance", url.Values{"InstanceId": {id}})); g.str("Instance.Description") != "changed" {
		t.Fatalf("after update: %s", g.raw)
	}
	if d := do(t, s, rpc("DeleteInstance", url.Values{"InstanceId": {id}})); d.status != 200 {
		t.Fatalf("delete: %s", d.raw)
	}
	g = do(t, s, rpc("GetInstance", url.Values{"InstanceId": {id}}))
	if g.status != 404 || g.code() != "EntityNotExists.Instance" || !strings.Contains(g.str("Message"), id) {
		t.Fatalf("get after delete: %d %s", g.status, g.raw)
	}
	if d := do(t, s, rpc("DeleteInstance", url.Values{"InstanceId": {id}})); d.status != 404 {
		t.Fatalf("second delete: %s", d.raw)
	}
}

func TestStateScopedByAccountAndRegionAndParent(t *testing.T) {
	s := newServer(t)
	a := do(t, s, rpc("CreateInstance", nil))
	id := a.str("InstanceId")
	other := rpc("GetInstance", url.Values{"InstanceId": {id}})
	other.Host = "eiam.cn-shanghai.aliyuncs.com"
	if g := do(t, s, other); g.status != 404 {
		t.Fatalf("another region sees the instance: %s", g.raw)
	}
	acct := rpc("GetInstance", url.Values{"InstanceId": {id}})
	acct.Header.Set("Authorization", "ACS3-HMAC-SHA256 Credential=other,SignedHeaders=host,Signature=x")
	if g := do(t, s, acct); g.status != 404 {
		t.Fatalf("another account sees the instance: %s", g.raw)
	}
	// Users belong to an instance: same UserId under another InstanceId is not found.
	i1 := do(t, s, rpc("CreateInstance", nil)).str("InstanceId")
	i2 := do(t, s, rpc("CreateInstance", nil)).str("InstanceId")
	u := do(t, s, rpc("CreateUser", url.Values{"InstanceId": {i1}, "Username": {"bob"}}))
	uid := u.str("UserId")
	if !strings.HasPrefix(uid, "user_") {
		t.Fatalf("user id %q does not keep the documented prefix: %s", uid, u.raw)
	}
	if g := do(t, s, rpc("GetUser", url.Values{"InstanceId": {i1}, "UserId": {uid}})); g.status != 200 || g.str("User.Username") != "bob" {
		t.Fatalf("get user: %s", g.raw)
	}
	if g := do(t, s, rpc("GetUser", url.Values{"InstanceId": {i2}, "UserId": {uid}})); g.status != 404 {
		t.Fatalf("user visible under another instance: %s", g.raw)
	}
}

func TestFlattenedDecoding(t *testing.T) {
	var got map[string]any
	s := newServer(t, WithoutReferenceChecks(), WithHandler("Eiam", "2021-12-01", "CreateUser", func(ctx context.Context, c *Call) (any, error) {
		got = c.Params
		return c.Default()
	}))
	a := do(t, s, rpc("CreateUser", url.Values{
		"InstanceId": {"i"}, "Username": {"u"}, "Age": {"42"},
		"OrganizationalUnitIds.1": {"ou1"}, "OrganizationalUnitIds.2": {"ou2"}, "OrganizationalUnitIds.10": {"ou10"},
		"CustomFields.1.FieldName": {"dept"}, "CustomFields.1.FieldValue": {"qa"},
		"PasswordInitializationConfig.PasswordInitializationType": {"random"},
		"PasswordInitializationConfig.UserNotificationChannels.1": {"email"},
	}))
	if a.status != 200 {
		t.Fatalf("%s", a.raw)
	}
	ous := got["OrganizationalUnitIds"].([]any)
	if len(ous) != 3 || ous[0] != "ou1" || ous[2] != "ou10" {
		t.Fatalf("array order: %v", ous)
	}
	cf := got["CustomFields"].([]any)[0].(map[string]any)
	if cf["FieldName"] != "dept" || cf["FieldValue"] != "qa" {
		t.Fatalf("custom fields: %v", cf)
	}
	pic := got["PasswordInitializationConfig"].(map[string]any)
	if pic["UserNotificationChannels"].([]any)[0] != "email" {
		t.Fatalf("nested: %v", pic)
	}
	if got["Age"].(interface{ String() string }).String() != "42" {
		t.Fatalf("age: %#v", got["Age"])
	}
}

func TestROAStateAndPathParams(t *testing.T) {
	s := newServer(t)
	c := do(t, s, roa("POST", "/instances/rmq%2A1/accounts", map[string]any{"username": "u1", "password": "p", "remark": "r1"}))
	if c.status != 200 || c.str("success") != "true" || c.str("requestId") == "3AE0999C" {
		t.Fatalf("create: %d %s", c.status, c.raw)
	}
	if dup := do(t, s, roa("POST", "/instances/rmq%2A1/accounts", map[string]any{"username": "u1", "password": "p"})); dup.status != 409 || dup.code() != "EntityAlreadyExists.InstanceAccount" {
		t.Fatalf("duplicate: %d %s", dup.status, dup.raw)
	}
	do(t, s, roa("POST", "/instances/other/accounts", map[string]any{"username": "u2", "password": "p"}))
	l := do(t, s, roa("GET", "/instances/rmq%2A1/accounts", nil))
	if l.str("data.totalCount") != "1" || l.str("data.list.0.username") != "u1" || l.str("data.list.0.remark") != "r1" {
		t.Fatalf("list: %s", l.raw)
	}
	if u := do(t, s, roa("PATCH", "/instances/rmq%2A1/account/u1", map[string]any{"remark": "r2"})); u.status != 200 {
		t.Fatalf("update: %s", u.raw)
	}
	if l := do(t, s, roa("GET", "/instances/rmq%2A1/accounts", nil)); l.str("data.list.0.remark") != "r2" {
		t.Fatalf("after update: %s", l.raw)
	}
	if d := do(t, s, roa("DELETE", "/instances/rmq%2A1/account/u1", nil)); d.status != 200 {
		t.Fatalf("delete: %s", d.raw)
	}
	if d := do(t, s, roa("DELETE", "/instances/rmq%2A1/account/u1", nil)); d.status != 404 || d.body["requestId"] == nil {
		t.Fatalf("second delete: %s", d.raw)
	}
}

func TestBearer(t *testing.T) {
	s := newServer(t, WithBearerToken("good"))
	req := func(tok string) *http.Request {
		r := roa("POST", "/v2/i/a/groups", map[string]any{"groupName": "g"})
		if tok != "" {
			r.Header.Set("Authorization", "Bearer "+tok)
		}
		return r
	}
	if a := do(t, s, req("bad")); a.status != 401 || a.code() != "InvalidAuthorization.Token" || strings.Contains(a.raw, "bad") {
		t.Fatalf("bad token: %s", a.raw)
	}
	a := do(t, s, req("good"))
	if a.status != 200 || !strings.HasPrefix(a.str("groupId"), "group_") {
		t.Fatalf("good token: %s", a.raw)
	}
	r := roa("GET", "/v2/i/a/groups/"+a.str("groupId"), nil)
	r.Header.Set("Authorization", "Bearer good")
	if g := do(t, s, r); g.str("groupName") != "g" {
		t.Fatalf("get group: %s", g.raw)
	}
	// anonymous token endpoint
	if tk := do(t, s, roa("POST", "/v2/i/a/oauth2/token?grant_type=client_credentials", nil)); tk.status != 200 || tk.str("token_type") != "Bearer" {
		t.Fatalf("token: %s", tk.raw)
	}
	for _, e := range s.State() {
		if strings.Contains(e.Account, "good") {
			t.Fatalf("state dump shows the token: %+v", e)
		}
	}
}

func TestIdempotency(t *testing.T) {
	s := newServer(t, WithoutReferenceChecks()) // rules of instance "i1", never created
	mk := func(name, tok string) *http.Request {
		r := httptest.NewRequest("POST", "/?InstanceId=i1&AuthorizationRuleName="+name, strings.NewReader("ClientToken="+tok))
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		r.Header.Set("x-acs-action", "CreateAuthorizationRule")
		r.Header.Set("x-acs-version", "2021-12-01")
		return r
	}
	a := do(t, s, mk("r1", "tok-1"))
	b := do(t, s, mk("r1", "tok-1"))
	if a.status != 200 || a.raw != b.raw {
		t.Fatalf("replay differs:\n%s\n%s", a.raw, b.raw)
	}
	if n := len(s.State()); n != 1 {
		t.Fatalf("replay created %d rules", n)
	}
	c := do(t, s, mk("r2", "tok-1"))
	if c.status != 400 || c.code() != "IdempotentParameterMismatch" {
		t.Fatalf("mismatch: %s", c.raw)
	}
	if d := do(t, s, mk("r2", "tok-2")); d.status != 200 || d.str("AuthorizationRuleId") == a.str("AuthorizationRuleId") {
		t.Fatalf("new token: %s", d.raw)
	}
	// the kept answer is not the buffer later answers are written in
	if e := do(t, s, mk("r1", "tok-1")); e.raw != a.raw {
		t.Fatalf("replay after other answers differs:\n%s\n%s", a.raw, e.raw)
	}
}

func TestDeterministicUnderSeed(t *testing.T) {
	run := func(seed uint64) string {
		s := newServer(t, WithSeed(seed))
		var out strings.Builder
		for range 3 {
			out.WriteString(do(t, s, rpc("CreateInstance", nil)).raw)
			out.WriteString(do(t, s, rpc("CreateUser", url.Values{"InstanceId": {"i"}, "Username": {"u"}})).raw)
		}
		return out.String()
	}
	a, b, c := run(7), run(7), run(8)
	if a != b {
		t.Fatalf("same seed, different answers:\n%s\n%s", a, b)
	}
	if a == c {
		t.Fatalf("different seeds, same answers")
	}
	s := newServer(t, WithSeed(7))
	first := do(t, s, rpc("CreateInstance", nil)).raw
	s.Reset()
	if again := do(t, s, rpc("CreateInstance", nil)).raw; again != first {
		t.Fatalf("after Reset: %s != %s", again, first)
	}
}

func TestHandlerOverride(t *testing.T) {
	s := newServer(t,
		WithHandler("Eiam", "2021-12-01", "GetInstance", func(ctx context.Context, c *Call) (any, error) {
			if c.Params["InstanceId"] == "boom" {
				return nil, Errorf(403, "Forbidden.RAM", "no")
			}
			return map[string]any{"RequestId": c.RequestID, "Instance": map[string]any{"InstanceId": c.Params["InstanceId"]}}, nil
		}))
	if a := do(t, s, rpc("GetInstance", url.Values{"InstanceId": {"anything"}})); a.str("Instance.InstanceId") != "anything" {
		t.Fatalf("%s", a.raw)
	}
	if a := do(t, s, rpc("GetInstance", url.Values{"InstanceId": {"boom"}})); a.status != 403 || a.code() != "Forbidden.RAM" {
		t.Fatalf("%s", a.raw)
	}
	if _, err := New(allSpecs(), WithHandler("Eiam", "2021-12-01", "Nope", nil)); err == nil {
		t.Fatal("handler for an unknown operation accepted")
	}
}

func TestJournalAndVerify(t *testing.T) {
	s := newServer(t)
	do(t, s, rpc("CreateInstance", url.Values{"Description": {"x"}}))
	do(t, s, rpc("GetInstance", nil))
	s.Verify(t, "CreateInstance", 1)
	s.Verify(t, "GetInstance", 1)
	s.VerifyParams(t, "CreateInstance", map[string]string{"Description": "x"})
	reqs := s.Requests()
	if len(reqs) != 2 || reqs[1].Code != "MissingInstanceId" || reqs[0].Region != "cn-hangzhou" {
		t.Fatalf("journal: %+v", reqs)
	}
	ft := &fakeTB{}
	s.Verify(ft, "CreateInstance", 2)
	if !ft.failed {
		t.Fatal("Verify did not fail on a wrong count")
	}
}

type fakeTB struct {
	failed bool
	msgs   []string
}

func (f *fakeTB) Helper() {}
func (f *fakeTB) Errorf(format string, args ...any) {
	f.failed = true
	f.msgs = append(f.msgs, fmt.Sprintf(format, args...))
}

// TestVerifyUnservedOperation: a misspelt operation must not pass Verify or VerifyParams
// silently (it was never called, so a count of 0 "matched"); the failure names the nearest
// served operation. Count keeps answering 0 for it, and Served says why.
func TestVerifyUnservedOperation(t *testing.T) {
	s := newServer(t)
	do(t, s, rpc("CreateInstance", url.Values{"Description": {"x"}}))
	for _, c := range []struct {
		name string
		call func(TB)
	}{
		{"Verify", func(tb TB) { s.Verify(tb, "CreateInstanse", 0) }},
		{"VerifyParams", func(tb TB) { s.VerifyParams(tb, "createinstance", map[string]string{"Description": "x"}) }},
	} {
		ft := &fakeTB{}
		c.call(ft)
		if !ft.failed || len(ft.msgs) != 1 || !strings.Contains(ft.msgs[0], "is not served") ||
			!strings.Contains(ft.msgs[0], "nearest operation: CreateInstance") {
			t.Errorf("%s of a misspelt operation: %q", c.name, ft.msgs)
		}
	}
	ft := &fakeTB{}
	s.Verify(ft, "GetInstance", 0)
	s.Verify(ft, "CreateInstance", 1)
	if ft.failed {
		t.Errorf("Verify of served operations: %q", ft.msgs)
	}
	if n := s.Count("CreateInstanse"); n != 0 {
		t.Errorf("Count of an operation not served: %d", n)
	}
	if err := s.Served("CreateInstanse"); err == nil || !strings.Contains(err.Error(), "nearest operation: CreateInstance") {
		t.Errorf("Served of a misspelt operation: %v", err)
	}
	if err := s.Served("XyzzyPlugh"); err == nil || strings.Contains(err.Error(), "nearest") {
		t.Errorf("Served of a name near nothing: %v", err)
	}
	if err := s.Served("CreateInstance"); err != nil {
		t.Errorf("Served of a served operation: %v", err)
	}
}

// TestNilBody: a request built by a client and handed to ServeHTTP directly has no Body;
// the mock must answer it, not panic.
func TestNilBody(t *testing.T) {
	m, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest("POST", "/", nil)
	req.Body = nil
	rec := httptest.NewRecorder()
	m.ServeHTTP(rec, req)
	if rec.Code < 400 {
		t.Errorf("status %d for a request naming no operation", rec.Code)
	}
}

// TestNewHTTPServerBounds: the server gen serve and the load test run has every timeout
// and the header limit set (a zero means no limit in net/http).
func TestNewHTTPServerBounds(t *testing.T) {
	hs := NewHTTPServer(http.NotFoundHandler())
	if hs.ReadHeaderTimeout <= 0 || hs.ReadTimeout <= 0 || hs.WriteTimeout <= 0 || hs.IdleTimeout <= 0 || hs.MaxHeaderBytes <= 0 {
		t.Fatalf("unbounded: header %v read %v write %v idle %v header bytes %d",
			hs.ReadHeaderTimeout, hs.ReadTimeout, hs.WriteTimeout, hs.IdleTimeout, hs.MaxHeaderBytes)
	}
}

// A suggestion is for a plausible typo only: the bound on edits grows with the name's
// length, so a short name gets no unrelated short one and a long one keeps room for slips.
func TestNearestBound(t *testing.T) {
	ops := []string{"Age", "CreateUser", "DescribeInstances", "ListTagResources"}
	for _, c := range []struct{ name, want string }{
		{"Tag", ""},                 // Age is two edits away: no typo of Tag
		{"Agee", "Age"},             // one edit
		{"CreateUsr", "CreateUser"}, // one edit
		{"describeinstances", "DescribeInstances"}, // case is no edit
		{"DescirbeInstances", "DescribeInstances"}, // a transposition, two edits in 17
		{"DeleteUser", ""},                         // four edits from CreateUser in 10
		{"ListTagResource", "ListTagResources"},    // one edit
	} {
		if got := nearest(c.name, ops); got != c.want {
			t.Errorf("nearest(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}
