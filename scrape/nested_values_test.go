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
	html := thingsHTML("Status", "Running", `<p>The status. Valid values:</p><ul>
<li>Running: The command is running.</li>
<li>Success:<ul><li>One-time execution: The exit code is 0.</li><li>Recurring execution: The period ends.</li></ul></li>
<li>Failed: The command failed.</li></ul><p>Default value: Running.</p>`)
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

// thingsHTML is an HTML page of operation DescribeThings whose one request parameter,
// name, has example ex and description desc (HTML).
func thingsHTML(name, ex, desc string) string {
	return `<html><body><h1>DescribeThings</h1><p>Describes things.</p><h2>Request parameters</h2>
<table><thead><tr><th>Parameter</th><th>Type</th><th>Required</th><th>Example</th><th>Description</th></tr></thead>
<tbody><tr><td>` + name + `</td><td>String</td><td>No</td><td>` + ex + `</td><td>` + desc + `</td></tr></tbody></table>
<h2>Response parameters</h2><table><thead><tr><th>Parameter</th><th>Type</th><th>Example</th><th>Description</th></tr></thead>
<tbody><tr><td>RequestId</td><td>String</td><td>r-1</td><td>The request.</td></tr></tbody></table></body></html>`
}

// A valid-values lead-in inside a top-level list item announces the list nested in that
// item: the values of one case (ECS NicType: "- Valid values when the security group is in
// the classic network:" over "internet" and "intranet", then "- When the security group is
// in a VPC, ..."). The enum was missed, as every lead-in inside an item was taken for a
// member's. It is read now, with a guess naming the field (the other items may allow more);
// a lead-in in a nested item (a JSON member's: "- Key" over "  - Valid values:") and one in
// a clause ("- When Type is set to Rds, valid values of the following fields:") list no
// values of the parameter.
func TestValuesLeadInItem(t *testing.T) {
	md := func(cells ...string) string {
		s := "# DescribeThings\n\nDescribes things.\n\n## Request parameters\n\n" +
			"|Parameter|Type|Required|Example|Description|\n|---|---|---|---|---|\n"
		for i, c := range cells {
			s += "|P" + string(rune('0'+i)) + "|String|No|x|" + c + " |\n"
		}
		return s + "\n## Response parameters\n\n|Parameter|Type|Example|Description|\n|---|---|---|---|\n|RequestId|String|r-1|The request. |\n"
	}
	cells := []string{
		"The NIC type.\n\n-   Default value: internet. Valid values when the group is in the classic network:\n" +
			"    -   internet\n    -   intranet: internal\n\n**Note:** One type a call.\n\n-   When the group is in a VPC, set the value to intranet.",
		"网卡类型。\n\n-   经典网络的取值范围：\n    -   internet（默认）：公网\n    -   intranet：内网\n-   专有网络只能为intranet。",
		"The filter.\n\n-   Key\n    -   Type: string.\n    -   Valid values:\n        -   Name: the name.\n        -   Tag: the tag.\n-   Values\n    -   Type: string.",
		"The config.\n\n-   When Type is Rds, valid values, the following fields:\n    -   SubType (required): the subtype.\n    -   InstanceId (required): the instance.",
	}
	want := []string{"internet,intranet", "internet,intranet", "", ""}
	html := thingsHTML("P0", "x", `<p>The NIC type.</p><ul>
<li>Default value: internet. Valid values when the group is in the classic network:<ul><li>internet</li><li>intranet: internal</li></ul>
<p>Note: One type a call.</p></li><li>When the group is in a VPC, set the value to intranet.</li></ul>`)
	// a value's <li> whose text goes on after the list in it: that text describes the value,
	// and the values go on after it
	res, err := readExtract(htmlpage.Reader{}, "DescribeThings.html", []byte(thingsHTML("P0", "a",
		`<p>Valid values:</p><ul><li>a: one<ul><li>for VPCs</li></ul>and more.</li><li>b: two</li></ul>`)), extract.Page)
	if err != nil {
		t.Fatal(err)
	}
	if e := res.Op.Params[0].Schema.Enum; len(e) != 2 || e[0].Value != "a" || e[1].Value != "b" || e[0].Description != "one\n- for VPCs\nand more." {
		t.Errorf("values with text after their list: enum %+v, want a (one, for VPCs, and more.) and b", e)
	}
	for _, tc := range []struct {
		name string
		r    page.Reader
		file string
		data string
		want []string
	}{
		{"markdown", mdpage.Reader{}, "DescribeThings.md", md(cells...), want},
		{"html", htmlpage.Reader{}, "DescribeThings.html", html, want[:1]},
	} {
		res, err := readExtract(tc.r, tc.file, []byte(tc.data), extract.Page)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if len(res.Op.Params) != len(tc.want) {
			t.Fatalf("%s: %d parameters, want %d", tc.name, len(res.Op.Params), len(tc.want))
		}
		for i, p := range res.Op.Params {
			var values []string
			for _, v := range p.Schema.Enum {
				values = append(values, v.Value)
			}
			if got := strings.Join(values, ","); got != tc.want[i] {
				t.Errorf("%s: %s enum %q, want %q (description %q)", tc.name, p.Name, got, tc.want[i], p.Schema.Description)
			}
			guessed := false
			for _, w := range res.Warnings {
				guessed = guessed || w.Kind == page.Guess && strings.Contains(w.Msg, p.Name+": valid values read from the list under one of")
			}
			if guessed != (tc.want[i] != "") {
				t.Errorf("%s: %s guess warning %v, want %v (%v)", tc.name, p.Name, guessed, tc.want[i] != "", res.Warnings)
			}
		}
	}
}
