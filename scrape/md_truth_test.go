package scrape

import (
	"os"
	"strings"
	"testing"
)

// TestMarkdownTruth renders every truth record (truthRecords) as a Markdown operation page
// in the conventions of Markdown documentation sources and HTML-to-Markdown exporters, and
// scores each with TestAccuracy's rules as TestHTMLTruth does (scoreTruthPages). The only
// real Markdown here is the 2021 product pages of ../shared/corpus/products; pages nobody
// here has seen come from other sources and exporters.
//
// Every convention writes GFM pipe tables (unless it says otherwise) whose cells use what
// Markdown allows: alignment colons in the separator line, escaped pipes (`\|`, also in code
// spans) and the entity `&#124;` in descriptions, HTML entities (`&lt;`, `&gt;`, `&amp;`,
// `&quot;`, `&nbsp;`) in descriptions, examples and type words (`array&lt;object&gt;`, or
// `array\<object\>`, or the type in a code span), `<br>` and `<br/>` line breaks, names
// plain, bold or in code spans; JSON examples fenced with ``` or ~~~ and tagged json, JSON
// or nothing, some with an XML example (tagged xml) before them. The conventions:
//
//   - gfm: nesting by leading "└", one a level; ROA locations in a Position column; HTML
//     comments before tables;
//   - bare: gfm without the tables' outer pipes;
//   - glyph1: one "└" for any depth (as the 2021 pages write it);
//   - tree: box-drawing branches ("│ ├─ Name");
//   - nbsp: indentation by `&nbsp;` entities (four a level) or full-width spaces (two);
//   - dotted: dotted paths (Tag.N.Key, Result.Items[].Name);
//   - list: parameters as nested bullet or numbered lists (`- **Name** (String, required):
//     text`),
//     ROA locations under their own headings;
//   - html: parameter tables as HTML <table> blocks (└ nesting), the rest Markdown;
//   - setext: a byte order mark, YAML front matter and setext headings (=== and ---);
//   - down: every heading one level down (## title, ### sections), YAML or TOML front
//     matter naming the title in every other record;
//   - sections: ROA locations under Path / Query / Header / Request body headings;
//   - mark: the Required column says ✓ or nothing, * or nothing, Yes. or No., Ya or Tidak;
//     or (every fifth record) there is none and a required name is marked "*" or
//     "(required)";
//   - zh: gfm with Chinese headings, columns and 是/否;
//   - syntax: every page shows its request line, fenced (```http), in inline code, as a
//     plain `GET /path HTTP/1.1` line, or fenced with a Host line;
//   - inline: gfm whose cells hold inline HTML, as exporters leave it: names and types in
//     <code>, <b> or <strong>, descriptions as <p> paragraphs with a <ul> list, examples in
//     <code>;
//   - flat: no nesting shown: the response's tree is in the JSON example only, the
//     request's nowhere (no request example), so its floor is lower;
//   - ja, id, tc: gfm in the words of the Japanese, Indonesian and Traditional Chinese
//     sites (langWords), ROA locations in a Position column or under their own headings.
//
// To look at the pages: MD_TRUTH_DIR=/tmp/pages go test ./scrape -run TestMarkdownTruth -v
// writes them there; ACCURACY_MISSES=file lists the names missed, as for TestAccuracy.
// Raise a floor as TestAccuracy's comment says; never lower one to make a change pass.
var mdTruthVariants = []truthConvention{
	{"gfm", 99, 99, 99, 99},
	{"bare", 99, 99, 99, 99},
	{"glyph1", 98, 99, 99, 99}, // 98.8: one └ for any depth leaves the request's deeper nesting to row order
	{"tree", 99, 99, 99, 99},
	{"nbsp", 99, 99, 99, 99},
	{"dotted", 99, 99, 99, 99},
	{"list", 99, 99, 99, 99},
	{"html", 99, 99, 99, 99},
	{"setext", 99, 99, 99, 99},
	{"down", 99, 99, 99, 99},
	{"sections", 99, 99, 99, 99},
	{"mark", 99, 99, 99, 99},
	{"zh", 99, 99, 99, 99},
	{"syntax", 99, 99, 99, 99},
	{"inline", 99, 99, 99, 99},
	{"flat", 92, 99, 99, 99}, // 92.9: the request's nesting is shown nowhere (no request example)
	{"ja", 99, 99, 99, 99},   // gfm in the words of langWords: 100/99.9/100/99.6
	{"id", 99, 99, 99, 99},   // 100/100/100/99.8
	{"tc", 99, 99, 99, 99},   // 100/100/100/99.6
}

