package docs

import (
	"go/format"
	"testing"

	"github.com/acsgen/acsgen/opspec"
)

// TestExamplesAreGofmtGo checks every generated example is Go that gofmt leaves alone (a
// syntax error would make goExample fall back to unformatted text).
func TestExamplesAreGofmtGo(t *testing.T) {
	for name, spec := range fixtures() {
		methods := methodNames(spec)
		for _, op := range spec.Operations {
			if op.OverviewOnly {
				continue
			}
			d := buildOperation(spec, op)
			ex := goExample("pkg", "example.com/pkg", methods[op.Name], d)
			src, err := format.Source([]byte(ex))
			if err != nil {
				t.Errorf("%s/%s: example does not parse: %v\n%s", name, op.Name, err, ex)
				continue
			}
			if string(src) != ex {
				t.Errorf("%s/%s: example is not gofmt-formatted:\n%s", name, op.Name, ex)
			}
		}
	}
}

// TestMethodNames numbers operations whose Go names clash case-insensitively, in name
// order, and keeps the Client's own methods free.
func TestMethodNames(t *testing.T) {
	spec := &opspec.Spec{Operations: []*opspec.Operation{
		{Name: "Get-User"}, {Name: "GetUser"}, {Name: "Runtime"}, {Name: "getuser"}, {Name: "Listed", OverviewOnly: true},
	}}
	got := methodNames(spec)
	want := map[string]string{"Get-User": "GetUser", "GetUser": "GetUser2", "Runtime": "Runtime2", "getuser": "Getuser3"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("method of %s = %q, want %q (all: %v)", k, got[k], v, got)
		}
	}
	if _, ok := got["Listed"]; ok {
		t.Error("an overview-only operation got a method")
	}
}
