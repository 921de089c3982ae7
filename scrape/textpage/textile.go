package textpage

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// Textile (Redmine's wiki, pandoc -t textile) opens a block with a signature before its
// text: the block's tag, its attributes and a dot, "bc. GET /path HTTP/1.1",
// "bc(json). {", "p(note). Text", "pre.. " (two dots: an extended block, which runs on
// over blank lines up to the next signature). The signature says how the block is laid
// out, never what it says: left in, the request line "bc. POST /x HTTP/1.1" was no request
// line (the operation read as RPC, its path parameters as query ones) and the JSON
// example's "bc(json). {" hid its opening brace (a sketch read for its tree).

// textileAttrs are a textile signature's attributes, any number of them between the tag
// and its dot: a class or id "(json)", "(#id)", a style "{color:red}", a language "[en]",
// an alignment or padding ("<", ">", "=", "<>", "(" and ")" alone are padding).
const textileAttrs = `(?:\([^)]*\)|\{[^}]*\}|\[[^\]]*\]|[<>=~]+)*`

// textileBlockRE is a line opening a textile block of text: a code block (bc), a
// preformatted one (pre), a paragraph (p), a quote (bq) or one left unformatted
// (notextile), its signature's dot or two and the blank after it; the text after is the
// block's first line (none where the signature stands alone).
var textileBlockRE = regexp.MustCompile(`^(?:bc|pre|p|bq|notextile)` + textileAttrs + `\.\.?(?:\s+(.*))?$`)

// textileBlock is line t's text without the textile block signature opening it, and true;
// t and false where it opens with none.
func textileBlock(t string) (string, bool) {
	if !strings.HasPrefix(t, "bc") && !strings.HasPrefix(t, "p") && !strings.HasPrefix(t, "bq") && !strings.HasPrefix(t, "notextile") {
		return t, false
	}
	m := textileBlockRE.FindStringSubmatch(t)
	if m == nil {
		return t, false
	}
	return m[1], true
}

// A textile table is its rows' lines, "|a|b|", each cell's text opened by its own
// modifiers where it has any, before a dot and a blank: "_. " a header cell, "\2. " a
// cell spanning two columns, "/2. " two rows, "<. ", ">. ", "=. ", "^. ", "~. " its
// alignment, "(class). " or "{style}. " its attributes ("|_\2. Name|"). A row may open with
// attributes of its own before its first "|" ("(odd). |a|b|"), and the table with a line
// of its own, "table(list).". Only the cells' text is the page's: the modifiers left in, a
// header cell "_. Parameter" was no column word, and a spanning cell took one column of
// the two or more it fills, the cells after it read in the wrong columns.

var (
	// textileTableRE is a textile table's signature, alone on the line over the table.
	textileTableRE = regexp.MustCompile(`^table` + textileAttrs + `\.$`)
	// textileRowRE is a textile table's row: its own attributes, if any, then its cells.
	textileRowRE = regexp.MustCompile(`^(?:(?:\([^)]*\)|\{[^}]*\}|\[[^\]]*\]|[<>=~^-]+)+\.\s*)?(\|.*\|)$`)
	// textileCellRE is a cell's modifiers before the dot that ends them and the blank
	// after it: a header's "_", a span ("\2" columns, "/2" rows), alignments and attributes.
	textileCellRE = regexp.MustCompile(`^(_?)((?:\\\d+|/\d+|\([^)]*\)|\{[^}]*\}|\[[^\]]*\]|[<>=~^-]+)*)\.(?:\s|$)`)
	// textileHeaderRE is a row holding a header cell: "_" opening its modifiers.
	textileHeaderRE = regexp.MustCompile(`\|_(?:\\\d+|/\d+|\([^)]*\)|\{[^}]*\}|\[[^\]]*\]|[<>=~^-]+)*\.(?:\s|\|)`)
	// textileSpanRE is one span among a cell's modifiers.
	textileSpanRE = regexp.MustCompile(`([\\/])(\d+)`)
)

// maxTextileSpan bounds the columns or rows a cell spans: a span is a table's own
// width or height, and a larger count is no table's.
const maxTextileSpan = 64

