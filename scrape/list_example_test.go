package scrape

import (
	"fmt"
	"strings"
	"testing"
)

// TestListShapesExample: the list shapes (bullets, numbered, cjklist: textList) end an
// item's text with the example the convention's Example column shows ("示例值：`["sample"]`",
// listExample), as a list of parameters states it: a list whose type names no item type
// ("array", the SDK's Go type of a text truth record's list of strings) has its items'
// type there. Before, the items were strings by a guess (pai-dlc CreateJob ThirdpartyLibs;
// zh+cjklist, tc+cjklist, ja+cjklist at UNSEEN_STRIDE=1: 40 guesses against 29).
func TestListShapesExample(t *testing.T) {
	r := &htmlTruthRecord{accRecord: accRecord{Product: "demo", Version: "2020-01-01", Operation: "GetThing", Style: "RPC",
		Request: []accNode{{Name: "RegionId", In: "query", DocType: "string", Required: true},
			{Name: "Libs", In: "query", DocType: "array<string>", GoType: "array"}},
		Response: []accNode{{Name: "RequestId", DocType: "string"}}}, Method: "POST", Path: "/"}
	for _, shape := range []string{"zh+cjklist.md", "mdtable+bullets.txt", "mdtable+numbered.txt"} {
		for _, seq := range []int{3, 7, 11} { // the SDK's types (truthPage.spell): "array", in each item form
			convention, ext, _ := strings.Cut(shape, ".")
			page := renderTextTruthPage(convention, seq, r)
			if ext == "md" {
				page = renderMDTruthPage(convention, seq, r)
			}
			file := fmt.Sprintf("demo-2020-01-01-GetThing-%s.%s", convention, ext)
			_, warnings, err := scrapeAlone(file, page, accPage{File: file, Product: r.Product, Version: r.Version, Operation: r.Operation})
			if err != nil {
				t.Fatalf("%s %d: %v", shape, seq, err)
			}
			for _, w := range warnings {
				if strings.Contains(w.Msg, "Libs") {
					t.Errorf("%s %d: %s", shape, seq, w.Msg)
				}
			}
		}
	}
}
