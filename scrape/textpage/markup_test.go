package textpage

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// pandocPages are the first lines of a page as pandoc 2.17 writes its HTML (a <main> whose
// <h1> is the title, <h2> headings, a parameter table) with -t rst, org, markdown and
// asciidoc, saved as text: each must read as the page, its title the operation and its
// request table under the Request parameters heading; so must Jira's, textile's and
// Haddock's.
var pandocPages = map[string]string{
	"rst": `.. container::

   .. rubric:: ECS:AllocateEipAddress
      :name: ecsallocateeipaddress

   Calls the AllocateEipAddress operation of ecs (API version
   2014-05-26).

   .. rubric:: Request parameters
      :name: request-parameters

   +---------------+--------+----------+---------------+
   | Parameter     | Type   | Required | Description   |
   +===============+========+==========+===============+
   | QQBandwidthQQ | string | No       | The Bandwidth |
   |               |        |          | value.        |
   +---------------+--------+----------+---------------+
   | QQRegionIdQQ  | string | Yes      | The RegionId  |
   |               |        |          | value.        |
   +---------------+--------+----------+---------------+

   .. rubric:: Examples
      :name: examples

   .. code:: json

      {
        "RequestId": "sample"
      }
`,
	"org": `* ECS:AllocateEipAddress
  :PROPERTIES:
  :CUSTOM_ID: ecsallocateeipaddress
  :END:
Calls the AllocateEipAddress operation of ecs (API version 2014-05-26).

** Request parameters
   :PROPERTIES:
   :CUSTOM_ID: request-parameters
   :END:
| Parameter   | Type   | Required | Description            |
|-------------+--------+----------+------------------------|
| =Bandwidth= | string | No       | The Bandwidth value.   |
| =RegionId=  | string | Yes      | The RegionId value.    |
`,
	"markdown": `::: {role="main"}
# ECS:AllocateEipAddress

Calls the AllocateEipAddress operation of ecs (API version 2014-05-26).

## Request parameters

| Parameter | Type   | Required | Description          |
|-----------|--------|----------|----------------------|
| Bandwidth | string | No       | The Bandwidth value. |
| RegionId  | string | Yes      | The RegionId value.  |
:::
`,
	"jira": `{panel:role=main}
h1. {anchor:ecsallocateeipaddress}ECS:AllocateEipAddress
Calls the AllocateEipAddress operation of ecs \(API version 2014-05-26).

h2. {anchor:request-parameters}Request parameters
|| Parameter || Type || Required || Description ||
| Bandwidth | string | No | The Bandwidth value. |
| RegionId | string | Yes | The RegionId value. |

h2. {anchor:examples}Examples
{code:json}
{
  "RequestId": "sample"
}
{code}
{panel}
`,
	"textile": `<div role="main">

h1(#ecsallocateeipaddress). ECS:AllocateEipAddress

Calls the AllocateEipAddress operation of ecs (API version 2014&#45;05&#45;26).

h2(#request-parameters). Request parameters

|_. Parameter|_. Type|_. Required|_. Description|
|@Bandwidth@|string|No|The Bandwidth value.|
|@RegionId@|string|Yes|The RegionId value.|

h2(#examples). Examples

Sample success responses

</div>
`,
	"mediawiki": `<div role="main">

<span id="ecsallocateeipaddress"></span>
= ECS:AllocateEipAddress =

Calls the AllocateEipAddress operation of ecs (API version 2014-05-26).

<span id="request-parameters"></span>
== Request parameters ==

{|
! Parameter
! Type
! Required
! Description
|-
| <code>Bandwidth</code>
| string
| No
| The Bandwidth value.
|-
| '''RegionId'''
| string
| Yes
| The RegionId value.
|}

<span id="examples"></span>
== Examples ==

<syntaxhighlight lang="json">{
  "RequestId": "sample"
}</syntaxhighlight>

</div>
`,
	"dokuwiki": `====== ECS:AllocateEipAddress ======

Calls the AllocateEipAddress operation of ecs (API version 2014-05-26).

===== Request parameters =====

^Parameter        ^Type  ^Required^Description         ^
|''%%Bandwidth%%''|string|No      |The Bandwidth value.|
|''%%RegionId%%'' |string|Yes     |The RegionId value. |

===== Examples =====

<code json>
{
  "RequestId": "sample"
}
</code>
`,
	"haddock": `= ECS:AllocateEipAddress
#ecsallocateeipaddress#

Calls the AllocateEipAddress operation of ecs (API version 2014-05-26).

== Request parameters
#request-parameters#

+---------------+--------+----------+---------------+
| Parameter     | Type   | Required | Description   |
+===============+========+==========+===============+
| @Bandwidth@   | string | No       | The Bandwidth |
|               |        |          | value.        |
+---------------+--------+----------+---------------+
| @Re           | string | Yes      | The RegionId  |
| gionId@       |        |          | value.        |
+---------------+--------+----------+---------------+

== Examples
#examples#

> {
>   "RequestId": "sample"
> }
`,
	"zimwiki": `====== ECS:AllocateEipAddress ======

Calls the AllocateEipAddress operation of ecs (API version 2014-05-26).

===== Request parameters =====

|Parameter      |Type  |Required|Description         |
|---------------|------|--------|--------------------|
|''Bandwidth''  |string|No      |The Bandwidth value.
|
|''RegionId''   |string|Yes     |The RegionId value.
 |

===== Examples =====

{{{code: lang="json" linenumbers="True"
{
  "RequestId": "sample"
}
}}}
`,
	"xwiki": `= ECS:AllocateEipAddress {{id name="ecsallocateeipaddress" /}}=

Calls the AllocateEipAddress operation of ecs (API version 2014-05-26).

== Request parameters {{id name="request-parameters" /}}==

|=Parameter |=Type |=Required |=Description
|{{code}}Bandwidth{{/code}} |string |No |(((The Bandwidth value.
)))
|{{code}}RegionId{{/code}} |string |Yes |(((The RegionId value.
)))

== Examples {{id name="examples" /}}==


{{code language="json"}}
{
  "RequestId": "sample"
}
{{/code}}
`,
	"muse": `* ECS:AllocateEipAddress

Calls the AllocateEipAddress operation of ecs (API version 2014-05-26).

** Request parameters

 Parameter   || Type                         || Required || Description
 =Bandwidth= |  <verbatim>*string</verbatim> |  No       |  The Bandwidth value.
 =RegionId=  |  string                       |  Yes      |  

** Examples

<example>
{
  "RequestId": "sample"
}
</example>
`,
	"markua": `{id: ecsallocateeipaddress}
# ECS:AllocateEipAddress

Calls the AllocateEipAddress operation of ecs (API version 2014-05-26).

{id: request-parameters}
## Request parameters

| Parameter   | Type   | Required | Description          |
|-------------|--------|----------|----------------------|
| ` + "`Bandwidth`" + ` | string | No       | The Bandwidth value. |
| ` + "`RegionId`" + `  | string | Yes      | The RegionId value.  |

{id: examples}
## Examples

{class: json}
` + "```" + `
{
  "RequestId": "sample"
}
` + "```" + `
`,
	"asciidoctor": `== ECS:AllocateEipAddress

Calls the AllocateEipAddress operation of ecs (API version 2014-05-26).

=== Request parameters

[cols=",,,",options="header",]
|===
|Parameter |Type |Required |Description
|` + "`+Bandwidth+`" + ` |string |No |The Bandwidth value.

|` + "`+RegionId+`" + ` |string |Yes |The RegionId
value.
|===
`,
	"asciidoc": `== ECS:AllocateEipAddress

Calls the AllocateEipAddress operation of ecs (API version 2014-05-26).

=== Request parameters

[cols=",,,",options="header",]
|===
|Parameter |Type |Required |Description
|Bandwidth |string |No |The Bandwidth value.
|RegionId |string |Yes |The RegionId value.
|===
`,
}

