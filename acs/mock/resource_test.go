package mock

import (
	"testing"

	"github.com/acsgen/acsgen/opspec"
)

// inferSpec is shaped like ECS operations that test the inference's edges.
func inferSpec() *opspec.Spec {
	rpc := func(name string, params []*opspec.Param, resp *opspec.Schema, errs ...opspec.ErrorCode) *opspec.Operation {
		return &opspec.Operation{Name: name, Style: opspec.RPC, Method: "POST", Path: "/", Params: params, Response: resp, Errors: errs}
	}
	id := func(name string, req bool) *opspec.Param { return q(name, req, str("", "")) }
	list := func(name string) *opspec.Param {
		return q(name, false, &opspec.Schema{Type: "array", Items: str("", "")})
	}
	status := &opspec.Schema{Type: "string", Enum: []opspec.EnumValue{{Value: "Pending"}, {Value: "Running"}, {Value: "Stopped"}}}
	reqID := prop("RequestId", str("", ""))
	return &opspec.Spec{Product: "Ecs", Version: "2014-05-26", Style: opspec.RPC, Operations: []*opspec.Operation{
		rpc("CreateInstance", nil, obj(reqID, prop("InstanceId", str("", "i-bp67acfmxazb4p"))),
			opspec.ErrorCode{HTTPStatus: 404, Code: "InvalidInstanceId.NotFound"}),
		rpc("DescribeInstances", []*opspec.Param{q("InstanceIds", false, str("", ""))}, obj(reqID,
			prop("Instances", obj(prop("Instance", &opspec.Schema{Type: "array", Items: obj(prop("InstanceId", str("", "")), prop("Status", status))}))))),
		rpc("StartInstance", []*opspec.Param{id("InstanceId", true)}, obj(reqID),
			opspec.ErrorCode{HTTPStatus: 403, Code: "IncorrectInstanceStatus"}),
		rpc("StopInstance", []*opspec.Param{id("InstanceId", true)}, obj(reqID)),
		rpc("RebootInstances", []*opspec.Param{list("InstanceId")}, obj(reqID)),
		rpc("DescribeInstanceHistoryEvents", []*opspec.Param{id("InstanceId", false)}, obj(reqID, prop("TotalCount", &opspec.Schema{Type: "integer"}))),
		rpc("AllocateDedicatedHosts", nil, obj(reqID, prop("DedicatedHostIdSets", obj(prop("DedicatedHostId", &opspec.Schema{Type: "array", Items: str("", "dh-bp1")}))))),
		rpc("ReleaseDedicatedHost", []*opspec.Param{id("DedicatedHostId", true)}, obj(reqID)),
		rpc("AddTags", []*opspec.Param{id("ResourceId", true), q("ResourceType", true, str("", "instance")),
			q("Tag", false, &opspec.Schema{Type: "array", Items: obj(prop("Key", str("", "")), prop("Value", str("", "")))})}, obj(reqID)),
	}}
}

func TestInferenceEdges(t *testing.T) {
	c := newClient(t, inferSpec(), "ecs.cn-hangzhou.aliyuncs.com")
	kinds := map[string]*kind{}
	for _, rt := range c.s.t.all {
		if k := rt.res.kind; k != nil {
			kinds[k.name] = k
		}
	}
	if kinds["DedicatedHost"] == nil || kinds["DedicatedHosts"] != nil || kinds["Tags"] != nil || kinds["Tag"] != nil {
		t.Errorf("kinds: %v", kinds)
	}
	// a product pattern renamed for a kind no operation documents a code for
	if e := c.fails("ReleaseDedicatedHost", map[string]string{"DedicatedHostId": "dh-x"}, 404); e.code() != "InvalidDedicatedHostId.NotFound" {
		t.Errorf("ReleaseDedicatedHost: %s", e.raw)
	}
	i := c.ok("CreateInstance", nil).str("InstanceId")
	c.ok("StartInstance", map[string]string{"InstanceId": i})
	if got := c.ok("DescribeInstances", map[string]string{"InstanceIds": `["` + i + `"]`}).list("Instances.Instance"); len(got) != 1 || got[0]["Status"] != "Running" {
		t.Errorf("after StartInstance: %v", got)
	}
	if e := c.fails("StartInstance", map[string]string{"InstanceId": i}, 403); e.code() != "IncorrectInstanceStatus" {
		t.Errorf("StartInstance twice: %s", e.raw)
	}
	c.ok("StopInstance", map[string]string{"InstanceId": i})
	c.ok("StopInstance", map[string]string{"InstanceId": i}) // no invalid-state code documented: accepted
	c.ok("RebootInstances", map[string]string{"InstanceId.1": i})
	c.fails("RebootInstances", map[string]string{"InstanceId.1": i, "InstanceId.2": "i-nope"}, 404)
	c.ok("DescribeInstanceHistoryEvents", nil) // optional identifier not given: nothing to address
	c.fails("DescribeInstanceHistoryEvents", map[string]string{"InstanceId": "i-nope"}, 404)
	c.ok("AddTags", map[string]string{"ResourceType": "instance", "ResourceId": i, "Tag.1.Key": "k", "Tag.1.Value": "v"})
	c.fails("AddTags", map[string]string{"ResourceType": "instance", "ResourceId": "i-nope", "Tag.1.Key": "k", "Tag.1.Value": "v"}, 404)
}

