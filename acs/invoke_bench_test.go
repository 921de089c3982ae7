package acs

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
)

// The official runtime's side of this comparison, BenchmarkRPCCall10Params with the same
// request, reply and canned transport, is in the sdktest module (sdktest/bench_test.go).

const cannedReply = `{"RequestId":"6BE56E05-0000-0000-0000-FD90C4FFD581","UserId":"user_abc","TotalCount":3}`

type benchResponse struct {
	RequestId  *string `json:"RequestId,omitempty"`
	UserId     *string `json:"UserId,omitempty"`
	TotalCount *int64  `json:"TotalCount,omitempty"`
}

// cannedTransport answers every request with cannedReply, without a network.
type cannedTransport struct{}

func (cannedTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.Body != nil {
		_ = r.Body.Close()
	}
	return &http.Response{StatusCode: 200, Header: http.Header{"Content-Type": {"application/json"}},
		Body: io.NopCloser(strings.NewReader(cannedReply)), Request: r}, nil
}

var benchOp = &Operation{Name: "CreateUser", Version: "2021-12-01", Product: "eiam", Style: RPC, Method: "POST", PathPattern: "/"}

// benchTaggedRequest is benchRequest as gen/client now emits it: plain values and acs tags,
// encoded and validated by Invoke through reflection.
type benchTaggedRequest struct {
	InstanceId  string      `acs:"InstanceId,query,required"`
	Username    string      `acs:"Username,query,required"`
	DisplayName string      `acs:"DisplayName,query" json:"DisplayName,omitempty"`
	Email       string      `acs:"Email,query" json:"Email,omitempty"`
	PhoneNumber string      `acs:"PhoneNumber,query" json:"PhoneNumber,omitempty"`
	Description string      `acs:"Description,query" json:"Description,omitempty"`
	UserIds     []string    `acs:"UserIds,query" json:"UserIds,omitempty"`
	Tags        []benchTag2 `acs:"Tag,query" json:"Tag,omitempty"`
	PageSize    int64       `acs:"PageSize,query" json:"PageSize,omitempty"`
	Enabled     *bool       `acs:"Enabled,query" json:"Enabled,omitempty"`
}

type benchTag2 struct {
	Key   string `acs:",required" json:"Key"`
	Value string `json:"Value,omitempty"`
}

// BenchmarkInvokeRPC10Params is BenchmarkRPCCall10Params (the same ten parameters, the same
// wire request and reply) through Invoke, as a generated method calls it: the difference
// between the two is what reflection on the tags costs per call.
func BenchmarkInvokeRPC10Params(b *testing.B) {
	c, err := New(Options{Endpoint: "eiam.cn-hangzhou.aliyuncs.com", Credentials: StaticCredentials("testid", "testsecret", ""),
		HTTPClient: &http.Client{Transport: cannedTransport{}}})
	if err != nil {
		b.Fatal(err)
	}
	yes := true
	in := &benchTaggedRequest{InstanceId: "idaas_abc", Username: "alice", DisplayName: "Alice Liddell", Email: "alice@example.com",
		PhoneNumber: "1380000000", Description: "created by the benchmark", UserIds: []string{"user_1", "user_2"},
		Tags: []benchTag2{{Key: "env", Value: "test"}}, PageSize: 20, Enabled: &yes}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		out, err := Invoke[benchResponse](ctx, c, benchOp, in)
		if err != nil || *out.TotalCount != 3 {
			b.Fatal(err)
		}
	}
}

// BenchmarkEncodeRequest is Invoke's validation and encoding alone, for the same request.
func BenchmarkEncodeRequest(b *testing.B) {
	yes := true
	in := &benchTaggedRequest{InstanceId: "idaas_abc", Username: "alice", DisplayName: "Alice Liddell", Email: "alice@example.com",
		PhoneNumber: "1380000000", Description: "created by the benchmark", UserIds: []string{"user_1", "user_2"},
		Tags: []benchTag2{{Key: "env", Value: "test"}}, PageSize: 20, Enabled: &yes}
	b.ReportAllocs()
	for b.Loop() {
		if err := ValidateRequest(in); err != nil {
			b.Fatal(err)
		}
		var r Request
		if err := EncodeRequest(benchOp, in, &r); err != nil || len(r.Query) != 12 {
			b.Fatal(err, r.Query)
		}
	}
}
