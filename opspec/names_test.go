package opspec

import (
	"maps"
	"testing"
)

func TestHostRegions(t *testing.T) {
	s := &Spec{Product: "Ecs", Endpoints: []Endpoint{
		{Region: "cn-qingdao", Host: "ecs.cn-qingdao.aliyuncs.com"},
		{Region: "cn-hangzhou", Host: "ecs-cn-hangzhou.aliyuncs.com"},
		{Region: "cn-hangzhou-finance", Host: "ECS.aliyuncs.com "},
		{Region: "cn-shanghai-finance-1", Host: "ecs-cn-hangzhou.aliyuncs.com"},
		{Region: "cn-shenzhen-finance-1", Host: "ecs-cn-hangzhou.aliyuncs.com"},
		{Region: "cn-qingdao", Host: "ecs.cn-qingdao.aliyuncs.com"}, // listed twice: one region
		{Region: "eu-west-1", Host: "ecs.europe.aliyuncs.com"},      // shared, and named
		{Region: "eu-central-1", Host: "ecs.europe.aliyuncs.com"},   // by neither region
		{Region: "", Host: "ecs.nowhere.aliyuncs.com"},              // no region
		{Region: "ap-south-1", Host: ""},                            // no host
	}}
	want := map[string]string{
		"ecs.cn-qingdao.aliyuncs.com":  "cn-qingdao",
		"ecs-cn-hangzhou.aliyuncs.com": "cn-hangzhou",
		"ecs.aliyuncs.com":             "cn-hangzhou-finance",
	}
	if got := s.HostRegions(); !maps.Equal(got, want) {
		t.Errorf("HostRegions() = %v, want %v", got, want)
	}
	if got := (&Spec{}).HostRegions(); len(got) != 0 {
		t.Errorf("no endpoints: %v", got)
	}
}
