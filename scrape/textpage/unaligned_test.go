package textpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestUnalignedPipeTable: psql's unaligned format (psql -A) parts a table's cells by bare
// pipes, none at either end of a line: a row is a line, a "|" opening it an empty name
// cell (a list's unnamed item row), one ending it an empty last cell, and "(3 rows)" under
// the rows no row. Before, the bare pipes were read as text glued to it, every line of the
// table one row of dozens of cells.
func TestUnalignedPipeTable(t *testing.T) {
	p := readText(t, "ListThings\n\nRequest parameters\n\n"+
		"Parameter|Type|Required|Example|Description\n"+
		"RegionId|String|Yes|cn-hangzhou|The region ID.\n"+
		"Tag|Array of Object|No||The tags.\n"+
		"|Object|No||An item.\n"+
		"Key|String|No|env|\n"+
		"(4 rows)\n\n"+
		"Response parameters\n\n"+
		"Parameter|Type|Description\nRequestId|String|The request ID.\n(1 row)\n")
	equal(t, "request rows", rowsOf(table(t, p, page.RequestParams)), []string{
		"RegionId|String|Yes|cn-hangzhou|The region ID.", "Tag|Array of Object|No||The tags.",
		"|Object|No||An item.", "Key|String|No|env|"})
	equal(t, "response rows", rowsOf(table(t, p, page.ResponseParams)), []string{"RequestId|String|The request ID."})
	if w := warningsOf(p); strings.Contains(w, "cells") {
		t.Errorf("warnings:\n%s", w)
	}
}
