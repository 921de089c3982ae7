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

// TestCompareWholeBody: where one side sends the body as one whole-body parameter and the
// other lists the body's fields, like is compared with like: a whole body whose fields are
// not listed (a string holding JSON text) is one finding, not one per page field; a whole
// body that is a list of objects has its items' fields compared with the page's fields,
// plus one finding for the form; either side may be the whole one.
func TestCompareWholeBody(t *testing.T) {
	body := func(names ...string) []*opspec.Param {
		var ps []*opspec.Param
		for _, n := range names {
			ps = append(ps, &opspec.Param{Name: n, In: opspec.InBody, Schema: str()})
		}
		return ps
	}
	whole := func(s *opspec.Schema) []*opspec.Param {
		return []*opspec.Param{{Name: "InstanceId", In: opspec.InPath, Required: true, Schema: str()}, {Name: "body", In: opspec.InWholeBody, Schema: s}}
	}
	path := []*opspec.Param{{Name: "InstanceId", In: opspec.InPath, Required: true, Schema: str()}}
	list := &opspec.Schema{Type: "array", Items: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
		{Name: "pipelineId", Required: true, Schema: str()}, {Name: "workers", Schema: &opspec.Schema{Type: "integer", Format: "int32"}}, {Name: "config", Schema: str()}}}}
	for _, c := range []struct {
		name       string
		page, meta []*opspec.Param
		want       []string
	}{{
		name: "a string whole body against the page's fields",
		page: append(path, body("instanceId", "password")...),
		meta: whole(&opspec.Schema{Type: "string"}),
		want: []string{"body request body page=body fields instanceId, password meta=whole body string (its fields not listed)"},
	}, {
		name: "a list whole body: its items' fields against the page's",
		page: append(append(path, body("pipelineId", "workers", "queueType")...), &opspec.Param{Name: "dryRun", In: opspec.InQuery, Schema: &opspec.Schema{Type: "boolean"}}),
		meta: whole(list),
		want: []string{
			"body request body page=body fields pipelineId, workers, queueType meta=whole body array<object> (a list of objects with these fields)",
			"missing-on-page request config page= meta=string, body",
			"only-on-page request dryRun page=boolean, query meta=",
			"required request pipelineId page=optional meta=required",
			"only-on-page request queueType page=string, body meta=",
			"type request workers page=string meta=integer",
		},
	}, {
		name: "the page's whole body against the metadata's fields",
		page: whole(&opspec.Schema{Type: "object", AdditionalProperties: &opspec.Schema{}}),
		meta: append(path, body("name")...),
		want: []string{"body request body page=whole body map (its fields not listed) meta=body fields name"},
	}, {
		name: "whole bodies on both sides compare as parameters",
		page: whole(&opspec.Schema{Type: "string"}),
		meta: whole(list),
		want: []string{
			"type request body page=string meta=array<object>",
			"missing-on-page request body.config page= meta=string",
			"missing-on-page request body.pipelineId page= meta=string, required",
			"missing-on-page request body.workers page= meta=integer",
		},
	}} {
		t.Run(c.name, func(t *testing.T) {
			rep := Compare(&opspec.Spec{Operations: []*opspec.Operation{{Name: "Op", Params: c.page}}},
				&opspec.Spec{Operations: []*opspec.Operation{{Name: "Op", Params: c.meta}}})
			var got []string
			for _, f := range rep.Findings {
				got = append(got, f.Kind+" "+f.Side+" "+f.Path+" page="+f.Page+" meta="+f.Metadata)
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
	var text bytes.Buffer
	rep := Compare(&opspec.Spec{Operations: []*opspec.Operation{{Name: "Op", Params: body("a")}}},
		&opspec.Spec{Operations: []*opspec.Operation{{Name: "Op", Params: whole(str())}}})
	if err := rep.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text.String(), "  request body: its form differs: page body fields a; metadata whole body string (its fields not listed)\n") {
		t.Errorf("text:\n%s", text.String())
	}
}

// TestCompareDefaults: request defaults are compared: a different default, or one stated on
// one side only, is a finding; defaults stated alike are counted; response defaults are not
// compared (a response field has no default a request leaves out).
func TestCompareDefaults(t *testing.T) {
	def := func(typ string, v any) *opspec.Schema { return &opspec.Schema{Type: typ, Default: v} }
	op := func(size, page, mode, dry any) *opspec.Operation {
		return &opspec.Operation{Name: "List", Params: []*opspec.Param{
			{Name: "PageSize", In: opspec.InQuery, Schema: def("integer", size)},
			{Name: "PageNumber", In: opspec.InQuery, Schema: def("integer", page)},
			{Name: "Mode", In: opspec.InQuery, Schema: def("string", mode)},
			{Name: "DryRun", In: opspec.InQuery, Schema: def("boolean", dry)},
		}, Response: &opspec.Schema{Type: "object", Properties: []*opspec.Property{{Name: "Total", Schema: def("integer", size)}}}}
	}
	spec := func(o *opspec.Operation) *opspec.Spec {
		return &opspec.Spec{Product: "Demo", Version: "1", Style: opspec.RPC, Operations: []*opspec.Operation{o}}
	}
	rep := Compare(spec(op(10.0, 1.0, "fast", nil)), spec(op(50.0, 1.0, nil, false)))
	var got []string
	for _, f := range rep.Findings {
		got = append(got, f.Kind+" "+f.Side+" "+f.Path+" page="+f.Page+" meta="+f.Metadata)
	}
	if strings.Join(got, "\n") != strings.Join([]string{
		"default request DryRun page= meta=false",
		"default request Mode page=fast meta=",
		"default request PageSize page=10 meta=50",
	}, "\n") || rep.DefaultsAgree != 1 {
		t.Errorf("%d agree; findings:\n%s", rep.DefaultsAgree, strings.Join(got, "\n"))
	}
	var text bytes.Buffer
	if err := rep.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text.String(), "  request DryRun: default differs: page none, metadata false\n") {
		t.Errorf("text:\n%s", text.String())
	}
}