// mdTruthStride: each convention renders every mdTruthStride-th record (about 330), which
// keeps the test under 20 s; all records are rendered across the conventions.
const mdTruthStride = 4

func TestMarkdownTruth(t *testing.T) {
	records := truthRecords(t)
	dir := os.Getenv("MD_TRUTH_DIR")
	defer openMissLog(t)()
	for k, v := range mdTruthVariants {
		sample := everyNth(records, k%mdTruthStride, mdTruthStride) // each convention its own
		c := scoreTruthPages(t, sample, dir, v.name+".md", func(seq int, r *htmlTruthRecord) []byte {
			return renderMDTruthPage(v.name, seq, r)
		})
		v.check(t, c)
	}
}

// renderMDTruthPage renders record r (the seq-th) as a Markdown page in the named convention.
func renderMDTruthPage(variant string, seq int, r *htmlTruthRecord) []byte {
	p := newTruthPage(variant, seq, r)
	variant = p.variant
	level := 1 // the title's
	if variant == "down" {
		level = 2
	}
	switch {
	case variant == "setext":
		p.f("\ufeff") // a byte order mark, as some editors save
		p.f("---\ntitle: %s\nproduct: %s\nkeywords: [%s, API]\n---\n\n", r.Operation, r.Product, r.Operation)
	case variant == "down" && seq%4 == 0:
		p.f("---\ntitle: %s\nproduct: %s\nkeywords: [%s, API]\n---\n\n", r.Operation, r.Product, r.Operation)
	case variant == "down" && seq%4 == 2: // TOML front matter
		p.f("+++\ntitle = \"%s\"\nweight = %d\n+++\n\n", r.Operation, seq)
	}
	p.mdHeading(level, r.Operation)
	p.f("Calls the %s operation of %s (API version %s).\n\n", r.Operation, r.Product, r.Version)
	if p.shape == "boldlabels" { // a debugging section, by a bold label too
		debug := p.labelWords().debug
		p.mdHeading(level+1, debug)
		p.f("[OpenAPI Explorer](https://api.aliyun.com/api/%s/%s/%s)\n\n", r.Product, r.Version, r.Operation)
	}
	switch {
	case variant == "syntax":
		p.mdHeading(level+1, p.w.syntax)
		switch seq % 4 {
		case 0:
			p.f("```http\n%s %s HTTP/1.1\n```\n\n", r.Method, r.Path)
		case 1:
			p.f("`%s %s`\n\n", r.Method, r.Path)
		case 2:
			p.f("%s %s HTTP/1.1\n\n", r.Method, r.Path)
		default:
			p.f("~~~\n%s %s HTTP/1.1\nHost: %s.aliyuncs.com\n~~~\n\n", r.Method, r.Path, strings.ToLower(r.Product))
		}
	case p.roa:
		p.mdHeading(level+1, p.w.syntax)
		p.f("```\n%s %s HTTP/1.1\n```\n\n", r.Method, r.Path)
	}
	if p.roa && (variant == "sections" || variant == "list" || langConventions[variant] && seq%2 == 1) {
		p.mdHeading(level+1, p.w.reqParams)
		for _, part := range locationParts(r.Request) {
			p.mdHeading(level+2, p.w.sections[part.in])
			p.mdParams(part.nodes, true, false)
		}
	} else if others, body, ok := p.bodyParts(r.Request); ok { // the bodylabel shape
		p.mdHeading(level+1, p.w.reqParams)
		if len(others) > 0 {
			p.mdParams(others, true, true)
		}
		p.f("%s", p.bodyLabel(true))
		p.mdParams(body, true, false)
	} else {
		p.mdHeading(level+1, p.w.reqParams)
		if len(r.Request) == 0 {
			p.f("%s\n\n", p.w.noParamsText())
		} else {
			p.mdParams(r.Request, true, p.roa)
		}
	}
	p.mdHeading(level+1, p.w.respParams)
	if head, body, ok := p.respHeads(true); ok { // the respheads shape
		p.f("%s", head)
		p.mdParams([]accNode{respHeader}, false, false)
		p.f("%s", body)
	}
	p.mdParams(p.cutStructs(r.Response), false, false)
	p.eachStruct(func(h string, place int) {
		if place < 2 {
			p.mdHeading(level+1+place, h)
			return
		}
		p.f("%s\n\n", h)
	}, func(nodes []accNode) { p.mdParams(nodes, false, false) })
	p.mdHeading(level+1, p.w.examples)
	if p.shape == "sampletabs" {
		p.mdSampleTabs(r)
	} else {
		p.mdSamples(r, seq)
	}
	p.mdHeading(level+1, p.w.errors)
	p.f("|%s|\n|---|---|---|---|\n", strings.Join(p.w.errorColumns(), "|"))
	p.f("|400|InvalidParameter|The specified parameter is invalid.|The value of a parameter is not valid: it must be &lt; 10 \\| &quot;none&quot;.|\n\n")
	return []byte(p.b.String())
}