// TestPandocMarkup: the lines a markup writes around the page's own (a fenced div's
// fences, rst's container, rubric and code directives and their options, org's property
// drawers) are no text of it, a rubric is a heading, and a title's heading marks are no
// part of it: each page reads its title and its request table. Before, the rst page read
// no heading (no table, the page failed), the org page's title was no title (the drawer
// under it), the markdown page's title was the fence ("::: {role=\"main\"}") and the
// AsciiDoc page's "== ECS:AllocateEipAddress"; the Jira page's and textile's headings
// ("h2. {anchor:x}Request parameters", "h2(#x). Request parameters") were none, and a Jira
// code block's fence ("{code:json}") was read as the JSON's first line; Haddock's anchor
// lines ("#request-parameters#") made its title none, a code name cut in a grid cell
// ("@Re" over "gionId@") was two words, and its JSON, in bird tracks ("> {"), no code;
// MediaWiki's table ("{|", "! Parameter", "|-", "| ”'RegionId”'", "|}") was no table (the
// page failed), its anchors (`<span id="x"></span>`) made its title none and its JSON,
// glued to <syntaxhighlight> tags, no code; DokuWiki's header row ("^Parameter ^Type ^")
// was no header (no table), its code names ("”%%RegionId%%”") kept their marks and its
// code block's fences ("<code json>", "</code>") were text; Zim's code block's first line
// (`{{{code: lang="json"`) and Markua's attribute lists ("{class: json}" over the code's
// fence, "{id: x}" over the title) were read as the JSON's first line and the title;
// XWiki's anchor macros in its headings ("= X {{id name="x" /}}=") made its title none
// (the page failed), its tables ("|=Parameter |=Type", cells "(((" grouping lines)
// were none, and its code macro's fences ("{{code language="json"}}") were text; Muse's
// table (a header parted by "||", rows by "|", no outer pipes) was read as one row.
func TestPandocMarkup(t *testing.T) {
	for name, text := range pandocPages {
		t.Run(name, func(t *testing.T) {
			p := readText(t, strings.ReplaceAll(text, "QQ", "``")) // rst's code marks
			if p.Title != "ECS:AllocateEipAddress" {
				t.Errorf("title %q, want ECS:AllocateEipAddress", p.Title)
			}
			secs := p.SectionsOf(page.RequestParams)
			if len(secs) != 1 || len(secs[0].Tables()) != 1 {
				t.Fatalf("want one Request parameters section with a table; sections %+v", p.Sections)
			}
			tb := secs[0].Tables()[0]
			var names []string
			for _, r := range tb.Rows {
				names = append(names, page.UnmarkName(strings.Trim(r.Cell(tb, page.ColName), "`*"))) // the marks of code and bold, as extract's names
			}
			equal(t, "names", names, []string{"Bandwidth", "RegionId"})
			if w := warningsOf(p); w != "" {
				t.Errorf("warnings (org's rule \"|---+---|\" read as a row?):\n%s", w)
			}
			if jsonExample[name] && (len(p.SectionsOf(page.Examples)) != 1 || !hasJSON(p.SectionsOf(page.Examples)[0])) {
				t.Errorf("the JSON example (in bird tracks, MediaWiki's <syntaxhighlight>, Zim's {{{code:) is no code block of JSON alone")
			}
			for _, s := range p.Sections {
				for _, b := range s.Blocks {
					if strings.Contains(b.Text, ":::") || strings.Contains(b.Text, ":PROPERTIES:") || strings.Contains(b.Text, ".. ") ||
						strings.Contains(b.Text, ":name:") || strings.Contains(b.Text, "{panel") || strings.Contains(b.Text, "{code") || strings.Contains(b.Text, "div") ||
						strings.Contains(b.Text, "<span") || strings.Contains(b.Text, "<code") || strings.Contains(b.Text, "%%") || strings.Contains(b.Text, "syntaxhighlight") || strings.Contains(b.Text, "{|") ||
						strings.Contains(b.Text, "{{") || strings.Contains(b.Text, "(((") || strings.Contains(b.Text, "{id:") || strings.Contains(b.Text, "{class:") {
						t.Errorf("markup line read as text: %q", b.Text)
					}
				}
			}
		})
	}
}

