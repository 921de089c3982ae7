package extract

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestImpliedParentKind: a response table may list a list's fields by their dotted paths
// alone ("Tags.Tag.Key", "Tags.Tag.Value"), with no row for Tags or Tags.Tag and no list
// mark ("[]", ".N"). The parents flatname makes from the paths were objects whatever the
// example showed, so a client read "Tags": {"Tag": [{...}]} into an object and returned
// empty fields, silently. Such a parent takes its kind from the example: a list of objects
// where the example shows one, an object otherwise.
func TestImpliedParentKind(t *testing.T) {
	rows := [][]string{
		{"RequestId", "String", "The request.", "r"},
		{"Tags.Tag.Key", "String", "The key.", "k"},
		{"Tags.Tag.Value", "String", "The value.", "v"},
		{"Owner.Id", "String", "The owner.", "o"},
	}
	want := map[string]string{
		"RequestId": "string", "Tags": "object", "Tags.Tag": "array", "Tags.Tag[].Key": "string", "Tags.Tag[].Value": "string",
		"Owner": "object", "Owner.Id": "string",
	}
	for _, example := range []string{
		`{"RequestId": "r", "Tags": {"Tag": [{"Key": "k", "Value": "v"}]}, "Owner": {"Id": "o"}}`,
		`<GetThingResponse><RequestId>r</RequestId><Tags><Tag><Key>k</Key><Value>v</Value></Tag>` +
			`<Tag><Key>k2</Key><Value>v2</Value></Tag></Tags><Owner><Id>o</Id></Owner></GetThingResponse>`,
	} {
		p := &page.Page{File: "p.txt", Title: "Svc:GetThing", Sections: []*page.Section{
			sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader, rows...)),
			sec(page.Examples, "Examples", 20, code(21, example)),
		}}
		op, res := mustOp(t, p)
		got := typedPaths(op.Response, "")
		for path, typ := range want {
			if got[path] != typ {
				t.Errorf("%.1s example: %s is %q, want %s (got %v)", example, path, got[path], typ, got)
			}
		}
		if len(got) != len(want) {
			t.Errorf("%.1s example: %d fields, want %d: %v", example, len(got), len(want), got)
		}
		for _, w := range res.Warnings {
			if w.Kind == page.Drop {
				t.Errorf("%s", w)
			}
		}
	}
}

// TestDeclaredParentKind: a parent with a row of its own keeps the type the row declares
// where the example disagrees, warned as before (TestImpliedParentKind's rule is for the
// parents only the paths imply).
func TestDeclaredParentKind(t *testing.T) {
	rows := [][]string{
		{"Tags.Tag.Key", "String", "The key.", "k"},
		{"Tags.Tag", "Object", "The tag.", ""},
	}
	p := &page.Page{File: "p.txt", Title: "Svc:GetThing", Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader, rows...)),
		sec(page.Examples, "Examples", 20, code(21, `{"Tags": {"Tag": [{"Key": "k"}]}}`)),
	}}
	op, _ := mustOp(t, p)
	if got := typedPaths(op.Response, ""); got["Tags.Tag"] != "object" {
		t.Errorf("Tags.Tag is %q, want the row's object (got %v)", got["Tags.Tag"], got)
	}
}

// TestUnshownImpliedParent: a response's parent that only dotted paths imply and that no
// example shows stays an object, as the paths read, but nothing tells whether it is a list
// (legacy responses wrap one: "Tags.Tag.Key"); it stayed an object without a word. Now it
// is named: a guess where a parent is named as one of the parent above it (Tag in Tags),
// the wrapper's shape, else a note. A request's dotted names are the flattened wire names:
// nothing is said of them.
func TestUnshownImpliedParent(t *testing.T) {
	rows := [][]string{
		{"RequestId", "String", "The request.", "r"},
		{"Tags.Tag.Key", "String", "The key.", "k"},
		{"Owner.Id", "String", "The owner.", "o"},
	}
	p := &page.Page{File: "p.txt", Title: "Svc:GetThing", Sections: []*page.Section{
		sec(page.RequestParams, "Request parameters", 2, tbl(3, []string{"Parameter", "Type", "Required", "Description"},
			[]string{"Disk.Category", "String", "No", "The category."})),
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader, rows...)),
	}}
	op, res := mustOp(t, p)
	if got := typedPaths(op.Response, ""); got["Tags"] != "object" || got["Tags.Tag"] != "object" || got["Owner"] != "object" {
		t.Errorf("response %v, want Tags, Tags.Tag and Owner objects", got)
	}
	want := map[string]page.WarnKind{
		`response fields "Tags", "Tags.Tag" have no row of their own and no example shows them`: page.Guess,
		`response field "Owner" has no row of its own and no example shows it`:                  page.Info,
	}
	for _, w := range res.Warnings {
		if strings.Contains(w.Msg, "Disk") {
			t.Errorf("request: %s", w)
		}
		for msg, kind := range want {
			if strings.Contains(w.Msg, msg) && w.Kind == kind {
				delete(want, msg)
			}
		}
	}
	for msg, kind := range want {
		t.Errorf("no %s %q in %v", kind, msg, res.Warnings)
	}
}

// TestDottedKeyParent: a legacy response's field whose name holds a dot ("Pool.Id", as
// ECS's "PrivatePoolOptions.Id") written as a path ("Items.Item.N.Pool.Id") made a parent
// Pool that no row and no key of the example shows: where the example has a key for each
// of its fields, the dots in them, the fields are those keys (noted), as the page's
// example states; a parent the example shows stays one.
func TestDottedKeyParent(t *testing.T) {
	rows := [][]string{
		{"Items.Item", "Array of Object", "The items.", ""},
		{"Items.Item.N.Pool.Id", "String", "The pool.", "p"},
		{"Items.Item.N.Name", "String", "The name.", "n"},
		{"Items.Item.N.Pool.Mode", "String", "The mode.", "m"},
		{"Owner.Id", "String", "The owner.", "o"},
	}
	want := map[string]string{
		"Items": "object", "Items.Item": "array", "Items.Item[].Pool.Id": "string", "Items.Item[].Name": "string",
		"Items.Item[].Pool.Mode": "string", "Owner": "object", "Owner.Id": "string",
	}
	example := `{"Items": {"Item": [{"Pool.Id": "p", "Name": "n", "Pool.Mode": "m"}]}, "Owner": {"Id": "o"}}`
	p := &page.Page{File: "p.txt", Title: "Svc:GetThing", Sections: []*page.Section{
		sec(page.ResponseParams, "Response parameters", 5, tbl(6, respHeader, rows...)),
		sec(page.Examples, "Examples", 20, code(21, example)),
	}}
	op, res := mustOp(t, p)
	got := typedPaths(op.Response, "")
	for path, typ := range want {
		if got[path] != typ {
			t.Errorf("%s is %q, want %s (got %v)", path, got[path], typ, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d fields, want %d: %v", len(got), len(want), got)
	}
	for _, w := range res.Warnings {
		if w.Kind != page.Info {
			t.Errorf("%s", w)
		}
	}
}
