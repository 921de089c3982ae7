package sdktest

import (
	"net/http/httptest"
	"strings"
	"testing"

	openapi "github.com/alibabacloud-go/darabonba-openapi/v2/client"
	openapiutil "github.com/alibabacloud-go/darabonba-openapi/v2/utils"
	"github.com/alibabacloud-go/tea/dara"

	"github.com/acsgen/acsgen/acs/mock"
	eiammock "github.com/acsgen/acsgen/generated/eiam20211201/mockserver"
	rocketmqmock "github.com/acsgen/acsgen/generated/rocketmq20220801/mockserver"
	"github.com/acsgen/acsgen/opspec"
)

// Moved from acs/mock (the main module no longer depends on darabonba).
// The official Go runtime (darabonba-openapi v2, what every generated Alibaba Cloud Go
// SDK calls) talks to the mock over a real socket with V3 signatures, and decodes its
// answers and its errors.

func officialClient(t *testing.T, endpoint, secret string) *openapi.Client {
	t.Helper()
	c, err := openapi.NewClient(&openapiutil.Config{
		AccessKeyId: dara.String("testid"), AccessKeySecret: dara.String(secret),
		Endpoint: dara.String(endpoint), Protocol: dara.String("HTTP"), RegionId: dara.String("cn-hangzhou"),
	})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// interopServer serves the mock of the committed EIAM and RocketMQ specs on a loopback
// port behind net/http's server (what gen serve uses); it returns the host:port.
func interopServer(t *testing.T) (string, *mock.Server) {
	t.Helper()
	var want []*opspec.Spec
	for _, spec := range []func() (*opspec.Spec, error){eiammock.Spec, rocketmqmock.Spec} {
		s, err := spec()
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, s)
	}
	srv, err := mock.New(want, mock.WithAccessKey("testid", "testsecret"))
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return strings.TrimPrefix(ts.URL, "http://"), srv
}

// eachFront runs f against the mock behind net/http's server.
func eachFront(t *testing.T, f func(t *testing.T, addr string, srv *mock.Server)) {
	addr, srv := interopServer(t)
	f(t, addr, srv)
}

func rpcParams(action string) *openapiutil.Params {
	return &openapiutil.Params{
		Action: dara.String(action), Version: dara.String("2021-12-01"), Protocol: dara.String("HTTP"),
		Pathname: dara.String("/"), Method: dara.String("POST"), AuthType: dara.String("AK"),
		Style: dara.String("RPC"), ReqBodyType: dara.String("formData"), BodyType: dara.String("json"),
	}
}

func TestInteropOfficialRPC(t *testing.T) { eachFront(t, testInteropOfficialRPC) }

func testInteropOfficialRPC(t *testing.T, addr string, srv *mock.Server) {
	c := officialClient(t, addr, "testsecret")
	rt := &dara.RuntimeOptions{}
	req := &openapiutil.OpenApiRequest{Query: map[string]*string{"Description": dara.String("made by the official SDK")}}
	res, err := c.CallApi(rpcParams("CreateInstance"), req, rt)
	if err != nil {
		t.Fatalf("CreateInstance: %v", err)
	}
	body, _ := res["body"].(map[string]any)
	id, _ := body["InstanceId"].(string)
	if id == "" || body["RequestId"] == "" {
		t.Fatalf("CreateInstance answer: %v", res)
	}
	req = &openapiutil.OpenApiRequest{Query: map[string]*string{"InstanceId": dara.String(id)}}
	res, err = c.CallApi(rpcParams("GetInstance"), req, rt)
	if err != nil {
		t.Fatalf("GetInstance: %v", err)
	}
	inst, _ := res["body"].(map[string]any)["Instance"].(map[string]any)
	if inst["InstanceId"] != id || inst["Description"] != "made by the official SDK" {
		t.Fatalf("GetInstance answer: %v", res)
	}
	// Unknown ID: a decoded Alibaba error with its code.
	req = &openapiutil.OpenApiRequest{Query: map[string]*string{"InstanceId": dara.String("idaas_nope")}}
	_, err = c.CallApi(rpcParams("GetInstance"), req, rt)
	if code := sdkCode(err); !strings.HasPrefix(code, "EntityNotExist") {
		t.Fatalf("unknown instance: code %q, err %v", code, err)
	}
	// Bad signature: wrong secret.
	bad := officialClient(t, addr, "wrongsecret")
	_, err = bad.CallApi(rpcParams("CreateInstance"), &openapiutil.OpenApiRequest{}, rt)
	if code := sdkCode(err); code != "SignatureDoesNotMatch" {
		t.Fatalf("bad signature: code %q, err %v", code, err)
	}
	if strings.Contains(err.Error(), "wrongsecret") || strings.Contains(err.Error(), "testsecret") {
		t.Fatal("a secret is in the error")
	}
	srv.Verify(t, "CreateInstance", 2)
}

func TestInteropOfficialROA(t *testing.T) { eachFront(t, testInteropOfficialROA) }

func testInteropOfficialROA(t *testing.T, addr string, _ *mock.Server) {
	c := officialClient(t, addr, "testsecret")
	params := &openapiutil.Params{
		Action: dara.String("CreateInstanceAccount"), Version: dara.String("2022-08-01"), Protocol: dara.String("HTTP"),
		Pathname: dara.String("/instances/" + dara.PercentEncode("rmq-cn-7e22ody****") + "/accounts"),
		Method:   dara.String("POST"), AuthType: dara.String("AK"), Style: dara.String("ROA"),
		ReqBodyType: dara.String("json"), BodyType: dara.String("json"),
	}
	req := &openapiutil.OpenApiRequest{Body: map[string]any{"username": "u1", "password": "p@ss word"}}
	res, err := c.CallApi(params, req, &dara.RuntimeOptions{})
	if err != nil {
		t.Fatalf("CreateInstanceAccount: %v", err)
	}
	body, _ := res["body"].(map[string]any)
	if body["success"] != true || body["requestId"] == "" {
		t.Fatalf("answer: %v", res)
	}
	// Missing required body field: decoded lower-case ROA envelope.
	req = &openapiutil.OpenApiRequest{Body: map[string]any{"username": "u2"}}
	_, err = c.CallApi(params, req, &dara.RuntimeOptions{})
	if code := sdkCode(err); code != "MissingPassword" {
		t.Fatalf("missing password: code %q, err %v", code, err)
	}
}

// sdkCode reads the Code of an error returned by the official runtime.
func sdkCode(err error) string {
	if err == nil {
		return ""
	}
	if code, _, ok := errCode(err); ok {
		return code
	}
	return "?" + err.Error()
}
