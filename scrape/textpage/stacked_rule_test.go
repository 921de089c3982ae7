package textpage

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestStackedHeaderRule: a table as groff's tbl sets it in a narrow page (groff -ms
// -Tutf8 of pandoc -t ms): a header word broken with the typesetter's hyphen over two
// lines ("Descrip‐" over "tion", "Error mes‐" over "sage"), a rule under the header as
// wide as its widest line, names broken the same way. The header reads as its words
// whole, the rule goes, and the rows read in its columns. (The error code broken over
// two lines, "InvalidPa‐" over "rameter", is not read yet.)
func TestStackedHeaderRule(t *testing.T) {
	const src = `GetWindow

Request parameters

Parameter     Type       Required   Descrip‐                     Example
                                    tion
──────────────────────────────────────────────────────────────────────
AutoPay       Boolean    No         The AutoPay value.           true
AutoRe‐       Integer    No         The AutoRenewPeriod value.   10
newPeriod
RegionId      String     Yes        The RegionId value.          cn

Error codes

HTTP status   Error code   Error mes‐    Description
code                       sage
─────────────────────────────────────────────────────
400           InvalidPa‐   The speci‐    The parame‐
              rameter      fied param‐   ter is not
                           eter is in‐   valid.
                           valid.
`
	p := readText(t, src)
	req := table(t, p, page.RequestParams)
	equal(t, "names", column(req, page.ColName), []string{"AutoPay", "AutoRenewPeriod", "RegionId"})
	equal(t, "types", column(req, page.ColType), []string{"Boolean", "Integer", "String"})
	equal(t, "examples", column(req, page.ColExample), []string{"true", "10", "cn"})
	errs := table(t, p, page.ErrorCodes)
	if got, want := columnNames(errs.Columns), columnNames([]page.Column{page.ColHTTPStatus, page.ColErrorCode, page.ColErrorMessage, page.ColDescription}); got != want {
		t.Errorf("error table columns %s; want %s", got, want)
	}
}
