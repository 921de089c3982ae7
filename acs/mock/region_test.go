package mock

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"

	"github.com/acsgen/acsgen/opspec"
)

// TestRegionFromDocumentedHost calls the mock over real HTTP, with no RegionId parameter, at
// hosts the spec documents that do not follow <product>.<region>.aliyuncs.com (shaped like
// the metadata's "ims.aliyuncs.com" and "ecs-cn-hangzhou.aliyuncs.com"): the region comes
// from the spec's endpoints, agrees with the pattern host of the same region, and state is
// kept per region.
func TestRegionFromDocumentedHost(t *testing.T) {
	spec := testdataSpec(t, "ram.yaml")
	spec.Endpoints = []opspec.Endpoint{
		{Region: "cn-hangzhou", Host: "ram.aliyuncs.com"},
		{Region: "cn-shanghai-finance-1", Host: "ram-cn-shanghai-finance-1.aliyuncs.com"},
		{Region: "cn-shenzhen-finance-1", Host: "ram-cn-shanghai-finance-1.aliyuncs.com"},
	}
	s, err := New([]*opspec.Spec{spec})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s)
	defer srv.Close()
	call := func(host, action, user string) int {
		t.Helper()
		req, err := http.NewRequest("POST", srv.URL+"/?"+url.Values{"UserName": {user}}.Encode(), nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Host = host
		req.Header.Set("x-acs-action", action)
		req.Header.Set("x-acs-version", spec.Version)
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if _, err := io.Copy(io.Discard, resp.Body); err != nil {
			t.Fatal(err)
		}
		return resp.StatusCode
	}
	if got := call("RAM.aliyuncs.com:443", "CreateUser", "alice"); got != 200 {
		t.Fatalf("CreateUser at ram.aliyuncs.com: %d", got)
	}
	if got := call("ram-cn-shanghai-finance-1.aliyuncs.com", "CreateUser", "bob"); got != 200 {
		t.Fatalf("CreateUser at ram-cn-shanghai-finance-1.aliyuncs.com: %d", got)
	}
	for _, c := range []struct {
		host, user string
		want       int
	}{
		{"ram.aliyuncs.com", "alice", 200},
		{"ram.cn-hangzhou.aliyuncs.com", "alice", 200},
		{"ram.cn-shanghai.aliyuncs.com", "alice", 404},
		{"ram-cn-shanghai-finance-1.aliyuncs.com", "alice", 404},
		{"ram-cn-shanghai-finance-1.aliyuncs.com", "bob", 200},
		{"ram.cn-shanghai-finance-1.aliyuncs.com", "bob", 200},
		{"ram.aliyuncs.com", "bob", 404},
	} {
		if got := call(c.host, "GetUser", c.user); got != c.want {
			t.Errorf("GetUser %s at %s: %d, want %d", c.user, c.host, got, c.want)
		}
	}
	regions := map[string]string{}
	for _, e := range s.State() {
		regions[e.ID] = e.Region
	}
	if regions["alice"] != "cn-hangzhou" || regions["bob"] != "cn-shanghai-finance-1" {
		t.Errorf("state regions %v: want alice in cn-hangzhou, bob in cn-shanghai-finance-1", regions)
	}
}

// TestRouteByDocumentedHost: two products with the same version and action are told apart
// by a documented host that does not name the product as its first label.
func TestRouteByDocumentedHost(t *testing.T) {
	ram := testdataSpec(t, "ram.yaml")
	other := testdataSpec(t, "ram.yaml")
	other.Product = "Ims"
	other.Endpoints = []opspec.Endpoint{{Region: "cn-hangzhou", Host: "ims-global.aliyuncs.com"}}
	s, err := New([]*opspec.Spec{ram, other})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s)
	defer srv.Close()
	req, err := http.NewRequest("POST", srv.URL+"/?UserName=alice", nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Host = "ims-global.aliyuncs.com"
	req.Header.Set("x-acs-action", "CreateUser")
	req.Header.Set("x-acs-version", ram.Version)
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("CreateUser: %d", resp.StatusCode)
	}
	if got := s.Requests(); len(got) != 1 || got[0].Product != "Ims" {
		t.Errorf("answered by %+v, want the Ims operation", got)
	}
}
