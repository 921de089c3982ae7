package acs

import (
	"context"
	"io"
	"net/http"
	"strings"
	"syscall"
	"testing"

	openapi "github.com/alibabacloud-go/darabonba-openapi/v2/client"
	openapiutil "github.com/alibabacloud-go/darabonba-openapi/v2/utils"
	"github.com/alibabacloud-go/tea/dara"
)

// Both benchmarks measure one RPC call with ten parameters (three of them lists or
// objects that flatten), end to end without a network: build the parameters from a typed
// request, flatten, sign (V3), build the HTTP request, pass it to a transport that returns a
// canned JSON reply, and decode the reply into a typed response.

const cannedReply = `{"RequestId":"6BE56E05-0000-0000-0000-FD90C4FFD581","UserId":"user_abc","TotalCount":3}`

type benchResponse struct {
	RequestId  *string `json:"RequestId,omitempty"`
	UserId     *string `json:"UserId,omitempty"`
	TotalCount *int64  `json:"TotalCount,omitempty"`
}

type benchTag struct {
	Key   *string `json:"Key,omitempty"`
	Value *string `json:"Value,omitempty"`
}

// benchRequest is shaped like a generated request type (pointer fields).
type benchRequest struct {
	InstanceId, Username, DisplayName, Email, PhoneNumber, Description *string
	UserIds                                                            []*string
	Tags                                                               []*benchTag
	PageSize                                                           *int64
	Enabled                                                            *bool
}

func newBenchRequest() *benchRequest {
	s := func(v string) *string { return &v }
	n, b := int64(20), true
	return &benchRequest{
		InstanceId: s("idaas_abc"), Username: s("alice"), DisplayName: s("Alice Liddell"), Email: s("alice@example.com"),
		PhoneNumber: s("1380000000"), Description: s("created by the benchmark"),
		UserIds: []*string{s("user_1"), s("user_2")}, Tags: []*benchTag{{Key: s("env"), Value: s("test")}},
		PageSize: &n, Enabled: &b,
	}
}

type cannedTransport struct{}

func (cannedTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.Body != nil {
		_ = r.Body.Close()
	}
	return &http.Response{StatusCode: 200, Header: http.Header{"Content-Type": {"application/json"}},
		Body: io.NopCloser(strings.NewReader(cannedReply)), Request: r}, nil
}

var benchOp = &Operation{Name: "CreateUser", Version: "2021-12-01", Product: "eiam", Style: RPC, Method: "POST", PathPattern: "/"}

