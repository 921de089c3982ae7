package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// A row named as the list above it ("LockReason | Array", then "LockReason | String") is
// read as the list's item, unless the example shows object items with a field of that name
// and the row's kind: then the example settles it, the row is that field (ecs
// DescribeInstanceAttribute's truth: OperationLocks.LockReason[].LockReason), noted, in a
// table that shows no depth and in one whose rows are nested (the bullets shape's lists).
// Where the example's items are strings the row is the item, silently. An unnamed item row
// is plainly the item: a disagreement with the example stays a note.
func TestItemRowAgainstExampleWarned(t *testing.T) {
	for _, c := range []struct {
		item, ex string
		depth    bool
		field    bool // the row is read as a field of object items
		msg      string
	}{
		{"LockReason", `[{"LockReason": "a"}]`, false, true, `row "LockReason" read as a field of them`},
		{"LockReason", `[{"LockReason": "a"}]`, true, true, `row "LockReason" read as a field of them`},
		{"LockReason", `["a"]`, false, false, ""},
		{"LockReason", `["a"]`, true, false, ""},
		{"", `[{"LockReason": "a"}]`, false, false, "the table says string, the JSON example shows object"},
	} {
		b := tbl(6, respHeader,
			[]string{"OperationLocks", "Struct", "The locks.", ""},
			[]string{"LockReason", "Array", "The reasons.", ""},
			[]string{c.item, "String", "A reason.", "a"})
		if c.depth {
			for i, d := range []int{0, 1, 2} {
				b.Table.Rows[i].Depth = d
			}
		}
		p := &page.Page{File: "e.md", Title: "Svc:GetThing", Sections: []*page.Section{
			sec(page.ResponseParams, "Response parameters", 5, b),
			sec(page.Examples, "Examples", 10, code(11, `{"OperationLocks": {"LockReason": `+c.ex+`}}`)),
		}}
		op, res := mustOp(t, p)
		name := fmt.Sprintf("item %q, example %s, depth %v", c.item, c.ex, c.depth)
		list := op.Response.Properties[0].Schema.Properties[0].Schema
		if c.field {
			if list.Items == nil || list.Items.Type != "object" || len(list.Items.Properties) != 1 ||
				list.Items.Properties[0].Name != "LockReason" || list.Items.Properties[0].Schema.Type != "string" {
				t.Errorf("%s: LockReason = %+v, want a list of objects with a string field LockReason", name, list)
			}
		} else if list.Items == nil || list.Items.Type != "string" {
			t.Errorf("%s: LockReason = %+v, want the table's list of strings", name, list)
		}
		found := false
		for _, w := range res.Warnings {
			if w.Kind != page.Info {
				t.Errorf("%s: %s (%s), want no guess or drop", name, w, w.Kind)
			}
			if strings.HasPrefix(w.Msg, `items of "LockReason"`) {
				found = true
				if c.msg == "" || !strings.Contains(w.Msg, c.msg) {
					t.Errorf("%s: %s, want %q", name, w, c.msg)
				}
			}
		}
		if !found && c.msg != "" {
			t.Errorf("%s: no note about the items of LockReason in %v", name, res.Warnings)
		}
	}
}

