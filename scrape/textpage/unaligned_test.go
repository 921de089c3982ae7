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

// TestUnalignedLineBreaks: psql's unaligned format writes a cell's line breaks as they
// are, so a description holding some goes on over lines of fewer pipes than a row has,
// a blank line of its own among them; the next row, the row count or a heading ends it.
// Before, the first such line ended the table: the rows under it were lost, unnamed.
func TestUnalignedLineBreaks(t *testing.T) {
	p := readText(t, "ListThings\n\nRequest parameters\n\n"+
		"Parameter|Type|Required|Example|Description\n"+
		"RegionId|String|Yes|cn-hangzhou|The region ID.\n"+
		"ChargeType|String|No|PostPaid|The billing method.\nValid values:\nPrePaid: subscription.\n"+
		"Size|Integer|No|10|The size.\n\nFor more information, see the guide.\n"+
		"Key|String|No|env|The key.\nOf the tag.\n"+
		"(4 rows)\n\n"+
		"Response parameters\n\n"+
		"Parameter|Type|Description\nRequestId|String|The request ID.\nA UUID.\n"+
		"Response elements\n")
	rows := rowsOf(table(t, p, page.RequestParams))
	equal(t, "request rows", rows, []string{
		"RegionId|String|Yes|cn-hangzhou|The region ID.",
		"ChargeType|String|No|PostPaid|The billing method.\nValid values:\nPrePaid: subscription.",
		"Size|Integer|No|10|The size.\nFor more information, see the guide.", "Key|String|No|env|The key.\nOf the tag."})
	equal(t, "response rows", rowsOf(table(t, p, page.ResponseParams)), []string{"RequestId|String|The request ID.\nA UUID."})
	if w := warningsOf(p); strings.Contains(w, "cells") {
		t.Errorf("warnings:\n%s", w)
	}
}
