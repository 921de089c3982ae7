package mock

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
)

// refSpec is shaped like VPC: VSwitches in VPCs, instances in VSwitches, zones nobody
// creates.
func refSpec() *opspec.Spec {
	rpc := func(name string, params []*opspec.Param, resp *opspec.Schema, errs ...opspec.ErrorCode) *opspec.Operation {
		return &opspec.Operation{Name: name, Style: opspec.RPC, Method: "POST", Path: "/", Params: params, Response: resp, Errors: errs}
	}
	id := func(name string, ex string) *opspec.Param { return q(name, true, str("", ex)) }
	reqID := prop("RequestId", str("", ""))
	return &opspec.Spec{Product: "Vpc", Version: "2016-04-28", Style: opspec.RPC, Operations: []*opspec.Operation{
		rpc("CreateVpc", nil, obj(reqID, prop("VpcId", str("", "vpc-bp1")))),
		rpc("DescribeVpcAttribute", []*opspec.Param{id("VpcId", "")}, obj(reqID, prop("VpcId", str("", "vpc-bp1"))),
			opspec.ErrorCode{HTTPStatus: 404, Code: "InvalidVpcId.NotFound"}),
		rpc("DeleteVpc", []*opspec.Param{id("VpcId", ""), q("ForceDelete", false, &opspec.Schema{Type: "boolean"})}, obj(reqID),
			opspec.ErrorCode{HTTPStatus: 400, Code: "DependencyViolation.Instance", Message: "Specified object has dependent resources"},
			opspec.ErrorCode{HTTPStatus: 400, Code: "DependencyViolation.VSwitch", Message: "Specified object has dependent resources"}),
		rpc("CreateVSwitch", []*opspec.Param{id("VpcId", "vpc-example"), id("ZoneId", "cn-hangzhou-b")}, obj(reqID, prop("VSwitchId", str("", "vsw-bp1"))),
			opspec.ErrorCode{HTTPStatus: 400, Code: "Forbidden.VSwitchNotFound"},
			opspec.ErrorCode{HTTPStatus: 400, Code: "Forbidden.VpcNotFound"},
			opspec.ErrorCode{HTTPStatus: 404, Code: "InvalidVpcId.NotFound", Message: "Specified VPC does not exist."}),
		rpc("DescribeVSwitchAttributes", []*opspec.Param{id("VSwitchId", "")}, obj(reqID, prop("VSwitchId", str("", "vsw-bp1")))),
		rpc("DeleteVSwitch", []*opspec.Param{id("VSwitchId", "")}, obj(reqID)),
		rpc("CreateInstance", []*opspec.Param{id("VSwitchId", "")}, obj(reqID, prop("InstanceId", str("", "i-bp1")))),
		rpc("DeleteInstance", []*opspec.Param{id("InstanceId", "")}, obj(reqID)),
		// route tables live in VPCs, but DeleteVpc documents no code for them: not blocked
		rpc("CreateRouteTable", []*opspec.Param{id("VpcId", "")}, obj(reqID, prop("RouteTableId", str("", "vtb-bp1")))),
		rpc("DeleteRouteTable", []*opspec.Param{id("RouteTableId", "")}, obj(reqID)),
		// an optional reference to a key pair whose delete documents nothing: not blocked
		rpc("CreateKeyPair", []*opspec.Param{id("KeyPairName", "")}, obj(reqID, prop("KeyPairName", str("", "")))),
		rpc("DeleteKeyPair", []*opspec.Param{id("KeyPairName", "")}, obj(reqID)),
		rpc("CreateServer", []*opspec.Param{q("KeyPairName", false, str("", "")), q("ImageId", false, str("", "aliyun_2_1903_x64_20G"))}, obj(reqID, prop("ServerId", str("", "srv-1")))),
		// images: IDs shaped m-..., but CreateServer's example is a public image: unchecked
		rpc("CreateImage", nil, obj(reqID, prop("ImageId", str("", "m-bp146shijn7hujku")))),
		rpc("DeleteImage", []*opspec.Param{id("ImageId", "")}, obj(reqID)),
		rpc("DeleteServer", []*opspec.Param{id("ServerId", "")}, obj(reqID)),
		// zones: an open kind (updated, never created), so a ZoneId is never checked
		rpc("ModifyZoneAttribute", []*opspec.Param{id("ZoneId", ""), q("Description", false, str("", ""))}, obj(reqID)),
	}}
}