// A list that no JSON example shows but the XML example does gives the key it is wrapped
// in by the page's own evidence: the XML's child element (<DetailInfos><DetailInfo>),
// before the item row's name ("DetailInfos | Array of ResourcePriceModel", then
// "ResourcePriceModel"), which is only a guess. Where the XML example wraps the list in
// the item row the reading is a note; where it shows another key that key is taken, with
// a guess naming both; without an XML example that shows the list the guess stays.
func TestWrapperKeyFromXMLExample(t *testing.T) {
	// the JSON example shows Discount, which the XML examples lack: they do not stand in for it
	jsonEx := `{"RequestId": "r", "PriceInfo": {"Currency": "CNY", "Discount": 1}}`
	for _, c := range []struct {
		name, xml, key string
		kind           page.WarnKind
		msg            string
	}{
		{"other key", `<DescribePriceResponse><RequestId>r</RequestId><PriceInfo><DetailInfos><DetailInfo><Resource>instance</Resource></DetailInfo><DetailInfo><Resource>disk</Resource></DetailInfo></DetailInfos></PriceInfo></DescribePriceResponse>`,
			"DetailInfo", page.Guess, `the XML example wraps the list in "DetailInfo", not in its item row "ResourcePriceModel"`},
		{"item row", `<DescribePriceResponse><RequestId>r</RequestId><PriceInfo><Currency>CNY</Currency><DetailInfos><ResourcePriceModel><Resource>instance</Resource></ResourcePriceModel></DetailInfos></PriceInfo></DescribePriceResponse>`,
			"ResourcePriceModel", page.Info, `the XML example wraps the list in its item row "ResourcePriceModel"`},
		{"no list", `<DescribePriceResponse><RequestId>r</RequestId><PriceInfo><Currency>CNY</Currency></PriceInfo></DescribePriceResponse>`,
			"ResourcePriceModel", page.Guess, `its item row "ResourcePriceModel" taken as the key that wraps the list`},
		{"not a wrapper", `<DescribePriceResponse><RequestId>r</RequestId><PriceInfo><DetailInfos><Count>1</Count></DetailInfos></PriceInfo></DescribePriceResponse>`,
			"ResourcePriceModel", page.Guess, `its item row "ResourcePriceModel" taken as the key that wraps the list`},
	} {
		p := &page.Page{File: "p.md", Title: "Svc:DescribePrice", Sections: []*page.Section{
			sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
				[]string{"RequestId", "String", "The request.", "r"},
				[]string{"PriceInfo", "Struct", "The price.", ""},
				[]string{"Currency", "String", "The currency.", "CNY"},
				[]string{"Discount", "Float", "The discount.", "1"},
				[]string{"DetailInfos", "Array of ResourcePriceModel", "The details.", ""},
				[]string{"ResourcePriceModel", "", "", ""},
				[]string{"Resource", "String", "The resource.", "instance"},
			)),
			sec(page.Examples, "Examples", 20, code(21, c.xml), code(30, jsonEx)),
		}}
		op, res := mustOp(t, p)
		var details *opspec.Schema
		for _, pr := range op.Response.Properties {
			if pr.Name == "PriceInfo" {
				for _, q := range pr.Schema.Properties {
					if q.Name == "DetailInfos" {
						details = q.Schema
					}
				}
			}
		}
		if details == nil || details.Type != "object" || names(details) != c.key {
			t.Fatalf("%s: PriceInfo.DetailInfos = %+v, want an object holding %s (warnings %v)", c.name, details, c.key, res.Warnings)
		}
		if list := details.Properties[0].Schema; list.Type != "array" || list.Items == nil || names(list.Items) != "Resource" {
			t.Errorf("%s: DetailInfos.%s = %+v, want a list of objects with Resource", c.name, c.key, list)
		}
		found := false
		for _, w := range res.Warnings {
			if strings.Contains(w.Msg, `"DetailInfos": no JSON example shows it`) {
				found = true
				if w.Kind != c.kind || !strings.Contains(w.Msg, c.msg) {
					t.Errorf("%s: %s (%s), want a %s saying %q", c.name, w.Msg, w.Kind, c.kind, c.msg)
				}
			}
		}
		if !found {
			t.Errorf("%s: no warning about DetailInfos in %v", c.name, res.Warnings)
		}
	}
}

