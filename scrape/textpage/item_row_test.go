package textpage

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestItemRowAlone: in a layout that leaves empty cells out (one cell a line), the item row
// of a legacy wrapper is its name alone on a line. It was read as the list row's
// description, and the item level was lost. The item is the struct the list's type names
// ("|MaintenanceAttribute| | | |" under "Array of MaintenanceAttribute",
// ecs/en/DescribeInstanceMaintenanceAttributes) or, where the type names none ("Array"),
// the singular of the list's name ("|Regions|Array| |...|", "|Region| | | |",
// ecs/en/DescribeRegions).
func TestItemRowAlone(t *testing.T) {
	for _, c := range []struct {
		page              string
		names, firstDescs []string
	}{{`DescribeInstanceMaintenanceAttributes

Response parameters

Parameter

Type

Example

Description

MaintenanceAttributes

Array of MaintenanceAttribute

Details of the maintenance properties.

MaintenanceAttribute

ActionOnMaintenance

Struct

The property of the maintenance action of the instance.

DefaultValue

String

AutoRecover

The default maintenance action.

RequestId

String

473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E

The ID of the request.
`, []string{"MaintenanceAttributes", "MaintenanceAttribute", "ActionOnMaintenance", "DefaultValue", "RequestId"},
		[]string{"Details of the maintenance properties.", ""}}, {`DescribeRegions

Response parameters

Parameter

Type

Example

Description

Regions

Array

An array consisting of region data.

Region

LocalName

String

China (Qingdao)

The name of the region.
`, []string{"Regions", "Region", "LocalName"}, []string{"An array consisting of region data.", ""}}} {
		tb := table(t, readText(t, c.page), page.ResponseParams)
		equal(t, "names", column(tb, page.ColName), c.names)
		equal(t, "descriptions", column(tb, page.ColDescription)[:2], c.firstDescs)
	}
}