// TestTitleText: a title line's heading marks are dropped (Markdown, AsciiDoc, org,
// MediaWiki, DokuWiki), a bold line's kept.
func TestTitleText(t *testing.T) {
	for in, want := range map[string]string{
		"# GetThing": "GetThing", "== GetThing": "GetThing", "= GetThing =": "GetThing",
		"====== GetThing ======": "GetThing", "* GetThing": "GetThing", "**GetThing**": "**GetThing**",
		"GetThing": "GetThing", "=": "=",
	} {
		if got := titleText(in); got != want {
			t.Errorf("titleText(%q) = %q, want %q", in, got, want)
		}
	}
}

// hasCode reports whether s holds a code block.
// jsonExample are the pandocPages whose Examples section holds a JSON example.
var jsonExample = map[string]bool{"haddock": true, "mediawiki": true, "dokuwiki": true, "zimwiki": true, "markua": true, "xwiki": true, "muse": true}

// hasJSON reports whether section s holds a code block of JSON and nothing else.
func hasJSON(s *page.Section) bool {
	for _, b := range s.Blocks {
		if b.Kind == page.Code && json.Valid([]byte(b.Text)) {
			return true
		}
	}
	return false
}

func hasCode(s *page.Section) bool {
	for _, b := range s.Blocks {
		if b.Kind == page.Code {
			return true
		}
	}
	return false
}

