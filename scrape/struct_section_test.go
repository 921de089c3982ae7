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

// A field typed with a struct that a section of its own defines (KMS DescribeKeyVersion:
// "KeyVersion | [KeyVersion](#section)" in the response, then "## KeyVersion" and a table)
// gets that table's rows as its fields, in the request as in the response and for a list
// of the struct; the table was dropped with a warning, and the response fields were typed
// from the JSON example (or lost where it has none). A heading naming no field stays
// warned.
const structSectionMD = `# DescribeThing

Describes a thing.

## Request parameters

|Name|Type|Required|Description|
|Action|String|Yes|DescribeThing|
|Filter|[Filter](#filter)|No|The filter.|

## Response parameters

|Name|Type|Description|
|RequestId|String|The request ID.|
|Thing|[Thing](#thing)|The thing.|
|Tags|Array of Tag|The tags.|

## Filter {#filter}

|Name|Type|Required|Description|
|Key|String|Yes|The key.|

## Thing {#thing}

|Name|Type|Description|
|ThingId|String|The ID.|
|Size|Integer|The size.|

## Tag

|Name|Type|Description|
|Key|String|The key.|
|Value|String|The value.|

## Other

|Name|Type|Description|
|Stray|String|Nobody's.|
`

func TestStructSection(t *testing.T) {
	res, err := readExtract(mdpage.Reader{}, "DescribeThing.md", []byte(structSectionMD), extract.Page)
	if err != nil {
		t.Fatal(err)
	}
	op := res.Op
	var filter *opspec.Schema
	for _, p := range op.Params {
		if p.Name == "Filter" {
			filter = p.Schema
		}
	}
	if filter == nil || filter.Type != "object" || len(filter.Properties) != 1 || filter.Properties[0].Name != "Key" || !filter.Properties[0].Required {
		t.Errorf("request Filter = %+v, want an object with the required field Key", filter)
	}
	want := map[string]string{"Thing": "ThingId:string Size:integer", "Tags": "Key:string Value:string"}
	for _, p := range op.Response.Properties {
		w, ok := want[p.Name]
		if !ok {
			continue
		}
		delete(want, p.Name)
		s := p.Schema
		if p.Name == "Tags" {
			if s.Type != "array" || s.Items == nil {
				t.Errorf("Tags = %+v, want a list", s)
				continue
			}
			s = s.Items
		}
		var got []string
		for _, c := range s.Properties {
			got = append(got, c.Name+":"+c.Schema.Type)
		}
		if strings.Join(got, " ") != w {
			t.Errorf("%s fields %v, want %s", p.Name, got, w)
		}
		if strings.Contains(s.Description, "Flattened") || strings.Contains(p.Schema.Description, "Flattened") {
			t.Errorf("%s is described as flattened: %q", p.Name, p.Schema.Description)
		}
	}
	for name := range want {
		t.Errorf("response field %s missing: %v", name, op.Response.Properties)
	}
	var stray bool
	for _, w := range res.Warnings {
		if w.Kind == page.Drop && strings.Contains(w.Msg, `"Other"`) && strings.Contains(w.Msg, "Stray") {
			stray = true
		}
		if w.Kind != page.Info && strings.Contains(w.Msg, "names no known type") {
			t.Errorf("guess about a struct the page defines: %s", w)
		}
		if strings.Contains(w.Msg, `"Thing"`) && w.Kind == page.Drop {
			t.Errorf("Thing's table warned unread: %s", w)
		}
	}
	if !stray {
		t.Errorf("the table under an unknown heading naming no field is not warned: %v", res.Warnings)
	}
}

// A struct's table under a heading or caption that names the struct with other words
// ("Tags 结构", "Tag 的结构", "Table 3. Tag", "Tag object", "Structure of Tag", "TagList",
// "表 2：Tag") holds the fields of the list that names it ("Tags | Array of Tag"), as a
// section of its own, a sub-heading below the response's, a bare caption line, or an
// HTML table's <caption>. Before, only the bare name ("## Tag") was read so, and the rows
// were warned unread or read as the response's own fields.
func TestStructHeadingForms(t *testing.T) {
	const resp = "|Name|Type|Description|\n|---|---|---|\n|RequestId|String|The request ID.|\n|Tags|Array of Tag|The tags.|\n|TotalCount|Integer|The count.|\n\n"
	const tags = "|Name|Type|Description|\n|---|---|---|\n|Key|String|The key.|\n|Value|String|The value.|\n"
	for _, h := range []string{"Tags 结构", "Tag 的结构", "表 2 Tag", "Table 3. Tag", "Tag object", "Tag 对象", "Structure of Tag", "TagList", "表 2：Tag"} {
		for _, form := range []string{"## %s\n\n", "### %s\n\n", "%s\n\n"} {
			label := strings.Replace(form, "%s", h, 1)
			md := "# DescribeThing\n\nDescribes a thing.\n\n## Response parameters\n\n" + resp + label + tags
			checkTagFields(t, mdpage.Reader{}, label, md)
		}
		doc := "<html><body><h1>DescribeThing</h1><p>Describes a thing.</p><h2>Response parameters</h2>" +
			"<table><tr><th>Name</th><th>Type</th><th>Description</th></tr><tr><td>RequestId</td><td>String</td><td>The request ID.</td></tr>" +
			"<tr><td>Tags</td><td>Array of Tag</td><td>The tags.</td></tr><tr><td>TotalCount</td><td>Integer</td><td>The count.</td></tr></table>" +
			"<table><caption>" + h + "</caption><tr><th>Name</th><th>Type</th><th>Description</th></tr>" +
			"<tr><td>Key</td><td>String</td><td>The key.</td></tr><tr><td>Value</td><td>String</td><td>The value.</td></tr></table></body></html>"
		checkTagFields(t, htmlpage.Reader{}, "<caption>"+h, doc)
	}
}

