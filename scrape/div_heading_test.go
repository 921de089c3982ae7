package scrape

import (
	"strings"
	"testing"
)

// TestUnknownDivHeadingWarns: a <div> heading the lexicon does not know over a table, after
// a known section, is read as an <h3> is; its rows are not merged into the section above
// unwarned: the warning names them. A <div> of prose before the table is no heading.
func TestUnknownDivHeadingWarns(t *testing.T) {
	const head = `<html><body><h1>GetThing</h1><p>Gets a thing.</p>
<h2>Request parameters</h2>
<table><tr><th>Name</th><th>Type</th><th>Required</th><th>Description</th></tr>
<tr><td>ThingId</td><td>String</td><td>Yes</td><td>The ID.</td></tr></table>
`
	const tail = `<table><tr><th>Name</th><th>Type</th><th>Description</th></tr>
<tr><td>RequestId</td><td>String</td><td>The request ID.</td></tr></table>
</body></html>`
	for _, c := range []struct{ div, want string }{
		{`<div class="section-title">Returned data fields</div>`, `"Returned data fields"`},
		{`<div class="t"><span>Returned data fields</span></div>`, `"Returned data fields"`},
	} {
		res := extractBytes(t, "GetThing.html", head+c.div+"\n"+tail)
		var msgs []string
		for _, w := range res.Warnings {
			msgs = append(msgs, w.String())
		}
		all := strings.Join(msgs, "\n")
		if !strings.Contains(all, c.want) || !strings.Contains(all, "RequestId") {
			t.Errorf("%s: warnings do not name the heading and the row RequestId:\n%s", c.div, all)
		}
	}
	// The prose div's table stays in the request section (where the no-Required-column
	// guess names its row): no warning reads the prose as a heading.
	const prose = "The request ID is returned in every response."
	res := extractBytes(t, "GetThing.html", head+`<div>`+prose+`</div>`+"\n"+tail)
	for _, w := range res.Warnings {
		if strings.Contains(w.String(), prose) {
			t.Errorf("prose div taken for a heading: %s", w)
		}
	}
}