func TestReferences(t *testing.T) {
	c := newClient(t, refSpec(), "vpc.cn-hangzhou.aliyuncs.com")
	open := false
	for _, rt := range c.s.t.all {
		open = open || rt.res.kind != nil && rt.res.kind.name == "Zone" && rt.res.kind.open
	}
	if !open {
		t.Fatal("Zone is not an open kind: the spec does not test what it should")
	}
	// a referenced VPC that was never created: the code CreateVSwitch documents for VPCs
	// (the 404 one of two)
	e := c.fails("CreateVSwitch", map[string]string{"VpcId": "vpc-nothere", "ZoneId": "z"}, 404)
	if e.code() != "InvalidVpcId.NotFound" || !strings.Contains(e.str("Message"), "vpc-nothere") {
		t.Errorf("unknown VpcId: %s", e.raw)
	}
	// the documented example keeps working; zones are created by nobody (open): not checked
	c.ok("CreateVSwitch", map[string]string{"VpcId": "vpc-example", "ZoneId": "z"})
	vpc := c.ok("CreateVpc", nil).str("VpcId")
	vsw := c.ok("CreateVSwitch", map[string]string{"VpcId": vpc, "ZoneId": "anything"}).str("VSwitchId")
	// a VPC with a VSwitch in it: the code DeleteVpc documents for VSwitches
	e = c.fails("DeleteVpc", map[string]string{"VpcId": vpc}, 400)
	if e.code() != "DependencyViolation.VSwitch" || !strings.Contains(e.str("Message"), vsw) || !strings.Contains(e.str("Message"), vpc) {
		t.Errorf("DeleteVpc with a VSwitch: %s", e.raw)
	}
	c.ok("DescribeVpcAttribute", map[string]string{"VpcId": vpc})
	// a dependant the delete documents nothing for: DependencyViolation.<kind>, 400
	inst := c.ok("CreateInstance", map[string]string{"VSwitchId": vsw}).str("InstanceId")
	e = c.fails("DeleteVSwitch", map[string]string{"VSwitchId": vsw}, 400)
	if e.code() != "DependencyViolation.Instance" || !strings.Contains(e.str("Message"), inst) {
		t.Errorf("DeleteVSwitch with an instance: %s", e.raw)
	}
	// unknown VSwitch: CreateInstance documents nothing, so the VSwitch kind's not-found
	// (documented by CreateVSwitch)
	if e := c.fails("CreateInstance", map[string]string{"VSwitchId": "vsw-nothere"}, 400); e.code() != "Forbidden.VSwitchNotFound" {
		t.Errorf("unknown VSwitchId: %s", e.raw)
	}
	c.ok("CreateServer", map[string]string{"ImageId": "ubuntu_22_04_x64_20G_alibase"})
	// a reference the delete documents nothing about does not block it
	c.ok("CreateKeyPair", map[string]string{"KeyPairName": "kp"})
	c.ok("CreateServer", map[string]string{"KeyPairName": "kp"})
	c.ok("DeleteKeyPair", map[string]string{"KeyPairName": "kp"})
	c.fails("CreateServer", map[string]string{"KeyPairName": "kp"}, 400) // the product pattern Forbidden.<Kind>NotFound
	c.ok("CreateRouteTable", map[string]string{"VpcId": vpc})
	c.ok("DeleteInstance", map[string]string{"InstanceId": inst})
	c.ok("DeleteVSwitch", map[string]string{"VSwitchId": vsw})
	c.ok("DeleteVpc", map[string]string{"VpcId": vpc})
	if e := c.fails("CreateVSwitch", map[string]string{"VpcId": vpc, "ZoneId": "z"}, 404); e.code() != "InvalidVpcId.NotFound" {
		t.Errorf("VSwitch in a deleted VPC: %s", e.raw)
	}
	// ForceDelete: deleted whatever is in it (what was in it stays)
	vpc = c.ok("CreateVpc", nil).str("VpcId")
	vsw = c.ok("CreateVSwitch", map[string]string{"VpcId": vpc, "ZoneId": "z"}).str("VSwitchId")
	c.fails("DeleteVpc", map[string]string{"VpcId": vpc, "ForceDelete": "false"}, 400)
	c.ok("DeleteVpc", map[string]string{"VpcId": vpc, "ForceDelete": "true"})
	c.ok("DescribeVSwitchAttributes", map[string]string{"VSwitchId": vsw})
}

func TestReferencesOff(t *testing.T) {
	c := newClient(t, refSpec(), "vpc.cn-hangzhou.aliyuncs.com", WithoutReferenceChecks())
	c.ok("CreateVSwitch", map[string]string{"VpcId": "vpc-nothere", "ZoneId": "z"})
	vpc := c.ok("CreateVpc", nil).str("VpcId")
	vsw := c.ok("CreateVSwitch", map[string]string{"VpcId": vpc, "ZoneId": "z"}).str("VSwitchId")
	c.ok("DeleteVpc", map[string]string{"VpcId": vpc})
	c.ok("DescribeVSwitchAttributes", map[string]string{"VSwitchId": vsw}) // left dangling, as asked
}

