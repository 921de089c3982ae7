package scrape

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// TestMetadataEndpointsMerge: two metadata files of one version give one region map: the
// second adds the regions the first lacks, and a region it maps elsewhere is left out with a
// drop warning naming both hosts.
func TestMetadataEndpointsMerge(t *testing.T) {
	doc := func(op, eps string) []byte {
		return []byte(`{"info":{"style":"RPC","product":"Demo","version":"2020-01-01"},"apis":{"` + op +
			`":{"methods":["post"]}},"endpoints":[` + eps + `]}`)
	}
	var warns []page.Warning
	s := New(Options{}, func(w page.Warning) { warns = append(warns, w) })
	s.Add("a/api-docs.json", "a/api-docs.json", doc("A", `{"regionId":"cn-hangzhou","endpoint":"demo.aliyuncs.com"}`))
	s.Add("b/api-docs.json", "b/api-docs.json", doc("B", `{"regionId":"cn-beijing","endpoint":"demo.cn-beijing.aliyuncs.com"},{"regionId":"cn-hangzhou","endpoint":"demo.cn-hangzhou.aliyuncs.com"}`))
	specs, err := s.Specs()
	if err != nil || len(specs) != 1 {
		t.Fatalf("%d specs, %v", len(specs), err)
	}
	want := []opspec.Endpoint{{Region: "cn-hangzhou", Host: "demo.aliyuncs.com"}, {Region: "cn-beijing", Host: "demo.cn-beijing.aliyuncs.com"}}
	if got := specs[0].Endpoints; len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("endpoints %v, want %v", got, want)
	}
	var drop bool
	for _, w := range warns {
		if w.Kind == page.Drop && w.File == "b/api-docs.json" && strings.Contains(w.Msg, "cn-hangzhou") &&
			strings.Contains(w.Msg, "demo.cn-hangzhou.aliyuncs.com") && strings.Contains(w.Msg, "demo.aliyuncs.com") {
			drop = true
		}
	}
	if !drop {
		t.Errorf("no drop warning for the conflicting region: %v", warns)
	}
}
