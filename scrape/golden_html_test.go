package scrape

import "testing"

// htmlGoldenCases are hand-made HTML pages, one or two DESIGN.md traps each, rendered as
// the docs site does; outputs live under golden/scrape-html.
var htmlGoldenCases = []goldenCase{
	{"GetInstance", []string{"golden/htmlpages/GetInstance.html"}, Options{}},
	{"CreateInstanceAccount-zh", []string{"golden/htmlpages/CreateInstanceAccount-zh.html"}, Options{Product: "RocketMQ", Version: "2022-08-01"}},
	{"trap-hidden-name-deprecated-CreateUser", []string{"golden/htmlpages/trap-hidden-name-deprecated-CreateUser.html"}, Options{}},
	{"trap-items-values-zh-examples-ListUsers", []string{"golden/htmlpages/trap-items-values-zh-examples-ListUsers.html"}, Options{}},
	{"trap-example-only-GetUser", []string{"golden/htmlpages/trap-example-only-GetUser.html"}, Options{}},
	{"trap-example-types-GetGroup", []string{"golden/htmlpages/trap-example-types-GetGroup.html"}, Options{}},
	{"trap-no-product-no-params-ListRegions", []string{"golden/htmlpages/trap-no-product-no-params-ListRegions.html"}, Options{}},
	{"trap-truncated-CreateApplication", []string{"golden/htmlpages/trap-truncated-CreateApplication.html"}, Options{}},
}

// TestGoldenHTML scrapes the HTML goldens (go test ./scrape -run GoldenHTML -update).
func TestGoldenHTML(t *testing.T) {
	runGoldens(t, "scrape-html", htmlGoldenCases)
}