// The unnamed item row of a list of scalars, one level below it where the table shows
// depth ("Values | Array of String", then "└ | String | An item."), is the list's items, as
// it is in a table that shows no depth: not a row whose name the site hid (it was dropped,
// "nested deeper than its parent row").
func TestScalarItemRowAtDepth(t *testing.T) {
	b := tbl(6, respHeader,
		[]string{"", "Struct", "The root.", ""},
		[]string{"Values", "Array of String", "The values.", `["a"]`},
		[]string{"", "String", "An item.", ""},
		[]string{"Total", "Integer", "The total.", "1"})
	for i, d := range []int{0, 1, 2, 1} {
		b.Table.Rows[i].Depth = d
	}
	p := &page.Page{File: "e.md", Title: "Svc:GetThing", Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, b),
		sec(page.Examples, "Examples", 12, code(13, `{"Values": ["a"], "Total": 1}`)),
	}}
	op, res := mustOp(t, p)
	var names []string
	for _, pr := range op.Response.Properties {
		names = append(names, pr.Name)
	}
	if strings.Join(names, ",") != "Values,Total" {
		t.Fatalf("response fields %v, want Values,Total", names)
	}
	if items := op.Response.Properties[0].Schema.Items; items == nil || items.Type != "string" || items.Description != "An item." {
		t.Errorf("Values items = %+v, want the item row's string", items)
	}
	for _, w := range res.Warnings {
		if w.Kind == page.Drop || strings.Contains(w.Msg, "deeper") {
			t.Errorf("warning %s", w)
		}
	}
}

// A row one level below a list named as any list's items ("[]", "items", "Item": the
// element row some tables draw) is the list's item row, for a list of objects (its fields
// below it) and of scalars, also under a list itself named "items"; a field named "items"
// of object items that the example shows stays a field. Such rows were fields named "[]"
// (dropped, with the fields under them) or "items" (Tag.items.Key, a spurious field).
func TestItemWordRows(t *testing.T) {
	for _, word := range []string{"[]", "items", "Item"} {
		b := tbl(6, respHeader,
			[]string{"Tags", "Array of Object", "The tags.", ""},
			[]string{word, "Object", "A tag.", ""},
			[]string{"Key", "String", "The key.", "k"},
			[]string{"Ids", "Array of String", "The IDs.", `["i"]`},
			[]string{word, "String", "An ID.", ""},
			[]string{"items", "Array of Object", "The items.", ""},
			[]string{word, "Object", "An item.", ""},
			[]string{"name", "String", "The name.", "x"},
			[]string{"Groups", "Array of Object", "The groups.", ""},
			[]string{"items", "String", "A field the example shows.", "x"})
		for i, d := range []int{0, 1, 2, 0, 1, 0, 1, 2, 0, 1} {
			b.Table.Rows[i].Depth = d
		}
		p := &page.Page{File: "e.md", Title: "Svc:GetThing", Sections: []*page.Section{
			sec(page.ResponseParams, "Response parameters", 5, b),
			sec(page.Examples, "Examples", 20, code(21, `{"Tags": [{"Key": "k"}], "Ids": ["i"], "items": [{"name": "x"}], "Groups": [{"items": "x"}]}`)),
		}}
		op, res := mustOp(t, p)
		got := schemaPaths(op.Response, "")
		want := "Tags[].Key Ids[] items[].name Groups[].items"
		if strings.Join(got, " ") != want {
			t.Errorf("%q: response %v, want %s", word, got, want)
		}
		for _, w := range res.Warnings {
			if w.Kind == page.Drop {
				t.Errorf("%q: %s", word, w)
			}
		}
	}
}

// schemaPaths lists the leaf paths of s below prefix ("Tags[].Key").
func schemaPaths(s *opspec.Schema, prefix string) []string {
	var out []string
	switch {
	case s.Type == "array" && s.Items != nil:
		return schemaPaths(s.Items, prefix+"[]")
	case len(s.Properties) > 0:
		for _, p := range s.Properties {
			name := p.Name
			if prefix != "" {
				name = prefix + "." + p.Name
			}
			out = append(out, schemaPaths(p.Schema, name)...)
		}
		return out
	}
	return []string{prefix}
}

