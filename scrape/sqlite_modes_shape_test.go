package scrape

import (
	"regexp"
	"slices"
	"strings"
)

// The sqlite3 mode shapes are markupShapes that write a text page's tables (the mdtable
// layout's rows) as sqlite3 3.40's shell prints a query's result in the modes that the
// earlier shapes left out, checked against its output (by record, every other row's
// description holding line breaks: descBreaks):
//
//   - s26sqinsert: .mode insert, a row a line "INSERT INTO "table" VALUES('RegionId',…);",
//     by record with .headers on, which lists the columns after the table's name
//     ("INSERT INTO "table"(Parameter,Type,…) VALUES(…);"), and by record the table
//     named (".mode insert params": "INSERT INTO params"); a value an SQL literal, by
//     record a number bare and an empty cell NULL; a line break in a string written as
//     replace('a\nb','\n',char(10)), a row on one line;
//   - s26sqhtml: .mode html, with no <TABLE> around: a row "<TR>" then a cell a line
//     ("<TH>Type</TH>" in the header, "<TD>String</TD>"), "</TR>" alone, a cell's "<",
//     ">", "&", quotes escaped, its line breaks written raw; by record with .headers off
//     (no <TH> row);
//   - s26sqquote0, s26sqlist0, s26sqtabs0: .mode quote (s25pqquote's), .mode list (cells
//     parted by "|", no padding) and .mode tabs with .headers off: the rows alone, a
//     line break written raw.
//
// A table printed with no header tells its columns by its cells only (the name first, a
// type word, a Required answer, a description's sentences): the reader reads them so and
// says it in an info warning, as the unchanged convention's header would.

// sqliteModes writes rows (the header first) as the page's sqlite3 mode shape prints them.
func (p *truthPage) sqliteModes(rows [][]string) {
	desc := slices.Index(rows[0], p.w.description)
	body := make([][]string, len(rows)-1) // the rows' values, descriptions broken by row
	for k, r := range rows[1:] {
		body[k] = slices.Clone(r)
		if desc >= 0 && desc < len(r) && r[desc] != "" && (p.seq+k)%2 == 0 {
			body[k][desc] += descBreaks(p.seq + k)
		}
	}
	headers := p.seq%2 == 0
	switch p.shape {
	case "s26sqinsert":
		table := `"table"`
		if p.seq%4 >= 2 {
			table = "params"
		}
		if headers {
			names := make([]string, len(rows[0]))
			for c, h := range rows[0] {
				names[c] = sqlIdent(h)
			}
			table += "(" + strings.Join(names, ",") + ")"
		}
		for _, r := range body {
			vals := make([]string, len(r))
			for c, v := range r {
				vals[c] = p.sqlLiteral(v)
				if strings.Contains(v, "\n") {
					vals[c] = `replace(` + strings.ReplaceAll(vals[c], "\n", `\n`) + `,'\n',char(10))`
				}
			}
			p.f("INSERT INTO %s VALUES(%s);\n", table, strings.Join(vals, ","))
		}
	case "s26sqhtml":
		write := func(r []string, tag string) {
			for c, v := range r {
				open := ""
				if c == 0 {
					open = "<TR>"
				}
				p.f("%s<%s>%s</%s>\n", open, tag, sqliteHTML.Replace(v), tag)
			}
			p.f("</TR>\n")
		}
		if headers {
			write(rows[0], "TH")
		}
		for _, r := range body {
			write(r, "TD")
		}
	case "s26sqquote0":
		for _, r := range body {
			vals := make([]string, len(r))
			for c, v := range r {
				vals[c] = p.sqlLiteral(v)
			}
			p.f("%s\n", strings.Join(vals, ","))
		}
	case "s26sqlist0", "s26sqtabs0":
		sep := "|"
		if p.shape == "s26sqtabs0" {
			sep = "\t"
		}
		for _, r := range body {
			p.f("%s\n", strings.Join(r, sep))
		}
	}
}

// sqlLiteral is value v as sqlite3's quote and insert modes print it: a string in single
// quotes, a quote inside doubled; by record a number bare (a column of numeric affinity)
// and an empty cell NULL.
func (p *truthPage) sqlLiteral(v string) string {
	switch {
	case v == "" && p.seq%2 == 1:
		return "NULL"
	case p.seq%3 != 0 && sqlNumber.MatchString(v):
		return v
	}
	return "'" + strings.ReplaceAll(v, "'", "''") + "'"
}

// sqlIdent is column name s as sqlite3's insert mode lists it: bare where it is a plain
// identifier and no keyword, else in double quotes.
func sqlIdent(s string) string {
	if plainIdent.MatchString(s) && !sqlKeywords[strings.ToUpper(s)] {
		return s
	}
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

var (
	plainIdent = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	// sqlKeywords are the keywords among the column names the shapes write.
	sqlKeywords = map[string]bool{"TABLE": true, "KEY": true, "VALUES": true, "DEFAULT": true}
	// sqliteHTML is how sqlite3's html mode escapes a cell's text.
	sqliteHTML = strings.NewReplacer("<", "&lt;", "&", "&amp;", ">", "&gt;", `"`, "&quot;", "'", "&#39;")
)
