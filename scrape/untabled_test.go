package scrape

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// Parameters written as key-value lines ("Type: String", or "Type" over "String") or key
// tables ("| Type | String |") that no card holds (no name line above them, page.ReadCards) are lost: each such section gets a drop warning naming it.
// Cards with a name line are read (TestCardTruth); a section that only says there is
// nothing gets no warning.
func TestUntabledParametersWarned(t *testing.T) {
	cards := "URL: https://help.aliyun.com/document_detail/1.html\nGetUser\nRequest parameters\n" +
		"The user to get.\nType: String\nRequired: Yes\nDescription: The ID.\n\nWhether to say more.\nType: Boolean\nRequired: No\n\n" +
		"Response parameters\nThe name of the user\n类型：String\nDescription: The name.\n"
	keyTables := "# GetUser\n\n## Request parameters\n\n| Type | String |\n| --- | --- |\n| Required | Yes |\n\n" +
		"|  |  |\n| --- | --- |\n| Type | Integer |\n| Required | No |\n\n## Response parameters\n\n" +
		"| Property | Value |\n| --- | --- |\n| Type | String |\n| Description | The ID. |\n"
	split := "URL: https://help.aliyun.com/document_detail/1.html\nGetUser\nRequest parameters\n" +
		"The user to get.\nType\nString\nRequired\nYes\n\nResponse parameters\n\n" +
		"Parameter\nType\nDescription\nRequestId\nString\nThe request.\n"
	none := "# GetUser\n\n## Request parameters\n\nThis operation has no request parameters.\n\n## Response parameters\n\n" +
		"|Parameter|Type|Description|\n|---|---|---|\n|RequestId|String|The request.|\n"
	for _, c := range []struct {
		file, data string
		want       []string
	}{
		{"GetUser.txt", cards, []string{
			`request parameters section: 2 of its lines outside tables read like "Type: String"`,
			`response fields section: 1 of its lines outside tables read like "类型：String"`}},
		{"GetUser.md", keyTables, []string{ // a card's key tables, no name above them
			`request parameters section: 2 of its lines outside tables read like "Type: String"`,
			`response fields section: 1 of its lines outside tables read like "Type: String"`}},
		{"GetUser.txt", split, []string{ // keys alone over their values, no name above them
			`request parameters section: 1 of its lines outside tables read like "Type\nString"`}},
		{"GetUser.md", none, nil},
	} {
		var drops []string
		s := New(Options{Product: "X", Version: "2020-01-01"}, func(w page.Warning) {
			if w.Kind == page.Drop {
				drops = append(drops, w.Msg)
			}
		})
		s.Add(c.file, c.file, []byte(c.data))
		if _, err := s.Specs(); err != nil {
			t.Fatal(err)
		}
		if len(drops) != len(c.want) {
			t.Fatalf("%s: drop warnings %q, want %d", c.file, drops, len(c.want))
		}
		for i, w := range c.want {
			if !strings.Contains(drops[i], w) {
				t.Errorf("%s: warning %q, want it to say %q", c.file, drops[i], w)
			}
		}
	}
}
