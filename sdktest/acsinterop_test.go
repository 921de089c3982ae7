package sdktest

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strings"
	"testing"

	openapi "github.com/alibabacloud-go/darabonba-openapi/v2/client"
	openapiutil "github.com/alibabacloud-go/darabonba-openapi/v2/utils"
	"github.com/alibabacloud-go/tea/dara"

	"github.com/acsgen/acsgen/acs"
)

// Moved from acs (the main module no longer depends on darabonba). These tests pin our runtime to the official one (darabonba-openapi v2, the runtime of
// the generated Alibaba Cloud Go SDK): same canonical request and Authorization for the
// same inputs, same flattening, and its real requests verify with our acs.VerifyV3.

type ifTag struct {
	Key   string `json:"Key"`
	Value string `json:"Value,omitempty"`
}

type ifConfig struct {
	PasswordInitializationType string   `json:"PasswordInitializationType"`
	UserNotificationChannels   []string `json:"UserNotificationChannels"`
}

func interopParams() map[string]any {
	return map[string]any{
		"InstanceId":                   "idaas_abc",
		"UserIds":                      []string{"user_1", "user 2", "u*3~"},
		"Tag":                          []ifTag{{Key: "k1", Value: "v 1"}, {Key: "k2"}},
		"PasswordInitializationConfig": ifConfig{"random", []string{"email", "sms"}},
		"MaxResults":                   20,
		"Enabled":                      true,
		"Description":                  "a/b&c=d 中文",
	}
}

// interopNonce is a fixed signature nonce (the runtime's tests use the same).
const interopNonce = "3156853299f313e23d1673dc12e1703d3156853299f313e23d1673dc12e1703d"

func ourFlat(params map[string]any) acs.Values {
	keys := make([]string, 0, len(params))
	for k := range params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var v acs.Values
	for _, k := range keys {
		v.AddFlat(k, params[k])
	}
	return v
}

func asMap(v acs.Values) map[string]string {
	m := map[string]string{}
	for _, p := range v {
		m[p.Key] = p.Value
	}
	return m
}

func TestInteropFlattening(t *testing.T) {
	params := interopParams()
	ours := asMap(ourFlat(params))
	theirs := map[string]string{}
	for k, v := range openapiutil.Query(params) {
		theirs[k] = dara.StringValue(v)
	}
	if fmt.Sprint(ours) != fmt.Sprint(theirs) {
		t.Errorf("Query flattening differs\nours:   %v\ntheirs: %v", ours, theirs)
	}
	form, err := url.ParseQuery(dara.StringValue(openapiutil.ToForm(params)))
	if err != nil {
		t.Fatal(err)
	}
	fromForm := map[string]string{}
	for k, v := range form {
		fromForm[k] = v[0]
	}
	if fmt.Sprint(ours) != fmt.Sprint(fromForm) {
		t.Errorf("ToForm differs\nours:   %v\ntheirs: %v", ours, fromForm)
	}
	// Our encoded form body decodes to the same map.
	back, err := url.ParseQuery(ourFlat(params).Encode())
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range back {
		if ours[k] != v[0] {
			t.Errorf("our encoding of %s round-trips to %q", k, v[0])
		}
	}
}

func TestInteropGetAuthorization(t *testing.T) {
	type tc struct {
		name, method, path string
		query              acs.Values
		headers            map[string]string
		body               []byte
	}
	roaPath, _ := acs.ExpandPath("/instances/{instanceId}/accounts", map[string]string{"instanceId": "rmq cn/7e22ody****~"})
	cases := []tc{
		{"rpc flattened", "POST", "/", ourFlat(interopParams()), map[string]string{
			"host": "eiam.cn-hangzhou.aliyuncs.com", "x-acs-action": "CreateUser", "x-acs-version": "2021-12-01",
			"x-acs-credentials-provider": "static_ak", "user-agent": "not signed", "accept": "application/json",
		}, nil},
		{"rpc form", "POST", "/", acs.Values{{Key: "InstanceId", Value: "i"}}, map[string]string{
			"host": "eiam.cn-hangzhou.aliyuncs.com", "x-acs-action": "CreateAuthorizationRule", "x-acs-version": "2021-12-01",
			"content-type": "application/x-www-form-urlencoded",
		}, []byte("ClientToken=tok-1")},
		{"roa json", "POST", roaPath, acs.Values{{Key: "pageNumber", Value: "1"}, {Key: "empty", Value: ""}}, map[string]string{
			"host": "rocketmq.cn-hangzhou.aliyuncs.com", "x-acs-action": "CreateInstanceAccount", "x-acs-version": "2022-08-01",
			"content-type": "application/json; charset=utf-8", "x-acs-security-token": "tok", "x-acs-accesskey-id": "AK",
		}, []byte(`{"username":"u"}`)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			hash := acs.HashPayload(c.body)
			h := map[string]string{"x-acs-date": "2023-10-26T10:22:32Z", "x-acs-signature-nonce": interopNonce, "x-acs-content-sha256": hash}
			for k, v := range c.headers {
				h[k] = v
			}
			var pairs []acs.Pair
			dh := map[string]*string{}
			for k, v := range h {
				pairs = append(pairs, acs.Pair{Key: k, Value: v})
				dh[k] = dara.String(v)
			}
			dq := map[string]*string{}
			for _, p := range c.query {
				dq[p.Key] = dara.String(p.Value)
			}
			dreq := dara.NewRequest()
			dreq.Method, dreq.Pathname, dreq.Query, dreq.Headers = dara.String(c.method), dara.String(c.path), dq, dh
			theirs := dara.StringValue(openapiutil.GetAuthorization(dreq, dara.String(acs.AlgorithmV3), dara.String(hash), dara.String("AK"), dara.String("SK")))
			ours := acs.SignV3(&acs.SigningInput{Method: c.method, URI: c.path, Query: c.query, Headers: pairs, PayloadHash: hash}, "AK", "SK")
			if ours != theirs {
				canonical, _ := acs.CanonicalRequestV3(&acs.SigningInput{Method: c.method, URI: c.path, Query: c.query, Headers: pairs, PayloadHash: hash})
				t.Errorf("Authorization differs\nours:   %s\ntheirs: %s\nour canonical request:\n%s", ours, theirs, canonical)
			}
		})
	}
}

