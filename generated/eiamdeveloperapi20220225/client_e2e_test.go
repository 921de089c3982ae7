// Hand-written end-to-end tests of the generated Eiam-developerapi (ROA, bearer) client
// against an httptest server: bearer header and no ACS3 signature, path and query
// encoding, JSON bodies, 204 replies, pagination, errors and retries.
package eiamdeveloperapi20220225

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/acsgen/acsgen/acs"
)

type seen struct {
	mu    sync.Mutex
	reqs  []*http.Request
	bodys []string
}

func (s *seen) add(r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	s.mu.Lock()
	s.reqs = append(s.reqs, r)
	s.bodys = append(s.bodys, string(b))
	s.mu.Unlock()
}

func newClient(t *testing.T, h http.Handler, sleeps *[]time.Duration) *Client {
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	c, err := NewClient(WithEndpoint(srv.URL),
		WithBearerToken(func(context.Context) (string, error) { return "testtoken", nil }),
		WithRetry(acs.RetryPolicy{Sleep: func(ctx context.Context, d time.Duration) error { *sleeps = append(*sleeps, d); return nil }, Rand: func() float64 { return 0 }}))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestBearerWireFormat(t *testing.T) {
	var s seen
	var sleeps []time.Duration
	c := newClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.add(r)
		switch r.Method {
		case "GET":
			io.WriteString(w, `{"userId":"user_1","displayName":"Ann","status":"enabled","customFields":[{"fieldName":"dept","fieldValue":"qa"}]}`)
		case "POST":
			io.WriteString(w, `{"groupId":"group_1"}`)
		case "PATCH":
			w.WriteHeader(http.StatusNoContent)
		}
	}), &sleeps)
	ctx := context.Background()

	u, err := c.GetUser(ctx, &GetUserRequest{InstanceId: "idaas_1", ApplicationId: "app 1", UserId: "user/1"})
	if err != nil {
		t.Fatal(err)
	}
	if u.UserId != "user_1" || u.DisplayName != "Ann" || u.Status != "enabled" || len(u.CustomFields) != 1 || u.CustomFields[0].FieldValue != "qa" {
		t.Errorf("decoded %+v", u)
	}
	g, err := c.CreateGroup(ctx, &CreateGroupRequest{InstanceId: "idaas_1", ApplicationId: "app_1", GroupName: "g1"})
	if err != nil || g.GroupId != "group_1" {
		t.Fatal(g, err)
	}
	if _, err := c.PatchUser(ctx, &PatchUserRequest{InstanceId: "idaas_1", ApplicationId: "app_1", UserId: "user_1", DisplayName: "Bob"}); err != nil {
		t.Fatalf("204 reply: %v", err)
	}

	get, post, patch := s.reqs[0], s.reqs[1], s.reqs[2]
	if get.URL.EscapedPath() != "/v2/idaas_1/app%201/users/user%2F1" {
		t.Errorf("GET path %s", get.URL.EscapedPath())
	}
	if post.URL.Path != "/v2/idaas_1/app_1/groups" || s.bodys[1] != `{"groupName":"g1"}` {
		t.Errorf("POST %s %s", post.URL.Path, s.bodys[1])
	}
	if patch.Method != "PATCH" || s.bodys[2] != `{"displayName":"Bob"}` {
		t.Errorf("PATCH %s %s", patch.Method, s.bodys[2])
	}
	for _, r := range s.reqs {
		if got := r.Header.Get("Authorization"); got != "Bearer testtoken" {
			t.Errorf("%s: Authorization %q", r.Method, got)
		}
		for _, h := range []string{"x-acs-date", "x-acs-content-sha256", "x-acs-credentials-provider"} {
			if r.Header.Get(h) != "" {
				t.Errorf("%s: bearer call carries %s", r.Method, h)
			}
		}
		if r.Header.Get("x-acs-version") != "2022-02-25" {
			t.Errorf("%s: x-acs-version %q", r.Method, r.Header.Get("x-acs-version"))
		}
	}
}