// mdSamples writes the samples of record r (the seq-th): an XML one every third record,
// then the JSON one, captioned and fenced as the record's spelling has it.
func (p *truthPage) mdSamples(r *htmlTruthRecord, seq int) {
	if seq%3 == 2 {
		p.f("%s\n\n```xml\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<%sResponse>\n", strings.Replace(p.w.formatLabel(), "JSON", "XML", 1), r.Operation)
		p.xmlElements(r.Response, "  ")
		p.f("</%sResponse>\n```\n\n", r.Operation)
	}
	fence := "```"
	if seq%2 == 1 {
		fence = "~~~"
	}
	p.f("%s\n\n", p.w.sampleCaption())
	switch seq % 4 {
	case 0:
		p.f("%s\n\n%sjson\n", strings.Replace(p.w.formatLabel(), "JSON", "`JSON`", 1), fence)
	case 1:
		p.f("%sJSON\n", fence)
	case 2:
		p.f("%s\n\n%s\n", p.w.formatLabel(), fence)
	default:
		p.f("%s json\n", fence)
	}
	var j strings.Builder
	p.jsonObject(&j, r.Response, "")
	p.f("%s\n%s\n\n", j.String(), fence)
}

// mdHeading writes an ATX heading, or a setext one (=== for the title, --- below it) in
// the setext convention, where deeper headings stay ATX.
func (p *truthPage) mdHeading(level int, text string) {
	if level > 1 && p.reqResp(text, true, level) {
		return
	}
	if level > 1 && p.shape == "details" {
		p.mdDetails(text)
		return
	}
	switch {
	case p.shape == "labels" && level > 1 && !(p.variant == "down" && level == 2): // the title stays
		p.mdLabel(level, text)
	case p.shape == "boldlabels" && level > 1:
		p.f("**%s**\n\n", text)
	case p.variant == "setext" && level == 1:
		p.f("%s\n%s\n\n", text, strings.Repeat("=", len(text)))
	case p.variant == "setext" && level == 2:
		p.f("%s\n%s\n\n", text, strings.Repeat("-", len(text)))
	default:
		p.f("%s %s\n\n", strings.Repeat("#", level), text)
	}
}

