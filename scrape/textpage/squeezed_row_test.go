package textpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestSqueezedColumns: pdftotext -layout's text of a table in aligned columns pulls the
// words after a cell wider in characters than on paper some columns left, one blank
// apart: "ResourceOwnerAccount String No" with the type and the Required word short of
// their columns, "string No" with "No" two columns before Required's. Each word is read in
// the cell it is of, with no guess. Before, the first line ended the table with no
// warning (ResourceOwnerAccount and ResourceOwnerId lost), the second read the type
// "string No" and no Required cell. A type whose first words stand in the name cell
// ("Array" short of the type column, "of" in it, "Long" wrapped in it below) is the type's, and
// an example value after the type in a table with no Required column goes to Example.
func TestSqueezedColumns(t *testing.T) {
	text := "GetThing\n\nRequest parameters\n" +
		"  Parameter                    Type     Required Description                       Example\n" +
		"  InstanceId                   String   Yes                                        sample\n" +
		"                                                 The InstanceId value.\n\n" +
		"  Bandwidth                    string No                                           sample\n" +
		"                                                 The Bandwidth value.\n\n" +
		"  RegionId                     string Yes                                          sample\n" +
		"                                                 The RegionId value.\n\n" +
		"  ResourceOwnerAccount String No                                                   sample\n" +
		"                                                 The ResourceOwnerAccount\n" +
		"                                                 value.\n\n" +
		"  ResourceOwnerId              Long     No                                         1700000000000\n" +
		"                                                 The ResourceOwnerId value.\n\n" +
		"  LaunchTemplateVersion   Array of      No                                         [1]\n" +
		"                               Long              The LaunchTemplateVersion value.\n\n" +
		"Response parameters\n" +
		"  Parameter                 Type       Example        Description\n" +
		"  InstanceId                String     sample\n" +
		"                                                      The InstanceId value.\n\n" +
		"  CreditSpecification String sample\n" +
		"                                                      The CreditSpecification value.\n"
	p := readText(t, text)
	req := table(t, p, page.RequestParams)
	equal(t, "names", column(req, page.ColName), []string{"InstanceId", "Bandwidth", "RegionId", "ResourceOwnerAccount", "ResourceOwnerId", "LaunchTemplateVersion"})
	equal(t, "types", column(req, page.ColType), []string{"String", "string", "string", "String", "Long", "Array of Long"})
	equal(t, "required", column(req, page.ColRequired), []string{"Yes", "No", "Yes", "No", "No", "No"})
	equal(t, "examples", column(req, page.ColExample), []string{"sample", "sample", "sample", "sample", "1700000000000", "[1]"})
	resp := table(t, p, page.ResponseParams)
	equal(t, "response names", column(resp, page.ColName), []string{"InstanceId", "CreditSpecification"})
	equal(t, "response types", column(resp, page.ColType), []string{"String", "String"})
	equal(t, "response examples", column(resp, page.ColExample), []string{"sample", "sample"})
	if w := warningsOf(p); strings.Contains(w, "guess") {
		t.Errorf("guesses:\n%s", w)
	}
}

// TestUnsqueezeNoFit: where the words after a type pulled into the name cell fit no cell
// (the Example column holds text already: a groff PDF's next page setting its columns
// elsewhere), unsqueeze leaves the line as it was. Before, the row read the type "String
// sample", with a guess each, where it had been read otherwise.
func TestUnsqueezeNoFit(t *testing.T) {
	cols := []page.Column{page.ColName, page.ColType, page.ColExample, page.ColDescription}
	st := &spaced{h: header{cols: cols}, tbl: &page.Table{Columns: cols}}
	l := colLine{name: "AutoReleaseTime String", cells: []string{"AutoReleaseTime String", "sample", "The AutoReleaseTime", "value."}}
	st.unsqueeze(&l)
	equal(t, "cells", l.cells, []string{"AutoReleaseTime String", "sample", "The AutoReleaseTime", "value."})
	l = colLine{name: "AutoReleaseTime String", cells: []string{"AutoReleaseTime String", "sample", "", "The AutoReleaseTime value."}}
	st.unsqueeze(&l)
	equal(t, "cells", l.cells, []string{"AutoReleaseTime", "String", "sample", "The AutoReleaseTime value."})
}
