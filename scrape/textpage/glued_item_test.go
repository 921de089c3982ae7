package textpage

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestGluedItemRow: in the concat layout a list's item row named "[]" has its name glued to
// its type ("[]Object", "[]String", "[]StringNo"): that is the name "[]" and the type, not
// a Go slice type on an unnamed row, which made the list a list of lists
// (array<array<object>>). A named row's type "[]Object" stays a list type.
func TestGluedItemRow(t *testing.T) {
	p := readText(t, "Request parameters\n\nParameterTypeRequiredExampleDescription\n"+
		"TagsarrayNo\n\nThe tags.\n\n[]StringNo\n\nA tag.\n\nab\nIds[]StringNo\n\nThe IDs.\n\n[\"a\"]\n"+
		"Response parameters\n\nParameterTypeExampleDescription\nRepositoriesarray\n\nThe repositories.\n\n"+
		"[]Object\n\nA repository.\n\nSummarystring\n\nThe summary.\n\nsample\nRequestIdstring\n\nThe request ID.\n\nabc\n")
	req := table(t, p, page.RequestParams)
	equal(t, "request names", column(req, page.ColName), []string{"Tags", "[]", "Ids"})
	equal(t, "request types", column(req, page.ColType), []string{"array", "String", "[]String"})
	resp := table(t, p, page.ResponseParams)
	equal(t, "response names", column(resp, page.ColName), []string{"Repositories", "[]", "Summary", "RequestId"})
	equal(t, "response types", column(resp, page.ColType), []string{"array", "Object", "string", "string"})
}
