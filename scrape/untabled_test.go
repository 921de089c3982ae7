package scrape

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// A parameter section that describes its parameters as cards ("UserId", "Type: String",
// "Required: Yes") holds no table, and no reader takes such lines as rows: the page read
// with no parameters and no warning at all. Now each such section gets a drop warning; a
// section that only says there is nothing gets none.
func TestUntabledParametersWarned(t *testing.T) {
	cards := "URL: https://help.aliyun.com/document_detail/1.html\nGetUser\nRequest parameters\n" +
		"UserId\nType: String\nRequired: Yes\nDescription: The ID.\n\nVerbose\nType: Boolean\nRequired: No\n\n" +
		"Response parameters\nUserName\n类型：String\nDescription: The name.\n"
	none := "# GetUser\n\n## Request parameters\n\nThis operation has no request parameters.\n\n## Response parameters\n\n" +
		"|Parameter|Type|Description|\n|---|---|---|\n|RequestId|String|The request.|\n"
	for _, c := range []struct {
		file, data string
		want       []string
	}{
		{"GetUser.txt", cards, []string{
			`request parameters section has no table, yet 2 of its lines read like "Type: String"`,
			`response fields section has no table, yet 1 of its lines read like "类型：String"`}},
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
