package opspec

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A plain OpenAPI document, as another tool writes it: no x-acs-* extensions, $refs,
// typed examples, a path-level parameter, response headers (one by $ref).
const foreignDoc = `openapi: 3.0.3
info: {title: Pet store, version: "1.2"}
paths:
  /pets/{id}:
    parameters:
      - {name: id, in: path, required: true, description: Pet ID., schema: {type: integer, format: int64, example: 7}}
    get:
      operationId: GetPet
      parameters:
        - {name: verbose, in: query, schema: {type: boolean, enum: [true, false]}}
      responses:
        "200":
          description: ok
          headers:
            X-Rate-Limit: {description: Calls left., example: 99, schema: {type: integer}}
            ETag: {$ref: "#/components/headers/ETag"}
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pet"}
              example: {name: Rex}
components:
  headers:
    ETag: {required: true, schema: {type: string}}
  schemas:
    Pet:
      type: object
      required: [name]
      properties:
        name: {type: string}
        age: {type: integer}
        tags: {type: array, items: {type: string}}
        attrs: {type: object, additionalProperties: true}
`

func TestLoadForeignDocument(t *testing.T) {
	got, err := Load([]byte(foreignDoc), "pets.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := &Spec{
		Version: "1.2", Title: "Pet store",
		Operations: []*Operation{{
			Name: "GetPet", Method: "GET", Path: "/pets/{id}",
			Params: []*Param{
				{Name: "id", In: InPath, Required: true, Schema: &Schema{Type: "integer", Format: "int64", Description: "Pet ID.", Example: "7"}},
				{Name: "verbose", In: InQuery, Schema: &Schema{Type: "boolean", Enum: []EnumValue{{Value: "true"}, {Value: "false"}}}},
			},
			Response: &Schema{Type: "object", Properties: []*Property{ // sorted: no x-acs-order
				{Name: "age", Schema: &Schema{Type: "integer"}},
				{Name: "attrs", Schema: &Schema{Type: "object", AdditionalProperties: &Schema{}}},
				{Name: "name", Required: true, Schema: &Schema{Type: "string"}},
				{Name: "tags", Schema: &Schema{Type: "array", Items: &Schema{Type: "string"}}},
			}},
			ResponseExample: "{\n  \"name\": \"Rex\"\n}",
			ResponseHeaders: []*Header{ // sorted: no x-acs-order
				{Name: "ETag", Schema: &Schema{Type: "string"}},
				{Name: "X-Rate-Limit", Schema: &Schema{Type: "integer", Description: "Calls left.", Example: "99"}},
			},
		}},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}

func TestLoadRecursiveSchema(t *testing.T) {
	doc := `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /n:
    get:
      operationId: GetNode
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Node"}
components:
  schemas:
    Node:
      type: object
      properties:
        next: {$ref: "#/components/schemas/Node"}
`
	_, err := Load([]byte(doc), "rec.yaml")
	if err == nil || !strings.Contains(err.Error(), `property "next": recursive schema ($ref cycle)`) || !strings.Contains(err.Error(), `operation "GetNode"`) {
		t.Fatalf("want a recursion error naming the operation, got %v", err)
	}
}

// TestLoadForeignWholeBody: in an OpenAPI file written elsewhere (no x-acs-body-param), a
// JSON request body that is not an object of fields (a list, a map) is the whole-body
// parameter "body"; an object with properties stays fields.
func TestLoadForeignWholeBody(t *testing.T) {
	doc := `openapi: 3.0.3
info: {title: Bodies, version: "1"}
paths:
  /list:
    post:
      operationId: PostList
      requestBody:
        required: true
        content:
          application/json:
            schema: {type: array, items: {type: string}}
      responses: {"200": {description: ok}}
  /map:
    post:
      operationId: PostMap
      requestBody:
        content:
          application/json:
            schema: {type: object, additionalProperties: {type: string}}
      responses: {"200": {description: ok}}
  /fields:
    post:
      operationId: PostFields
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {n: {type: string}}}
      responses: {"200": {description: ok}}
`
	s, err := Load([]byte(doc), "bodies.yaml")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, op := range s.Operations {
		for _, p := range op.Params {
			got[op.Name] += fmt.Sprintf("%s:%s:%s:%v ", p.In, p.Name, p.Schema.Type, p.Required)
		}
	}
	want := map[string]string{
		"PostList":   "wholebody:body:array:true ",
		"PostMap":    "wholebody:body:object:false ",
		"PostFields": "body:n:string:false ",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("params (-want +got):\n%s", d)
	}
}
