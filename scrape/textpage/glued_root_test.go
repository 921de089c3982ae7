package textpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestGluedRootNextRow: in a glued table, a line right after the unnamed root row that
// splits as a name and a type in the other case ("object", then "RequestIdString") is a row
// when its own description follows; it was read as the root's description and RequestId
// was lost with no warning. Where a row follows it instead ("TeamIdObject", then
// "teamIdstring"), it stays the root's description, with a guess naming the row it could
// have been.
func TestGluedRootNextRow(t *testing.T) {
	p := readText(t, "Response parameters\n\nParameterTypeDescriptionExample\nobject\n\n"+
		"RequestIdString\n\nThe request ID.\n\nabc\nTotalCountinteger\n\nThe total.\n\n3\n")
	resp := table(t, p, page.ResponseParams)
	equal(t, "names", column(resp, page.ColName), []string{"", "RequestId", "TotalCount"})
	equal(t, "types", column(resp, page.ColType), []string{"object", "String", "integer"})

	p = readText(t, "Response parameters\n\nParameterTypeDescriptionExample\nobject\n\n"+
		"TeamIdObject\n\nteamIdstring\n\nThe team ID.\n\nteam_abc\n")
	resp = table(t, p, page.ResponseParams)
	equal(t, "names", column(resp, page.ColName), []string{"", "teamId"})
	equal(t, "root description", []string{resp.Rows[0].Cell(resp, page.ColDescription)}, []string{"TeamIdObject"})
	if g := warningsOfKind(p, page.Guess); len(g) != 1 || !strings.Contains(g[0], `"TeamId"`) {
		t.Errorf("guesses %q; want one naming TeamId", g)
	}
}
