package textpage

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestItemRowAlone: in a layout that leaves empty cells out (one cell a line), the item row
// of a legacy wrapper ("|MaintenanceAttribute| | | |" under "Array of MaintenanceAttribute",
// ecs/en/DescribeInstanceMaintenanceAttributes) is its name alone on a line. It was read as
// the list row's description, and the item level was lost.
func TestItemRowAlone(t *testing.T) {
	p := readText(t, `DescribeInstanceMaintenanceAttributes

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
`)
	tb := table(t, p, page.ResponseParams)
	equal(t, "names", column(tb, page.ColName), []string{"MaintenanceAttributes", "MaintenanceAttribute", "ActionOnMaintenance", "DefaultValue", "RequestId"})
	equal(t, "descriptions", column(tb, page.ColDescription)[:2], []string{"Details of the maintenance properties.", ""})
}

// TestItemRowAloneSingular: where the list's type names no item ("Array"), its item row is
// named as the singular of the list's name ("|Regions|Array| |...|", "|Region| | | |",
// ecs/en/DescribeRegions); alone on a line it was read as the list's description.
func TestItemRowAloneSingular(t *testing.T) {
	p := readText(t, `DescribeRegions

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
`)
	tb := table(t, p, page.ResponseParams)
	equal(t, "names", column(tb, page.ColName), []string{"Regions", "Region", "LocalName"})
	equal(t, "descriptions", column(tb, page.ColDescription)[:2], []string{"An array consisting of region data.", ""})
}