// TestTextEntities: a page saved from HTML with its character references left in (pandoc's
// textile escapes "*" as "&#42;", "-" as "&#45;", "<" as "&lt;") reads as the HTML shows
// it: "*bool" is a type (read as a boolean's), "array&lt;object&gt;" is array<object>,
// "a &amp; b" a & b. A reference to "|" stays one (it is a cell's text, not a separator),
// and a URL's query ("&region=cn", no semicolon) is no reference. Before, the type cells
// were "&#42;bool" (no type word: guessed string) and the description kept "&amp;".
func TestTextEntities(t *testing.T) {
	p := readText(t, `<div role="main">

h1(#creatededicatedhostcluster). CreateDedicatedHostCluster

Calls the CreateDedicatedHostCluster operation of ecs (API version 2014&#45;05&#45;26).

h2(#request-parameters). Request parameters

|Parameter|Type|Required|Description|Example|
|DryRun|&#42;bool|No|Checks the request &amp; returns.|true|
|Tag|array&lt;object&gt;|No|The tags: key&#124;value.||
|Url|&#42;string|No|See https://x.example/?a=1&region=cn.|sample|

</div>
`)
	tb := table(t, p, page.RequestParams)
	equal(t, "types", column(tb, page.ColType), []string{"*bool", "array<object>", "*string"})
	equal(t, "descriptions", column(tb, page.ColDescription), []string{"Checks the request & returns.",
		"The tags: key&#124;value.", "See https://x.example/?a=1&region=cn."})
	if intro := p.Sections[0].Blocks; len(intro) == 0 || !strings.Contains(intro[0].Text, "2014-05-26") {
		t.Errorf("intro %+v, want the version 2014-05-26", intro)
	}
}

