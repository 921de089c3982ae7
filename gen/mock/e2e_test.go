package mock_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/acs/mock"
	"github.com/acsgen/acsgen/generated/eiam20211201"
	eiam "github.com/acsgen/acsgen/generated/eiam20211201/mockserver"
	"github.com/acsgen/acsgen/generated/rocketmq20220801"
	rocketmq "github.com/acsgen/acsgen/generated/rocketmq20220801/mockserver"
)

// override answers GetInstance itself and leaves everything else generated.
type override struct{ eiam.UnimplementedHandlers }

func (override) GetInstance(ctx context.Context, req *eiam20211201.GetInstanceRequest) (*eiam20211201.GetInstanceResponse, error) {
	if req.InstanceId == "forbidden" {
		return nil, mock.Errorf(403, "Forbidden.RAM", "not allowed")
	}
	c, _ := mock.CallFromContext(ctx)
	if c == nil || c.Region != "cn-hangzhou" {
		return nil, mock.Errorf(500, "InternalError", "no call in context")
	}
	return nil, mock.ErrFallthrough
}

// call calls the EIAM mock's RPC action with the query q.
func call(t *testing.T, base, action string, q url.Values) (int, map[string]any) {
	t.Helper()
	r, _ := http.NewRequest("POST", base+"/?"+q.Encode(), nil)
	r.Header.Set("x-acs-action", action)
	r.Header.Set("x-acs-version", eiam.Version)
	r.Host = "eiam.cn-hangzhou.aliyuncs.com"
	return do(t, r)
}

// createAccount calls the RocketMQ mock's CreateInstanceAccount (ROA, a JSON body) on
// instance rmq-1.
func createAccount(t *testing.T, base string) (int, map[string]any) {
	t.Helper()
	r, err := http.NewRequest("POST", base+"/instances/rmq-1/accounts", strings.NewReader(`{"username":"u","password":"p"}`))
	if err != nil {
		t.Fatal(err)
	}
	r.Header.Set("Content-Type", "application/json")
	return do(t, r)
}

// do sends r and returns the status and the decoded JSON answer.
func do(t *testing.T, r *http.Request) (int, map[string]any) {
	t.Helper()
	resp, err := http.DefaultClient.Do(r)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var m map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&m); err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, m
}

func TestGeneratedEIAMMock(t *testing.T) {
	ts, srv := eiam.NewTestServer(t, eiam.HandlerOptions(override{})...)
	st, m := call(t, ts.URL, "CreateInstance", url.Values{"Description": {"d"}})
	if st != 200 {
		t.Fatalf("create: %d %v", st, m)
	}
	id, _ := m["InstanceId"].(string)
	st, m = call(t, ts.URL, "GetInstance", url.Values{"InstanceId": {id}})
	inst, _ := m["Instance"].(map[string]any)
	if st != 200 || inst["InstanceId"] != id || inst["Description"] != "d" {
		t.Fatalf("get: %d %v", st, m)
	}
	if st, m = call(t, ts.URL, "GetInstance", url.Values{"InstanceId": {"forbidden"}}); st != 403 || m["Code"] != "Forbidden.RAM" {
		t.Fatalf("override: %d %v", st, m)
	}
	srv.Verify(t, "GetInstance", 2)
}

func TestGeneratedRocketMQMock(t *testing.T) {
	ts, _ := rocketmq.NewTestServer(t)
	if st, m := createAccount(t, ts.URL); st != 200 || m["success"] != true {
		t.Fatalf("%d %v", st, m)
	}
}

// accountOverride answers CreateInstanceAccount with the client's types: the path value
// instanceId, which the client's request keeps out of its JSON form, still arrives.
type accountOverride struct{ rocketmq.UnimplementedHandlers }

func (accountOverride) CreateInstanceAccount(ctx context.Context, req *rocketmq20220801.CreateInstanceAccountRequest) (*rocketmq20220801.CreateInstanceAccountResponse, error) {
	if req.InstanceId != "rmq-1" || req.Username != "u" {
		return nil, mock.Errorf(400, "Unexpected", "request %+v", *req)
	}
	return &rocketmq20220801.CreateInstanceAccountResponse{Success: true, RequestId: "from-handler"}, nil
}

func TestGeneratedRocketMQMockClientTypes(t *testing.T) {
	ts, _ := rocketmq.NewTestServer(t, rocketmq.HandlerOptions(accountOverride{})...)
	if st, m := createAccount(t, ts.URL); st != 200 || m["requestId"] != "from-handler" {
		t.Fatalf("%d %v", st, m)
	}
}
