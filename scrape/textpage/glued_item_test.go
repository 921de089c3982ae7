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

// TestGluedStructPointerRequired: in a table of Go types with a Required column, an unnamed
// row glued as "*StringNo" (the SDK's "*" field, all request fields, shown with no name) is
// the type "*String" and the Required word "No", as "*String否" and a named row's line
// split. Before, it was one type, a pointer to a struct "StringNo", its Required cell
// empty, and extraction read the row as a frame with only a note, where "*String否" was a
// row with no name, dropped with a warning.
func TestGluedStructPointerRequired(t *testing.T) {
	for _, c := range []struct{ head, no, yes string }{
		{"ParameterTypeRequiredDescriptionExample", "No", "Yes"},
		{"参数名称取值类型是否必填详细说明参考值", "否", "是"},
	} {
		p := readText(t, "Request parameters\n\n"+c.head+"\n*String"+c.no+"\n\nThe * value.\n\nsample\n"+
			"KeyId*string"+c.yes+"\n\nThe key.\n\nk-1\n")
		req := table(t, p, page.RequestParams)
		equal(t, c.no+": names", column(req, page.ColName), []string{"", "KeyId"})
		equal(t, c.no+": types", column(req, page.ColType), []string{"*String", "*string"})
		equal(t, c.no+": required", column(req, page.ColRequired), []string{c.no, c.yes})
	}
}