// TestUnescapeEntities: references closed by ";" are decoded, but not to a line break,
// tab or "|", nor without their semicolon, and decoding is one pass ("&amp;lt;" is "&lt;").
func TestUnescapeEntities(t *testing.T) {
	for in, want := range map[string]string{
		"&#42;string":                    "*string",
		"a &amp; b &quot;c&quot; &#x2A;": `a & b "c" *`,
		"&amp;lt;":                       "&lt;",
		"x&#124;y&#10;z&#9;":             "x&#124;y&#10;z&#9;",
		"?a=1&region=cn&copy":            "?a=1&region=cn&copy",
		"&nosuchname; & b":               "&nosuchname; & b",
	} {
		if got := page.UnescapeEntities(in); got != want {
			t.Errorf("UnescapeEntities(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDokuWikiNowiki: DokuWiki's nowiki text in a table's cell ("key%%|%%value",
// "%%[10]%%") is its text, a "|" of it the cell's own; code ("”%%RegionId%%”") is
// Markdown's. Before, "%%|%%" was left in the description and "%%[10]%%" in the example.
func TestDokuWikiNowiki(t *testing.T) {
	p := readText(t, "===== Request parameters =====\n\n^ Name ^ Type ^ Required ^ Description ^ Example ^\n"+
		"| ''%%Ids%%'' | Array | No | Format: key%%|%%value. | %%[10]%% |\n| Size | Integer | No | 100%% to 200%% | 10 |\n")
	equal(t, "rows", rowsOf(table(t, p, page.RequestParams)),
		[]string{"`Ids`|Array|No|Format: key|value.|[10]", "Size|Integer|No|100%% to 200%%|10"})
}

// TestBirdTrackRequestLine: Haddock writes a request syntax section's code block of one
// line in bird tracks too ("> DELETE /instances/{instanceId} HTTP/1.1"); before, only a
// JSON or XML example's block of two lines or more was code, so the request line was a
// quoted paragraph, no request line: the operation fell back to POST "/#Action=X" and its
// path parameters to the query (pandoc -t haddock: 26 of 130 pages).
func TestBirdTrackRequestLine(t *testing.T) {
	p := readText(t, `= DeleteTopic
#deletetopic#

== Request syntax
#request-syntax#

> DELETE /instances/{instanceId}/topics/{topicName} HTTP/1.1

== Request parameters
#request-parameters#

+------------+--------+----------+----------+-----------------------+
| Parameter  | Type   | Position | Required | Description           |
+============+========+==========+==========+=======================+
| instanceId | string | Path     | Yes      | The instanceId value. |
+------------+--------+----------+----------+-----------------------+
| topicName  | string | Path     | Yes      | The topicName value.  |
+------------+--------+----------+----------+-----------------------+

== Notes

> Note: a quoted paragraph.
`)
	syn := p.SectionsOf(page.RequestSyntax)
	if len(syn) != 1 || len(syn[0].Blocks) != 1 || syn[0].Blocks[0].Text != "DELETE /instances/{instanceId}/topics/{topicName} HTTP/1.1" {
		t.Errorf("request syntax section = %+v", syn)
	}
	for _, s := range p.Sections {
		for _, b := range s.Blocks {
			if strings.Contains(b.Text, "Note: a quoted") && !strings.HasPrefix(b.Text, ">") {
				t.Errorf("a quoted paragraph lost its bird track: %q", b.Text)
			}
		}
	}
}

// TestWikiCodeFences: an XWiki code macro's opening line ("{{code}}") is blank only where
// "{{/code}}" closes it below; alone it is Jira's name "code" set as code, text of the
// page (a parameter card's name).
func TestWikiCodeFences(t *testing.T) {
	d := &doc{p: &page.Page{}, text: "{{code}}\nGET /x HTTP/1.1\n{{/code}}\n\n{{code}}\nType: String\n"}
	d.lines = splitLines(d.text)
	d.unmarkup()
	want := []string{"", "GET /x HTTP/1.1", "", "", "{{code}}", "Type: String", ""}
	var got []string
	for i := range d.lines {
		got = append(got, d.raw(i))
	}
	equal(t, "lines", got, want)
}

// TestWikiInlineCode: an XWiki page's monospace ("##RegionId##") and a Muse page's
// <code> and <verbatim> read as the HTML page's <code> and text: a code span in the
// prose and lists, plain text in the title and headings, a name in a table's cell; a
// code block's lines are left as written.
func TestWikiInlineCode(t *testing.T) {
	p := readText(t, "= ##DescribeRegions## =\n\nCalls the ##DescribeRegions## operation.\n\n"+
		"== Request parameters ==\n\n|=Parameter |=Type |=Required |=Description\n|##RegionId## |String |Yes |The ##cn-hangzhou## region.\n\n"+
		"* Set ##RegionId## first.\n\n== Response parameters ==\n\n|=Parameter |=Type |=Description\n|RequestId |String |The ID.\n\n"+
		"== Examples ==\n\n{{code language=\"json\"}}\n{\"RequestId\": \"##x##\"}\n{{/code}}\n")
	if p.Title != "DescribeRegions" {
		t.Errorf("XWiki title %q, want DescribeRegions", p.Title)
	}
	equal(t, "rows", rowsOf(table(t, p, page.RequestParams)), []string{"`RegionId`|String|Yes|The `cn-hangzhou` region."})
	text := blocksText(p)
	for _, want := range []string{"Calls the `DescribeRegions` operation.", "Set `RegionId` first.", `"##x##"`} {
		if !strings.Contains(text, want) {
			t.Errorf("XWiki page text lacks %q:\n%s", want, text)
		}
	}
	p = readText(t, "* <verbatim>DescribeRegions</verbatim>\n\nCalls the <code>DescribeRegions</code> operation. Format: <verbatim>key|value</verbatim>.\n\n"+
		"** Request parameters\n\n Parameter || Type || Required || Description\n RegionId | String | Yes | <verbatim>a|b</verbatim> or c.\n\n"+
		"** Examples\n\n<example>\n<code>x</code>\n</example>\n")
	if p.Title != "DescribeRegions" {
		t.Errorf("Muse title %q, want DescribeRegions", p.Title)
	}
	equal(t, "rows", rowsOf(table(t, p, page.RequestParams)), []string{"RegionId|String|Yes|a|b or c."})
	text = blocksText(p)
	for _, want := range []string{"Calls the `DescribeRegions` operation. Format: key|value.", "<code>x</code>"} {
		if !strings.Contains(text, want) {
			t.Errorf("Muse page text lacks %q:\n%s", want, text)
		}
	}
}

// blocksText is the text of p's blocks of every kind, a line each.
func blocksText(p *page.Page) string {
	var b strings.Builder
	for _, s := range p.Sections {
		for _, bl := range s.Blocks {
			b.WriteString(bl.Text + "\n")
			for _, it := range bl.Items {
				b.WriteString(it + "\n")
			}
		}
	}
	return b.String()
}
