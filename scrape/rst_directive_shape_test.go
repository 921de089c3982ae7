package scrape

import (
	"encoding/csv"
	"fmt"
	"slices"
	"strings"
)

// The rst directive shapes are the s22rstrst page (wikiShapes: headings, code blocks,
// names as code, escapes) whose every table, the RAM table's too, is a reStructuredText
// directive table as a Sphinx API reference writes it, under a blank line, its options
// and content indented three spaces, by record:
//
//   - s23rstlist: ".. list-table::", ":header-rows: 1", ":widths:" (numbers or "auto"),
//     a row a "*" (or "-") bullet, its cells the "-" bullets under it, the first on the
//     row's line or (every fourth record) on the line below; an empty cell a bullet alone;
//     a description wrapped over lines under its bullet, every other row's going on with
//     a paragraph of line breaks (descBreaks), its values a nested bullet list by record;
//     a required parameter's name in strong ("**RegionId**") every fifth record;
//   - s23rstcsv: ".. csv-table::", its header in the ":header:" option (quoted fields) or
//     the first record under ":header-rows: 1", fields parted by ", " or the ":delim:"
//     option's ";" (by record), every field quoted or only those that need it, every
//     other row's description holding commas and quotes (doubled) and by record line
//     breaks (descBreaks) inside its quotes.
//
// A parameter table's title, the directive's argument, is by record none, the section
// heading over it, or "Parameters" ("參數"), which docutils makes the
// table's caption: a caption naming parameters alone in the response's section names
// the response's (page.KindIn).
const (
	rstListShape = "s23rstlist"
	rstCSVShape  = "s23rstcsv"
)

// rstDirectiveTable writes rows (the header first, cells escaped) as the page's directive
// table (see above).
func (p *truthPage) rstDirectiveTable(rows [][]string) {
	head := "list-table"
	if p.shape == rstCSVShape {
		head = "csv-table"
	}
	title := ""
	switch {
	case !slices.Contains(rows[0], p.w.typ): // the RAM table, under a heading of no markup
	case p.seq%3 == 1:
		title = p.lastRstHeading()
	case p.seq%3 == 2:
		title = "Parameters"
		if p.w.lang != "en" {
			title = "參數"
		}
	}
	p.f("\n.. %s::", head)
	if title != "" {
		p.f(" %s", title)
	}
	p.f("\n")
	if p.shape == rstCSVShape {
		p.rstCSV(rows)
		return
	}
	if len(rows) > 1 { // a table of its header alone has none (docutils wants a body)
		p.f("   :header-rows: 1\n")
	}
	if p.seq%2 == 0 {
		p.f("   :widths: auto\n")
	} else {
		p.f("   :widths:%s\n", strings.Repeat(" 10", len(rows[0])))
	}
	p.f("\n")
	desc := slices.Index(rows[0], p.w.description)
	req := slices.Index(rows[0], p.w.required)
	rowMark := "*"
	if p.seq%5 == 3 {
		rowMark = "-"
	}
	for k, r := range rows {
		for c, s := range r {
			lines := []string{s}
			if k > 0 && c == desc && s != "" {
				lines = wrapWords(s, 40, true)
				if (p.seq+k)%2 == 0 {
					lines = append(lines, p.rstBreaks(p.seq+k)...)
				}
			}
			if k > 0 && c == 0 && s != "" && req >= 0 && r[req] == p.w.yes && p.seq%5 == 0 && !strings.HasPrefix(s, "``") {
				lines[0] = "**" + s + "**"
			}
			lead := "     - "
			switch {
			case c == 0 && p.seq%4 == 3:
				p.f("   %s\n", rowMark)
			case c == 0:
				lead = "   " + rowMark + " - "
			}
			if lines[0] == "" {
				p.f("%s\n", strings.TrimRight(lead, " "))
			} else {
				p.f("%s%s\n", lead, lines[0])
			}
			for _, l := range lines[1:] {
				if l == "" {
					p.f("\n")
					continue
				}
				p.f("       %s\n", l)
			}
		}
	}
}

