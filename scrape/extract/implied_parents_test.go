package extract

import (
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
