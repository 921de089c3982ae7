package sdktest

import (
	"encoding/json"
	"net/http"
	"net/url"
	"testing"

	openapi "github.com/alibabacloud-go/darabonba-openapi/v2/client"
	openapiutil "github.com/alibabacloud-go/darabonba-openapi/v2/utils"
	"github.com/alibabacloud-go/tea/dara"

	"github.com/acsgen/acsgen/acs/mock"
)

// Elasticsearch 2017-06-13 (ROA): operations whose request body is a JSON list (the
// metadata's whole-body parameter). The official Elasticsearch Go SDK is not served by the
// module proxy this project reaches, so the calls go through the runtime that SDK is
// generated onto, darabonba-openapi's CallApi, with the parameters the SDK's
// CreatePipelinesWithOptions and UninstallLogstashPluginWithOptions pass (ROA, POST, the
// path with the percent-encoded instance ID, reqBodyType json, the list as the body),
// against `gen serve` on the spec imported from the official metadata, signatures checked.
// The mock's journal (its control API) shows what it read from the body.

var esProduct = product{"elasticsearch", "2017-06-13", "elasticsearch"}

func esParams(action, path string) *openapiutil.Params {
	return &openapiutil.Params{
		Action: dara.String(action), Version: dara.String(esProduct.version), Protocol: dara.String("HTTP"),
		Pathname: dara.String(path), Method: dara.String("POST"), AuthType: dara.String("AK"),
		Style: dara.String("ROA"), ReqBodyType: dara.String("json"), BodyType: dara.String("json"),
	}
}

// journalBody reads the whole-body value the mock journaled for the last call of op.
func journalBody(t *testing.T, endpoint, op string) string {
	t.Helper()
	resp, err := http.Get("http://" + endpoint + mock.ControlPrefix + "requests?operation=" + url.QueryEscape(op))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var reqs []mock.Request
	if err := json.NewDecoder(resp.Body).Decode(&reqs); err != nil || len(reqs) == 0 {
		t.Fatalf("journal of %s: %v (%d requests)", op, err, len(reqs))
	}
	last := reqs[len(reqs)-1]
	if last.Status != 200 {
		t.Fatalf("journal of %s: status %d %s", op, last.Status, last.Code)
	}
	b, _ := json.Marshal(last.Params["body"])
	return string(b)
}

func TestElasticsearchListBodyOfficialRuntime(t *testing.T) {
	spec := esProduct.fromMetadata("CreateLogstash", "CreatePipelines", "UninstallLogstashPlugin").load(t)
	endpoint := serveGen(t, spec, true)
	c, err := openapi.NewClient(sdkConfig(endpoint, testSecret))
	if err != nil {
		t.Fatal(err)
	}
	rt := &dara.RuntimeOptions{}
	// A Logstash instance to act on (its body is an object: the body's fields).
	res, err := c.CallApi(esParams("CreateLogstash", "/openapi/logstashes"), &openapiutil.OpenApiRequest{Body: map[string]any{
		"version": "6.7_with_X-Pack", "nodeAmount": 2, "nodeSpec": map[string]any{"spec": "elasticsearch.ic5.2xlarge"},
		"networkConfig": map[string]any{"vpcId": "vpc-1", "vswitchId": "vsw-1", "vsArea": "cn-hangzhou-i"},
	}}, rt)
	if err != nil {
		t.Fatalf("CreateLogstash: %v", err)
	}
	result, _ := res["body"].(map[string]any)["Result"].(map[string]any)
	instance, _ := result["instanceId"].(string)
	if instance == "" {
		t.Fatalf("CreateLogstash answer: %v", res)
	}
	pipelines := "/openapi/logstashes/" + dara.PercentEncode(instance) + "/pipelines"

	// CreatePipelines: a list of objects.
	body := []map[string]any{
		{"pipelineId": "p1", "config": "input { } output { }", "workers": 2},
		{"pipelineId": "p2", "config": "input { }", "description": "second"},
	}
	req := &openapiutil.OpenApiRequest{Query: map[string]*string{"trigger": dara.String("false")}, Body: body}
	res, err = c.CallApi(esParams("CreatePipelines", pipelines), req, rt)
	if err != nil {
		t.Fatalf("CreatePipelines: %v", err)
	}
	if out, _ := res["body"].(map[string]any); out == nil || out["RequestId"] == "" {
		t.Fatalf("CreatePipelines answer: %v", res)
	}
	const want = `[{"config":"input { } output { }","pipelineId":"p1","workers":2},{"config":"input { }","description":"second","pipelineId":"p2"}]`
	if got := journalBody(t, endpoint, "CreatePipelines"); got != want {
		t.Errorf("the mock read the body as %s, want %s", got, want)
	}

	// An item without its required pipelineId: the mock says so, the runtime decodes it.
	req = &openapiutil.OpenApiRequest{Body: []map[string]any{{"config": "input { }"}}}
	_, err = c.CallApi(esParams("CreatePipelines", pipelines), req, rt)
	if code, status, ok := errCode(err); !ok || status != 400 || code == "" {
		t.Errorf("an item without pipelineId: code %q, HTTP %d, err %v", code, status, err)
	}

	// UninstallLogstashPlugin: a list of plug-in names.
	plugins := "/openapi/logstashes/" + dara.PercentEncode(instance) + "/plugins/actions/uninstall"
	req = &openapiutil.OpenApiRequest{Body: []string{"logstash-input-datahub", "logstash-input-maxcompute"}}
	if _, err := c.CallApi(esParams("UninstallLogstashPlugin", plugins), req, rt); err != nil {
		t.Fatalf("UninstallLogstashPlugin: %v", err)
	}
	if got := journalBody(t, endpoint, "UninstallLogstashPlugin"); got != `["logstash-input-datahub","logstash-input-maxcompute"]` {
		t.Errorf("the mock read the plug-in list as %s", got)
	}

	// The signature covers the body: a wrong secret is refused.
	bad, err := openapi.NewClient(sdkConfig(endpoint, "wrong-secret"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = bad.CallApi(esParams("UninstallLogstashPlugin", plugins), req, rt)
	if code := sdkCode(err); code != "SignatureDoesNotMatch" {
		t.Errorf("wrong secret: code %q, err %v", code, err)
	}
}
