package scrape

import (
	"fmt"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// iconPage is a CreateUser page in HTML (md: Markdown) whose Required cells are yes (for
// UserName) and no (for Email), each a cell's HTML or Markdown as written.
func iconPage(md bool, yes, no string) (file, src string) {
	if md {
		return "CreateUser.md", fmt.Sprintf(`# CreateUser

Creates a user.

## Request parameters

|Parameter|Type|Required|Description|
|---|---|---|---|
|UserName|String|%s|The name.|
|Email|String|%s|The mail.|

## Response parameters

|Parameter|Type|Description|
|---|---|---|
|RequestId|String|The request ID.|
`, yes, no)
	}
	return "CreateUser.html", fmt.Sprintf(`<html><body><main><h1>CreateUser</h1><p>Creates a user.</p>
<h2>Request parameters</h2>
<table><thead><tr><th>Parameter</th><th>Type</th><th>Required</th><th>Description</th></tr></thead>
<tbody><tr><td>UserName</td><td>String</td><td>%s</td><td>The name.</td></tr>
<tr><td>Email</td><td>String</td><td>%s</td><td>The mail.</td></tr></tbody></table>
<h2>Response parameters</h2>
<table><thead><tr><th>Parameter</th><th>Type</th><th>Description</th></tr></thead>
<tbody><tr><td>RequestId</td><td>String</td><td>The request ID.</td></tr></tbody></table>
</main></body></html>
`, yes, no)
}

// TestRequiredIcons: a Required cell that shows only an icon with no text alternative is
// read from the icon's names: a check, tick or yes (file, icon-font class, SVG symbol,
// empty element's class) is required, a cross or times optional, as is an empty cell;
// text hidden from screen readers (a ✔ in an aria-hidden span) and an aria-label are the
// cell's text. An icon whose names say nothing, beside empty cells, reads as the column's
// check with a guess naming the parameter; two such icons stay unread, each parameter
// named in a guess. Before, every such cell read as empty: all optional, silently.
func TestRequiredIcons(t *testing.T) {
	for _, c := range []struct {
		md      bool
		yes, no string
		guess   []string // the parameters a guess about the Required cell names
	}{
		{false, `<img src="/static/icons/check.svg">`, ``, nil},
		{false, `<i class="fa fa-check" aria-hidden="true"></i>`, `<i class="fa fa-times" aria-hidden="true"></i>`, nil},
		{false, `<svg class="icon"><use xlink:href="#icon-tick"></use></svg>`, ``, nil},
		{false, `<span class="icon-required"></span>`, `<span class="icon-optional"></span>`, nil},
		{false, `<span aria-hidden="true">✔</span>`, ``, nil},
		{false, `<span class="icon" aria-label="Required"></span>`, `<span class="icon" aria-label="Optional"></span>`, nil},
		{false, `<img src="https://cdn.example.com/img/O1CN01a7f3.png">`, ``, []string{"UserName"}},
		{false, `<img src="/a/O1.png">`, `<img src="/a/O2.png">`, []string{"UserName", "Email"}},
		{true, `![](https://help-static.example.com/assets/check.png)`, ``, nil},
		{true, `<img src="images/yes.gif">`, `<img src="images/no.gif">`, nil},
		{true, `<i class="icon-check"></i>`, ``, nil},
		{true, `![](https://cdn.example.com/img/O1CN01a7f3.png)`, ``, []string{"UserName"}},
	} {
		file, src := iconPage(c.md, c.yes, c.no)
		spec, warns := scrapeSource(t, Options{Product: "Svc", Version: "2020-01-01"}, file, src)
		op := spec.Operations[0]
		want := len(c.guess) < 2 // two unknown icons: none read
		if got := param(t, op, "UserName").Required; got != want || param(t, op, "Email").Required {
			t.Errorf("%s | %s: UserName required %v, Email %v; want %v, false", c.yes, c.no, got, param(t, op, "Email").Required, want)
		}
		var named []string
		for _, w := range warns {
			if !strings.Contains(w.Msg, "Required") {
				continue
			}
			for _, n := range []string{"UserName", "Email"} {
				if w.Kind == page.Guess && strings.Contains(w.Msg, `"`+n+`"`) {
					named = append(named, n)
				}
			}
		}
		if fmt.Sprint(named) != fmt.Sprint(c.guess) {
			t.Errorf("%s | %s: guesses name %v, want %v; warnings %v", c.yes, c.no, named, c.guess, warns)
		}
	}
}
