package crosscheck

import (
	"bytes"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
)

func str() *opspec.Schema { return &opspec.Schema{Type: "string"} }

func TestCompare(t *testing.T) {
	meta := &opspec.Spec{Product: "Demo", Version: "1", Style: opspec.RPC, Operations: []*opspec.Operation{
		{Name: "Create", Params: []*opspec.Param{
			{Name: "Name", In: opspec.InQuery, Required: true, Schema: str()},
			{Name: "Size", In: opspec.InQuery, Schema: &opspec.Schema{Type: "integer", Format: "int64"}},
			{Name: "Mode", In: opspec.InQuery, Schema: &opspec.Schema{Type: "string", Enum: []opspec.EnumValue{{Value: "a"}, {Value: "b"}}}},
			{Name: "Tag", In: opspec.InQuery, Schema: &opspec.Schema{Type: "array", Items: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
				{Name: "Key", Schema: str()}, {Name: "Value", Schema: str()}}}}},
			{Name: "Token", In: opspec.InForm, Schema: str()},
		}, Response: &opspec.Schema{Type: "object", Properties: []*opspec.Property{{Name: "RequestId", Schema: str()}, {Name: "Id", Schema: str()}}}},
		{Name: "Other"},
	}}
	pages := &opspec.Spec{Product: "Demo", Version: "1", Style: opspec.RPC, Operations: []*opspec.Operation{
		{Name: "Create", Source: opspec.Source{File: "en/Create.md"}, Params: []*opspec.Param{
			{Name: "Name", In: opspec.InQuery, Schema: str()},
			{Name: "Size", In: opspec.InQuery, Schema: &opspec.Schema{Type: "integer", Format: "int32"}},
			{Name: "Mode", In: opspec.InQuery, Schema: &opspec.Schema{Type: "string", Enum: []opspec.EnumValue{{Value: "a"}, {Value: "c"}}}},
			{Name: "Token", In: opspec.InQuery, Schema: str()},
			{Name: "Old", In: opspec.InQuery, Schema: str()},
		}, Response: &opspec.Schema{Type: "object", Properties: []*opspec.Property{{Name: "RequestId", Schema: str()}}}},
		{Name: "Gone"},
		{Name: "Listed", OverviewOnly: true},
	}}
	rep := Compare(pages, meta)
	var got []string
	for _, f := range rep.Findings {
		got = append(got, f.Operation+" "+f.Kind+" "+f.Side+" "+f.Path+" page="+f.Page+" meta="+f.Metadata)
	}
	if strings.Join(got, "\n") != strings.Join([]string{
		"Create enum request Mode page=a, c meta=a, b",
		"Create required request Name page=optional meta=required",
		"Create only-on-page request Old page=string, query meta=",
		"Create type request Size page=integer meta=long",
		"Create missing-on-page request Tag page= meta=array<object>, query",
		"Create location request Token page=query meta=form",
		"Create missing-on-page response Id page= meta=string",
		"Gone operation-not-in-metadata   page= meta=",
	}, "\n") {
		t.Errorf("findings:\n%s", strings.Join(got, "\n"))
	}
	if rep.Compared != 1 || rep.MetadataOnly != 1 {
		t.Errorf("compared %d, metadata only %d", rep.Compared, rep.MetadataOnly)
	}
	var text, js bytes.Buffer
	if err := rep.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(text.String(), "Demo 1: 1 operations compared (1 in the metadata only); 8 differences: 1 enum, 1 location, 2 missing-on-page") ||
		!strings.Contains(text.String(), "\nCreate (en/Create.md)\n  request Mode: enum differs: page a, c, metadata a, b\n") {
		t.Errorf("text:\n%s", text.String())
	}
	if err := rep.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(js.String(), `"kind": "type"`) || !strings.Contains(js.String(), `"compared": 1`) {
		t.Errorf("json:\n%s", js.String())
	}
	if r := Compare(meta, meta); len(r.Findings) != 0 {
		t.Errorf("a spec differs from itself: %+v", r.Findings)
	}
}
