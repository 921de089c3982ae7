package mock

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
)

// The resource model on an ROA product shaped like Elasticsearch (issue 14, user trial):
// identifiers from path parameters, the created ID inside the Result wrapper, lower-case
// fields matched with the path's InstanceId, operations under an instance's path
// (UpdateDescription, RenewInstance) addressing it, and not-found from the documented code.
// Over real HTTP, on the hand-made testdata/roa.yaml (always) and on the Elasticsearch
// pages (en, zh) and official metadata of ../shared (skipped where absent).

// roaHTTP calls one ROA product version served over real HTTP.
type roaHTTP struct {
	t       *testing.T
	url     string
	host    string
	version string
}

func (c roaHTTP) call(method, path string, body any) answer {
	c.t.Helper()
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			c.t.Fatal(err)
		}
		rd = bytes.NewReader(b)
	}
	r, err := http.NewRequest(method, c.url+path, rd)
	if err != nil {
		c.t.Fatal(err)
	}
	r.Host = c.host
	r.Header.Set("x-acs-version", c.version)
	if body != nil {
		r.Header.Set("Content-Type", "application/json")
	}
	resp, err := http.DefaultClient.Do(r)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		c.t.Fatal(err)
	}
	a := answer{status: resp.StatusCode, header: resp.Header, raw: string(raw)}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&a.body); err != nil {
		c.t.Fatalf("%s %s: not a JSON object: %v: %q", method, path, err, raw)
	}
	return a
}

func (c roaHTTP) ok(method, path string, body any) answer {
	c.t.Helper()
	a := c.call(method, path, body)
	if a.status != 200 {
		c.t.Fatalf("%s %s: %d %s", method, path, a.status, a.raw)
	}
	return a
}

// notFound fails the test unless the call answers the documented InstanceNotFound.
func (c roaHTTP) notFound(method, path string, body any) {
	c.t.Helper()
	if a := c.call(method, path, body); a.status != 400 || a.code() != "InstanceNotFound" {
		c.t.Errorf("%s %s: %d %s, want the documented InstanceNotFound (400)", method, path, a.status, a.raw)
	}
}

func runROAInstanceFlow(t *testing.T, spec *opspec.Spec, host string, create map[string]any) {
	s, err := New([]*opspec.Spec{spec})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s)
	defer srv.Close()
	c := roaHTTP{t: t, url: srv.URL, host: host, version: spec.Version}

	id := c.ok("POST", "/openapi/instances", create).str("Result.instanceId")
	if !strings.HasPrefix(id, "es-") || strings.Contains(id, "*") || len(id) < 20 {
		t.Fatalf("createInstance answered instanceId %q, want a generated es-... ID", id)
	}
	if st := s.State(); len(st) != 1 || st[0].Kind != "Instance" || st[0].ID != id {
		t.Errorf("State after create: %+v", st)
	}
	d := c.ok("GET", "/openapi/instances/"+id, nil)
	if d.str("Result.instanceId") != id || d.str("Result.esVersion") != create["esVersion"] {
		t.Errorf("DescribeInstance: %s", d.raw)
	}
	if got := d.str("Result.description"); got != "<nil>" {
		t.Errorf("DescribeInstance before any description was set: description %q, want none", got)
	}
	if u := c.ok("PATCH", "/openapi/instances/"+id+"/description", map[string]any{"description": "search-prod"}); u.str("Result.description") != "search-prod" {
		t.Errorf("UpdateDescription answered %s", u.raw)
	}
	if got := c.ok("GET", "/openapi/instances/"+id, nil).str("Result.description"); got != "search-prod" {
		t.Errorf("DescribeInstance after UpdateDescription: description %q, want search-prod", got)
	}
	other := c.ok("POST", "/openapi/instances", create).str("Result.instanceId")
	// the query's lower-case instanceId and description select by the stored attributes
	// (set through the path's InstanceId and the body's description)
	for q, want := range map[string]string{"instanceId=" + id: id, "instanceId=" + other: other, "description=search-prod": id, "description=nothing": ""} {
		items := c.ok("GET", "/openapi/instances?"+q, nil).list("Result")
		if got := strings.Join(names(items, "instanceId"), ","); got != want {
			t.Errorf("ListInstance %s: %q, want %q", q, got, want)
		}
	}
	// one page of one, and the total where the answer documents one (Headers.X-Total-Count)
	page := c.ok("GET", "/openapi/instances?page=2&size=1", nil)
	if got := names(page.list("Result"), "instanceId"); len(got) != 1 || got[0] != other {
		t.Errorf("ListInstance page 2 of size 1: %v, want [%s]", got, other)
	}
	if _, documented := page.body["Headers"]; documented {
		if got := page.str("Headers.X-Total-Count"); got != "2" {
			t.Errorf("ListInstance Headers.X-Total-Count %s, want 2", got)
		}
	}
	c.ok("DELETE", "/openapi/instances/"+other, nil)
	c.ok("POST", "/openapi/instances/"+id+"/actions/renew", map[string]any{"duration": 1, "pricingCycle": "Month"})
	c.notFound("GET", "/openapi/instances/es-nope", nil)
	c.notFound("PATCH", "/openapi/instances/es-nope/description", map[string]any{"description": "x"})
	c.notFound("POST", "/openapi/instances/es-nope/actions/renew", map[string]any{"duration": 1, "pricingCycle": "Month"})
	if spec.Operation("DeleteSnapshotRepo") != nil {
		c.notFound("DELETE", "/openapi/instances/es-nope/snapshot-repos?repoPath=es-cn-other", nil)
		c.ok("DELETE", "/openapi/instances/"+id+"/snapshot-repos?repoPath=es-cn-other", nil)
	}
	c.ok("DELETE", "/openapi/instances/"+id, nil)
	c.notFound("GET", "/openapi/instances/"+id, nil)
	c.notFound("DELETE", "/openapi/instances/"+id, nil)
	if st := s.State(); len(st) != 0 {
		t.Errorf("State after delete: %+v", st)
	}
	noWarnings(t, s)
}

func TestROAInstanceFlowTestdata(t *testing.T) {
	runROAInstanceFlow(t, testdataSpec(t, "roa.yaml"), "searchdemo.cn-hangzhou.aliyuncs.com",
		map[string]any{"esVersion": "6.7_with_X-Pack", "nodeAmount": 2})
}

func TestROAInstanceFlowElasticsearch(t *testing.T) {
	for _, src := range []string{"en", "zh", "metadata"} {
		t.Run(src, func(t *testing.T) {
			var spec *opspec.Spec
			if src == "metadata" {
				spec = sharedSpec(t, "", "", "corpus", "metadata", "elasticsearch", "2017-06-13", "api-docs.json")
			} else {
				spec = sharedSpec(t, "Elasticsearch", "2017-06-13", "corpus", "products", "elasticsearch", src)
			}
			runROAInstanceFlow(t, spec, "elasticsearch.cn-hangzhou.aliyuncs.com", map[string]any{
				"paymentType": "postpaid", "nodeAmount": 2, "esAdminPassword": "pw", "esVersion": "6.7_with_X-Pack",
				"nodeSpec":      map[string]any{"spec": "elasticsearch.sn2ne.xlarge", "disk": "20", "diskType": "cloud_ssd"},
				"networkConfig": map[string]any{"type": "VPC", "vpcId": "vpc-1", "vsArea": "cn-hangzhou-i", "vswitchId": "vsw-1"}})
		})
	}
}