// mdParams writes a request (req) or response parameter list in the page's convention;
// position adds a Position column.
func (p *truthPage) mdParams(nodes []accNode, req, position bool) {
	if p.shape == "cjklist" {
		p.textList(nodes, req, 0)
		p.f("\n")
		return
	}
	switch p.variant {
	case "list":
		p.mdList(nodes, req, 0)
		p.f("\n")
		return
	case "deflist":
		p.mdDefList(nodes, req, "")
		return
	case "cards-heading", "cards-name", "cards-nested", "cards-keyed", "cards-sep", "cards-table": // TestCardTruth
		p.mdCards(nodes, req, position, 3) // a level below the sections
		return
	case "html":
		// the HTML page's table, └ nesting; an HTML block ends at a blank line
		p.variant = "glyph"
		p.params(nodes, req, position)
		p.variant = "html"
		p.f("\n")
		return
	}
	if p.shape == "pairdesc" {
		p.mdPairTable(nodes, req, position)
		return
	}
	if p.variant == "gfm" && p.seq%3 == 0 {
		p.f("<!-- markdownlint-disable MD033 -->\n<!--\n  generated table, | do not edit |\n-->\n\n")
	}
	grouped := p.shape == "group" || p.shape == "gridgroup"
	byLocation := grouped && req && position // grouped by location instead
	if byLocation {
		position = false
	}
	marks := p.variant == "mark" && p.seq%5 == 4 // required names marked, no Required column
	cols := p.numbered(p.columns(req, position, !marks))
	p.pipeRow(cols)
	seps := make([]string, len(cols))
	for i := range seps {
		switch p.seq % 4 {
		case 0:
			seps[i] = "---"
		case 1:
			seps[i] = [...]string{":---", ":---:", "---:"}[i%3]
		case 2:
			seps[i] = " --- "
		default:
			seps[i] = ":-"
		}
	}
	if !gridShapes[p.shape] && p.shape != "nosep" {
		p.pipeRow(seps)
	}
	if grouped {
		p.mdGroups(nodes, req, byLocation, len(cols))
		p.drawGrid()
		p.f("\n")
		return
	}
	p.mdRows(nodes, req, position, marks)
	p.drawGrid()
	p.f("\n")
	if p.shape == "multiline" && p.seq%4 < 2 { // a paragraph after the table stays one
		p.f("The names are case-sensitive.\n\n")
	}
}

// mdRows writes the rows of nodes in a Markdown table; marks marks a required name
// instead of a Required cell.
func (p *truthPage) mdRows(nodes []accNode, req, position, marks bool) {
	rows := p.tableRows(nodes, req)
	if p.shape == "nestedhtml" { // the top level's rows; their children in their descriptions
		rows = rows[:0]
		for _, n := range nodes {
			rows = append(rows, truthRow{n: n, name: n.Name, in: n.In})
		}
	}
	for _, row := range rows {
		n := row.n
		name := p.wrapCell("name", p.mdDepth(row.depth)+p.mdName(row.name))
		if nestShapes[p.shape] != nil {
			name = mdLead(row.lead) + p.mdName(row.name)
		}
		if marks && req && n.Required {
			name += [...]string{" *", " (required)"}[p.seq%2]
		}
		cells := []string{name, p.wrapCell("type", p.typeReq(p.mdType(n), req, n.Required))}
		if position {
			cells = append(cells, p.w.locations[row.in])
		}
		if req && !marks && !p.notesRequired() {
			cells = append(cells, p.mdRequired(n.Required))
		} else if p.shape == "respreq" {
			cells = append(cells, "-")
		}
		cells = append(cells, p.extraCells(req, n)...)
		desc, example := p.reqDesc(req, n.Required, "md")+p.mdDescription(n)+p.inlineTable(n.Children, req), p.mdExample(n)
		if p.shape == "multiline" { // the description last, its text over several lines
			cells = append(cells, example, describe(n))
			p.multilineRow(p.numberedRow(cells))
			continue
		}
		if p.exampleFirst() {
			cells = append(cells, example, desc)
		} else {
			cells = append(cells, desc, example)
		}
		p.pipeRow(p.numberedRow(cells))
	}
}