// checkTagFields reads src and checks its response's Tags is a list of Key and Value, and
// that nothing else is a response field but RequestId and TotalCount, with no guess or
// drop warning.
func checkTagFields(t *testing.T, rd page.Reader, label, src string) {
	t.Helper()
	file := "DescribeThing.md"
	if _, ok := rd.(htmlpage.Reader); ok {
		file = "DescribeThing.html"
	}
	res, err := readExtract(rd, file, []byte(src), extract.Page)
	if err != nil {
		t.Fatalf("%q: %v", label, err)
	}
	var got []string
	for _, p := range res.Op.Response.Properties {
		s := p.Schema
		if s.Type == "array" && s.Items != nil {
			s = s.Items
		}
		var kids []string
		for _, c := range s.Properties {
			kids = append(kids, c.Name)
		}
		got = append(got, p.Name+"("+strings.Join(kids, ",")+")")
	}
	if want := "RequestId() Tags(Key,Value) TotalCount()"; strings.Join(got, " ") != want {
		t.Errorf("%q: response %s, want %s", label, strings.Join(got, " "), want)
	}
	for _, w := range res.Warnings {
		if w.Kind == page.Guess || w.Kind == page.Drop {
			t.Errorf("%q: %s", label, w)
		}
	}
}

// A request field whose own rows follow it nested ("Group | Object", "└ Name") keeps
// them when a section after the response's defines a struct of the same name for a
// response field ("Groups | Array of Group", "## Structure of Group"): the section's rows
// were read as the request field's too (Group.Name beside Name, Group.Ips), and the
// nested rows were warned deeper than their parent and read as top-level parameters.
func TestStructSectionSkipsShownChildren(t *testing.T) {
	const md = "# UpdateGroups\n\nUpdates groups.\n\n## Request parameters\n\n" +
		"|Name|Type|Required|Description|\n|---|---|---|---|\n|Id|String|Yes|The ID.|\n|Group|Object|No|The group.|\n|└ Name|String|No|The name.|\n\n" +
		"## Response parameters\n\n|Name|Type|Description|\n|---|---|---|\n|RequestId|String|The request ID.|\n|Groups|Array of Group|The groups.|\n\n" +
		"## Structure of Group\n\n|Name|Type|Description|\n|---|---|---|\n|Name|String|The name.|\n|Ips|String|The IPs.|\n"
	res, err := readExtract(mdpage.Reader{}, "UpdateGroups.md", []byte(md), extract.Page)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range res.Op.Params {
		got = append(got, p.Name)
		for _, c := range p.Schema.Properties {
			got = append(got, p.Name+"."+c.Name)
		}
	}
	if want := "Id Group Group.Name"; strings.Join(got, " ") != want {
		t.Errorf("request %s, want %s", strings.Join(got, " "), want)
	}
	for _, w := range res.Warnings {
		if w.Kind == page.Guess || w.Kind == page.Drop {
			t.Errorf("%s", w)
		}
	}
}

// A struct's table whose rows show depth of their own ("Items | Array of Object", "└ Key")
// holds the struct's fields and their children: the field typed with the struct ("Data |
// Data") was typed a string, its table's rows read as the response's own, a guess each.
func TestStructSectionNestedRows(t *testing.T) {
	const md = "# GetThing\n\nGets a thing.\n\n## Response parameters\n\n" +
		"|Name|Type|Description|\n|---|---|---|\n|RequestId|String|The request ID.|\n|Data|Data|The data.|\n\n" +
		"### Structure of Data\n\n|Name|Type|Description|\n|---|---|---|\n|Items|Array of Object|The items.|\n|└ Key|String|The key.|\n|└ Sub|Object|The sub.|\n|└└ Id|String|The ID.|\n|Total|Integer|The total.|\n"
	for _, src := range []string{md, strings.Replace(md, "### Structure", "## Structure", 1)} {
		res, err := readExtract(mdpage.Reader{}, "GetThing.md", []byte(src), extract.Page)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		var walk func(prefix string, s *opspec.Schema)
		walk = func(prefix string, s *opspec.Schema) {
			if s.Type == "array" && s.Items != nil {
				s = s.Items
			}
			for _, p := range s.Properties {
				got = append(got, prefix+p.Name+":"+p.Schema.Type)
				walk(prefix+p.Name+".", p.Schema)
			}
		}
		walk("", res.Op.Response)
		if want := "RequestId:string Data:object Data.Items:array Data.Items.Key:string Data.Items.Sub:object Data.Items.Sub.Id:string Data.Total:integer"; strings.Join(got, " ") != want {
			t.Errorf("response %s, want %s", strings.Join(got, " "), want)
		}
		for _, w := range res.Warnings {
			if w.Kind == page.Guess || w.Kind == page.Drop {
				t.Errorf("%s", w)
			}
		}
	}
}
