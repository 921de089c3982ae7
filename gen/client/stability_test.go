package client

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"

	"github.com/acsgen/acsgen/opspec"
)

// These tests pin the two silent Go breaks that issue 12 reproduced: a change elsewhere in
// the spec changed the Go type of a field nobody touched. They read the generated source,
// so they say what a user of the package sees.

// fieldType is the type expression of field in struct typ of the generated types.go.
func fieldType(t *testing.T, s *opspec.Spec, typ, field string) string {
	t.Helper()
	files := render(t, s, "")
	f, err := parser.ParseFile(token.NewFileSet(), "types.go", files["types.go"], 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok {
			continue
		}
		for _, sp := range g.Specs {
			ts, ok := sp.(*ast.TypeSpec)
			if !ok || ts.Name.Name != typ {
				continue
			}
			for _, fl := range ts.Type.(*ast.StructType).Fields.List {
				for _, n := range fl.Names {
					if n.Name == field {
						return types(fl.Type)
					}
				}
			}
		}
	}
	t.Fatalf("no field %s.%s in types.go", typ, field)
	return ""
}

func types(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.StarExpr:
		return "*" + types(e.X)
	case *ast.ArrayType:
		return "[]" + types(e.Elt)
	}
	return "?"
}

// TestEnumNameIgnoresOtherOperations: adding an unrelated operation with a Status enum of
// its own renamed GetInstance's enum type (Status → GetInstanceResponseInstanceStatus),
// because the first operation in name order took the short name.
func TestEnumNameIgnoresOtherOperations(t *testing.T) {
	base := eiamFixture()
	before := fieldType(t, base, "GetInstanceResponseInstance", "Status")

	rev := eiamFixture()
	rev.Operations = append(rev.Operations, &opspec.Operation{
		Name: "AddApplication", Method: "POST", Path: "/",
		Params: []*opspec.Param{{Name: "Status", In: opspec.InQuery, Schema: &opspec.Schema{Type: "string",
			Enum: []opspec.EnumValue{{Value: "enabled"}, {Value: "disabled"}}}}},
	})
	if after := fieldType(t, rev, "GetInstanceResponseInstance", "Status"); after != before {
		t.Errorf("adding AddApplication changed GetInstance's Instance.Status from %s to %s", before, after)
	}
}

// TestPointerIgnoresDocumentedValues: documenting the value "0" of an optional integer enum
// turned `Mode Mode` into `Mode *Mode`.
func TestPointerIgnoresDocumentedValues(t *testing.T) {
	spec := func(values ...string) *opspec.Spec {
		s := eiamFixture()
		var enum []opspec.EnumValue
		for _, v := range values {
			enum = append(enum, opspec.EnumValue{Value: v})
		}
		op := s.Operations[0]
		op.Params = append(op.Params, &opspec.Param{Name: "Mode", In: opspec.InQuery,
			Schema: &opspec.Schema{Type: "integer", Format: "int32", Enum: enum}})
		return s
	}
	before := fieldType(t, spec("1", "2"), "CreateAuthorizationRuleRequest", "Mode")
	if after := fieldType(t, spec("0", "1", "2"), "CreateAuthorizationRuleRequest", "Mode"); after != before {
		t.Errorf("documenting the value 0 changed Mode from %s to %s", before, after)
	}
}
