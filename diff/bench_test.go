package diff

import (
	"fmt"
	"io"
	"path/filepath"
	"testing"

	"github.com/acsgen/acsgen/opspec"
)

// synthSpec builds an RPC product of n operations shaped like real ones: 12 query
// parameters (two with enums, paging on every fourth), a response with a nested object of
// 20 fields and an array of objects, a RAM row and three error codes. rev applies edits
// to every tenth operation (param made required, field removed, enum value added, int32
// widened, RAM action renamed, error code added) and adds and removes a few operations.
func synthSpec(n int, rev bool) *opspec.Spec {
	s := &opspec.Spec{Product: "Synth", Version: "2024-01-01", Style: opspec.RPC}
	for i := 0; i < n; i++ {
		name := fmt.Sprintf("Op%04d", i)
		if rev && i%50 == 7 {
			name = fmt.Sprintf("NewOp%04d", i)
		}
		edit := rev && i%10 == 3
		o := &opspec.Operation{Name: name, Method: "POST", Path: "/",
			Source: opspec.Source{File: "pages/" + name + ".txt", LastUpdated: "2024-01-01"}}
		for j := 0; j < 12; j++ {
			p := &opspec.Param{Name: fmt.Sprintf("Param%d", j), In: opspec.InQuery, Schema: &opspec.Schema{Type: "string"}}
			switch j {
			case 0:
				p.Name, p.Required = "InstanceId", true
			case 1:
				p.Schema = enum("string", "a", "b", "c")
				if edit {
					p.Schema.Enum = p.Schema.Enum[:2]
				}
			case 2:
				p.Schema = &opspec.Schema{Type: "integer", Format: "int32"}
				if edit {
					p.Schema.Format = "int64"
				}
			case 3:
				p.Required = edit
			case 10:
				if i%4 == 0 {
					p.Name = "NextToken"
				}
			case 11:
				if i%4 == 0 {
					p.Name, p.Schema = "MaxResults", &opspec.Schema{Type: "integer"}
				}
			}
			o.Params = append(o.Params, p)
		}
		inner := &opspec.Schema{Type: "object"}
		for j := 0; j < 20; j++ {
			if edit && j == 5 {
				continue
			}
			f := &opspec.Schema{Type: "string"}
			if j == 7 {
				f = enum("string", "running", "stopped")
				if edit {
					f.Enum = append(f.Enum, opspec.EnumValue{Value: "upgrading"})
				}
			}
			inner.Properties = append(inner.Properties, prop(fmt.Sprintf("Field%d", j), f))
		}
		o.Response = obj(prop("RequestId", str("")), prop("Instance", inner),
			prop("Items", &opspec.Schema{Type: "array", Items: obj(prop("Id", str("")), prop("Name", str("")))}))
		action := "synth:" + name
		if edit {
			action = "synth:Do" + name
		}
		o.RAM = &opspec.RAM{Actions: []opspec.RAMAction{{Action: action, AccessLevel: "get",
			Resources: []opspec.RAMResource{{Type: "Instance", ARN: "acs:synth:{#regionId}:{#accountId}:instance/{#InstanceId}"}}}}}
		o.Errors = []opspec.ErrorCode{{HTTPStatus: 400, Code: "InvalidParameter"}, {HTTPStatus: 404, Code: "NotFound"}, {HTTPStatus: 403, Code: "Forbidden"}}
		if edit {
			o.Errors = append(o.Errors, opspec.ErrorCode{HTTPStatus: 409, Code: "Conflict"})
		}
		s.Operations = append(s.Operations, o)
	}
	return s
}

// BenchmarkCompare500 diffs two 500-operation specs in memory and renders JSON.
func BenchmarkCompare500(b *testing.B) {
	base, rev := synthSpec(500, false), synthSpec(500, true)
	b.ReportAllocs()
	var changes int
	for b.Loop() {
		r := Compare(base, rev)
		changes = len(r.Changes)
		if err := Write(io.Discard, r, "json"); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(changes), "changes")
}

// BenchmarkLoadAndCompare500 is what `gen diff OLD NEW` does with two spec files: load
// both with opspec.LoadFile (parse, validate, convert), compare, render JSON.
func BenchmarkLoadAndCompare500(b *testing.B) {
	dir := b.TempDir()
	bf, rf := filepath.Join(dir, "base.yaml"), filepath.Join(dir, "rev.yaml")
	if err := opspec.WriteFile(bf, synthSpec(500, false)); err != nil {
		b.Fatal(err)
	}
	if err := opspec.WriteFile(rf, synthSpec(500, true)); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		base, err := opspec.LoadFile(bf)
		if err != nil {
			b.Fatal(err)
		}
		rev, err := opspec.LoadFile(rf)
		if err != nil {
			b.Fatal(err)
		}
		if err := Write(io.Discard, Compare(base, rev), "json"); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSynthDiff keeps the benchmark honest: the synthesized edits are all found.
func TestSynthDiff(t *testing.T) {
	r := Compare(synthSpec(500, false), synthSpec(500, true))
	counts := map[string]int{}
	for _, c := range r.Changes {
		counts[c.ID]++
	}
	want := map[string]int{
		"api-added": 10, "api-removed-without-deprecation": 10,
		"request-parameter-enum-value-removed": 50, "request-parameter-integer-width-changed": 50,
		"request-parameter-became-required": 50, "response-property-removed": 50,
		"response-property-enum-value-added": 50, "ram-action-changed": 50, "error-code-added": 50,
	}
	for id, n := range want {
		if counts[id] != n {
			t.Errorf("%s: %d, want %d", id, counts[id], n)
		}
	}
	if len(counts) != len(want) {
		t.Errorf("unexpected IDs: %v", counts)
	}
}