// TestOpenKind: users made elsewhere (no create operation): an unknown one reads as
// documented, a patch is stored and read back, a deleted one is gone, lists answer as
// documented, and a seeded one reads back.
func TestOpenKind(t *testing.T) {
	path := func(name string) *opspec.Param {
		return &opspec.Param{Name: name, In: opspec.InPath, Required: true, Schema: str("", "")}
	}
	user := obj(prop("userId", str("", "user_x")), prop("displayName", str("", "name_001")))
	ops := []*opspec.Operation{
		{Name: "GetUser", Style: opspec.ROA, Method: "GET", Path: "/v2/{instanceId}/users/{userId}", Params: []*opspec.Param{path("instanceId"), path("userId")}, Response: user},
		{Name: "PatchUser", Style: opspec.ROA, Method: "PATCH", Path: "/v2/{instanceId}/users/{userId}",
			Params: []*opspec.Param{path("instanceId"), path("userId"), {Name: "displayName", In: opspec.InBody, Schema: str("", "")}}},
		{Name: "DeleteUser", Style: opspec.ROA, Method: "DELETE", Path: "/v2/{instanceId}/users/{userId}", Params: []*opspec.Param{path("instanceId"), path("userId")}},
		{Name: "ListUsers", Style: opspec.ROA, Method: "GET", Path: "/v2/{instanceId}/users", Params: []*opspec.Param{path("instanceId")},
			Response: obj(prop("data", &opspec.Schema{Type: "array", Items: user}))},
	}
	s, err := New([]*opspec.Spec{{Product: "Dev", Version: "2022-02-25", Style: opspec.ROA, Operations: ops}}, WithSignatureCheck(false))
	if err != nil {
		t.Fatal(err)
	}
	call := func(method, p string, body any) answer {
		r := roa(method, p, body)
		r.Header.Set("x-acs-version", "2022-02-25")
		return do(t, s, r)
	}
	if a := call("GET", "/v2/i1/users/u1", nil); a.status != 200 || a.str("displayName") != "name_001" || a.str("userId") != "u1" {
		t.Errorf("unknown user: %d %s", a.status, a.raw)
	}
	call("PATCH", "/v2/i1/users/u1", map[string]any{"displayName": "Patched"})
	if a := call("GET", "/v2/i1/users/u1", nil); a.str("displayName") != "Patched" {
		t.Errorf("after PatchUser: %s", a.raw)
	}
	if a := call("GET", "/v2/i2/users/u1", nil); a.str("displayName") != "name_001" {
		t.Errorf("the same user ID in another instance: %s", a.raw)
	}
	if a := call("GET", "/v2/i1/users", nil); a.status != 200 || len(a.list("data")) != 1 {
		t.Errorf("ListUsers: %s", a.raw)
	}
	call("DELETE", "/v2/i1/users/u1", nil)
	if a := call("GET", "/v2/i1/users/u1", nil); a.status != 404 {
		t.Errorf("after DeleteUser: %d %s", a.status, a.raw)
	}
	if err := s.Seed([]StateEntry{{Account: "anonymous", Region: "cn-hangzhou", Product: "Dev", Kind: "User", ID: "u9", Parent: []string{"i1"}, Attrs: map[string]any{"displayName": "Seeded"}}}); err != nil {
		t.Fatal(err)
	}
	if a := call("GET", "/v2/i1/users/u9", nil); a.str("displayName") != "Seeded" {
		t.Errorf("seeded user: %s", a.raw)
	}
}
