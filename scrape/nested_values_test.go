package scrape

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/htmlpage"
	"github.com/acsgen/acsgen/scrape/mdpage"
	"github.com/acsgen/acsgen/scrape/page"
)

// A valid-values list whose items hold lists of their own (ECS InvocationStatus:
// "Success:", then "One-time execution: ..." and "Recurring execution: ..." under it;
// NicType: "intranet: internal NIC" with two notes under it) has only its top-level
// items as values: the items under one describe that value. The Markdown and HTML
// readers flattened the nested items into the list, so the enum lost them all ("an entry
// that is not a value") or took sub-states for values (DescribeSendFileResults' Invalid,
// Aborted ... under Failed). The readers now keep the depth they see ("  ").
func TestNestedValueLists(t *testing.T) {
	mdCell := "The status. Valid values:\n\n-   Running: The command is running.\n" +
		"-   Success:\n    -   One-time execution: The exit code is 0.\n    -   Recurring execution: The period ends.\n" +
		" -   Failed: The command failed.\n\nDefault value: Running."
	md := func(cell string) string {
		return "# DescribeThings\n\nDescribes things.\n\n## Request parameters\n\n" +
			"|Parameter|Type|Required|Example|Description|\n|---|---|---|---|---|\n" +
			"|Status|String|No|Running|" + cell + " |\n\n" +
			"## Response parameters\n\n|Parameter|Type|Example|Description|\n|---|---|---|---|\n|RequestId|String|r-1|The request. |\n"
	}
	// the same list with bullets typed as text, as the Japanese site writes them
	typed := strings.NewReplacer("-   ", "・", ": ", "：").Replace(mdCell)
	html := `<html><body><h1>DescribeThings</h1><p>Describes things.</p><h2>Request parameters</h2>
<table><thead><tr><th>Parameter</th><th>Type</th><th>Required</th><th>Example</th><th>Description</th></tr></thead>
<tbody><tr><td>Status</td><td>String</td><td>No</td><td>Running</td><td><p>The status. Valid values:</p><ul>
<li>Running: The command is running.</li>
<li>Success:<ul><li>One-time execution: The exit code is 0.</li><li>Recurring execution: The period ends.</li></ul></li>
<li>Failed: The command failed.</li></ul><p>Default value: Running.</p></td></tr></tbody></table>
<h2>Response parameters</h2><table><thead><tr><th>Parameter</th><th>Type</th><th>Example</th><th>Description</th></tr></thead>
<tbody><tr><td>RequestId</td><td>String</td><td>r-1</td><td>The request.</td></tr></tbody></table></body></html>`
	for _, tc := range []struct {
		name string
		r    page.Reader
		file string
		data string
	}{
		{"markdown", mdpage.Reader{}, "DescribeThings.md", md(mdCell)},
		{"typed bullets", mdpage.Reader{}, "DescribeThings.md", md(typed)},
		{"html", htmlpage.Reader{}, "DescribeThings.html", html},
	} {
		res, err := readExtract(tc.r, tc.file, []byte(tc.data), extract.Page)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		var status *opspec.Param
		for _, p := range res.Op.Params {
			if p.Name == "Status" {
				status = p
			}
		}
		if status == nil {
			t.Fatalf("%s: no Status parameter: %v", tc.name, res.Op.Params)
		}
		var values []string
		desc := map[string]string{}
		for _, v := range status.Schema.Enum {
			values = append(values, v.Value)
			desc[v.Value] = v.Description
		}
		if got := strings.Join(values, ","); got != "Running,Success,Failed" {
			t.Errorf("%s: enum %q, want Running,Success,Failed (warnings %v)", tc.name, got, res.Warnings)
		}
		if want := "- One-time execution: The exit code is 0.\n- Recurring execution: The period ends."; strings.ReplaceAll(desc["Success"], "：", ": ") != want {
			t.Errorf("%s: Success described %q, want %q", tc.name, desc["Success"], want)
		}
		if want := "\n" + page.ListIndent; !strings.Contains(status.Schema.Description, want) {
			t.Errorf("%s: description %q does not keep the nesting (%q)", tc.name, status.Schema.Description, want)
		}
	}
}
