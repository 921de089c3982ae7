package docs

import (
	"go/format"
	"testing"

	"github.com/acsgen/acsgen/gen/ir"
)

// TestExamplesAreGofmtGo checks every generated example is Go that gofmt leaves alone (a
// syntax error would make goExample fall back to unformatted text).
func TestExamplesAreGofmtGo(t *testing.T) {
	for name, spec := range fixtures() {
		model, err := ir.Build(spec, "pkg")
		if err != nil {
			t.Fatal(err)
		}
		for _, op := range spec.Operations {
			if op.OverviewOnly {
				continue
			}
			d := buildOperation(spec, op)
			ex := goExample("pkg", "example.com/pkg", model.Op(op.Name), d)
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