// In a table that shows no depth, a row named as any list's items ("items", "Item", "[]")
// or drawn with a lone dash for a name (an empty cell's placeholder) right after a list row
// is the list's item row, as an unnamed one is, where it is typed as the list's items or the
// list names no item type, and no example shows a field of that name beside the list or in
// its items; a row typed otherwise is a field, warned by name.
func TestFlatItemWordRows(t *testing.T) {
	for _, c := range []struct {
		name    string
		rows    [][]string
		example string
		want    []string // leaf paths
		warn    string   // a warning of the kind below that must be given, "" for none
		kind    page.WarnKind
	}{
		{"scalar list, items", [][]string{{"Ids", "Array of String", "The IDs.", ""}, {"items", "String", "An ID.", "i-1"}, {"Total", "Integer", "n", "1"}},
			"", []string{"Ids[]", "Total"}, "", page.Info},
		{"object list, Item", [][]string{{"Instances", "Array of Object", "The instances.", ""}, {"Item", "Object", "An instance.", ""}, {"InstanceId", "String", "The ID.", "i-1"}},
			"", []string{"Instances[].InstanceId"}, "", page.Info},
		{"bare Array, items", [][]string{{"Disks", "Array", "The disks.", ""}, {"items", "Object", "A disk.", ""}, {"Size", "Integer", "The size.", "1"}},
			"", []string{"Disks[].Size"}, "", page.Info},
		{"dash under a list of objects", [][]string{{"Instances", "array<object>", "The instances.", ""}, {"-", "object", "An instance.", ""}, {"InstanceId", "string", "The ID.", "i-1"}},
			"", []string{"Instances[].InstanceId"}, "", page.Info},
		{"dash under a list of scalars", [][]string{{"Ids", "array<string>", "The IDs.", ""}, {"—", "string", "An ID.", ""}, {"Total", "integer", "n", "1"}},
			"", []string{"Ids[]", "Total"}, "", page.Info},
		{"typed otherwise: a field", [][]string{{"Ids", "Array of String", "The IDs.", ""}, {"items", "Integer", "A count.", "1"}},
			"", []string{"Ids[]", "items"}, `response field "items", right after the list "Ids", is named as a list's items but typed Integer`, page.Guess},
		{"the example shows it beside the list", [][]string{{"Ids", "Array of String", "The IDs.", ""}, {"items", "String", "Items.", "a"}},
			`{"Ids": ["i-1"], "items": "a"}`, []string{"Ids[]", "items"}, "", page.Info},
		{"the example shows it in the items", [][]string{{"Tags", "Array of Object", "The tags.", ""}, {"item", "Object", "An item.", ""}, {"Key", "String", "k", "k"}},
			`{"Tags": [{"item": {"Key": "k"}}]}`, []string{"Tags[].item.Key"}, "", page.Info},
		{"a dash under no list: dropped by name", [][]string{{"Name", "String", "The name.", "n"}, {"-", "String", "Something.", "x"}},
			"", []string{"Name"}, `response field row has no name (its name cell is a dash, an empty cell's placeholder, and it is no list's item row); row skipped (String, example "x")`, page.Drop},
	} {
		got, res := responseTree(t, tbl(6, respHeader, c.rows...), c.example)
		if got != strings.Join(c.want, " ") {
			t.Errorf("%s: fields %s, want %s", c.name, got, strings.Join(c.want, " "))
		}
		found := false
		for _, w := range res.Warnings {
			switch {
			case c.warn != "" && strings.Contains(w.Msg, c.warn) && w.Kind == c.kind:
				found = true
			case w.Kind == page.Drop || w.Kind == page.Guess && !strings.Contains(w.Msg, "by row order (no JSON example"):
				// (with no example, the fields under a list are placed by row order, as
				// under an unnamed item row)
				t.Errorf("%s: %s", c.name, w)
			}
		}
		if c.warn != "" && !found {
			t.Errorf("%s: no guess %q in %v", c.name, c.warn, res.Warnings)
		}
	}
}

