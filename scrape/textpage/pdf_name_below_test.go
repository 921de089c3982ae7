package textpage

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestPDFNameBelow: in a PDF's text (a form feed ends its page) a nested row's name that
// the PDF set below the tree's glyphs, because on paper it did not fit beside them, is
// the row's name though by the characters pdftotext wrote it would fit the column: a
// proportional font's widths are not the characters'. Before, the name was read as a row
// of its own with no type (a guess) and the glyphs' row as one with no name (a drop).
// The glyphs' type word may stand short of the type column, two blanks or more past the
// glyphs ("└" then "string"): it is the type (unsqueeze); before, it was read as a name
// that the name below went on ("stringAuthorizationResourceEntityType").
func TestPDFNameBelow(t *testing.T) {
	text := "GetThing\n\nResponse parameters\n" +
		"  Parameter                        Type      Example    Description\n" +
		"  Instances                        Array of  -          The instances.\n" +
		"                                   Object\n\n" +
		"  └ Description                    string    sample\n" +
		"                                                        The Description value.\n\n" +
		"  └                                string    sample\n" +
		"  DeveloperAPIPrivateDomain                             The\n" +
		"                                                        DeveloperAPIPrivateDomain\n" +
		"                                                        value.\n\n" +
		"  └                            string        sample\n" +
		"  AuthorizationResourceEntityType                       The type.\n\n" +
		"  └ InstanceId                     string    sample\n" +
		"                                                        The InstanceId value.\n\n" +
		"  RequestId                        string    sample     The RequestId value.\n\n\f"
	p := readText(t, text)
	resp := table(t, p, page.ResponseParams)
	equal(t, "names", column(resp, page.ColName), []string{"Instances", "Description", "DeveloperAPIPrivateDomain", "AuthorizationResourceEntityType", "InstanceId", "RequestId"})
	equal(t, "types", column(resp, page.ColType), []string{"Array of Object", "string", "string", "string", "string", "string"})
}
