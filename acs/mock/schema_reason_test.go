package mock

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/getkin/kin-openapi/openapi3"
)

// A value rejected inside a list or object is named by a Go-like path after the parameter
// ("body[0].key", "Tag[1].Key"), not by a JSON pointer joined with dots ("body: 0.key").
func TestSchemaReasonPath(t *testing.T) {
	item := openapi3.NewObjectSchema().WithProperty("key", openapi3.NewStringSchema())
	item.Required = []string{"key"}
	list := openapi3.NewArraySchema().WithItems(item)
	err := list.VisitJSON([]any{map[string]any{"key": "a"}, map[string]any{}}, openapi3.MultiErrors())
	if err == nil {
		t.Fatal("no error for an item without its required key")
	}
	where, why := schemaReason(err)
	if where != "[1].key" {
		t.Errorf("where = %q, want [1].key (why %q)", where, why)
	}
	msg := (&route{op: &opspec.Operation{Name: "PutThings"}}).invalid("body", where, why).Message
	if !strings.Contains(msg, "body[1].key: ") {
		t.Errorf("message %q does not name body[1].key", msg)
	}
}
