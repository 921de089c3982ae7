package scrape

import "testing"

// mdGoldenCases are the committed Markdown pages (golden/mdpages, copies of corpus pages)
// and hand-made Markdown trap pages; outputs live under golden/scrape-md. Product and
// version come from the page's debug link when it has one.
var mdGoldenCases = []goldenCase{
	{"elasticsearch-2017-06-13-createInstance", []string{"golden/mdpages/elasticsearch-2017-06-13-createInstance.md"}, Options{}},
	{"ims-2019-08-15-ListUsers", []string{"golden/mdpages/ims-2019-08-15-ListUsers.md"}, Options{}},
	{"kms-2016-01-20-CreateSecret", []string{"golden/mdpages/kms-2016-01-20-CreateSecret.md"}, Options{}},
	{"kms-2016-01-20-ListKeys-zh", []string{"golden/mdpages/kms-2016-01-20-ListKeys-zh.md"}, Options{Product: "Kms", Version: "2016-01-20"}},
	{"trap-hidden-name-deprecated-CreateUser", []string{"golden/mdpages/trap-hidden-name-deprecated-CreateUser.md"}, Options{}},
	{"trap-items-values-zh-examples-ListGroups", []string{"golden/mdpages/trap-items-values-zh-examples-ListGroups.md"}, Options{}},
	{"trap-example-only-GetUser", []string{"golden/mdpages/trap-example-only-GetUser.md"}, Options{}},
	{"trap-example-types-GetGroup", []string{"golden/mdpages/trap-example-types-GetGroup.md"}, Options{}},
	{"trap-no-product-no-params-ListRegions", []string{"golden/mdpages/trap-no-product-no-params-ListRegions.md"}, Options{}},
	{"trap-truncated-CreateApplication", []string{"golden/mdpages/trap-truncated-CreateApplication.md"}, Options{}},
	{"trap-lone-pipe-fence-repeatlist-RunThings", []string{"golden/mdpages/trap-lone-pipe-fence-repeatlist-RunThings.md"}, Options{}},
	{"trap-setext-indented-StopThings", []string{"golden/mdpages/trap-setext-indented-StopThings.md"}, Options{}},
	{"trap-cards-CreateUser", []string{"golden/mdpages/trap-cards-CreateUser.md"}, Options{}},
}

// TestGoldenMarkdown scrapes the Markdown goldens (go test ./scrape -run Markdown -update).
func TestGoldenMarkdown(t *testing.T) {
	runGoldens(t, "scrape-md", mdGoldenCases)
}