// rstBreaks are descBreaks(k)'s lines as a list table's cell holds them: its values a
// nested bullet list by record, else lines of one paragraph.
func (p *truthPage) rstBreaks(k int) []string {
	lines := strings.Split(descBreaks(k), "\n")
	if p.seq%2 == 0 {
		for i, l := range lines {
			if strings.HasPrefix(l, "on:") || strings.HasPrefix(l, "off:") {
				lines[i] = "* " + l
			}
		}
	}
	return lines
}

// rstCSV writes rows as a csv-table's options and content (see rstDirectiveTable).
func (p *truthPage) rstCSV(rows [][]string) {
	delim := ", "
	if p.seq%3 == 2 {
		delim = "; "
		p.f("   :delim: ;\n")
	}
	desc := slices.Index(rows[0], p.w.description)
	field := func(s string) string {
		if p.seq%2 == 0 || strings.ContainsAny(s, ",;\"\n") || s == "" {
			return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
		}
		return s
	}
	record := func(r []string) string {
		out := make([]string, len(r))
		for c, s := range r {
			out[c] = field(s)
		}
		return strings.ReplaceAll(strings.Join(out, delim), "\n", "\n   ")
	}
	body := rows
	switch {
	case len(rows) == 1: // a table of its header alone: a record (docutils wants content)
	case p.seq%4 < 2:
		p.f("   :header: %s\n", record(rows[0]))
		body = rows[1:]
	default:
		p.f("   :header-rows: 1\n")
	}
	p.f("   :widths: %s\n\n", strings.TrimSuffix(strings.Repeat("10, ", len(rows[0])), ", "))
	for k, r := range body {
		if k > 0 || len(body) < len(rows) {
			if c := desc; c >= 0 && c < len(r) && r[c] != "" && (p.seq+k)%2 == 0 {
				r = slices.Clone(r)
				r[c] += ` Format: "key,value", in full.`
				if p.seq%3 == 1 {
					r[c] += descBreaks(p.seq + k)
				}
			}
		}
		p.f("   %s\n", record(r))
	}
}

// lastRstHeading is the text of the last reStructuredText heading written (a line over a
// line of "-" or "=" as wide), "" for none.
func (p *truthPage) lastRstHeading() string {
	lines := strings.Split(p.b.String(), "\n")
	for i := len(lines) - 1; i > 0; i-- {
		l := lines[i]
		if len(l) >= 2 && strings.Trim(l, "-=") == "" && lines[i-1] != "" && strings.Trim(lines[i-1], "-=") != "" {
			return lines[i-1]
		}
	}
	return ""
}

// rstCSVQuoteShape is the s23rstcsv page whose csv-tables name another quote and an escape
// (":quote: '", ":escape: \"), as docutils reads them (csvQuoteEscape): a field holding
// the delimiter, a quote or a line break in single quotes, or by record its delimiters
// escaped instead where it holds no line break; a quote or backslash in it escaped.
const rstCSVQuoteShape = "s25rstcsvq"

