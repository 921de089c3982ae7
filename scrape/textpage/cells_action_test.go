package textpage

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestCellsHeaderBeforeActionRow: in the cell-per-line layout with a Position column, the
// first row is named Action, a column word (of RAM tables); its cells follow it, a location
// before the type ("Action", "Query", "String", "Yes"). That word names the row; it was read
// as one more header cell, every row's cells shifted by one and the parameters named
// "Query", dropped as duplicates with warnings that named none of them.
func TestCellsHeaderBeforeActionRow(t *testing.T) {
	p := readText(t, "Request parameters\n\nParameter\n\nPosition\n\nType\n\nRequired\n\nExample\n\nDescription\n\n"+
		"Action\n\nQuery\n\nString\n\nYes\n\nDeleteThings\n\nThe operation.\n\n"+
		"RegionId\n\nQuery\n\nString\n\nYes\n\ncn-hangzhou\n\nThe region.\n")
	req := table(t, p, page.RequestParams)
	equal(t, "names", column(req, page.ColName), []string{"Action", "RegionId"})
	equal(t, "locations", column(req, page.ColLocation), []string{"Query", "Query"})
	equal(t, "types", column(req, page.ColType), []string{"String", "String"})
}

// TestCellsHeaderBeforeCategoryRow: in the cell-per-line layout with no Required column,
// the first row is named Category, a column word (of operation lists); it was read as one
// more header cell, the row lost, its drop warning naming no field (cells.id+reqdesc at
// UNSEEN_STRIDE=1).
func TestCellsHeaderBeforeCategoryRow(t *testing.T) {
	p := readText(t, "Request parameters\n\nNama\n\nTipe\n\nNilai contoh\n\nDeskripsi\n\n"+
		"Category\n\nString\n\nsample\n\nWajib: Tidak. The category.\n\n"+
		"DiskId\n\nString\n\nd-1\n\nWajib: Tidak. The disk.\n")
	req := table(t, p, page.RequestParams)
	equal(t, "names", column(req, page.ColName), []string{"Category", "DiskId"})
	equal(t, "types", column(req, page.ColType), []string{"String", "String"})
}
