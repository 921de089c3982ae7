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

// Extra cells beyond the header that hold text lose it: a drop naming the row and the
// text. Empty extra cells (a doubled closing '|') lose nothing: info.
func TestExtraCellsText(t *testing.T) {
	src := "# Encrypt\n\n## Request parameters\n\n|Parameter|Type|Description|Example|\n|---|---|---|---|\n" +
		"|KeyId|String|The key.|k-1|also accepts an alias|\n" +
		"|Plaintext|String|The data.|aGk=| |\n"
	p, err := Reader{}.Read("Encrypt.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Warnings) != 2 {
		t.Fatalf("warnings %v", p.Warnings)
	}
	want := []struct {
		kind page.WarnKind
		msg  string
	}{
		{page.Drop, `Encrypt.md:7: row "KeyId": text "also accepts an alias" dropped: table row has 5 cells, the header has 4: extra cells dropped`},
		{page.Info, `Encrypt.md:8: table row has 5 cells, the header has 4: extra cells dropped`},
	}
	for i, w := range p.Warnings {
		if w.Kind != want[i].kind || w.String() != want[i].msg {
			t.Errorf("warning %d: %s %q, want %s %q", i, w.Kind, w, want[i].kind, want[i].msg)
		}
	}
}
