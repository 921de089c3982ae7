package sdktest

import (
	"fmt"
	"testing"

	"github.com/alibabacloud-go/tea/dara"
	vpc "github.com/alibabacloud-go/vpc-20160428/v6/client"

	"github.com/acsgen/acsgen/opspec"
)

// The official VPC Go SDK (vpc-20160428/v6 v6.12.8) against `gen serve` (acs/mock/mockserve)
// on the spec imported from the official metadata (the corpus has no VPC pages).

type vpcState struct {
	c, bad       *vpc.Client
	vpcID, vswID string
}

func vpcSetup(t *testing.T, spec *opspec.Spec, sig bool) *vpcState {
	endpoint := serveGen(t, spec, sig)
	c, err := vpc.NewClient(sdkConfig(endpoint, testSecret))
	if err != nil {
		t.Fatal(err)
	}
	bad, err := vpc.NewClient(sdkConfig(endpoint, "wrong-secret"))
	if err != nil {
		t.Fatal(err)
	}
	return &vpcState{c: c, bad: bad}
}

func (s *vpcState) vpcs(req *vpc.DescribeVpcsRequest) ([]string, error) {
	req.RegionId = dara.String(region)
	out, err := s.c.DescribeVpcs(req)
	if err != nil {
		return nil, err
	}
	var ids []string
	if out.Body.Vpcs != nil {
		for _, v := range out.Body.Vpcs.Vpc {
			ids = append(ids, dara.StringValue(v.VpcId)+" "+dara.StringValue(v.VpcName))
		}
	}
	return ids, nil
}

func (s *vpcState) vswitches() ([]string, error) {
	out, err := s.c.DescribeVSwitches(&vpc.DescribeVSwitchesRequest{RegionId: dara.String(region), VpcId: dara.String(s.vpcID)})
	if err != nil {
		return nil, err
	}
	var ids []string
	if out.Body.VSwitches != nil {
		for _, v := range out.Body.VSwitches.VSwitch {
			ids = append(ids, dara.StringValue(v.VSwitchId)+" in "+dara.StringValue(v.VpcId))
		}
	}
	return ids, nil
}

var vpcOps = []string{"CreateVpc", "DescribeVpcs", "CreateVSwitch", "DescribeVSwitches", "DeleteVSwitch", "DeleteVpc", "DescribeVpcAttribute"}