func TestAnonymousTokenEndpoint(t *testing.T) {
	var s seen
	var sleeps []time.Duration
	c := newClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.add(r)
		io.WriteString(w, `{"access_token":"at","token_type":"Bearer","expires_in":"1200"}`)
	}), &sleeps)
	tok, err := c.GenerateToken(context.Background(), &GenerateTokenRequest{InstanceId: "i", ApplicationId: "a", GrantType: GenerateTokenRequestGrantTypeClientCredentials, ClientId: "cid", Scope: "openid profile"})
	if err != nil {
		t.Fatal(err)
	}
	if tok.AccessToken != "at" || tok.ExpiresIn != 1200 {
		t.Errorf("decoded %+v (expires_in sent as a string must still decode)", tok)
	}
	r := s.reqs[0]
	if r.Header.Get("Authorization") != "" {
		t.Errorf("anonymous call sent Authorization %q", r.Header.Get("Authorization"))
	}
	if q := r.URL.Query(); q.Get("grant_type") != "client_credentials" || q.Get("scope") != "openid profile" {
		t.Errorf("query %q", r.URL.RawQuery)
	}
	_, err = c.GenerateToken(context.Background(), &GenerateTokenRequest{InstanceId: "i", ApplicationId: "a", GrantType: "magic"})
	var ve *ValidationError
	if !errors.As(err, &ve) || ve.Field != "grant_type" {
		t.Errorf("bad grant_type: %v", err)
	}
}

func TestListUsersAllPages(t *testing.T) {
	var s seen
	var sleeps []time.Duration
	c := newClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.add(r)
		page, _ := strconv.Atoi(r.URL.Query().Get("pageNumber"))
		var items string
		for i := 0; i < 2 && (page-1)*2+i < 5; i++ {
			if i > 0 {
				items += ","
			}
			items += fmt.Sprintf(`{"userId":"u%d"}`, (page-1)*2+i)
		}
		fmt.Fprintf(w, `{"totalCount":5,"data":[%s]}`, items)
	}), &sleeps)
	var got []string
	for u, err := range c.ListUsersAll(context.Background(), &ListUsersRequest{InstanceId: "i", ApplicationId: "a", PageSize: 2}) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, u.UserId)
	}
	if fmt.Sprint(got) != "[u0 u1 u2 u3 u4]" || len(s.reqs) != 3 {
		t.Errorf("got %v in %d requests, want 5 users in 3 pages", got, len(s.reqs))
	}
	// Breaking out early stops paging.
	n := 0
	for range c.ListUsersAll(context.Background(), &ListUsersRequest{InstanceId: "i", ApplicationId: "a", PageSize: 2}) {
		n++
		break
	}
	if n != 1 || len(s.reqs) != 4 {
		t.Errorf("early break: %d items, %d requests", n, len(s.reqs))
	}
}

func TestBearerErrorsAndRetries(t *testing.T) {
	var s seen
	var sleeps []time.Duration
	c := newClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.add(r)
		w.Header().Set("Content-Type", "application/json")
		if len(s.reqs) < 3 {
			w.WriteHeader(500) // GET is idempotent: retried
			io.WriteString(w, `{"code":"InternalError","message":"x","requestId":"r"}`)
			return
		}
		w.WriteHeader(403)
		io.WriteString(w, `{"code":"Forbidden.AccessDenied","message":"no","requestId":"r3"}`)
	}), &sleeps)
	_, err := c.GetUser(context.Background(), &GetUserRequest{InstanceId: "i", ApplicationId: "a", UserId: "u"})
	var ae *acs.Error
	if !errors.As(err, &ae) || ae.StatusCode != 403 || ae.Code != "Forbidden.AccessDenied" {
		t.Fatalf("err %v", err)
	}
	if len(s.reqs) != 3 || len(sleeps) != 2 || sleeps[0] != 100*time.Millisecond || sleeps[1] != 200*time.Millisecond {
		t.Errorf("%d requests, sleeps %v; want 3 and [100ms 200ms]", len(s.reqs), sleeps)
	}
	for _, rr := range s.reqs {
		if rr.Header.Get("Authorization") != "Bearer testtoken" {
			t.Error("retry lost the bearer token")
		}
	}
}
