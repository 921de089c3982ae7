package textpage

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestSpacedPositionBeforeType: a spaced table whose Position column comes between the name
// and the type ("Parameter Position Type Required Example Description", the products'
// order) reads each row's location there ("RegionId Query String Yes cn-hangzhou", the
// description below). Before, no row was read: the description lines became rows ("The",
// "Specifies") and every parameter was lost with no warning naming it.
func TestSpacedPositionBeforeType(t *testing.T) {
	p := readText(t, "Request parameters\n\nParameter Position Type Required Example Description\n"+
		"Action Query String Yes StartThings\n\nThe operation that you want to perform.\n\n"+
		"RegionId Query String Yes cn-hangzhou\n\nThe region ID of the instance.\n\n"+
		"DryRun Query Boolean No false\n\nSpecifies whether to check the request.\n")
	req := table(t, p, page.RequestParams)
	equal(t, "names", column(req, page.ColName), []string{"Action", "RegionId", "DryRun"})
	equal(t, "locations", column(req, page.ColLocation), []string{"Query", "Query", "Query"})
	equal(t, "types", column(req, page.ColType), []string{"String", "String", "Boolean"})
	equal(t, "required", column(req, page.ColRequired), []string{"Yes", "Yes", "No"})
	equal(t, "examples", column(req, page.ColExample), []string{"StartThings", "cn-hangzhou", "false"})
	equal(t, "descriptions", column(req, page.ColDescription), []string{"The operation that you want to perform.",
		"The region ID of the instance.", "Specifies whether to check the request."})
}