// textileTable rewrites the textile table whose lines start at line i (its signature's
// line, or its first row) as the pipe table it draws, through set, and returns the line
// after it; i where no textile table starts there. A table is textile where its signature
// stands over it, one of its rows has a header cell ("|_. Name|") or its first row has
// every cell in strong ("|*Name*|*Type*|"): a pipe table of another markup keeps its
// cells as they are ("(Optional). Text" is text there).
func (d *doc) textileTable(i int, set func(int, string)) int {
	start := i
	if strings.HasPrefix(d.t(i), "table") {
		if !textileTableRE.MatchString(d.t(i)) {
			return i
		}
		start = i + 1
	}
	end, header := start, false
	for ; end < len(d.lines); end++ {
		t := d.t(end)
		if len(t) < 2 || !strings.HasSuffix(t, "|") || t[0] != '|' && !(strings.ContainsAny(t[:1], "({[<>=~^-") && textileRowRE.MatchString(t)) {
			break
		}
		header = header || strings.Contains(t, "|_") && textileHeaderRE.MatchString(t) || end == start && strongRow(t)
	}
	if end == start || start == i && !header {
		return i
	}
	if start > i {
		set(i, "") // the signature
	}
	carry := map[int]carried{} // by column: a cell of a row above spanning rows below it
	desc, name := -1, -1       // the description's column, which a cell spanning it fills, and the name's
	var last []string          // the cells of the row above
	lastAt := -1               // its line
	for k := start; k < end; k++ {
		raw := d.raw(k)
		ind := raw[:len(raw)-len(strings.TrimLeft(raw, " \t"))]
		row := textileRowRE.FindStringSubmatch(d.t(k))[1]
		cells, above := textileCells(row[1:len(row)-1], carry, desc)
		head := strings.Contains(row, "|_") && textileHeaderRE.MatchString(row)
		if desc < 0 && k == start || head {
			desc = slices.IndexFunc(cells, func(c string) bool { return page.ClassifyColumn(c) == page.ColDescription })
			name = slices.IndexFunc(cells, func(c string) bool { return page.ClassifyColumn(c) == page.ColName })
		}
		if !head && name >= 0 && name < len(above) && above[name] && lastAt >= 0 {
			// the name cell above spans this row: the same parameter, written on two rows
			set(lastAt, ind+"|"+strings.Join(continueCells(last, cells, above), "|")+"|")
			set(k, "")
			continue
		}
		set(k, ind+"|"+strings.Join(cells, "|")+"|")
		last, lastAt = cells, k
	}
	return end
}

// continueCells adds the cells of a row under a name cell that spans it to those of the
// row above (last), the parameter it continues, as the HTML reader reads a rowspan: each
// cell's text to its column's on a line of its own ("<br>"), but for the cells spanning
// from above (above), which count their columns once more.
func continueCells(last, cells []string, above []bool) []string {
	for c, text := range cells {
		if text = strings.TrimSpace(text); text == "" || above[c] {
			continue
		}
		if c >= len(last) {
			last = append(last, make([]string, c+1-len(last))...)
		}
		if strings.TrimSpace(last[c]) == "" {
			last[c] = text
		} else {
			last[c] = strings.TrimSpace(last[c]) + "<br>" + text
		}
	}
	return last
}

// htmlCodeRE is a code block written in HTML where it opens or closes a line, as Redmine's
// textile has one highlighted (`<pre><code class="json">`, "</code></pre>"), and
// textile's <notextile> fence, which leaves the lines between it unformatted: the lines
// between are the page's.
var htmlCodeRE = regexp.MustCompile(`^(?:<pre\b[^>]*>\s*<code\b[^>]*>|<notextile>)|(?:</code>\s*</pre>|</notextile>)$`)

// htmlCode is line t without the HTML code block tags that open or close it, and true;
// t and false where none does.
func htmlCode(t string) (string, bool) {
	if !strings.HasPrefix(t, "<") && !strings.HasSuffix(t, ">") {
		return t, false
	}
	c := htmlCodeRE.ReplaceAllString(t, "")
	return c, c != t
}

