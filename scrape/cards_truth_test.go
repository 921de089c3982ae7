package scrape

import (
	"os"
	"strings"
	"testing"
)

// TestCardTruth renders every truth record (truthRecords) with its parameters written as
// cards instead of table rows, a name line and key-value lines ("Type: String", "Required:
// Yes"), and scores each convention with TestAccuracy's rules (scoreTruthPages). No page
// here is written so; pages nobody here has seen (other converters, other sites, text
// dumps of card layouts) are. The conventions:
//
//   - heading (Markdown): a sub-heading a level below the section names each card, nesting
//     by heading level (deeper than ###### a bold name, a child of the ###### card); keys on
//     plain lines, one paragraph;
//   - name (Markdown): a name line (plain, bold or in a code span), its keys as bullets
//     ("- Type: String"), nesting by dotted names (Tag.N.Key, Items[].Name);
//   - nested (Markdown): items named in code spans, their keys as sub-items and their
//     children's items beside them;
//   - keyed (Markdown): a "Name: X" line opens each card, nesting by dotted names; lines
//     end in a hard line break (two spaces or a backslash) in two records of three;
//   - html: <div> cards, children's cards nested in their parent's <div>, the name in an
//     <h3>-<h6> (nesting by level) or a <p><strong>, keys in <p>, <li> or a <dl>
//     (<dt>Type</dt><dd>String</dd>); or the name and keys in one <p>, lines broken by <br>;
//   - text: a text dump of cards, name and key lines, nesting by dotted names; every third
//     record has the type on the name line ("UserId (String)"), as a parameter item's head;
//   - split (text): a text dump of a definition list or a two-cell layout, each key on a
//     line of its own and its value on the next ("Type", then "String"), a blank line
//     between cards in every other record, after every line in every fifth; an empty
//     value's key is left out, or (every third record) its value is a blank line;
//   - sep (Markdown): key and value separated otherwise, by card: "Type = String", "Type -
//     String", "Type：String", "**Type**: String", "Type | String";
//   - table (Markdown) and tablehtml: a two-column key-value table per card, with no
//     parameter column (its header the first key, blank, or "Property | Value"), under the
//     card's name: a heading (nesting by level) in every other record, else a bold line
//     (dotted names);
//   - ul (HTML): cards in nested <ul>s, each <li> a card, its children's cards in a <ul>
//     inside it: keys in a <ul> of their own, in <p>s, or in lines broken by <br>.
//
// The keys are English, Chinese or Indonesian words of the lexicon, in any case, by record,
// the required key a Required or (two records in five) an Optional key ("Optional: No");
// some cards have a key the lexicon does not know ("Constraints: none."), which belongs to
// the description. Each convention renders every cardTruthStride-th record.
//
// To look at the pages: CARD_TRUTH_DIR=/tmp/pages go test ./scrape -run TestCardTruth -v;
// ACCURACY_MISSES=file lists the names missed, as for TestAccuracy. Raise a floor as
// TestAccuracy's comment says; never lower one to make a change pass.
var cardTruthConventions = []truthConvention{
	{"heading", 99, 99, 99, 99},    // 100.0
	{"name", 99, 99, 99, 99},       // 100.0
	{"nested", 99, 99, 99, 99},     // 100.0
	{"keyed", 99, 99, 99, 99},      // 100.0
	{"html", 99, 99, 99, 99},       // 100.0
	{"text", 100, 99, 99, 99},      // 100.0
	{"sep", 99, 99, 99, 99},        // 99.9 (71.9 before)
	{"table", 100, 99, 99, 99},     // 100.0 (about 59 before)
	{"tablehtml", 100, 99, 99, 99}, // 100.0 (about 58 before)
	{"ul", 100, 99, 99, 99},        // 100.0 (about 72 before)
	{"split", 99, 99, 99, 99},      // 99.9 (48.7 before)
}

// cardTruthStride: each convention renders every fourth record, as TestMarkdownTruth does.
const cardTruthStride = 4

func TestCardTruth(t *testing.T) {
	records := truthRecords(t)
	dir := os.Getenv("CARD_TRUTH_DIR")
	defer openMissLog(t)()
	for k, v := range cardTruthConventions {
		sample := everyNth(records, k, cardTruthStride)
		ext := map[string]string{"html": ".html", "tablehtml": ".html", "ul": ".html", "text": ".txt", "split": ".txt"}[v.name]
		if ext == "" {
			ext = ".md"
		}
		c := scoreTruthPages(t, sample, dir, "cards-"+v.name+ext, func(seq int, r *htmlTruthRecord) []byte {
			switch v.name {
			case "html", "tablehtml", "ul":
				return renderTruthPage("cards-"+v.name, seq, r)
			case "text", "split":
				return renderCardTextPage(seq, r, v.name == "split")
			}
			return renderMDTruthPage("cards-"+v.name, seq, r)
		})
		v.check(t, c)
	}
}

