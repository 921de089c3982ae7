package scrape

import (
	"strings"
	"testing"
)

// TestUnknownDivHeadingWarns: a <div> or <p> heading the lexicon does not know over a table
// (other wording, another language, set in bold or not), after a known section, is read as
// an <h3> is; its rows are not merged into the section above unwarned: the warning names
// them (a <p> one was merged silently before). A <div> or <p> of prose before the table is
// no heading, and neither is a bold name over a card's key table (no name column): that is
// the card's name.
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
		{`<p><strong>Returned data fields</strong></p>`, `"Returned data fields"`},
		{`<p>Returned data fields</p>`, `"Returned data fields"`},
		{`<p><b>Paramètres de réponse</b></p>`, `"Paramètres de réponse"`},
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
	for _, block := range []string{`<div>` + prose + `</div>`, `<p>` + prose + `</p>`} {
		res := extractBytes(t, "GetThing.html", head+block+"\n"+tail)
		for _, w := range res.Warnings {
			if strings.Contains(w.String(), prose) {
				t.Errorf("prose %s taken for a heading: %s", block, w)
			}
		}
	}
	// cards: each name in bold over a key table ("Type | String"), no heading, even when
	// the name is a heading word ("Description", a section of its own as a heading, which
	// took the cards after it)
	var cards string
	for _, name := range []string{"Description", "Marker"} {
		cards += `<p><strong>` + name + `</strong></p>
<table><tr><th>Property</th><th>Value</th></tr>
<tr><td>Type</td><td>String</td></tr><tr><td>Required</td><td>No</td></tr><tr><td>Description</td><td>The value.</td></tr></table>
`
	}
	res := extractBytes(t, "GetThing.html", head+cards+"</body></html>")
	got := map[string]string{}
	for _, p := range res.Op.Params {
		got[p.Name] = p.Schema.Type
	}
	if got["Description"] != "string" || got["Marker"] != "string" {
		t.Errorf("cards Description, Marker not read as string parameters: %v (warnings %v)", got, res.Warnings)
	}
}