// multilineRow writes a row of the multiline shape: no outer pipes, the last cell's text
// broken after its first word and going on in the lines below, which have no separator (by
// record a third line, a blank line between rows, a paragraph after the table).
func (p *truthPage) multilineRow(cells []string) {
	last := cells[len(cells)-1]
	first, rest, _ := strings.Cut(last, " ")
	p.f("%s\n%s\n", strings.Join(append(cells[:len(cells)-1:len(cells)-1], first), " | "), rest)
	if p.seq%3 == 0 {
		p.f("See [the guide](https://help.aliyun.com/document_detail/1.html) for details.\n")
	}
	if p.seq%2 == 1 {
		p.f("\n")
	}
}

// pipeRow writes a table row, with outer pipes except in the bare convention and the
// multiline shape.
func (p *truthPage) pipeRow(cells []string) {
	if p.gridRow(cells) {
		return
	}
	if p.variant == "bare" || p.shape == "multiline" {
		p.f("%s\n", strings.Join(cells, " | "))
		return
	}
	if p.seq%2 == 0 {
		p.f("| %s |\n", strings.Join(cells, " | "))
		return
	}
	p.f("|%s|\n", strings.Join(cells, "|"))
}

// mdDepth is what a name cell shows before the name of a row at depth.
func (p *truthPage) mdDepth(depth int) string {
	if depth == 0 {
		return ""
	}
	switch p.variant {
	case "dotted", "flat":
		return ""
	case "glyph1":
		return "└"
	case "tree":
		return strings.Repeat("│ ", depth-1) + "├─ "
	case "nbsp":
		if p.seq%2 == 1 {
			return strings.Repeat("\u3000", 2*depth) // full-width spaces
		}
		return strings.Repeat("&nbsp;", 4*depth)
	}
	return strings.Repeat("└", depth) + " "
}

// mdName is a name as a cell or list item shows it: plain, bold or in a code span, by
// record; '_' escaped in plain names of every third record.
func (p *truthPage) mdName(name string) string {
	if p.variant == "inline" {
		return [...]string{"<code>", "<b>", `<strong class="param">`}[p.seq%3] + esc(name) + [...]string{"</code>", "</b>", "</strong>"}[p.seq%3]
	}
	switch p.seq % 3 {
	case 0:
		return "`" + name + "`"
	case 1:
		return "**" + strings.ReplaceAll(name, "_", `\_`) + "**"
	}
	if p.seq%2 == 0 {
		return strings.ReplaceAll(name, "_", `\_`)
	}
	return name
}

// mdType is n's type word with Markdown's escapes: '<' and '>' as entities, backslash
// escapes or in a code span, '*' escaped, by record.
func (p *truthPage) mdType(n accNode) string {
	t := p.typeOf(n)
	if p.variant == "inline" {
		return "<code>" + esc(t) + "</code>"
	}
	if !strings.ContainsAny(t, "<>*") {
		return t
	}
	switch p.seq % 3 {
	case 0:
		return strings.NewReplacer("<", "&lt;", ">", "&gt;", "*", `\*`).Replace(t)
	case 1:
		return strings.NewReplacer("<", `\<`, ">", `\>`, "*", `\*`).Replace(t)
	}
	return "`" + t + "`"
}

// mdRequired is a Required cell: Yes/No (是/否) but in the mark convention, where it is a
// check mark or nothing, an asterisk or nothing, "Yes." or "No.", or Indonesian Ya/Tidak.
func (p *truthPage) mdRequired(b bool) string {
	if p.shape == "reqicons" || p.shape == "cellwrap" {
		return p.wrapCell("required", p.requiredIcon(b))
	}
	if p.shape == "iconreq" {
		return p.iconRequired(b, true)
	}
	if p.variant != "mark" {
		return p.yesNo(b)
	}
	words := [...][2]string{{"✓", ""}, {"*", ""}, {"Yes.", "No."}, {"Ya", "Tidak"}}[p.seq%4]
	if b {
		return words[0]
	}
	return words[1]
}

