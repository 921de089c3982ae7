package textpage

import (
	"fmt"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestIndentedNames: a pipe table whose child rows indent their names by no-break or
// ideographic spaces (a help-center export) shows their depth; a pipe row's one space of
// padding is no level, and indentation that draws no tree (a space more than the padding,
// a row indented under a string, or skipping a level) is no depth, with a warning naming
// the indented rows.
func TestIndentedNames(t *testing.T) {
	const nb = "\u00a0\u00a0"
	for _, c := range []struct {
		name, rows string
		want       []string // name:depth
		warn       string
	}{
		{"pipe rows", "Name | object | The name. |\n" + nb + "First | string | The first name. |\n" + nb + "Tags | array | The tags. |\n" + nb + nb + "Key | string | The key. |\nAge | integer | The age. |\n",
			[]string{"Name:0", "First:1", "Tags:1", "Key:2", "Age:0"}, ""},
		{"Markdown rows", "| Name | object | The name. |\n| \u3000\u3000First | object | The first name. |\n| \u3000\u3000\u3000\u3000Last | string | The last name. |\n",
			[]string{"Name:0", "First:1", "Last:2"}, ""},
		{"one cell a line", "| Name |\nobject |\nThe name. |\n| " + nb + "First |\nstring |\nThe first name. |\n| Age |\ninteger |\nThe age. |\n",
			[]string{"Name:0", "First:1", "Age:0"}, ""},
		{"padding", "| Name | object | The name. |\n|  First | string | The first name. |\n",
			[]string{"Name:-1", "First:-1"}, "First"},
		{"under a string", "Name | string | The name. |\n" + nb + "First | string | The first name. |\n",
			[]string{"Name:-1", "First:-1"}, "First"},
		{"skips a level", "Name | object | The name. |\n" + nb + nb + "First | string | The first name. |\n" + nb + "Last | string | The last name. |\n",
			[]string{"Name:-1", "First:-1", "Last:-1"}, "First, Last"},
	} {
		text := "GetThing\n\nResponse parameters\nParameter | Type | Description |\n"
		if strings.HasPrefix(c.rows, "| ") {
			text = "GetThing\n\nResponse parameters\n| Parameter | Type | Description |\n"
			if !strings.Contains(c.rows, "| object |") {
				text = "GetThing\n\nResponse parameters\n|\nParameter |\nType |\nDescription |\n"
			}
		}
		p, err := Reader{}.Read("p.txt", []byte(text+c.rows))
		if err != nil {
			t.Fatal(err)
		}
		resp := table(t, p, page.ResponseParams)
		var got []string
		for _, r := range resp.Rows {
			got = append(got, fmt.Sprintf("%s:%d", r.Cells[0], r.Depth))
		}
		equal(t, c.name, got, c.want)
		var warned []string
		for _, w := range p.Warnings {
			warned = append(warned, w.Msg)
		}
		switch all := strings.Join(warned, "\n"); {
		case c.warn == "" && strings.Contains(all, "indent"):
			t.Errorf("%s: warnings %s", c.name, all)
		case c.warn != "" && !strings.Contains(all, "rows "+c.warn+" are indented"):
			t.Errorf("%s: no warning naming %s: %s", c.name, c.warn, all)
		}
	}
}