// redmineMacroRE is a Redmine wiki macro alone on its line that shows no text of the
// page's own: a table of contents ("{{toc}}", "{{>toc}}" floated right), the list of child
// pages, another page included, a collapsed block's opening ("{{collapse(Details)") and
// its closing "}}". Left in, "{{>toc}}" over the title was read as the title.
var redmineMacroRE = regexp.MustCompile(`^(?:\{\{[<>=]?(?:toc|child_pages|include|collapse)(?:\([^)]*\))?(?:\}\})?|\}\})$`)

// carried is a textile cell spanning rows ("/2. String"): its text, which each row it
// spans below its own has in its column (as the HTML reader reads a rowspan), and the
// count of those rows left. A name's is none: the rows below go on with its row (continueCells).
type carried struct {
	text string
	left int
}

// textileCells are the cells of a textile table's row (its text inside the outer pipes),
// their modifiers dropped: a cell spanning columns fills them, its text in the
// description's column (desc) where it spans it, else in its first; a cell spanning rows
// is carried into theirs (carry, by column, kept from row to row). above says of each
// cell that a cell of a row above spans it.
func textileCells(row string, carry map[int]carried, desc int) (out []string, above []bool) {
	fill := func() { // the columns a cell of a row above spans
		for c := carry[len(out)]; c.left > 0; c = carry[len(out)] {
			carry[len(out)] = carried{c.text, c.left - 1}
			out = append(out, c.text)
			above = append(above, true)
		}
	}
	for _, c := range strings.Split(row, "|") {
		fill()
		cols, rows := 1, 1
		if m := textileCellRE.FindStringSubmatch(c); m != nil && (m[1] != "" || m[2] != "") {
			c = c[len(m[0]):]
			for _, s := range textileSpanRE.FindAllStringSubmatch(m[2], -1) {
				n, _ := strconv.Atoi(s[2])
				n = min(max(n, 1), maxTextileSpan)
				if s[1] == `\` {
					cols = n
				} else {
					rows = n
				}
			}
		}
		c = textilePhrase(c)
		first, at := len(out), len(out)
		if at > 0 && desc >= at && desc < at+cols {
			at = desc // a description spanning the Example's column
		}
		for col := first; col < first+cols; col++ {
			text := ""
			if col == at {
				text = c
			}
			if rows > 1 && col > 0 {
				carry[col] = carried{strings.TrimSpace(text), rows - 1}
			} else if rows > 1 {
				carry[col] = carried{"", rows - 1}
			}
			out = append(out, text)
			above = append(above, false)
		}
	}
	fill() // a spanned last column
	return out, above
}

// strongRow says row t ("|*Parameter*|*Type*|") has every cell in strong, as a textile or
// Jira page heads a table without header cells: the table is in that markup, its cells'
// strong and emphasis marks its markup's.
func strongRow(t string) bool {
	cells := strings.Split(strings.Trim(t, "|"), "|")
	for _, c := range cells {
		if c = strings.TrimSpace(c); len(c) < 3 || c[0] != '*' || c[len(c)-1] != '*' || c[1] == '*' { // Markdown's "**x**" is none
			return false
		}
	}
	return len(cells) > 1
}

// textilePhrase is a textile table cell's text c without the strong or emphasis marks
// around the whole of it ("*RegionId*", "**Yes**", "_String_", "__x__"), which say how it
// looks: left in, "_Name_" was the name, "*Yes*" no Required answer and "_String_" no
// type word. Marks around part of the text, or a mark alone, stay.
func textilePhrase(c string) string {
	t := strings.TrimSpace(c)
	for _, m := range [...]string{"**", "__", "*", "_"} {
		in, ok := strings.CutPrefix(t, m)
		if !ok {
			continue
		}
		if in, ok = strings.CutSuffix(in, m); ok && in != "" && in[0] != ' ' && in[len(in)-1] != ' ' && !strings.Contains(in, m) {
			return strings.Replace(c, t, in, 1)
		}
	}
	return c
}
