package scrape

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// markupShapes are the unseenShapes that write a text page's tables (the mdtable layout's
// rows, collected as the grid shapes collect them: gridRow) in the markup of another tool
// or as another copy leaves them, by record:
//
//   - tabs: cells parted by tabs, as a table copied out of a browser or a spreadsheet
//     pastes into plain text: a row a line, an empty cell nothing between two tabs, and
//     every other record the empty cells that end a row left out;
//   - tabwrap: the tabs shape whose description cells hold line breaks, as a browser
//     copies a cell of paragraphs: the cell goes on over the lines below, a blank line
//     among them by record, and the row's next cell (the example, where the description
//     comes first) follows a tab on the last of them;
//   - wiki: Confluence's and Jira's wiki tables, the header "||a||b||" and the rows
//     "|a|b|" (an empty cell " ", a "|" in a cell escaped "\|");
//   - adoc: AsciiDoc's tables between "|===" lines, every cell opened by "|" (a "|" in a
//     cell escaped "\|"): a row a line under `[options="header"]`; the header a line, a
//     blank line after it, then a cell a line and a blank line between rows; or a row a
//     line under `[cols="…",options="header"]` and a title line (".Table");
//   - u4adocwrap: AsciiDoc's tables as pandoc -t asciidoc writes them, under
//     `[cols=",,",options="header",]`, a row a line wrapped at adocWrap columns where a
//     blank falls (mid-cell: "|Integer |The" over "Count value. |10"), every other record
//     a blank line between rows;
//   - pqpsqlx: psql's expanded display (\x, border 1): a record a block opened by
//     "-[ RECORD 1 ]-+-----", a line a column, its name padded to the longest (by display
//     width) and "| " before the value;
//   - pqmysqlg: the MySQL client's vertical output (\G): a record a block opened by
//     "*************************** 1. row ***************************", a line a column,
//     its name right-aligned to the longest and ": " before the value, "N rows in set
//     (0.00 sec)" under the last.
//   - pqsqlitebox, pqsqlitetable, pqsqlitemd: sqlite3's .mode box ("┌─┬─┐", "│", "├─┼─┤"
//     under the header only, "└─┴─┘"), .mode table (the same in "+", "-" and "|") and
//     .mode markdown ("| a | b |" over "|---|---|", padded): the column names centred,
//     a row a line, each cell padded to its column by display width;
//   - pqcolumnt: `column -t -s $'\t'` of the tabs shape's rows: each column as wide as
//     its widest cell, two blanks after it, an empty cell blank, no rule;
//   - pqunaligned: psql's unaligned format (psql -A): cells parted by "|", no padding,
//     no pipe at either end, "(N rows)" under the rows;
//   - pqcsv: CSV (psql's csv format, a spreadsheet's export): cells parted by commas, a
//     cell holding a comma or a quote quoted ("The ID, in full.");
//   - pqorg: Emacs Org mode's tables: "| a | b |" padded, the rule "|---+---|";
//   - pqsqliteline, pqpslist: sqlite3's .mode line ("  Type = String", the names
//     right-aligned) and PowerShell's Format-List ("Type        : String", left-aligned):
//     a record a block of a line a column, a blank line between records;
//   - s22pqunalignednl: the pqunaligned shape whose descriptions hold line breaks (the
//     tabwrap shape's, a blank line among them by row), which psql -A writes as they are:
//     a description goes on over lines of no pipe;
//   - s22pqpslistwrap: the pqpslist shape in a console psConsole columns wide, by record:
//     Format-List wraps a value at its words onto lines indented to the value's column,
//     and so writes the line breaks a description holds (by row);
//   - s22pqwrapped: psql's wrapped format as psql 15 prints it (psqlWrapped, psqlPrint);
//   - s22pqexceltab: a spreadsheet's "Text (tab-delimited)" export: the tabs shape whose
//     every other row's description holds line breaks (descBreaks) and quotes, the cell
//     quoted whole and its quotes doubled;
//   - s23pqmysqlnl: the MySQL client's --table output of a table whose descriptions hold
//     line breaks, written raw (mysqlTable);
//   - s23pqboxes: Python rich's default table and a rounded outline (boxTable);
//   - s23pqqbox: sqlite3's .mode qbox: the pqsqlitebox shape, each value an SQL string
//     literal ('RegionId', a quote inside doubled).
//   - s25pqquote: sqlite3's .mode quote with .headers on (sqliteQuote).
//   - s25pqjson: sqlite3's .mode json (sqliteJSON).
//   - s26sqinsert, s26sqhtml, s26sqquote0, s26sqlist0, s26sqtabs0: sqlite3's .mode
//     insert, .mode html, and .mode quote, list and tabs with .headers off (sqlite_modes_shape_test.go).
var markupShapes = map[string]bool{"tabs": true, "tabwrap": true, "wiki": true, "adoc": true, "u4adocwrap": true,
	"pqpsqlx": true, "pqmysqlg": true, "pqsqlitebox": true, "pqsqlitetable": true, "pqsqlitemd": true, "pqcolumnt": true,
	"pqunaligned": true, "pqcsv": true, "pqorg": true, "pqsqliteline": true, "pqpslist": true,
	"s22pqunalignednl": true, "s22pqpslistwrap": true, "s22pqwrapped": true, "s22pqexceltab": true, "s23pqmysqlnl": true, "s23pqboxes": true, "s23pqqbox": true, "s25pqquote": true, "s25pqjson": true,
	"s26sqinsert": true, "s26sqhtml": true, "s26sqquote0": true, "s26sqlist0": true, "s26sqtabs0": true, // (sqlite_modes_shape_test.go)
	"s22rstrst": true, "s22rstjira": true, "s22rstmw": true, "s22rstdoku": true, rstListShape: true, rstCSVShape: true, // (wikiShapes)
	textileShape: true, textileGroupShape: true, textileSpanShape: true, roffShape: true, xwikiShape: true, museShape: true, msShape: true}