// An untyped row named as any list's items ("items", "Item") right after a list, in a table
// that shows no depth, is the list's item row: after a list of objects ("Instances |
// array<object>", then "items | | An instance.") it is those objects (a note), the rows
// after it their fields; after a bare list it takes the example's elements' kind (a note),
// else it is objects where a named row follows and strings where none does (guesses naming
// the list); after a list of scalars it is their item row, of the list's type. It was a
// field "items" by row order (Instances[].items, a spurious string), or silently a list of
// strings with the rows after it at the top level, or said to type the items "string".
func TestUntypedItemWordRows(t *testing.T) {
	for _, c := range []struct {
		name    string
		rows    [][]string
		example string
		want    string // leaf paths
		warn    string // a warning of the kind below that must be given
		kind    page.WarnKind
	}{
		{"list of objects, items", [][]string{{"Instances", "array<object>", "The instances.", ""}, {"items", "", "An instance.", ""}, {"InstanceId", "String", "The ID.", "i-1"}, {"Name", "String", "The name.", "n"}},
			"", "Instances[].InstanceId Instances[].Name", `response field "Instances": its item row "items" has no type; read as the list's object items`, page.Info},
		{"list of objects, Item", [][]string{{"Instances", "Array of Object", "The instances.", ""}, {"Item", "N/A", "An instance.", ""}, {"InstanceId", "String", "The ID.", "i-1"}},
			"", "Instances[].InstanceId", `its item row "Item" has no type; read as the list's object items`, page.Info},
		{"list of objects, the example shows a field items", [][]string{{"Groups", "array<object>", "The groups.", ""}, {"items", "", "A field.", ""}},
			`{"Groups": [{"items": "x"}]}`, "Groups[].items", `response field "items" has no type and no rows under it; assuming string`, page.Guess},
		{"bare list, named rows after it", [][]string{{"Disks", "Array", "The disks.", ""}, {"items", "", "A disk.", ""}, {"Size", "Integer", "The size.", "1"}},
			"", "Disks[].Size", `response field "Disks": its item row "items" has no type and a named row follows; read as objects whose fields are the rows after it`, page.Guess},
		{"bare list, the example's elements", [][]string{{"Ids", "Array", "The IDs.", ""}, {"items", "", "An ID.", ""}, {"Total", "Integer", "n", "1"}},
			`{"Ids": [1, 2], "Total": 1}`, "Ids[] Total", `response field "Ids": its item row "items" has no type; the JSON example shows number items`, page.Info},
		{"list of integers, items", [][]string{{"Ids", "array<integer>", "The IDs.", ""}, {"items", "", "An ID.", ""}, {"Total", "Integer", "n", "1"}},
			"", "Ids[] Total", "", page.Info},
		{"bare list, last row", [][]string{{"Ids", "Array", "The IDs.", ""}, {"items", "", "An ID.", ""}},
			"", "Ids[]", `response field "Ids": its item row "items" has no type and no rows under it; items taken as string`, page.Guess},
	} {
		got, res := responseTree(t, tbl(6, respHeader, c.rows...), c.example)
		if got != c.want {
			t.Errorf("%s: fields %s, want %s", c.name, got, c.want)
		}
		found := false
		for _, w := range res.Warnings {
			if c.warn != "" && strings.Contains(w.Msg, c.warn) && w.Kind == c.kind {
				found = true
			}
			if strings.Contains(w.Msg, "item row of") {
				t.Errorf("%s: %s (the row has no type to disagree with)", c.name, w)
			}
		}
		if c.warn != "" && !found {
			t.Errorf("%s: no %s %q in %v", c.name, c.kind, c.warn, res.Warnings)
		}
	}
}

// An item row named as any list's items ("Item | Object") whose name the example's items
// show, but as a scalar field ("item": "x", case aside), is the item row, not that field: a
// field and the row typed as a container cannot be one. It read as the field "item", typed
// against the example, and the list's fields went to the top level (spurious names, guesses,
// duplicates dropped). The field itself, its own row after it, stays a field; a row the
// example shows as a field of its kind stays one (TestFlatItemWordRows, TestItemWordRows).
func TestItemRowNamedAsScalarField(t *testing.T) {
	checkItemRowTree(t, [][]string{
		{"Reports", "Array of Object", "The reports.", ""},
		{"Item", "Object", "An item.", ""},
		{"detail", "Object", "The detail.", ""},
		{"desc", "String", "The text.", "d"},
		{"health", "String", "The health.", "h"},
		{"item", "String", "The item.", "x"},
		{"RequestId", "String", "The request.", "r"},
	}, []int{0, 1, 2, 3, 2, 2, 0},
		`{"Reports": [{"detail": {"desc": "d"}, "health": "h", "item": "x"}], "RequestId": "r"}`,
		"Reports[].detail.desc Reports[].health Reports[].item RequestId")
}

