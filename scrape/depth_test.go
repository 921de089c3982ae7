package scrape

import (
	"fmt"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// Pages that nest deeper than a spec may: a flattened name of many levels loses that row
// (a drop warning names it), a table of rows nested a hundred levels fails its page with
// the reason, and the run writes a spec that loads again. Before, both pages read, and the
// spec they made could not be loaded (FromOpenAPI stops at 64 levels) or, past 10,000
// levels, not even written, so one page took the whole run down.
func TestTooDeepPages(t *testing.T) {
	var rows strings.Builder
	for i := 1; i <= 100; i++ {
		fmt.Fprintf(&rows, "|%sC%d|Object|child|child.|\n", strings.Repeat("└", i-1), i)
	}
	deepRows := "# GetDeep\n\n## Request parameters\n\n|Parameter|Type|Required|Description|\n|---|---|---|---|\n|Id|String|Yes|The ID.|\n\n" +
		"## Response parameters\n\n|Parameter|Type|Example|Description|\n|---|---|---|---|\n|RequestId|String|r-1|The request.|\n" + rows.String()
	deepName := strings.Replace(goodPage, "|ThingId|String|Yes|t-1|The thing.|",
		"|ThingId|String|Yes|t-1|The thing.|\n|Filter."+strings.Repeat("N.Sub.", 40)+"Key|String|No|k|A key.|", 1)
	deepName = strings.ReplaceAll(deepName, "GetThing", "GetFiltered")
	var warns []page.Warning
	s := New(Options{Product: "Thing", Version: "2020-01-01"}, func(w page.Warning) { warns = append(warns, w) })
	s.Add("a/GetThing.md", "GetThing.md", []byte(goodPage))
	s.Add("a/GetFiltered.md", "GetFiltered.md", []byte(deepName))
	s.Add("a/GetDeep.md", "GetDeep.md", []byte(deepRows))
	specs, err := s.Specs()
	if len(specs) != 1 || len(specs[0].Operations) != 2 {
		t.Fatalf("specs %v (%v), want GetFiltered and GetThing", specs, err)
	}
	if err == nil || !strings.Contains(err.Error(), "a/GetDeep.md: operation GetDeep left out: it would make the spec invalid: Response.C1.C2") ||
		!strings.Contains(err.Error(), "schema nested deeper than 64 levels") {
		t.Errorf("error %v, want GetDeep.md failed for its nesting", err)
	}
	found := false
	for _, w := range warns {
		found = found || w.File == "a/GetFiltered.md" && w.Line == 11 && w.Kind == page.Drop &&
			strings.Contains(w.Msg, `flattened row "Filter.N.Sub.`) && strings.Contains(w.Msg, `nests 81 levels below "Filter"`)
	}
	if !found {
		t.Errorf("no drop warning at GetFiltered.md:11 naming Filter.N.Sub...: %v", warns)
	}
	data, err := opspec.Marshal(specs[0], "yaml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := opspec.Load(data, "thing.yaml"); err != nil {
		t.Errorf("the spec written does not load: %v", err)
	}
}
