package scrape

import (
	"reflect"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
)

// jsonDefaultPage is a hand-made Markdown page whose Json-typed and array parameters state
// an empty JSON value as their default, and whose Json parameter's field item states that
// field's default.
const jsonDefaultPage = "# PutThing\n\nPuts a thing.\n\n## Request parameters\n\n" +
	"|Parameter|Type|Required|Example|Description|\n|---|---|---|---|---|\n" +
	"|Action|String|Yes|PutThing|The operation.|\n" +
	"|Config|Json|No|{\"a\":\"b\"}|The configuration. Default value: `{}`.|\n" +
	"|Labels|Json|No|{\"a\":\"b\"}|The labels. 默认值为空`{}`。|\n" +
	"|Extra|Json|No|{\"a\":\"b\"}|The extra fields:<br>- CustomData: the custom data. Default value: `{}`.|\n" +
	"\n## Response parameters\n\n|Parameter|Type|Example|Description|\n|---|---|---|---|\n|RequestId|String|r-1|The request ID.|\n"

// TestJSONDefaultEndToEnd: a Json-typed parameter's stated "{}" reaches the spec as the
// object's default and is written to the OpenAPI file; a field item's "{}" stays that
// field's, noted naming the parameter.
func TestJSONDefaultEndToEnd(t *testing.T) {
	spec, warnings := scrapeSource(t, Options{Product: "Demo", Version: "2024-01-01"}, "PutThing.md", jsonDefaultPage)
	op := spec.Operations[0]
	for name, want := range map[string]any{"Config": map[string]any{}, "Labels": map[string]any{}, "Extra": nil} {
		p := param(t, op, name)
		if got := p.Schema.Default; !reflect.DeepEqual(got, want) || p.Schema.Type != "object" {
			t.Errorf("%s: %s default %#v, want object default %#v", name, p.Schema.Type, got, want)
		}
	}
	noted := false
	for _, w := range warnings {
		noted = noted || strings.HasPrefix(w.Msg, "Extra:") && strings.Contains(w.Msg, "list item of CustomData")
	}
	if !noted {
		t.Errorf("Extra's field default not noted: %v", warnings)
	}
	out, err := opspec.Marshal(spec, "yaml")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(out), "default: {}"); n != 2 {
		t.Errorf("the spec writes %d empty-object defaults, want 2:\n%s", n, out)
	}
}