var vpcScenario = scenario[vpcState]{
	name:    "VPC (gen serve)",
	sources: []source{vpcProduct.fromMetadata(vpcOps...)},
	setup:   vpcSetup,
	steps: []step[vpcState]{
		{name: "CreateVpc", run: func(s *vpcState) error {
			out, err := s.c.CreateVpc(&vpc.CreateVpcRequest{RegionId: dara.String(region), CidrBlock: dara.String("10.0.0.0/8"), VpcName: dara.String("sdk-vpc")})
			if err != nil {
				return err
			}
			s.vpcID = dara.StringValue(out.Body.VpcId)
			return need("VpcId", s.vpcID)
		}},
		{name: "DescribeVpcs VpcId filter", run: func(s *vpcState) error {
			if err := need("VpcId", s.vpcID); err != nil {
				return err
			}
			got, err := s.vpcs(&vpc.DescribeVpcsRequest{VpcId: dara.String(s.vpcID)})
			if err != nil {
				return err
			}
			if !sameSet(got, s.vpcID+" sdk-vpc") {
				return fmt.Errorf("VpcId=%s lists %q", s.vpcID, got)
			}
			return nil
		}},
		{name: "DescribeVpcs VpcName filter", run: func(s *vpcState) error {
			if err := need("VpcId", s.vpcID); err != nil {
				return err
			}
			got, err := s.vpcs(&vpc.DescribeVpcsRequest{VpcName: dara.String("sdk-vpc")})
			if err != nil {
				return err
			}
			if !sameSet(got, s.vpcID+" sdk-vpc") {
				return fmt.Errorf("VpcName=sdk-vpc lists %q", got)
			}
			return nil
		}},
		{name: "CreateVSwitch", run: func(s *vpcState) error {
			if err := need("VpcId", s.vpcID); err != nil {
				return err
			}
			out, err := s.c.CreateVSwitch(&vpc.CreateVSwitchRequest{RegionId: dara.String(region), VpcId: dara.String(s.vpcID), ZoneId: dara.String(region + "-b"), CidrBlock: dara.String("10.1.0.0/16")})
			if err != nil {
				return err
			}
			s.vswID = dara.StringValue(out.Body.VSwitchId)
			return need("VSwitchId", s.vswID)
		}},
		{name: "CreateVSwitch in an unknown VPC: not found", run: func(s *vpcState) error {
			_, err := s.c.CreateVSwitch(&vpc.CreateVSwitchRequest{RegionId: dara.String(region), VpcId: dara.String("vpc-nevermade"), ZoneId: dara.String(region + "-b"), CidrBlock: dara.String("10.2.0.0/16")})
			return wantErrorCode(err, "InvalidVpcId.NotFound")
		}},
		{name: "DeleteVpc with a VSwitch inside: DependencyViolation.VSwitch", run: func(s *vpcState) error {
			if err := need("VSwitchId", s.vswID); err != nil {
				return err
			}
			_, err := s.c.DeleteVpc(&vpc.DeleteVpcRequest{RegionId: dara.String(region), VpcId: dara.String(s.vpcID)})
			return wantErrorCode(err, "DependencyViolation.VSwitch")
		}},
		{name: "DescribeVpcAttribute after the failed delete", run: func(s *vpcState) error {
			if err := need("VpcId", s.vpcID); err != nil {
				return err
			}
			out, err := s.c.DescribeVpcAttribute(&vpc.DescribeVpcAttributeRequest{RegionId: dara.String(region), VpcId: dara.String(s.vpcID)})
			if err != nil {
				return err
			}
			if got := dara.StringValue(out.Body.VpcId); got != s.vpcID {
				return fmt.Errorf("VpcId %q, want %q", got, s.vpcID)
			}
			return nil
		}},
		{name: "DescribeVSwitches VpcId filter", run: func(s *vpcState) error {
			if err := need("VSwitchId", s.vswID); err != nil {
				return err
			}
			got, err := s.vswitches()
			if err != nil {
				return err
			}
			if !sameSet(got, s.vswID+" in "+s.vpcID) {
				return fmt.Errorf("VpcId=%s lists %q", s.vpcID, got)
			}
			return nil
		}},
		{name: "DeleteVSwitch", run: func(s *vpcState) error {
			if err := need("VSwitchId", s.vswID); err != nil {
				return err
			}
			_, err := s.c.DeleteVSwitch(&vpc.DeleteVSwitchRequest{RegionId: dara.String(region), VSwitchId: dara.String(s.vswID)})
			return err
		}},
		{name: "DescribeVSwitches after delete is empty", run: func(s *vpcState) error {
			if err := need("VpcId", s.vpcID); err != nil {
				return err
			}
			got, err := s.vswitches()
			if err != nil {
				return err
			}
			if len(got) != 0 {
				return fmt.Errorf("still lists %q", got)
			}
			return nil
		}},
		{name: "DeleteVpc", run: func(s *vpcState) error {
			if err := need("VpcId", s.vpcID); err != nil {
				return err
			}
			_, err := s.c.DeleteVpc(&vpc.DeleteVpcRequest{RegionId: dara.String(region), VpcId: dara.String(s.vpcID)})
			return err
		}},
		{name: "DescribeVpcAttribute after delete: not found", run: func(s *vpcState) error {
			if err := need("VpcId", s.vpcID); err != nil {
				return err
			}
			_, err := s.c.DescribeVpcAttribute(&vpc.DescribeVpcAttributeRequest{RegionId: dara.String(region), VpcId: dara.String(s.vpcID)})
			return wantNotFound(err)
		}},
		{name: "DescribeVpcs after delete is empty", run: func(s *vpcState) error {
			if err := need("VpcId", s.vpcID); err != nil {
				return err
			}
			got, err := s.vpcs(&vpc.DescribeVpcsRequest{VpcId: dara.String(s.vpcID)})
			if err != nil {
				return err
			}
			if len(got) != 0 {
				return fmt.Errorf("still lists %q", got)
			}
			return nil
		}},
		{name: "wrong secret: SignatureDoesNotMatch", sig: "on", run: func(s *vpcState) error {
			_, err := s.bad.DescribeVpcs(&vpc.DescribeVpcsRequest{RegionId: dara.String(region)})
			return wantErrorCode(err, "SignatureDoesNotMatch")
		}},
	},
}

func TestVPC(t *testing.T) { vpcScenario.run(t) }