func TestInteropRPCSignatureV2(t *testing.T) {
	params := ourFlat(interopParams())
	params = append(params, acs.Pair{Key: "Action", Value: "CreateUser"}, acs.Pair{Key: "Timestamp", Value: "2023-03-13T08:34:30Z"})
	dp := map[string]*string{}
	for _, p := range params {
		dp[p.Key] = dara.String(p.Value)
	}
	theirs := dara.StringValue(openapiutil.GetRPCSignature(dp, dara.String("POST"), dara.String("testsecret")))
	if ours := acs.SignV2("POST", params, "testsecret"); ours != theirs {
		t.Errorf("V2 signature ours %s theirs %s", ours, theirs)
	}
}

// The official runtime's own requests (CallApi → DoRequest, V3) pass our verifier, and the
// parameters it sends decode to what our flattener produces.
func TestInteropVerifyOfficialRequests(t *testing.T) {
	var got []*http.Request
	var bodies [][]byte
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		got, bodies = append(got, r), append(bodies, b)
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"RequestId":"x"}`)
	}))
	defer srv.Close()
	cfg := &openapi.Config{AccessKeyId: dara.String("testid"), AccessKeySecret: dara.String("testsecret"),
		Endpoint: dara.String(strings.TrimPrefix(srv.URL, "http://")), Protocol: dara.String("http")}
	client, err := openapi.NewClient(cfg)
	if err != nil {
		t.Fatal(err)
	}
	rpc := &openapi.Params{Action: dara.String("CreateUser"), Version: dara.String("2021-12-01"), Protocol: dara.String("HTTPS"),
		Pathname: dara.String("/"), Method: dara.String("POST"), AuthType: dara.String("AK"), Style: dara.String("RPC"),
		ReqBodyType: dara.String("formData"), BodyType: dara.String("json")}
	req := &openapi.OpenApiRequest{Query: openapiutil.Query(interopParams()),
		Body: openapiutil.ParseToMap(map[string]any{"ClientToken": "tok 1"})}
	if _, err := client.CallApi(rpc, req, &dara.RuntimeOptions{}); err != nil {
		t.Fatal(err)
	}
	roaPath := "/instances/" + dara.PercentEncode("rmq-cn-7e22ody****") + "/accounts"
	roa := &openapi.Params{Action: dara.String("CreateInstanceAccount"), Version: dara.String("2022-08-01"), Protocol: dara.String("HTTPS"),
		Pathname: dara.String(roaPath), Method: dara.String("POST"), AuthType: dara.String("AK"), Style: dara.String("ROA"),
		ReqBodyType: dara.String("json"), BodyType: dara.String("json")}
	req2 := &openapi.OpenApiRequest{Query: map[string]*string{"pageSize": dara.String("10")},
		Body: openapiutil.ParseToMap(map[string]any{"username": "u 1", "password": "p*"})}
	if _, err := client.CallApi(roa, req2, &dara.RuntimeOptions{}); err != nil {
		t.Fatal(err)
	}
	lookup := func(id string) (string, bool) { return "testsecret", id == "testid" }
	for i, r := range got {
		if err := acs.VerifyV3(r, bodies[i], lookup); err != nil {
			t.Errorf("request %d (%s %s) from the official runtime does not verify: %v", i, r.Method, r.RequestURI, err)
		}
	}
	want := asMap(ourFlat(interopParams()))
	gotQ := map[string]string{}
	for k, v := range got[0].URL.Query() {
		gotQ[k] = v[0]
	}
	if fmt.Sprint(gotQ) != fmt.Sprint(want) {
		t.Errorf("official RPC query %v\nours %v", gotQ, want)
	}
	if string(bodies[0]) != "ClientToken=tok+1" {
		t.Errorf("official form body %q", bodies[0])
	}
	if got[1].URL.EscapedPath() != "/instances/rmq-cn-7e22ody%2A%2A%2A%2A/accounts" {
		t.Errorf("official ROA path %s", got[1].URL.EscapedPath())
	}
}
