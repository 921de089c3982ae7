package htmlpage

import (
	"strings"
	"testing"
)

// A row of thousands of stray cells is named by the start of their text: the warning was
// a megabyte long (page.ExtraCells words it for every reader).
func TestExtraCellsTextClipped(t *testing.T) {
	doc := `<html><body><main><h1>Encrypt</h1><h2>Request parameters</h2>
<table><tr><th>Parameter</th><th>Type</th><th>Description</th></tr>
<tr><td>KeyId</td><td>String</td><td>The key.</td>` + strings.Repeat("<td>stray</td>", 20000) + `</tr></table></main></body></html>`
	p := readDoc(t, "Encrypt.html", doc)
	if len(p.Warnings) != 1 {
		t.Fatalf("warnings %.500v", p.Warnings)
	}
	w := p.Warnings[0].String()
	if len(w) > 400 || !strings.HasPrefix(w, `Encrypt.html:3: row "KeyId": text "stray | stray | `) || !strings.Contains(w, `…" dropped: `) {
		t.Errorf("warning %.500q", w)
	}
}
