package extract

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// A response table that names nested fields by their paths, in a text dump that shows no
// depth, is read as the tree the paths give, with or without the parents' own rows: a path
// through a list without an index names a field of its items (Data.Instances.InstanceId), a
// path through the item struct of an "Array of X" row is the object legacy responses wrap
// the list in, and the unnamed item row under a dotted list row is its items (not a row
// whose name the site hid, dropped).
func TestDottedResponsePaths(t *testing.T) {
	rows := [][]string{
		{"RequestId", "String", "The request.", "r"},
		{"Data", "Struct", "The data.", ""},
		{"Data.Ids", "Array of String", "The IDs.", ""},
		{"", "String", "An ID.", "i-1"},
		{"Data.Instances", "Array of Instance", "The instances.", ""},
		{"Data.Instances.InstanceId", "String", "The ID.", "i-1"},
		{"Permissions", "Array of Permission", "The rules.", ""},
		{"Permissions.Permission", "", "", ""},
		{"Permissions.Permission.Policy", "String", "The policy.", "accept"},
		{"Result.items[].name", "String", "The name.", "n"},
	}
	want := map[string]string{
		"Data.Ids": "array", "Data.Ids[]": "string", "Data.Instances": "array", "Data.Instances[].InstanceId": "string",
		"Permissions": "object", "Permissions.Permission": "array", "Permissions.Permission[].Policy": "string",
		"Result": "object", "Result.items": "array", "Result.items[].name": "string",
	}
	example := `{"RequestId": "r", "Data": {"Ids": ["i-1"], "Instances": [{"InstanceId": "i-1"}]},
		"Permissions": {"Permission": [{"Policy": "accept"}]}, "Result": {"items": [{"name": "n"}]}}`
	for _, ex := range []string{example, ""} {
		// the paths alone hold the tree, with the example or without it
		var blocks []page.Block
		if ex != "" {
			blocks = append(blocks, code(21, ex))
		}
		p := &page.Page{File: "p.txt", Title: "Svc:GetThing", Sections: []*page.Section{
			sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader, rows...)),
			sec(page.Examples, "Examples", 20, blocks...),
		}}
		op, res := mustOp(t, p)
		got := typedPaths(op.Response, "")
		for path, typ := range want {
			if got[path] != typ {
				t.Errorf("example %t: %s is %q, want %s (got %v)", ex != "", path, got[path], typ, got)
			}
		}
		if n := len(got); n != len(want)+2 { // and RequestId, Data
			t.Errorf("example %t: %d fields, want %d: %v", ex != "", n, len(want)+2, got)
		}
		for _, w := range res.Warnings {
			if w.Kind == page.Drop || w.Kind == page.Guess {
				t.Errorf("example %t: %s", ex != "", w)
			}
		}
	}
}

// typedPaths maps every field path below prefix (list items as "[]") to its type.
func typedPaths(s *opspec.Schema, prefix string) map[string]string {
	out := map[string]string{}
	var walk func(s *opspec.Schema, path string)
	walk = func(s *opspec.Schema, path string) {
		if path != "" && !strings.HasSuffix(path, "[]") {
			out[path] = s.Type
		}
		if s.Type == "array" && s.Items != nil {
			if s.Items.Type != "object" {
				out[path+"[]"] = s.Items.Type
			}
			walk(s.Items, path+"[]")
			return
		}
		for _, p := range s.Properties {
			walk(p.Schema, strings.TrimPrefix(path+"."+p.Name, "."))
		}
	}
	walk(s, prefix)
	return out
}