// responseTree extracts a page of the response table b and the JSON example ex (none
// where ex is "") and returns its response's leaf paths (schemaPaths), one space apart,
// and the result with its warnings.
func responseTree(t *testing.T, b page.Block, ex string) (string, *Result) {
	t.Helper()
	var blocks []page.Block
	if ex != "" {
		blocks = append(blocks, code(21, ex))
	}
	p := &page.Page{File: "p.txt", Title: "Svc:GetThing", Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, b),
		sec(page.Examples, "Examples", 20, blocks...),
	}}
	op, res := mustOp(t, p)
	return strings.Join(schemaPaths(op.Response, ""), " "), res
}

// checkItemRowTree reads a response table of rows, as a text dump shows it (no depth) and
// with depths, beside the JSON example ex, and checks that its fields' paths are want and
// that every warning is a note.
func checkItemRowTree(t *testing.T, rows [][]string, depths []int, ex, want string) {
	t.Helper()
	for _, depth := range []bool{false, true} {
		b := tbl(6, respHeader, rows...)
		if depth {
			for i, d := range depths {
				b.Table.Rows[i].Depth = d
			}
		}
		got, res := responseTree(t, b, ex)
		if got != want {
			t.Errorf("depth %v: fields %s, want %s", depth, got, want)
		}
		for _, w := range res.Warnings {
			if w.Kind != page.Info {
				t.Errorf("depth %v: %s", depth, w)
			}
		}
	}
}

// TestItemRowNamedAsListField: an item row named "items" (typed object) under a list whose
// items have a field "items" that the example shows as a list (the table's own row of it
// comes further down), inside the list's items or beside an inner list, is the item row: a
// list is not the object row. It read as that field, by the example's name, and the rows
// after it went astray.
func TestItemRowNamedAsListField(t *testing.T) {
	checkItemRowTree(t, [][]string{
		{"Result", "Array of Object", "The results.", ""},
		{"items", "Object", "An item.", ""},
		{"diagnoseItems", "Array of Object", "The checks.", ""},
		{"items", "Object", "An item.", ""},
		{"item", "String", "The check.", "x"},
		{"items", "Array of Object", "The items.", ""},
		{"items", "Object", "An item.", ""},
		{"name", "String", "The name.", "n"},
	}, []int{0, 1, 2, 3, 4, 2, 3, 4},
		`{"Result": [{"diagnoseItems": [{"item": "x"}], "items": [{"name": "n"}]}]}`,
		"Result[].diagnoseItems[].item Result[].items[].name")
}

// A ROA request body that is a list with an item row of its own ("body | Array", then "[] |
// Struct", then the items' fields) takes the rows after it without a guess, as the body
// without an item row does (the rows after a "body" row are the body's). They were warned
// as placed by row order in "body[]", with the top level as the alternative.
func TestBodyListItemRow(t *testing.T) {
	for _, item := range []string{"", "[]"} {
		rows := [][]string{
			{"InstanceId", "String", "Yes", "The instance.", "i"},
			{"body", "Array", "No", "The nodes.", ""},
		}
		if item != "" {
			rows = append(rows, []string{item, "Struct", "No", "A node.", ""})
		}
		rows = append(rows, []string{"host", "String", "No", "The host.", "h"}, []string{"port", "Integer", "No", "The port.", "1"})
		p := &page.Page{File: "b.txt", Title: "Svc:ShrinkNode", Sections: []*page.Section{
			sec(page.RequestSyntax, "Request syntax", 3, code(4, "POST /instances/{InstanceId}/actions/shrink HTTP/1.1")),
			sec(page.RequestParams, "Request parameters", 9, tbl(10, reqHeader, rows...)),
		}}
		op, res := mustOp(t, p)
		var got []string
		for _, prm := range op.Params {
			got = append(got, schemaPaths(prm.Schema, prm.Name)...)
		}
		if want := "InstanceId body[].host body[].port"; strings.Join(got, " ") != want {
			t.Errorf("item row %q: params %v, want %s", item, got, want)
		}
		for _, w := range res.Warnings {
			if strings.Contains(w.Msg, "row order") {
				t.Errorf("item row %q: %s", item, w)
			}
		}
	}
}

