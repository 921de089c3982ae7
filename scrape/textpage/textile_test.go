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

// TestTextileTables: a textile table as a Redmine page writes one reads as the pipe table
// it draws: its signature line ("table(list).") is none of its rows, the header's cells
// "_. Name" and every cell's modifiers ("<. ", "(req). ", a row's own "(odd). ") are no
// text, a cell spanning columns ("\2. ") or rows ("/2. ") fills each of them, so the
// cells after it stay in their columns (its text in the description's column where it
// spans it, in each row it spans, as the HTML reader reads colspan and rowspan); a code
// block in HTML (`<pre><code
// class="json">`) is the JSON example. Before, the signature was read as text, a spanning
// cell pulled the cells after it one column left and the example was no code.
func TestTextileTables(t *testing.T) {
	p := readText(t, `h1. GetThing

h2. Request parameters

table(list).
|_. Name |_. Type |_. Required |_. Description |
|\4. Common parameters |
| @RegionId@ |<. String |(req). Yes |/2. The region or zone. |
(odd). | @ZoneId@ | String | No |
|_. Mode | String |\2. The mode. |

h2. Response parameters

|_. Name |_. Type |_. Description |
| RequestId | String | The request ID. |

h2. Examples

<pre><code class="json">
{
  "RequestId": "sample"
}
</code></pre>
`)
	req := table(t, p, page.RequestParams)
	equal(t, "rows", rowsOf(req), []string{
		"Common parameters|||",
		"@RegionId@|String|Yes|The region or zone.",
		"@ZoneId@|String|No|The region or zone.",
		"Mode|String||The mode.",
	})
	ex := p.SectionsOf(page.Examples)
	if len(ex) != 1 || !hasCode(ex[0]) {
		t.Fatalf("examples: no code block")
	}
	for _, s := range p.Sections {
		for _, b := range s.Blocks {
			if strings.Contains(b.Text, "table(") || strings.Contains(b.Text, "<pre") || strings.Contains(b.Text, "</code") {
				t.Errorf("textile markup read as text: %q", b.Text)
			}
		}
	}
}

// TestRedminePage: a Redmine wiki page's table of contents macro over its title
// ("{{>toc}}") is no text of the page's, and a table's header written in strong
// ("|*Parameter*|*Type*|", as Redmine users head tables as often as with "|_. ") names
// its columns. Before, the macro was read as the title, and the strong header named no
// column: the request table was no table of parameters and the request had none.
func TestRedminePage(t *testing.T) {
	p := readText(t, `{{>toc}}

h1. CloneDisks

Calls the CloneDisks operation.

h2. Request parameters

|*Parameter*|*Type*|*Required*|*Description*|
|@Size@|Integer|Yes|The size.|
|@Name@|String|No|The name.|

{{collapse(More)
Some notes.
}}
`)
	if p.Title != "CloneDisks" {
		t.Errorf("title %q, want CloneDisks", p.Title)
	}
	req := table(t, p, page.RequestParams)
	equal(t, "names", column(req, page.ColName), []string{"@Size@", "@Name@"})
	equal(t, "types", column(req, page.ColType), []string{"Integer", "String"})
	for _, s := range p.Sections {
		for _, b := range s.Blocks {
			if strings.Contains(b.Text, "{{") || strings.Contains(b.Text, "}}") {
				t.Errorf("a Redmine macro read as text: %q", b.Text)
			}
		}
	}
}

// TestTextileTableLoneBar: a lone "|" after a textile table's rows (a dump's row closer)
// ends the table and is left as it is. Before, it was taken for a row and reading it
// panicked.
func TestTextileTableLoneBar(t *testing.T) {
	p := readText(t, "h1. GetThing\n\nh2. Request parameters\n\n|_. Name |_. Type |_. Required |_. Description |\n| Size | Integer | Yes | The size. |\n|\n")
	req := table(t, p, page.RequestParams)
	equal(t, "names", column(req, page.ColName), []string{"Size"})
}

// TestTextilePhrase: a textile table's cell in strong or emphasis as a whole ("*Size*",
// "*Yes*", "_String_") is its text, in a table headed "|_. Name|" or, as here, in strong
// ("|*Parameter*|*Type*|"). Before, "_Name_" was the name, "*Yes*" no Required
// answer (guessed not required) and "_String_" no type word.
func TestTextilePhrase(t *testing.T) {
	p := readText(t, `h1. GetThing

h2. Request parameters

|*Parameter*|*Type*|*Required*|*Description*|
| *Size* | Integer | *Yes* | The size. |
| _Name_ | _String_ | No | The name, *not* the ID. |
| __Zone__ | **String** | No | _A_ zone. |
`)
	req := table(t, p, page.RequestParams)
	equal(t, "rows", rowsOf(req), []string{"Size|Integer|Yes|The size.", "Name|String|No|The name, *not* the ID.", "Zone|String|No|_A_ zone."})
	for k, in := range map[string]string{"*x*": "x", " **x y** ": " x y ", "_x_": "x", "*": "*", "**": "**", "*a* and *b*": "*a* and *b*", "_ x_": "_ x_", "@x@": "@x@"} {
		if got := textilePhrase(k); got != in {
			t.Errorf("textilePhrase(%q) = %q, want %q", k, got, in)
		}
	}
}

// TestTextileNameSpan: a textile name cell spanning rows ("|/2. RegionId|") makes the
// rows it spans one parameter, as the HTML reader reads a name's rowspan (continueRow):
// each cell of the rows below goes on with its column's text on a line of its own, a
// cell spanning from above counted once. Before, the rows below were rows of no name,
// dropped with a warning each.
func TestTextileNameSpan(t *testing.T) {
	p := readText(t, `h1. GetThing

h2. Request parameters

|_. Name |_. Type |_. Required |_. Description |
|/2. RegionId |/2. String | Yes | The region. |
|\2. Valid values: cn-hangzhou. |
| Size | Integer | No | The size. |
|/3. ZoneId | String | No | The zone. |
| | | Or none. |
|\3. Valid values: a. |

h2. Response parameters

|_. Name |_. Type |_. Description |
| RequestId | String | The request ID. |
`)
	equal(t, "rows", rowsOf(table(t, p, page.RequestParams)), []string{
		"RegionId|String|Yes|The region.\nValid values: cn-hangzhou.",
		"Size|Integer|No|The size.",
		"ZoneId|String|No|The zone.\nOr none.\nValid values: a.",
	})
	if w := warningsOf(p); w != "" {
		t.Errorf("warnings:\n%s", w)
	}
}