// csvQuoteEscape rewrites the csv-tables of text page s (an s23rstcsv page) so (see
// rstCSVQuoteShape), by record seq: its records read with encoding/csv (delimiter ";"
// where :delim: names it) and written again, line for line.
func csvQuoteEscape(s string, seq int) []byte {
	return csvRewrite(s, []string{"   :quote: '", `   :escape: \`}, func(r, delim string) string { return csvRequote(r, delim, seq) })
}

// rstKeepSpaceShape is the s23rstcsv page whose csv-tables name the :keepspace: flag, as
// docutils reads it (csvKeepSpace): blanks after a delimiter are text, so a field they
// open is not quoted; a field that needs quotes right after its delimiter.
const rstKeepSpaceShape = "s26sqkeep"

// csvKeepSpace rewrites the csv-tables of text page s (an s23rstcsv page) so (see
// rstKeepSpaceShape), by record seq: each field quoted only where it holds the
// delimiter, a quote or a line break, then right after its delimiter, the others after a
// blank; every other record a description that needs no quotes gets a quoted word
// (` See "Regions".`), its quotes text after the blank that opens the field.
func csvKeepSpace(s string, seq int) []byte {
	return csvRewrite(s, []string{"   :keepspace:"}, func(r, delim string) string {
		if strings.TrimSpace(r) == "" {
			return r
		}
		fields := csvFields(r, delim)
		var b strings.Builder
		for c, f := range fields {
			if c > 0 {
				b.WriteString(delim)
			}
			switch {
			case strings.ContainsAny(f, delim+"\"\n"):
				b.WriteString(`"` + strings.ReplaceAll(f, `"`, `""`) + `"`)
			case c == len(fields)-1 && seq%2 == 0 && strings.Contains(f, " "):
				b.WriteString(" " + f + ` See "Regions".`)
			case c > 0:
				b.WriteString(" " + f)
			default:
				b.WriteString(f)
			}
		}
		return b.String()
	})
}

// csvRewrite rewrites the csv-tables of text page s (an s23rstcsv page): opts, option
// lines, after each directive, and each record (its header option's too) by requote,
// given the record (its lines as written) and the delimiter, line for line.
func csvRewrite(s string, opts []string, requote func(r, delim string) string) []byte {
	lines := strings.Split(s, "\n")
	var out []string
	for k := 0; k < len(lines); k++ {
		if !strings.HasPrefix(lines[k], ".. csv-table::") {
			out = append(out, lines[k])
			continue
		}
		out = append(append(out, lines[k]), opts...)
		delim := ","
		var body []string
		for k++; k < len(lines) && (lines[k] == "" || strings.HasPrefix(lines[k], "   ")); k++ {
			l := strings.TrimPrefix(lines[k], "   ")
			switch {
			case l == "   :delim: ;" || l == ":delim: ;":
				delim = ";"
				out = append(out, lines[k])
			case strings.HasPrefix(l, ":header: "):
				out = append(out, "   :header: "+requote(strings.TrimPrefix(l, ":header: "), delim))
			case strings.HasPrefix(l, ":"):
				out = append(out, lines[k])
			default:
				body = append(body, l)
			}
		}
		k--
		// the records, each its lines as written (its fields' line breaks where they were)
		var rec []string
		for _, l := range body {
			rec = append(rec, l)
			if r := strings.Join(rec, "\n"); strings.TrimSpace(r) == "" || strings.Count(r, `"`)%2 == 0 {
				for _, w := range strings.Split(requote(r, delim), "\n") {
					out = append(out, strings.TrimRight("   "+w, " "))
				}
				rec = nil
			}
		}
	}
	return []byte(strings.Join(out, "\n"))
}

// csvRequote is CSV record r (double quotes, comma or ";" the delimiter) written with
// single quotes and backslash escapes (see rstCSVQuoteShape); a blank record as it is.
func csvRequote(r, delim string, seq int) string {
	if strings.TrimSpace(r) == "" {
		return r
	}
	fields := csvFields(r, delim)
	for c, f := range fields {
		esc := strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(f)
		switch {
		case strings.Contains(f, "\n") || seq%2 == 0 && strings.ContainsAny(f, delim+`'"`):
			fields[c] = "'" + esc + "'"
		default:
			fields[c] = strings.ReplaceAll(esc, delim, `\`+delim)
		}
	}
	return strings.Join(fields, delim+" ")
}

// csvFields reads CSV record r (double quotes; delim's first byte the delimiter), as the
// csv-table shapes' rewriters take it apart; a record that does not read is a fault of
// the renderer, so it panics.
func csvFields(r, delim string) []string {
	cr := csv.NewReader(strings.NewReader(r))
	cr.Comma, cr.TrimLeadingSpace = rune(delim[0]), true
	fields, err := cr.Read()
	if err != nil {
		panic(fmt.Sprintf("csv record %q: %v", r, err))
	}
	return fields
}