// A list of scalars listed twice, each time with its item row ("SecurityGroupIds |
// array<string>", then "Item | string"): the duplicate is dropped, named, and its item row
// goes with it (no second drop for it). It was a field "Item" of the object the rows were in
// (a spurious string); unnamed, it was dropped a second time as a row with no name.
func TestDuplicateListItemRow(t *testing.T) {
	for _, item := range []string{"Item", ""} {
		p := &page.Page{File: "p.txt", Title: "Svc:GetThing", Sections: []*page.Section{
			sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
				[]string{"Ids", "array<string>", "The IDs.", ""},
				[]string{item, "string", "An ID.", ""},
				[]string{"Name", "string", "The name.", "n"},
				[]string{"Ids", "array<string>", "The IDs again.", ""},
				[]string{item, "string", "An ID.", ""},
				[]string{"Total", "integer", "The total.", "1"})),
		}}
		op, res := mustOp(t, p)
		if got, want := strings.Join(schemaPaths(op.Response, ""), " "), "Ids[] Name Total"; got != want {
			t.Errorf("item %q: fields %s, want %s", item, got, want)
		}
		var drops []string
		for _, w := range res.Warnings {
			if w.Kind == page.Drop {
				drops = append(drops, w.Msg)
			}
		}
		if len(drops) != 1 || !strings.Contains(drops[0], `duplicate response field "Ids"`) {
			t.Errorf("item %q: drops %q, want one naming the duplicate Ids", item, drops)
		}
	}
}

// A bare list whose example cell shows numbers ("Ids | Array | [1, 2]"), its items strings by
// the SDKs' rule (a guess), then an item row named as any list's items and typed as the
// example's items ("Item | Long"), in a table that shows no depth: the row settles the
// items' type, a note. It was a field "Item" beside the list, guessed, and the list kept
// strings.
func TestFlatItemWordSettlesExampleItems(t *testing.T) {
	p := &page.Page{File: "p.txt", Title: "Svc:GetThing", Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"Ids", "Array", "The IDs.", "[1, 2]"}, []string{"Item", "Long", "An ID.", ""}, []string{"Total", "Integer", "n", "1"})),
	}}
	op, res := mustOp(t, p)
	if got := strings.Join(schemaPaths(op.Response, ""), " "); got != "Ids[] Total" {
		t.Errorf("fields %s, want Ids[] Total", got)
	}
	if it := op.Response.Properties[0].Schema.Items; op.Response.Properties[0].Name != "Ids" || it == nil || it.Type != "integer" {
		t.Errorf("Ids items %+v, want integer", it)
	}
	for _, w := range res.Warnings {
		if strings.Contains(w.Msg, `"Item"`) && w.Kind != page.Info {
			t.Errorf("%s", w)
		}
	}
}

