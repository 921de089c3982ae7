package mdpage

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// A row that swallows the rows after it names them in a drop warning.
func TestSwallowedRowsNamed(t *testing.T) {
	src := "# GetUser\n\n## Request parameters\n\n|Parameter|Type|Required|Example|Description|\n|---|---|---|---|---|\n" +
		"|UserId|String|No|u-1|Xxxx. | |UserName|String|No|alice|Xxxx.| |Marker|String|No|m|Xxxx.|\n"
	p, err := Reader{}.Read("GetUser.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Warnings) != 1 {
		t.Fatalf("warnings %v", p.Warnings)
	}
	w := p.Warnings[0]
	want := "GetUser.md:7: request parameters UserName, Marker dropped: table row has 17 cells, the header has 5: extra cells dropped"
	if w.Kind != page.Drop || w.String() != want {
		t.Errorf("warning %s %q, want drop %q", w.Kind, w, want)
	}
}
