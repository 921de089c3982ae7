package opspec

import (
	"fmt"
	"testing"
)

// bigSpec synthesizes a product version of n operations shaped like real ones: a handful
// of query and body parameters, a nested response with an array of objects, RAM, errors.
func bigSpec(n int) *Spec {
	s := &Spec{Product: "Bench", Version: "2024-01-01", Style: RPC}
	for i := range n {
		op := &Operation{
			Name: fmt.Sprintf("Operation%04d", i), Title: "Title", Summary: "Does something useful with a resource.",
			Method: "POST", Path: "/",
			RAM:    &RAM{Actions: []RAMAction{{Action: fmt.Sprintf("bench:Operation%04d", i), AccessLevel: "get", Resources: []RAMResource{{Type: "All Resources", ARN: "*"}}}}},
			Errors: []ErrorCode{{HTTPStatus: 400, Code: "InvalidParameter", Message: "The parameter is invalid."}},
			Source: Source{File: fmt.Sprintf("pages/Operation%04d.txt", i), Lang: "en"},
			Response: &Schema{Type: "object", Properties: []*Property{
				{Name: "RequestId", Schema: &Schema{Type: "string", Example: "0441BD79-92F3-53AA-8657-F8CE4A2B912A"}},
				{Name: "TotalCount", Schema: &Schema{Type: "integer", Format: "int32", Example: "10"}},
				{Name: "Items", Schema: &Schema{Type: "array", Items: &Schema{Type: "object", Properties: []*Property{
					{Name: "Id", Schema: &Schema{Type: "string", Description: "The ID.", Example: "id-1"}},
					{Name: "Status", Schema: &Schema{Type: "string", Enum: []EnumValue{{Value: "Running", Description: "running"}, {Value: "Stopped"}}}},
					{Name: "CreatedAt", Schema: &Schema{Type: "integer", Format: "int64", DocType: "long", Example: "1700000000000"}},
				}}}},
			}},
			ResponseExample: `{"RequestId":"0441BD79-92F3-53AA-8657-F8CE4A2B912A","TotalCount":1,"Items":[{"Id":"id-1","Status":"Running","CreatedAt":1700000000000}]}`,
		}
		for j := range 6 {
			op.Params = append(op.Params, &Param{Name: fmt.Sprintf("Param%d", j), In: InQuery, Required: j == 0,
				Schema: &Schema{Type: "string", Description: "A parameter.", Example: "value"}})
		}
		op.Params = append(op.Params, &Param{Name: "ClientToken", In: InForm, Schema: &Schema{Type: "string"}})
		s.Operations = append(s.Operations, op)
	}
	return s
}

func BenchmarkMarshal500(b *testing.B) {
	for _, format := range []string{"yaml", "json"} {
		b.Run(format, func(b *testing.B) {
			s := bigSpec(500)
			var size int
			for b.Loop() {
				data, err := Marshal(s, format)
				if err != nil {
					b.Fatal(err)
				}
				size = len(data)
			}
			b.ReportMetric(float64(size), "bytes/spec")
		})
	}
}

func BenchmarkLoad500(b *testing.B) {
	for _, format := range []string{"yaml", "json"} {
		b.Run(format, func(b *testing.B) {
			data, err := Marshal(bigSpec(500), format)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Load(data, "bench."+format); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkRoundTripInMemory500(b *testing.B) {
	s := bigSpec(500)
	for b.Loop() {
		doc, err := ToOpenAPI(s)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := FromOpenAPI(doc); err != nil {
			b.Fatal(err)
		}
	}
}