func TestDependencyError(t *testing.T) {
	vsw, gw := &kind{name: "VSwitch"}, &kind{name: "VpcGatewayEndpoint"}
	op := func(codes ...string) *opspec.Operation {
		o := &opspec.Operation{Name: "DeleteVpc"}
		for _, c := range codes {
			o.Errors = append(o.Errors, opspec.ErrorCode{Code: c})
		}
		return o
	}
	for _, c := range []struct {
		op   *opspec.Operation
		d    dependant
		want string // "" : the dependant does not block the delete
	}{
		{op("DependencyViolation.Instance", "DependencyViolation.VSwitch", "DependencyViolation"), dependant{kind: vsw}, "DependencyViolation.VSwitch"},
		{op("DependencyViolation.Instance", "DependencyViolation"), dependant{kind: vsw}, "DependencyViolation"},
		{op("DependencyViolation.GatewayEndpoint"), dependant{kind: gw}, "DependencyViolation.GatewayEndpoint"},
		// documented errors, none for VSwitches: not blocked, even when required
		{op("DependencyViolation.Instance", "InvalidVpcId.NotFound"), dependant{kind: vsw, required: true}, ""},
		{op("InvalidVpcId.NotFound"), dependant{kind: vsw, required: true}, ""},
		// nothing documented: a required reference blocks with the generic code
		{op(), dependant{kind: vsw, required: true}, "DependencyViolation.VSwitch"},
		{op(), dependant{kind: vsw}, ""},
	} {
		e := dependencyError(c.op, c.d)
		switch {
		case c.want == "" && e != nil:
			t.Errorf("%v %+v: %s, want no block", c.op.Errors, c.d, e.Code)
		case c.want != "" && (e == nil || e.Code != c.want || e.Status != 400):
			t.Errorf("%v %+v: %v, want %s 400", c.op.Errors, c.d, e, c.want)
		}
	}
}

// TestReferencesECSMetadata: the rules on the official ECS metadata (skipped without
// ../shared): instances block the deletion of their security group with the documented
// DependencyViolation, security groups that of their VPC with DependencyViolation.SecurityGroup;
// a public image ID is not checked; an image made from an instance does not block deleting it.
func TestReferencesECSMetadata(t *testing.T) {
	c := newClient(t, sharedSpec(t, "", "", "corpus", "metadata", "ecs", "2014-05-26", "api-docs.json"), "ecs.cn-hangzhou.aliyuncs.com")
	r := map[string]string{"RegionId": "cn-hangzhou"}
	with := func(kv ...string) map[string]string {
		m := map[string]string{"RegionId": "cn-hangzhou"}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return m
	}
	vpc := c.ok("CreateVpc", r).str("VpcId")
	sg := c.ok("CreateSecurityGroup", with("VpcId", vpc)).str("SecurityGroupId")
	if e := c.call("CreateSecurityGroup", with("VpcId", "vpc-nevermade")); e.status < 400 || !strings.Contains(e.code(), "NotFound") {
		t.Errorf("CreateSecurityGroup in an unknown VPC: %s", e.raw)
	}
	inst := c.ok("CreateInstance", with("SecurityGroupId", sg, "InstanceType", "ecs.g6.large", "ImageId", "ubuntu_22_04_x64_20G_alibase_20240101.vhd")).str("InstanceId")
	if e := c.fails("DeleteSecurityGroup", with("SecurityGroupId", sg), 403); e.code() != "DependencyViolation" || !strings.Contains(e.str("Message"), inst) {
		t.Errorf("DeleteSecurityGroup with an instance in it: %s", e.raw)
	}
	if e := c.fails("DeleteVpc", with("VpcId", vpc), 400); e.code() != "DependencyViolation.SecurityGroup" {
		t.Errorf("DeleteVpc with a security group in it: %s", e.raw)
	}
	c.ok("CreateImage", with("InstanceId", inst))
	c.ok("DeleteInstance", with("InstanceId", inst, "Force", "true"))
	c.ok("DeleteSecurityGroup", with("SecurityGroupId", sg))
	c.ok("DeleteVpc", with("VpcId", vpc))
}

// TestNotFoundPrefersStatus: a route's own not-found answer is chosen as a reference's is
// (one implementation, documentedFor): of two codes naming the kind, the one documented with
// HTTP 404 (InvalidVpcId.NotFound), not the first listed (Forbidden.VpcNotFound, 400).
func TestNotFoundPrefersStatus(t *testing.T) {
	reqID := prop("RequestId", str("", ""))
	spec := &opspec.Spec{Product: "Vpc", Version: "2016-04-28", Style: opspec.RPC, Operations: []*opspec.Operation{
		{Name: "CreateVpc", Style: opspec.RPC, Method: "POST", Path: "/", Response: obj(reqID, prop("VpcId", str("", "vpc-bp1")))},
		{Name: "DescribeVpcAttribute", Style: opspec.RPC, Method: "POST", Path: "/",
			Params: []*opspec.Param{q("VpcId", true, str("", ""))}, Response: obj(reqID, prop("VpcId", str("", ""))),
			Errors: []opspec.ErrorCode{{HTTPStatus: 400, Code: "Forbidden.VpcNotFound"}, {HTTPStatus: 404, Code: "InvalidVpcId.NotFound"}}},
	}}
	c := newClient(t, spec, "vpc.cn-hangzhou.aliyuncs.com")
	if e := c.fails("DescribeVpcAttribute", map[string]string{"VpcId": "vpc-nothere"}, 404); e.code() != "InvalidVpcId.NotFound" {
		t.Errorf("unknown VpcId: %s", e.raw)
	}
}