// benchCall is what a generated method does with our runtime.
func benchCall(ctx context.Context, c *Client, in *benchRequest) (*benchResponse, error) {
	q := make(Values, 0, 16)
	if in.InstanceId != nil {
		q.Add("InstanceId", *in.InstanceId)
	}
	if in.Username != nil {
		q.Add("Username", *in.Username)
	}
	if in.DisplayName != nil {
		q.Add("DisplayName", *in.DisplayName)
	}
	if in.Email != nil {
		q.Add("Email", *in.Email)
	}
	if in.PhoneNumber != nil {
		q.Add("PhoneNumber", *in.PhoneNumber)
	}
	if in.Description != nil {
		q.Add("Description", *in.Description)
	}
	q.AddFlat("UserIds", in.UserIds)
	q.AddFlat("Tag", in.Tags)
	if in.PageSize != nil {
		q.AddInt("PageSize", *in.PageSize)
	}
	if in.Enabled != nil {
		q.AddBool("Enabled", *in.Enabled)
	}
	var out benchResponse
	if err := c.Do(ctx, benchOp, &Request{Query: q}, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

func BenchmarkRPCCall10Params(b *testing.B) {
	c, err := New(Options{Endpoint: "eiam.cn-hangzhou.aliyuncs.com", Credentials: StaticCredentials("testid", "testsecret", ""),
		HTTPClient: &http.Client{Transport: cannedTransport{}}})
	if err != nil {
		b.Fatal(err)
	}
	in := newBenchRequest()
	ctx := context.Background()
	b.ReportAllocs()
	c0 := cpuTime()
	for b.Loop() {
		out, err := benchCall(ctx, c, in)
		if err != nil || *out.TotalCount != 3 {
			b.Fatal(err)
		}
	}
	reportCPU(b, c0)
}

// cpuTime is the process's user+system CPU time in nanoseconds.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// reportCPU reports the process CPU time per operation since c0 (collector included):
// unlike ns/op, it does not count time spent waiting for a core on a busy machine.
func reportCPU(b *testing.B, c0 int64) {
	b.ReportMetric(float64(cpuTime()-c0)/float64(b.N), "cpu-ns/op")
}

// cannedDara is the darabonba HttpClient hook returning the same reply.
type cannedDara struct{}

func (cannedDara) Call(r *http.Request, _ *http.Transport) (*http.Response, error) {
	return cannedTransport{}.RoundTrip(r)
}

func BenchmarkDarabonbaCallApi(b *testing.B) {
	client, err := openapi.NewClient(&openapi.Config{AccessKeyId: dara.String("testid"), AccessKeySecret: dara.String("testsecret"),
		Endpoint: dara.String("eiam.cn-hangzhou.aliyuncs.com"), HttpClient: cannedDara{}})
	if err != nil {
		b.Fatal(err)
	}
	in := newBenchRequest()
	params := &openapi.Params{Action: dara.String("CreateUser"), Version: dara.String("2021-12-01"), Protocol: dara.String("HTTPS"),
		Pathname: dara.String("/"), Method: dara.String("POST"), AuthType: dara.String("AK"), Style: dara.String("RPC"),
		ReqBodyType: dara.String("formData"), BodyType: dara.String("json")}
	b.ReportAllocs()
	c0 := cpuTime()
	for b.Loop() {
		// What the generated SDK method does (eiam-20211201 CreateUserWithOptions).
		query := map[string]interface{}{}
		if in.InstanceId != nil {
			query["InstanceId"] = in.InstanceId
		}
		if in.Username != nil {
			query["Username"] = in.Username
		}
		if in.DisplayName != nil {
			query["DisplayName"] = in.DisplayName
		}
		if in.Email != nil {
			query["Email"] = in.Email
		}
		if in.PhoneNumber != nil {
			query["PhoneNumber"] = in.PhoneNumber
		}
		if in.Description != nil {
			query["Description"] = in.Description
		}
		if in.UserIds != nil {
			query["UserIds"] = in.UserIds
		}
		if in.Tags != nil {
			query["Tag"] = in.Tags
		}
		if in.PageSize != nil {
			query["PageSize"] = in.PageSize
		}
		if in.Enabled != nil {
			query["Enabled"] = in.Enabled
		}
		req := &openapi.OpenApiRequest{Query: openapiutil.Query(query)}
		res, err := client.CallApi(params, req, &dara.RuntimeOptions{})
		if err != nil {
			b.Fatal(err)
		}
		var out struct {
			Body *benchResponse `json:"body"`
		}
		if err := dara.Convert(res, &out); err != nil || *out.Body.TotalCount != 3 {
			b.Fatal(err)
		}
	}
	reportCPU(b, c0)
}

// BenchmarkSignV3 is the signer alone (official example inputs).
func BenchmarkSignV3(b *testing.B) {
	in := officialV3Input()
	b.ReportAllocs()
	for b.Loop() {
		_ = SignV3(in, "YourAccessKeyId", "YourAccessKeySecret")
	}
}

// BenchmarkDecodeLenient measures the lenient pass against the strict fast path.
func BenchmarkDecodeStrict(b *testing.B) {
	body := []byte(`{"RequestId":"r","TotalCount":3,"Users":[{"Age":41,"Name":"a","Enabled":true}]}`)
	benchDecode(b, body)
}

func BenchmarkDecodeLenient(b *testing.B) {
	body := []byte(`{"RequestId":"r","TotalCount":"3","Users":[{"Age":"41","Name":"a","Enabled":"true"}]}`)
	benchDecode(b, body)
}

func benchDecode(b *testing.B, body []byte) {
	type user struct {
		Age     int64  `json:"Age"`
		Name    string `json:"Name"`
		Enabled bool   `json:"Enabled"`
	}
	type resp struct {
		RequestId  string `json:"RequestId"`
		TotalCount int    `json:"TotalCount"`
		Users      []user `json:"Users"`
	}
	b.ReportAllocs()
	for b.Loop() {
		var r resp
		if err := DecodeJSON(body, &r, nil); err != nil || r.TotalCount != 3 {
			b.Fatal(err)
		}
	}
}