// adocWrap is the width at which the u4adocwrap shape wraps a row's line, as pandoc wraps
// its AsciiDoc at 72 columns.
const adocWrap = 72

// drawMarkup writes rows (the header first) as the page's markup shape draws a table.
func (p *truthPage) drawMarkup(rows [][]string) {
	esc := strings.NewReplacer("|", `\|`).Replace
	switch p.shape {
	case "s22rstrst", "s22rstjira", "s22rstmw", "s22rstdoku", rstListShape, rstCSVShape, roffShape, xwikiShape, museShape, msShape:
		p.drawWiki(rows)
	case "tabs", "tabwrap":
		desc := slices.Index(rows[0], p.w.description)
		for k, r := range rows {
			if p.shape == "tabwrap" && k > 0 && desc >= 0 && r[desc] != "" {
				r = slices.Clone(r)
				r[desc] += descBreaks(p.seq + k)
			}
			if k > 0 && p.seq%2 == 1 {
				end := len(r)
				for end > 1 && r[end-1] == "" {
					end--
				}
				r = r[:end]
			}
			p.f("%s\n", strings.Join(r, "\t"))
		}
	case "pqpsqlx", "pqmysqlg", "pqsqliteline", "pqpslist", "s22pqpslistwrap":
		p.vertical(rows)
	case "s22pqwrapped":
		p.psqlWrapped(rows)
	case "s23pqmysqlnl":
		p.mysqlTable(rows)
	case "s23pqboxes":
		p.boxTable(rows)
	case "s25pqquote":
		p.sqliteQuote(rows)
	case "s25pqjson":
		p.sqliteJSON(rows)
	case "s26sqinsert", "s26sqhtml", "s26sqquote0", "s26sqlist0", "s26sqtabs0":
		p.sqliteModes(rows)
	case "s22pqexceltab":
		desc := slices.Index(rows[0], p.w.description)
		for k, r := range rows {
			cells := slices.Clone(r)
			if k > 0 && desc >= 0 && desc < len(cells) && cells[desc] != "" && (p.seq+k)%2 == 0 {
				cells[desc] += descBreaks(p.seq+k) + ` Format: "key:value".`
			}
			for c, v := range cells {
				if strings.ContainsAny(v, "\t\n\"") {
					cells[c] = `"` + strings.ReplaceAll(v, `"`, `""`) + `"`
				}
			}
			p.f("%s\n", strings.Join(cells, "\t"))
		}
	case "pqsqlitebox", "pqsqlitetable", "pqsqlitemd", "pqcolumnt", "pqorg", "s23pqqbox":
		p.sqlite(rows)
	case textileShape, textileGroupShape, textileSpanShape:
		p.textileTable(rows)
	case "pqunaligned", "s22pqunalignednl":
		desc := slices.Index(rows[0], p.w.description)
		for k, r := range rows {
			if p.shape == "s22pqunalignednl" && k > 0 && desc >= 0 && r[desc] != "" {
				r = slices.Clone(r)
				r[desc] += descBreaks(p.seq + k)
			}
			p.f("%s\n", strings.Join(r, "|"))
		}
		p.f("(%d rows)\n", len(rows)-1)
	case "pqcsv":
		for _, r := range rows {
			cells := make([]string, len(r))
			for c, s := range r {
				cells[c] = s
				if strings.ContainsAny(s, ",\"\n") {
					cells[c] = `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
				}
			}
			p.f("%s\n", strings.Join(cells, ","))
		}
	case "adoc":
		variant := p.seq % 3
		switch variant {
		case 2:
			p.f(".%s\n[cols=\"%s\",options=\"header\"]\n", "Table", strings.TrimSuffix(strings.Repeat("1,", len(rows[0])), ","))
		case 0:
			p.f("[options=\"header\"]\n")
		}
		p.f("|===\n")
		for k, r := range rows {
			cells := make([]string, len(r))
			for c, s := range r {
				cells[c] = "|" + esc(s)
			}
			if variant == 1 && k > 0 {
				p.f("%s\n\n", strings.Join(cells, "\n"))
				continue
			}
			p.f("%s\n", strings.Join(cells, " "))
			if variant == 1 && k == 0 {
				p.f("\n")
			}
		}
		p.f("|===\n")
	case "u4adocwrap":
		p.f("[cols=\"%s\",options=\"header\",]\n|===\n", strings.Repeat(",", len(rows[0])-1))
		for k, r := range rows {
			cells := make([]string, len(r))
			for c, s := range r {
				cells[c] = "|" + esc(s)
			}
			if k > 1 && p.seq%2 == 0 {
				p.f("\n")
			}
			p.f("%s\n", strings.Join(wrapWords(strings.Join(cells, " "), adocWrap, false), "\n"))
		}
		p.f("|===\n")
	case "wiki":
		for k, r := range rows {
			cells := make([]string, len(r))
			for c, s := range r {
				cells[c] = esc(s)
				if s == "" {
					cells[c] = " "
				}
			}
			if k == 0 {
				p.f("||%s||\n", strings.Join(cells, "||"))
				continue
			}
			p.f("|%s|\n", strings.Join(cells, "|"))
		}
	}
}

// descBreaks is the text the tabwrap and s22pqunalignednl shapes add to a description, by
// row: line breaks, a blank line among them or not.
func descBreaks(k int) string {
	return [...]string{"\nValid values:\n\non: enabled.\noff: disabled.", "\nThe value is case-sensitive.", "\n\nFor more information, see the guide."}[k%3]
}

// textList writes parameters as the bullets shape does: a text page's bulleted list ("- ",
// "• " or "* ", by record; the numbered shape's "1. ", "1) " or "(1) "), an item a parameter in one of entryHead's forms ("RegionId
// (String, required): text"), children indented two spaces a level, a list's unnamed
// item "[]"; the example the convention's Example column shows ends the item's text
// (listExample).
func (p *truthPage) textList(nodes []accNode, req bool, depth int) {
	bullet := [...]string{"- ", "• ", "* "}[p.seq/3%3]
	if p.shape == "cjklist" { // Markdown's markers
		bullet = [...]string{"- ", "* ", "+ "}[p.seq/3%3]
	}
	for k, n := range nodes {
		if p.shape == "numbered" { // a numbered list, each level counting from 1
			bullet = [...]string{fmt.Sprintf("%d. ", k+1), fmt.Sprintf("%d) ", k+1), fmt.Sprintf("(%d) ", k+1)}[p.seq%3]
		}
		name := n.Name
		if name == "" {
			name = "[]"
		}
		head := p.entryHead(n, req, name, p.typeOf(n), describe(n), func(_, s string) string { return s })
		switch p.w.lang {
		case "zh", "tc", "ja":
			head = p.cjkEntry(n, req, name)
		case "id": // the Indonesian site's Required words
			head = strings.NewReplacer("required", "wajib", "optional", "opsional").Replace(head)
		}
		head += p.listExample(n)
		p.f("%s%s%s\n", strings.Repeat("  ", depth), bullet, head)
		p.textList(n.Children, req, depth+1)
	}
}

// listExample is the example the convention's Example column shows for n, as a list
// item's text ends with it: " Example: `10`", " 示例值：`10`" in the page's words ("" when
// the column shows none).
func (p *truthPage) listExample(n accNode) string {
	ex := exampleCell(n)
	if ex == "" {
		return ""
	}
	colon := ": "
	if p.w.lang == "zh" || p.w.lang == "tc" || p.w.lang == "ja" {
		colon = "："
	}
	return " " + p.w.example + colon + "`" + ex + "`"
}

// cjkEntry is a list item's text on a Chinese or Japanese page, in one of three forms by
// record, with the page's Required words and full-width punctuation:
// "RegionId（String，必填）：text", "RegionId：String，可选。text", "RegionId — String — 必填 — text".
func (p *truthPage) cjkEntry(n accNode, req bool, name string) string {
	rq := ""
	if req {
		rq = map[bool]string{true: "必填", false: "可选"}[n.Required]
		if p.w.lang == "ja" {
			rq = map[bool]string{true: "必須", false: "任意"}[n.Required]
		}
	}
	if loc := p.w.locations[n.In]; req && p.roa && loc != "" && p.shape == "cjklist" {
		rq += "，" + loc // a ROA parameter's location among the facts
	}
	typ, desc := p.typeOf(n), describe(n)
	switch p.seq % 3 {
	case 0:
		if rq != "" {
			typ += "，" + rq
		}
		return name + "（" + typ + "）：" + desc
	case 1:
		if rq != "" {
			typ += "，" + rq
		}
		return name + "：" + typ + "。" + desc
	}
	if rq != "" {
		typ += " — " + rq
	}
	return name + " — " + typ + " — " + desc
}

// vertical writes rows (the header first) as psql's expanded display, the MySQL client's
// vertical output, sqlite3's line mode or PowerShell's Format-List prints them (the
// pqpsqlx, pqmysqlg, pqsqliteline and pqpslist shapes): a record a block, a line a column.
func (p *truthPage) vertical(rows [][]string) {
	keyWidth, valWidth := 0, 0
	for c, h := range rows[0] {
		keyWidth = max(keyWidth, shownWidth(h, true))
		for _, r := range rows[1:] {
			if c < len(r) {
				valWidth = max(valWidth, shownWidth(r[c], true))
			}
		}
	}
	for k, r := range rows[1:] {
		switch p.shape {
		case "pqsqliteline", "pqpslist", "s22pqpslistwrap": // a blank line between records
			if k > 0 {
				p.f("\n")
			}
		case "pqmysqlg":
			stars := strings.Repeat("*", 27)
			p.f("%s %d. row %s\n", stars, k+1, stars)
		default:
			p.f("%s\n", psqlRecordLine(k+1, keyWidth, valWidth))
		}
		for c, h := range rows[0] {
			v := ""
			if c < len(r) {
				v = r[c]
			}
			pad := strings.Repeat(" ", keyWidth-shownWidth(h, true))
			switch p.shape {
			case "pqmysqlg":
				p.f("%s%s: %s\n", pad, h, v)
			case "pqsqliteline":
				p.f("%s%s = %s\n", pad, h, v)
			case "pqpslist":
				p.f("%s%s : %s\n", h, pad, v)
			case "s22pqpslistwrap":
				if h == p.w.description && v != "" {
					v += [...]string{"\nValid values:\non: enabled.\noff: disabled.", "", "\nThe value is case-sensitive."}[(p.seq+k)%3]
				}
				lines := formatListLines(v, psConsole[p.seq%len(psConsole)]-keyWidth-3)
				p.f("%s%s : %s\n", h, pad, lines[0])
				for _, l := range lines[1:] {
					p.f("%s%s\n", strings.Repeat(" ", keyWidth+3), l)
				}
			default:
				p.f("%s%s | %s\n", h, pad, v)
			}
		}
	}
	if p.shape == "pqmysqlg" {
		p.f("%d rows in set (0.00 sec)\n", len(rows)-1)
	}
}

// psConsole are the console widths the s22pqpslistwrap shape wraps Format-List's values at,
// by record.
var psConsole = []int{60, 80, 120}

// formatListLines is value v as PowerShell's Format-List writes it in width columns: its
// lines, each wrapped at its words (a word longer than width stays whole); at least one.
func formatListLines(v string, width int) []string {
	var out []string
	for l := range strings.SplitSeq(v, "\n") {
		out = append(out, wrapWords(l, max(width, 10), true)...)
	}
	if len(out) == 0 {
		out = []string{""}
	}
	return out
}

// sqliteQuote writes rows (the header first) as sqlite3's .mode quote prints them with
// .headers on (the s25pqquote shape): a row a line, its values SQL literals parted by
// commas, a string in single quotes (a quote inside doubled), the names too; by record a
// number bare (a column of numeric affinity) and an empty cell NULL; every other row's
// description holding line breaks (descBreaks), written raw.
func (p *truthPage) sqliteQuote(rows [][]string) {
	desc := slices.Index(rows[0], p.w.description)
	for k, r := range rows {
		cells := make([]string, len(r))
		for c, v := range r {
			if k > 0 && c == desc && v != "" && (p.seq+k)%2 == 0 {
				v += descBreaks(p.seq + k)
			}
			cells[c] = "'" + strings.ReplaceAll(v, "'", "''") + "'"
			switch {
			case k == 0:
			case v == "" && p.seq%2 == 1:
				cells[c] = "NULL"
			case p.seq%3 != 0 && sqlNumber.MatchString(v):
				cells[c] = v
			}
		}
		p.f("%s\n", strings.Join(cells, ","))
	}
}

// sqliteJSON writes rows (the header first) as sqlite3's .mode json prints them (the
// s25pqjson shape): a JSON array of a row object a line, keyed by the column names in
// order, "[" before the first and "]" after the last, a comma after every other; by
// record a number bare and an empty cell null; every other row's description holding
// line breaks (descBreaks), escaped as JSON escapes them ("\n").
func (p *truthPage) sqliteJSON(rows [][]string) {
	desc := slices.Index(rows[0], p.w.description)
	quote := func(s string) string {
		var b strings.Builder
		e := json.NewEncoder(&b)
		e.SetEscapeHTML(false)
		if err := e.Encode(s); err != nil {
			panic(err)
		}
		return strings.TrimSuffix(b.String(), "\n")
	}
	for k, r := range rows[1:] {
		fields := make([]string, len(r))
		for c, v := range r {
			if c == desc && v != "" && (p.seq+k)%2 == 0 {
				v += descBreaks(p.seq + k)
			}
			val := quote(v)
			switch {
			case v == "" && p.seq%2 == 1:
				val = "null"
			case p.seq%3 != 0 && sqlNumber.MatchString(v):
				val = v
			}
			fields[c] = quote(rows[0][c]) + ":" + val
		}
		open, end := "", ","
		if k == 0 {
			open = "["
		}
		if k == len(rows)-2 {
			end = "]"
		}
		p.f("%s{%s}%s\n", open, strings.Join(fields, ","), end)
	}
}

// sqlNumber matches the values sqlite3 stores as numbers in a column of numeric affinity
// (and so prints bare in .mode quote).
var sqlNumber = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)

// sqlite writes rows (the header first) as sqlite3's box, table or markdown mode prints
// them, or as column -t aligns them (the pqsqlite* and pqcolumnt shapes).
func (p *truthPage) sqlite(rows [][]string) {
	n := len(rows[0])
	if p.shape == "s23pqqbox" { // .mode qbox: the box, each value an SQL literal
		quoted := make([][]string, len(rows))
		for k, r := range rows {
			quoted[k] = slices.Clone(r)
			for c := range quoted[k] {
				if k > 0 {
					quoted[k][c] = "'" + strings.ReplaceAll(r[c], "'", "''") + "'"
				}
			}
		}
		rows = quoted
	}
	widths := make([]int, n)
	for _, r := range rows {
		for c := range min(n, len(r)) {
			widths[c] = max(widths[c], shownWidth(r[c], true))
		}
	}
	cell := func(r []string, c int) string {
		if c < len(r) {
			return r[c]
		}
		return ""
	}
	if p.shape == "pqcolumnt" {
		for _, r := range rows {
			var b strings.Builder
			for c := range n {
				s := cell(r, c)
				b.WriteString(s)
				if c < n-1 {
					b.WriteString(strings.Repeat(" ", widths[c]-shownWidth(s, true)+2))
				}
			}
			p.f("%s\n", strings.TrimRight(b.String(), " "))
		}
		return
	}
	top, head, bottom, sep := [4]string{"┌", "┬", "┐", "─"}, [4]string{"├", "┼", "┤", "─"}, [4]string{"└", "┴", "┘", "─"}, "│"
	switch p.shape {
	case "pqsqlitetable":
		top, sep = [4]string{"+", "+", "+", "-"}, "|"
		head, bottom = top, top
	case "pqsqlitemd":
		head, sep = [4]string{"|", "|", "|", "-"}, "|"
	case "pqorg":
		head, sep = [4]string{"|", "+", "|", "-"}, "|"
	}
	rule := func(r [4]string) {
		runs := make([]string, n)
		for c := range n {
			runs[c] = strings.Repeat(r[3], widths[c]+2)
		}
		p.f("%s%s%s\n", r[0], strings.Join(runs, r[1]), r[2])
	}
	if p.shape != "pqsqlitemd" && p.shape != "pqorg" {
		rule(top)
	}
	for k, r := range rows {
		parts := make([]string, n)
		for c := range n {
			s := cell(r, c)
			pad := widths[c] - shownWidth(s, true)
			if k == 0 && p.shape != "pqorg" { // the column names centred
				parts[c] = strings.Repeat(" ", pad/2) + s + strings.Repeat(" ", pad-pad/2)
			} else {
				parts[c] = s + strings.Repeat(" ", pad)
			}
		}
		p.f("%s %s %s\n", sep, strings.Join(parts, " "+sep+" "), sep)
		if k == 0 {
			rule(head)
		}
	}
	if p.shape != "pqsqlitemd" && p.shape != "pqorg" {
		rule(bottom)
	}
}

// psqlRecordLine is the line that opens record n of psql's expanded display with border 1
// (print.c, print_aligned_vertical_line), its columns' names and values keyWidth and
// valWidth wide: "-[ RECORD n ]", dashes to the names' width, "-+-" where the label
// leaves room for it, dashes over the values.
func psqlRecordLine(n, keyWidth, valWidth int) string {
	line := fmt.Sprintf("-[ RECORD %d ]", n)
	reclen := len(line)
	line += strings.Repeat("-", max(0, keyWidth-reclen))
	reclen -= keyWidth
	for _, mark := range []string{"-", "+", "-"} {
		if reclen <= 0 {
			line += mark
		}
		reclen--
	}
	return line + strings.Repeat("-", max(0, valWidth-max(0, reclen)))
}

// pdfPages is text page s as pdftotext writes a PDF export of it: pdfPageLines lines a
// page, each page opened by its running header and closed by its running footer (with the
// page number) and a form feed, each set off by a blank line, by record: a header and a
// footer "N > Document Version: 20240301"; a footer "API Reference · API operations    N"
// alone; a header "> Document Version: 20240301" alone.
func pdfPages(s string, seq int) []byte {
	return pdfPagesOf(s, seq, pdfPageLines)
}

// pdfPagesOf is pdfPages with per lines a page: the pqpdfone shape puts them all on one.
func pdfPagesOf(s string, seq, per int) []byte {
	var b strings.Builder
	lines := strings.SplitAfter(s, "\n")
	for page := 1; len(lines) > 0; page++ {
		n := min(per, len(lines))
		switch seq % 3 {
		case 0:
			b.WriteString("API Reference·API operations\n\n")
		case 2:
			b.WriteString("> Document Version: 20240301\n\n")
		}
		b.WriteString(strings.Join(lines[:n], ""))
		lines = lines[n:]
		switch seq % 3 {
		case 0:
			fmt.Fprintf(&b, "\n%d > Document Version: 20240301\n", page)
		case 1:
			fmt.Fprintf(&b, "\nAPI Reference · API operations    %d\n", page)
		}
		b.WriteString("\f")
	}
	return []byte(b.String())
}

// pdfPageLines is how many lines of a page the pdfpages shape puts on a PDF page.
const pdfPageLines = 23

// numberHeadings numbers the page's section headings as the numheads shape does, by
// record: "1. Request parameters", "1.2 Request parameters", "(3) Request parameters",
// "Step 4: Request parameters"; in Chinese "一、请求参数".
func (p *truthPage) numberHeadings() {
	heads := []*string{&p.w.syntax, &p.w.reqParams, &p.w.respParams, &p.w.examples, &p.w.errors}
	for k, h := range heads {
		n := k + 1
		switch {
		case p.w.lang == "zh" || p.w.lang == "tc":
			*h = string([]rune("一二三四五六")[k]) + "、" + *h
		case p.seq%4 == 0:
			*h = fmt.Sprintf("%d. %s", n, *h)
		case p.seq%4 == 1:
			*h = fmt.Sprintf("1.%d %s", n, *h)
		case p.seq%4 == 2:
			*h = fmt.Sprintf("(%d) %s", n, *h)
		default:
			*h = fmt.Sprintf("Step %d: %s", n, *h)
		}
	}
}

// underlineHeadings underlines the page's section headings as the underline shape does, by
// record with "=", "-" or "~", as long as the heading is wide (reStructuredText, pandoc's
// plain text).
func (p *truthPage) underlineHeadings() {
	mark := [...]string{"=", "-", "~"}[p.seq%3]
	for _, h := range []*string{&p.w.syntax, &p.w.reqParams, &p.w.respParams, &p.w.examples, &p.w.errors} {
		*h += "\n" + strings.Repeat(mark, shownWidth(*h, true))
	}
}

// lynxTargets are the text lynxRefs marks as links: a list's item struct after "Array of "
// (not a type word), and the end of a description, where a link to the guide follows.
var lynxTargets = regexp.MustCompile(`Array of ([A-Z][A-Za-z]+)|( value\.)`)

// lynxRefs is text page s as lynx -dump writes it: each link's text opened by its number
// ("Array of [3]Tag"), a description's link to the guide after it ("The X value. See
// [4]Regions."), and the numbered list of the links' addresses at the end.
func lynxRefs(s string) []byte {
	n := 0
	s = lynxTargets.ReplaceAllStringFunc(s, func(m string) string {
		item, list := strings.CutPrefix(m, "Array of ")
		if list && page.IsType(item) {
			return m // a type word links nowhere
		}
		n++
		if list {
			return fmt.Sprintf("Array of [%d]%s", n, item)
		}
		return fmt.Sprintf(" value. See [%d]Regions and zones.", n)
	})
	var b strings.Builder
	b.WriteString(s)
	b.WriteString("\nReferences\n\n")
	for k := 1; k <= n; k++ {
		fmt.Fprintf(&b, "%4d. https://www.alibabacloud.com/help/doc-detail/%d.html\n", k, 40000+k)
	}
	return []byte(b.String())
}
