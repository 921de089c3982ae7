package apidocs

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// FuzzRead: any input reads to a spec or an *Error, never a panic (Read turns its own
// panics into errors, so the fuzzer also checks that no error is an internal one); the
// same input read twice gives the same result, and every warning names the file. Seeded
// with the committed metadata files (golden/metadata) as well as hand-made shapes.
func FuzzRead(f *testing.F) {
	files, _ := filepath.Glob("../../golden/metadata/*/api-docs.json")
	for _, file := range files {
		if data, err := os.ReadFile(file); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(okDoc))
	f.Add([]byte(`{"info":{"style":"ROA","product":"P","version":"1"},"components":{"schemas":{"X":{"type":"object","properties":{"a":{"$ref":"#/components/schemas/X"}}}}},"apis":{"A":{"path":"/a/{id}","methods":["get"],"parameters":[{"name":"id","in":"path","schema":{"type":"string","required":true}},{"name":"body","in":"body","style":"json","schema":{"type":"object","properties":{"n":{"type":"integer","format":"int64","enum":["1","2"],"enumValueTitles":{"1":"one"}}}}}],"responses":{"200":{"schema":{"$ref":"#/components/schemas/X"}}},"responseDemo":"[{\"type\":\"json\",\"example\":\"{}\"}]","errorCodes":{"404":[{"errorCode":"NotFound","errorMessage":"m"}]}}},"directories":[{"title":"D","children":["A",{"title":"E","children":["A"]}]}],"endpoints":[{"regionId":"r","endpoint":"h"}]}`))
	f.Add([]byte(`{"info":{"style":"RPC","product":"P","version":"1"},"apis":{"B":{"methods":["get","post"],"security":[{"Anonymous":[]}],"parameters":[{"name":"T","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"K":{"type":"string"}}}}},{"name":"J","in":"query","style":"json","schema":{"type":"object","additionalProperties":{"type":"any"}}}]}}}`))
	f.Add([]byte(`{"info":`))
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := Read("f.json", data)
		again, err2 := Read("f.json", data)
		if fmt.Sprint(err) != fmt.Sprint(err2) || !reflect.DeepEqual(res, again) {
			t.Fatalf("the same input read twice gives another result (errors %v / %v)", err, err2)
		}
		if err != nil {
			if e, ok := err.(*Error); !ok || e.File != "f.json" {
				t.Fatalf("error %T does not name the file: %v", err, err)
			}
			if strings.Contains(err.Error(), "internal error reading metadata") {
				t.Fatalf("internal error: %v", err)
			}
			return
		}
		if res.Spec == nil {
			t.Fatal("nil spec without error")
		}
		for _, w := range res.Warnings {
			if w.File != "f.json" {
				t.Fatalf("warning does not name the file: %+v", w)
			}
		}
		for _, op := range res.Spec.Operations {
			for _, p := range op.Params {
				if p.Schema == nil {
					t.Fatalf("%s: nil schema for %s", op.Name, p.Name)
				}
			}
		}
	})
}