// cardKeys are the keys of a parameter card in one language of the lexicon: name, type,
// required, position, example and description, the colon, and the Yes/No words.
type cardKeys struct {
	name, typ, required, position, example, description, colon, yes, no string
}

var cardLangs = []cardKeys{
	{"Name", "Type", "Required", "Position", "Example", "Description", ": ", "Yes", "No"},
	{"名称", "类型", "是否必选", "位置", "示例值", "描述", "：", "是", "否"},
	{"nama", "TIPE", "wajib", "posisi", "contoh", "deskripsi", ": ", "Ya", "Tidak"},
	// an Optional key, whose answer means the inverse: a required parameter is "Optional: No"
	{"Name", "Type", "Optional", "Position", "Example", "Description", ": ", "No", "Yes"},
	{"名称", "类型", "是否可选", "位置", "示例值", "描述", "：", "否", "是"},
}

// card is one parameter as a card: its row (name and depth) and its key-value lines.
type card struct {
	row   truthRow
	lines [][2]string
}

// cards lists the cards of nodes in the page's convention: dotted names unless the
// convention nests by headings or items; typ spells a node's type.
func (p *truthPage) cards(nodes []accNode, req, position bool, typ func(accNode) string) ([]card, cardKeys) {
	keys := cardLangs[p.seq/cardTruthStride%len(cardLangs)]
	variant := p.variant
	if !p.cardsNest() {
		p.variant = "dotted" // flatten names the rows by their dotted paths
	}
	var rows []truthRow
	p.flatten(nodes, req, nil, 0, &rows)
	p.variant = variant
	var out []card
	for k, row := range rows {
		n := row.n
		c := card{row: row, lines: [][2]string{{keys.typ, typ(n)}}}
		if req {
			yes := keys.no
			if n.Required {
				yes = keys.yes
			}
			c.lines = append(c.lines, [2]string{keys.required, yes})
		}
		if position {
			c.lines = append(c.lines, [2]string{keys.position, p.w.locations[row.in]})
		}
		if e := exampleCell(n); e != "" {
			c.lines = append(c.lines, [2]string{keys.example, e})
		}
		c.lines = append(c.lines, [2]string{keys.description, describe(n)})
		if k%5 == 2 {
			c.lines = append(c.lines, [2]string{"Constraints", "none."})
		}
		out = append(out, c)
	}
	return out, keys
}

// cardsNest reports whether the page's cards show nesting by their structure (headings,
// containers, items), not by dotted names.
func (p *truthPage) cardsNest() bool {
	switch p.variant {
	case "cards-heading", "cards-nested", "cards-html", "cards-ul":
		return true
	case "cards-table", "cards-tablehtml":
		return p.seq%2 == 0
	}
	return false
}

