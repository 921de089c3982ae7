package textpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestTextileBlocks: a textile page's blocks opened by their signatures (pandoc -t
// textile of an HTML page, a Redmine wiki page) read as the blocks' text: the request line
// in "bc. POST /x HTTP/1.1" is the request syntax, the JSON example "bc(json). {" a code
// block opening with its brace, a paragraph "p(note). Text" its text. Before, the
// signatures stayed in the text: the request line was none (the operation read as RPC,
// its path parameters as query ones) and the example a sketch with no opening brace.
func TestTextileBlocks(t *testing.T) {
	p := readText(t, `<div role="main">

h1(#canceldeletion). CancelDeletion

p(note). Calls the CancelDeletion operation.

h2(#request-syntax). Request syntax

bc. POST /openapi/instances/{InstanceId}/actions/cancel-deletion HTTP/1.1

h2(#request-parameters). Request parameters

|_. Parameter|_. Type|_. Position|_. Required|_. Description|
|InstanceId|String|Path|Yes|The InstanceId value.|

h2(#response-parameters). Response parameters

|_. Parameter|_. Type|_. Description|
|RequestId|String|The RequestId value.|

h2(#examples). Examples

bc(json). {
  "RequestId": "sample"
}

</div>
`)
	syn := p.SectionsOf(page.RequestSyntax)
	if len(syn) != 1 || len(syn[0].Blocks) != 1 || syn[0].Blocks[0].Text != "POST /openapi/instances/{InstanceId}/actions/cancel-deletion HTTP/1.1" {
		t.Errorf("request syntax section = %+v", syn)
	}
	ex := p.SectionsOf(page.Examples)
	if len(ex) != 1 || !hasCode(ex[0]) {
		t.Fatalf("examples: %+v", ex)
	}
	for _, b := range ex[0].Blocks {
		if b.Kind == page.Code && !strings.HasPrefix(b.Text, "{") {
			t.Errorf("the JSON example's code %q does not open with its brace", b.Text)
		}
	}
	for _, s := range p.Sections {
		for _, b := range s.Blocks {
			if strings.Contains(b.Text, "p(note).") || strings.Contains(b.Text, "bc.") || strings.Contains(b.Text, "bc(") {
				t.Errorf("a textile signature read as text: %q", b.Text)
			}
		}
	}
	if w := warningsOf(p); w != "" {
		t.Errorf("warnings:\n%s", w)
	}
}