// In a table that shows no depth, a legacy wrapper's list with an item row of its own
// ("Links | Struct", "Link | Array", "[] | Struct", its fields), a field of the items named
// as a top-level field after it ("Total"), then that top-level field: the JSON example shows
// the second at the top level, where it goes unwarned. The list's node and its item row's
// both stand for the items, which had it already; the outer one was read as a reason to
// place it by row order, guessed "not in the JSON example".
func TestItemRowThenOuterFieldFromExample(t *testing.T) {
	ex := `{"Links": {"Link": [{"Id": "a", "Total": 1}]}, "Total": 1}`
	p := &page.Page{File: "p.txt", Title: "Svc:GetThing", Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader,
			[]string{"Links", "Struct", "The links.", ""}, []string{"Link", "Array", "A link.", ""},
			[]string{"[]", "Struct", "An item.", ""}, []string{"Id", "String", "The ID.", "a"},
			[]string{"Total", "Integer", "Its total.", "1"}, []string{"Total", "Integer", "The total.", "1"})),
		sec(page.Examples, "Examples", 20, code(21, ex)),
	}}
	op, res := mustOp(t, p)
	if got, want := strings.Join(schemaPaths(op.Response, ""), " "), "Links.Link[].Id Links.Link[].Total Total"; got != want {
		t.Errorf("fields %s, want %s", got, want)
	}
	for _, w := range res.Warnings {
		if w.Kind != page.Info {
			t.Errorf("%s", w)
		}
	}
}

// TestWrappedListItemRowDepth: a table that shows depth (tree glyphs) lists a legacy
// wrapper's item row a level below the wrapper's row and the items' fields a level below
// that ("Packages | Array of Package", "└─ Package", "   ├─ Bandwidth"), also for a wrapped
// list inside the items ("   ├─ Ips", "   │  └─ Ip", "   │     └─ IpAddress") and a field
// after it ("   └─ ZoneId"). The list shared the wrapper's row depth, so every row below
// read a level too deep (a note each) and ZoneId fell into Ips.Ip[] (guessed, the JSON
// example's ZoneId under Package[] inferred): piperow and mdtable legacy pages in the
// nesting shapes of TestUnseenShapes at UNSEEN_STRIDE=1 (ecs DescribeBandwidthPackages and
// 19 more). The item row is either empty cells (a marker) or typed Struct.
func TestWrappedListItemRowDepth(t *testing.T) {
	ex := `{"Packages": {"Package": [{"Bandwidth": "10", "Ips": {"Ip": [{"IpAddress": "1.1.1.1"}]}, "ZoneId": "z"}]}, "RequestId": "r"}`
	for _, typ := range []string{"", "Struct"} {
		row := func(line, depth int, cells ...string) page.Row {
			return page.Row{Line: line, Cells: cells, Depth: depth}
		}
		item := func(line, depth int, name string) page.Row {
			if typ == "" {
				return row(line, depth, name, "", "", "")
			}
			return row(line, depth, name, typ, "An item.", "")
		}
		tb := &page.Table{Line: 6, Header: respHeader, Columns: page.ClassifyColumns(respHeader), Rows: []page.Row{
			row(7, 0, "Packages", "Array of Package", "The packages.", ""),
			item(8, 1, "Package"),
			row(9, 2, "Bandwidth", "String", "The bandwidth.", "10"),
			row(10, 2, "Ips", "Array of Ip", "The addresses.", ""),
			item(11, 3, "Ip"),
			row(12, 4, "IpAddress", "String", "The address.", "1.1.1.1"),
			row(13, 2, "ZoneId", "String", "The zone.", "z"),
			row(14, 0, "RequestId", "String", "The request ID.", "r"),
		}}
		p := &page.Page{File: "p.txt", Title: "Svc:DescribeThings", Sections: []*page.Section{
			sec(page.ResponseParams, "Response parameters", 5, page.Block{Kind: page.TableBlock, Line: 6, Table: tb}),
			sec(page.Examples, "Examples", 20, code(21, ex)),
		}}
		op, res := mustOp(t, p)
		want := "Packages.Package[].Bandwidth Packages.Package[].Ips.Ip[].IpAddress Packages.Package[].ZoneId RequestId"
		if got := strings.Join(schemaPaths(op.Response, ""), " "); got != want {
			t.Errorf("item row typed %q: fields %s, want %s", typ, got, want)
		}
		for _, w := range res.Warnings {
			if w.Kind != page.Info || strings.Contains(w.Msg, "deeper") {
				t.Errorf("item row typed %q: %s", typ, w)
			}
		}
	}
}
