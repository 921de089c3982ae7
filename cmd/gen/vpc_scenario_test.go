package main

import (
	"encoding/json"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	openapi "github.com/alibabacloud-go/darabonba-openapi/v2/client"
	openapiutil "github.com/alibabacloud-go/darabonba-openapi/v2/utils"
	"github.com/alibabacloud-go/tea/dara"

	"github.com/acsgen/acsgen/acs/mock"
	"github.com/acsgen/acsgen/internal/goldentest"
	"github.com/acsgen/acsgen/scrape"
)

// TestVPCScenarioOfficialRuntime imports the official VPC metadata of ../shared and serves
// its mock (as gen serve does, over a real socket with V3 signatures checked); the official
// Go runtime every Alibaba Cloud SDK calls (darabonba-openapi v2) runs a VPC scenario on it:
// create a VPC, find it, create a vSwitch in it, find it, delete both, and a describe after
// the delete fails.
func TestVPCScenarioOfficialRuntime(t *testing.T) {
	file := goldentest.Shared(t, "corpus", "metadata", "vpc", "2016-04-28", "api-docs.json")
	if _, err := os.Stat(file); err != nil {
		t.Skip(err)
	}
	s := scrape.New(scrape.Options{}, nil)
	if err := s.AddPath(file); err != nil {
		t.Fatal(err)
	}
	specs, err := s.Specs()
	if err != nil || len(specs) != 1 {
		t.Fatalf("%v (%d specs)", err, len(specs))
	}
	srv, err := mock.New(specs, mock.WithAccessKey("testid", "testsecret"))
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	c, err := openapi.NewClient(&openapiutil.Config{
		AccessKeyId: dara.String("testid"), AccessKeySecret: dara.String("testsecret"),
		Endpoint: dara.String(strings.TrimPrefix(ts.URL, "http://")), Protocol: dara.String("HTTP"), RegionId: dara.String("cn-hangzhou"),
	})
	if err != nil {
		t.Fatal(err)
	}
	call := func(action string, query map[string]string) (map[string]any, error) {
		q := map[string]*string{"RegionId": dara.String("cn-hangzhou")}
		for k, v := range query {
			q[k] = dara.String(v)
		}
		res, err := c.CallApi(&openapiutil.Params{
			Action: dara.String(action), Version: dara.String("2016-04-28"), Protocol: dara.String("HTTP"),
			Pathname: dara.String("/"), Method: dara.String("POST"), AuthType: dara.String("AK"),
			Style: dara.String("RPC"), ReqBodyType: dara.String("formData"), BodyType: dara.String("json"),
		}, &openapiutil.OpenApiRequest{Query: q}, &dara.RuntimeOptions{})
		if err != nil {
			return nil, err
		}
		body, _ := res["body"].(map[string]any)
		return body, nil
	}
	must := func(action string, query map[string]string) map[string]any {
		t.Helper()
		body, err := call(action, query)
		if err != nil {
			t.Fatalf("%s: %v", action, err)
		}
		return body
	}
	vpc, _ := must("CreateVpc", map[string]string{"CidrBlock": "10.0.0.0/8", "VpcName": "demo"})["VpcId"].(string)
	if vpc == "" {
		t.Fatal("CreateVpc gave no VpcId")
	}
	if got := must("DescribeVpcs", map[string]string{"VpcId": vpc}); !strings.Contains(jsonText(got), vpc) {
		t.Errorf("DescribeVpcs VpcId=%s: %s", vpc, jsonText(got))
	}
	vsw, _ := must("CreateVSwitch", map[string]string{"VpcId": vpc, "ZoneId": "cn-hangzhou-b", "CidrBlock": "10.1.0.0/16"})["VSwitchId"].(string)
	if vsw == "" {
		t.Fatal("CreateVSwitch gave no VSwitchId")
	}
	if got := must("DescribeVSwitches", map[string]string{"VpcId": vpc}); !strings.Contains(jsonText(got), vsw) {
		t.Errorf("DescribeVSwitches VpcId=%s: %s", vpc, jsonText(got))
	}
	must("DeleteVSwitch", map[string]string{"VSwitchId": vsw})
	must("DeleteVpc", map[string]string{"VpcId": vpc})
	if body, err := call("DescribeVpcAttribute", map[string]string{"VpcId": vpc}); err == nil {
		t.Errorf("DescribeVpcAttribute after DeleteVpc: no error: %s", jsonText(body))
	} else {
		if msg := strings.Join(strings.Fields(err.Error()), " "); !strings.Contains(msg, "404") && !strings.Contains(msg, "NotFound") {
			t.Errorf("after delete: %s", msg)
		}
	}
}

func jsonText(v any) string {
	b, _ := jsonMarshal(v)
	return string(b)
}

func jsonMarshal(v any) ([]byte, error) { return json.Marshal(v) }
