package textpage

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestSpacedHyphenLines: a spaced table whose columns are not aligned has each row's
// description on the lines under it, joined by their line breaks; a line ending in a word
// cut with a hyphen reads by the rule the aligned tables and grids read it by (lineHyphen):
// a word the page writes whole elsewhere ("ResourceOwn-" over "erAccount") loses the
// hyphen, one written with it ("cn-" over "hangzhou", "x-acs-" over "request-id") keeps it,
// the lines glued either way. Before, every such line kept its break ("cn-\nhangzhou").
func TestSpacedHyphenLines(t *testing.T) {
	p := readText(t, `DescribeZones

Request parameters

Name Type Required Description
RegionId String Yes
The region, such as cn-
hangzhou, of the zones.
ResourceOwnerAccount String No
The ResourceOwn-
erAccount value.
Token String No
The x-acs-
request-id header.
Second line.

Response parameters

Name Type Description
RequestId String
The request ID.
`)
	req := table(t, p, page.RequestParams)
	equal(t, "descriptions", column(req, page.ColDescription), []string{"The region, such as cn-hangzhou, of the zones.",
		"The ResourceOwnerAccount value.", "The x-acs-request-id header.\nSecond line."})
}
