package docs

import (
	"fmt"
	"testing"

	"github.com/acsgen/acsgen/opspec"
)

// synthSpec is a product of n operations shaped like real ones: grouped, eight parameters
// of which two nested, a response of a dozen fields two levels deep, RAM, errors, history
// and a JSON example.
func synthSpec(n int) *opspec.Spec {
	s := &opspec.Spec{Product: "Synth", Version: "2024-01-01", Style: opspec.RPC, Auth: opspec.AuthAK, Title: "Synthetic"}
	groups := map[int]*opspec.Group{}
	for i := 0; i < n; i++ {
		name := fmt.Sprintf("Operation%04d", i)
		op := &opspec.Operation{
			Name: name, Title: "Do thing " + name, Summary: "Does a thing | with a pipe and `code`.",
			Description: "Longer prose.\nOn two lines.", Style: opspec.RPC, Method: "POST", Path: "/",
			RAM: &opspec.RAM{Actions: []opspec.RAMAction{{Action: "synth:" + name, AccessLevel: "update",
				Resources: []opspec.RAMResource{{Type: "Thing", Required: true, ARN: "acs:synth:{#regionId}:{#accountId}:thing/{#ThingId}"}}}}},
			ResponseExample: "{\n  \"RequestId\": \"x\",\n  \"Data\": {\"Items\": [{\"Id\": \"a\"}]}\n}",
			Errors:          []opspec.ErrorCode{{HTTPStatus: 400, Code: "InvalidParameter", Message: "The parameter is invalid."}, {HTTPStatus: 404, Code: "NotFound", Message: "Not found."}},
			Changes:         []opspec.Change{{Date: "2023-01-01", Summary: "Added."}},
			Source:          opspec.Source{URL: "https://example.com/" + name, LastUpdated: "2024-01-01", Lang: "en"},
		}
		for j := 0; j < 6; j++ {
			op.Params = append(op.Params, &opspec.Param{Name: fmt.Sprintf("Param%d", j), In: opspec.InQuery, Required: j%2 == 0,
				Schema: &opspec.Schema{Type: "string", Description: "A parameter.\nValid values: a, b.", Example: "value",
					Enum: []opspec.EnumValue{{Value: "a", Description: "first"}, {Value: "b"}}}})
		}
		op.Params = append(op.Params,
			&opspec.Param{Name: "Tag", In: opspec.InQuery, Schema: &opspec.Schema{Type: "array", Items: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
				{Name: "Key", Schema: &opspec.Schema{Type: "string"}}, {Name: "Value", Schema: &opspec.Schema{Type: "string"}}}}}},
			&opspec.Param{Name: "Config", In: opspec.InQuery, Schema: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
				{Name: "Size", Schema: &opspec.Schema{Type: "integer", Format: "int32", Example: "10"}}}}})
		items := &opspec.Schema{Type: "object"}
		for j := 0; j < 8; j++ {
			items.Properties = append(items.Properties, &opspec.Property{Name: fmt.Sprintf("Field%d", j), Schema: &opspec.Schema{Type: "string", Description: "A field.", Example: "x"}})
		}
		op.Response = &opspec.Schema{Type: "object", Properties: []*opspec.Property{
			{Name: "RequestId", Schema: &opspec.Schema{Type: "string"}},
			{Name: "Data", Schema: &opspec.Schema{Type: "object", Properties: []*opspec.Property{
				{Name: "Items", Schema: &opspec.Schema{Type: "array", Items: items}}}}},
		}}
		s.Operations = append(s.Operations, op)
		g := groups[i%12]
		if g == nil {
			g = &opspec.Group{Name: fmt.Sprintf("Group %d", i%12)}
			groups[i%12] = g
		}
		g.Operations = append(g.Operations, name)
	}
	for i := 0; i < len(groups); i++ {
		s.Groups = append(s.Groups, *groups[i])
	}
	return s
}

// discard is a sink that only counts bytes.
type discard struct{ n int }

func (d *discard) WriteFile(_ string, b []byte) error { d.n += len(b); return nil }

// BenchmarkRender349 renders the docs of a 349-operation product (the size of a large
// Alibaba Cloud product) with parsed templates, into memory.
func BenchmarkRender349(b *testing.B) {
	spec := synthSpec(349)
	r, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	var d discard
	b.ReportAllocs()
	for b.Loop() {
		if err := r.Render(spec, &d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(d.n)/float64(b.N), "bytes/op")
}

// BenchmarkRender349WithParse includes parsing the templates, as one `gen docs` run does.
func BenchmarkRender349WithParse(b *testing.B) {
	spec := synthSpec(349)
	var d discard
	for b.Loop() {
		if err := Render(spec, &d, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSynthValid keeps the benchmark's product honest: it renders to valid Markdown.
func TestSynthValid(t *testing.T) {
	sink := newMemSink()
	if err := Render(synthSpec(20), sink, Options{}); err != nil {
		t.Fatal(err)
	}
	if len(sink.files) != 21 {
		t.Errorf("%d files, want 21", len(sink.files))
	}
	for _, n := range sink.names() {
		parseMarkdown(t, n, sink.files[n])
	}
}

// BenchmarkLoadRender349 is what `gen docs --spec` does for a 349-operation product:
// load and validate the spec file's bytes (kin-openapi), parse the templates, render.
func BenchmarkLoadRender349(b *testing.B) {
	data, err := opspec.Marshal(synthSpec(349), "yaml")
	if err != nil {
		b.Fatal(err)
	}
	var d discard
	for b.Loop() {
		spec, err := opspec.Load(data, "synth.yaml")
		if err != nil {
			b.Fatal(err)
		}
		if err := Render(spec, &d, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