// mdDescription is a description cell with what Markdown cells hold: escaped pipes,
// entities and line breaks, by record.
func (p *truthPage) mdDescription(n accNode) string {
	d := describe(n)
	if p.shape == "cellwrap" {
		return p.descriptionHTML(n)
	}
	if p.variant == "inline" {
		return "<p>" + d + "</p><p>Valid values:</p><ul><li><code>on</code>: enabled.</li><li><code>off</code>: disabled.</li></ul>"
	}
	switch p.seq % 6 {
	case 0:
		return d + " Valid values: `on\\|off` \\| none."
	case 1:
		return d + "<br>Default value: 1 &amp; up."
	case 2:
		return d + "<br/>Range: 1 &lt;= value &lt; 100&nbsp;ms."
	case 3:
		return d + " Separate values with &#124; or &quot;,&quot;."
	case 4:
		return d + "<br />For example: a &gt; b."
	}
	return d
}

// mdExample is an example cell, its quotes as entities in every other record.
func (p *truthPage) mdExample(n accNode) string {
	e := exampleCell(n)
	if p.shape == "cellwrap" {
		return p.wrapCell("example", esc(e))
	}
	if e != "" && p.variant == "inline" {
		return "<code>" + esc(e) + "</code>"
	}
	if e != "" && p.seq%2 == 0 && strings.HasPrefix(e, "[") {
		return strings.ReplaceAll(e, `"`, "&quot;")
	}
	return p.blankExample(e)
}

// mdList writes parameters as nested bullet or numbered lists: "- **Name** (Type,
// required): text", "* `Name` — *Type* — required — text" or "1. `Name`: Type, required.
// text", children indented below their item.
func (p *truthPage) mdList(nodes []accNode, req bool, depth int) {
	bullet, indent := "-", "  "
	switch p.seq / 3 % 3 {
	case 1:
		bullet, indent = "*", "    "
	case 2:
		bullet, indent = "1.", "   " // numbered, every item 1. as Markdown allows
	}
	pad := strings.Repeat(indent, depth)
	md := map[string]string{"name0": "**", "name1": "`", "type1": "*", "name2": "`"}
	for _, n := range nodes {
		p.f("%s%s %s\n", pad, bullet, p.entryHead(n, req, n.Name, p.mdType(n), describe(n), func(kind, s string) string {
			return md[kind] + s + md[kind]
		}))
		if len(n.Children) > 0 {
			p.mdList(n.Children, req, depth+1)
		}
	}
}

// xmlElements writes the XML example of nodes, a list's items as repeated elements.
func (p *truthPage) xmlElements(nodes []accNode, indent string) {
	for _, n := range nodes {
		t := n.DocType
		switch {
		case strings.HasPrefix(t, "array") || strings.HasPrefix(t, "[]"):
			if len(n.Children) > 0 {
				for range 2 {
					p.f("%s<%s>\n", indent, n.Name)
					p.xmlElements(n.Children, indent+"  ")
					p.f("%s</%s>\n", indent, n.Name)
				}
			} else if strings.HasPrefix(t, "[]map") { // free-form objects (jsonValue)
				p.f("%s<%s></%s>\n", indent, n.Name, n.Name)
			} else {
				p.f("%s<%s>%s</%s>\n", indent, n.Name, strings.Trim(exampleValue(inner(t)), `"`), n.Name)
			}
		case len(n.Children) > 0:
			p.f("%s<%s>\n", indent, n.Name)
			p.xmlElements(n.Children, indent+"  ")
			p.f("%s</%s>\n", indent, n.Name)
		case t == "object" || strings.HasPrefix(t, "map"):
			p.f("%s<%s></%s>\n", indent, n.Name, n.Name)
		default:
			p.f("%s<%s>%s</%s>\n", indent, n.Name, strings.Trim(exampleValue(t), `"`), n.Name)
		}
	}
}