// mdCards writes parameters as Markdown cards in the page's convention (TestCardTruth),
// the names' headings at level and below.
func (p *truthPage) mdCards(nodes []accNode, req, position bool, level int) {
	cards, keys := p.cards(nodes, req, position, p.mdType)
	for i, c := range cards {
		switch p.variant {
		case "cards-heading":
			if h := level + c.row.depth; h <= 6 {
				p.f("%s %s\n\n", strings.Repeat("#", h), p.mdName(c.row.name))
			} else {
				p.f("**%s**\n", strings.ReplaceAll(c.row.name, "_", `\_`))
			}
			for _, l := range c.lines {
				p.f("%s%s%s\n", l[0], keys.colon, l[1])
			}
		case "cards-name":
			p.f("%s\n\n", p.mdName(c.row.name))
			for _, l := range c.lines {
				p.f("- %s%s%s\n", l[0], keys.colon, l[1])
			}
		case "cards-sep":
			p.f("%s\n", p.mdName(c.row.name))
			for k, l := range c.lines {
				switch (p.seq + i + k) % 5 {
				case 0:
					p.f("%s = %s\n", l[0], l[1])
				case 1:
					p.f("%s - %s\n", l[0], l[1])
				case 2:
					p.f("%s：%s\n", l[0], l[1])
				case 3:
					p.f("**%s**: %s\n", l[0], l[1])
				default:
					p.f("%s | %s\n", l[0], l[1])
				}
			}
		case "cards-table":
			if h := level + c.row.depth; p.cardsNest() && h <= 6 {
				p.f("%s %s\n\n", strings.Repeat("#", h), c.row.name)
			} else {
				p.f("**%s**\n\n", strings.ReplaceAll(c.row.name, "_", `\_`))
			}
			lines := c.lines
			switch p.seq % 3 {
			case 0: // the first key as the header
				p.pipeRow(lines[0][:])
				lines = lines[1:]
			case 1:
				p.pipeRow([]string{"", ""})
			default:
				p.pipeRow([]string{"Property", "Value"})
			}
			p.pipeRow([]string{"---", "---"})
			for _, l := range lines {
				p.pipeRow(l[:])
			}
		case "cards-nested":
			pad := strings.Repeat("  ", c.row.depth)
			p.f("%s- `%s`\n", pad, c.row.name)
			for _, l := range c.lines {
				p.f("%s  - %s%s%s\n", pad, l[0], keys.colon, l[1])
			}
			continue // one list: no blank line between cards
		default:
			brk := [...]string{"", "  ", `\`}[p.seq%3] // a hard line break, or none
			p.f("%s%s%s%s\n", keys.name, keys.colon, c.row.name, brk)
			for _, l := range c.lines {
				p.f("%s%s%s%s\n", l[0], keys.colon, l[1], brk)
			}
		}
		p.f("\n")
	}
	p.f("\n")
}

// htmlCards writes parameters as <div> cards, its children's cards nested in its <div>:
// the name in a heading below the section's <h2> or in a bold paragraph, keys in <p>,
// <li> or a <dl>; or (every third record) name and keys in one <p>, lines broken by <br>.
func (p *truthPage) htmlCards(nodes []accNode, req, position bool) {
	cards, keys := p.cards(nodes, req, position, p.typeOf)
	open := 0 // open <div>s
	for _, c := range cards {
		for ; open > c.row.depth; open-- {
			p.f("</div>\n")
		}
		p.f("<div class=\"param-card\">\n")
		open++
		if p.seq%3 == 2 { // the name and the keys in one paragraph, lines broken by <br>
			p.f("<p><strong>%s</strong>", esc(c.row.name))
			for _, l := range c.lines {
				p.f("<br>\n%s%s%s", esc(l[0]), keys.colon, esc(l[1]))
			}
			p.f("</p>\n")
			continue
		}
		if h := 3 + c.row.depth; p.seq%2 == 0 && h <= 6 {
			p.f("<h%d>%s</h%d>\n", h, esc(c.row.name), h)
		} else {
			p.f("<p><strong>%s</strong></p>\n", esc(c.row.name))
		}
		switch {
		case p.seq%5 == 4: // a definition list of keys
			p.f("<dl>\n")
			for _, l := range c.lines {
				p.f("<dt>%s</dt>\n<dd>%s</dd>\n", esc(l[0]), esc(l[1]))
			}
			p.f("</dl>\n")
		case p.seq%3 == 1:
			p.f("<ul>\n")
			for _, l := range c.lines {
				p.f("<li>%s%s%s</li>\n", esc(l[0]), keys.colon, esc(l[1]))
			}
			p.f("</ul>\n")
		default:
			for _, l := range c.lines {
				p.f("<p><b>%s</b>%s%s</p>\n", esc(l[0]), keys.colon, esc(l[1]))
			}
		}
	}
	for ; open > 0; open-- {
		p.f("</div>\n")
	}
}

// htmlTableCards writes parameters as cards of a two-column key-value table each, under
// a heading (nesting by level, a bold paragraph past <h6>) or a bold paragraph.
func (p *truthPage) htmlTableCards(nodes []accNode, req, position bool) {
	cards, _ := p.cards(nodes, req, position, p.typeOf)
	for _, c := range cards {
		if h := 3 + c.row.depth; p.cardsNest() && h <= 6 {
			p.f("<h%d>%s</h%d>\n", h, esc(c.row.name), h)
		} else {
			p.f("<p><strong>%s</strong></p>\n", esc(c.row.name))
		}
		p.f("<table>\n")
		lines := c.lines
		switch p.seq % 3 {
		case 0: // the keys in <th>s, no header row
		case 1:
			p.f("<tr><th>Property</th><th>Value</th></tr>\n")
		default:
			p.f("<thead><tr><th>%s</th><th>%s</th></tr></thead>\n", esc(lines[0][0]), esc(lines[0][1]))
			lines = lines[1:]
		}
		for _, l := range lines {
			if p.seq%3 == 0 {
				p.f("<tr><th>%s</th><td>%s</td></tr>\n", esc(l[0]), esc(l[1]))
			} else {
				p.f("<tr><td>%s</td><td>%s</td></tr>\n", esc(l[0]), esc(l[1]))
			}
		}
		p.f("</table>\n")
	}
}

// htmlListCards writes parameters as items of nested <ul>s: each <li> a card, the name
// first, its keys in a <ul> of their own, in <p>s or in lines broken by <br>, its
// children's cards in a <ul> inside it.
func (p *truthPage) htmlListCards(nodes []accNode, req, position bool) {
	cards, keys := p.cards(nodes, req, position, p.typeOf)
	open := 0 // open <ul>s
	for _, c := range cards {
		for ; open > c.row.depth+1; open-- {
			p.f("</li>\n</ul>\n")
		}
		if open == c.row.depth+1 {
			p.f("</li>\n")
		}
		for ; open < c.row.depth+1; open++ {
			p.f("<ul>\n")
		}
		name := [...]string{"<code>%s</code>", "<strong>%s</strong>", "%s"}[p.seq%3]
		switch p.seq % 4 {
		case 0, 3:
			p.f("<li>"+name+"\n<ul>\n", esc(c.row.name))
			for _, l := range c.lines {
				p.f("<li>%s%s%s</li>\n", esc(l[0]), keys.colon, esc(l[1]))
			}
			p.f("</ul>\n")
		case 1:
			p.f("<li><p>"+name+"</p>\n", esc(c.row.name))
			for _, l := range c.lines {
				p.f("<p>%s%s%s</p>\n", esc(l[0]), keys.colon, esc(l[1]))
			}
		default:
			p.f("<li>"+name, esc(c.row.name))
			for _, l := range c.lines {
				p.f("<br>\n%s%s%s", esc(l[0]), keys.colon, esc(l[1]))
			}
			p.f("\n")
		}
	}
	for ; open > 0; open-- {
		p.f("</li>\n</ul>\n")
	}
}

// renderCardTextPage renders record r (the seq-th) as a text dump of a page whose
// parameters are cards: name and key lines (or a "Name (Type)" line, then the other
// keys), a blank line between cards.
func renderCardTextPage(seq int, r *htmlTruthRecord, split bool) []byte {
	p := &truthPage{w: enWords, variant: "cards-text", text: true, spell: seq % 4, seq: seq, roa: r.Style == "ROA"}
	if seq%3 == 1 {
		p.w = zhWords
	}
	p.f("URL: https://www.alibabacloud.com/help/%s/%s/latest/%s\n\n%s\n\n", p.w.lang, strings.ToLower(r.Product), strings.ToLower(r.Operation), r.Operation)
	p.f("Calls the %s operation of %s (API version %s).\n\n", r.Operation, r.Product, r.Version)
	if p.roa {
		p.f("%s\n\n%s %s HTTP/1.1\n\n", p.w.syntax, r.Method, r.Path)
	}
	for _, part := range []struct {
		heading string
		nodes   []accNode
		req     bool
	}{{p.w.reqParams, r.Request, true}, {p.w.respParams, r.Response, false}} {
		p.f("%s\n\n", part.heading)
		cards, keys := p.cards(part.nodes, part.req, part.req && p.roa, p.typeOf)
		spaced := "" // a blank line after every line of the cards, in every fifth split record
		if split && seq%5 == 4 {
			spaced = "\n"
		}
		for _, c := range cards {
			lines := c.lines
			if seq%3 == 2 && !split { // the type on the name line, as a parameter item's head
				p.f("%s (%s)\n", c.row.name, lines[0][1])
				lines = lines[1:]
			} else {
				p.f("%s\n%s", c.row.name, spaced)
			}
			for _, l := range lines {
				if split && l[1] == "" && seq%3 != 0 {
					continue // an empty value: the dump drops the key's row, or leaves a blank line
				}
				if split {
					p.f("%s\n%s%s\n%s", l[0], spaced, l[1], spaced)
				} else {
					p.f("%s%s%s\n", l[0], keys.colon, l[1])
				}
			}
			if !split || seq%2 == 0 {
				p.f("\n")
			}
		}
	}
	p.f("%s\n\n", p.w.examples)
	var j strings.Builder
	p.jsonObject(&j, r.Response, "")
	p.f("Sample success responses\n\nJSON format\n\n%s\n\n", j.String())
	return []byte(p.b.String())
}
