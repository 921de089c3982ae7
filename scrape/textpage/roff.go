package textpage

import (
	"slices"
	"strconv"
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// A page saved as roff source (pandoc -t man of a page, a manual page before man renders
// it) is the page's text between requests that say how to typeset it: ".SH Request
// parameters" a heading, ".PP" a paragraph, ".nf"/".fi" a code block, tbl's ".TS"/".TE" a
// table whose cells are "T{" text blocks "T}" split by the table's tab character, and
// escapes in the text ("\f[B]" a font, "\-" a hyphen, "\[dq]" a quote). Read as plain text,
// the requests were the page's lines and a table was one cell a line: no table was found.
// unroff rewrites the source into the text it typesets, in the shapes the text reader
// reads: "#" headings, paragraphs a line, "```" code blocks, and each tbl table a pipe
// table, its rule under the header the pipe table's separator and a cell's paragraphs
// joined with "<br>". Each line it writes keeps the number of the source line it opens
// with, so that warnings name the source's lines.
//
// Roff source written with the ms macros (pandoc -t ms) says the same with other requests:
// ".SH 2" or ".NH 2" opens a heading of that level whose text is the lines after it,
// ".LP" a paragraph, ".pdfhref" a PDF bookmark or anchor (no text: a bookmark repeats its
// heading) or a link (its text), ".XS"/".XE" a table of contents' entry (the heading
// again), and "\*[name args]" a string, defined by ".ds" on the page, by ms itself or by
// the highlighting macros pandoc's template defines around a code block's tokens.

// roffHeadings are the man and ms macros that open a page's sections; a page of roff
// source has one of them or a table.
var roffHeadings = map[string]bool{"SH": true, "SS": true, "NH": true, "TS": true}

// roffOpeners are the requests a page of roff source may open with (after comments): a
// man or ms macro, a setting, a string, macro or register definition.
var roffOpeners = map[string]bool{"TH": true, "SH": true, "SS": true, "PP": true, "LP": true, "P": true, "TS": true, "IP": true, "TP": true, "hy": true, "nh": true, "ad": true,
	"NH": true, "TL": true, "ds": true, "de": true, "nr": true}

// roffIgnored are the requests that only set how text is typeset (hyphenation,
// adjustment, fonts, indents, spacing, traps) or define macros and strings: they hold
// none of the page's text.
var roffIgnored = map[string]bool{
	"hy": true, "nh": true, "ad": true, "na": true, "ft": true, "ll": true, "in": true,
	"ti": true, "ne": true, "fam": true, "ftr": true, "nr": true, "ps": true,
	"vs": true, "ta": true, "cs": true, "ss": true, "mso": true, "lf": true, "pc": true,
	"ns": true, "rs": true, "PD": true, "UC": true, "DT": true, "cu": true, "ul": true,
	"UR": true, "UE": true, "MT": true, "ME": true, "hw": true,
	"ev": true, "fl": true, "tr": true, "ch": true, "wh": true, "rm": true, "rn": true,
	"als": true, "char": true, "fchar": true, "fspecial": true, "special": true, "kern": true,
	"lg": true, "tm": true, "cp": true, "do": true,
	// ms and groff: colours, columns, page layout, PDF metadata, the table of contents' place
	"defcolor": true, "1C": true, "2C": true, "MC": true, "pdfinfo": true, "pdfview": true,
	"TC": true, "ND": true, "DA": true, "RP": true, "ce": true, "bp": true,
}

// roffGlyphs are the special characters roff names ("\[dq]", "\(em") and the text each is.
var roffGlyphs = map[string]string{
	"dq": `"`, "aq": "'", "lq": "\u201c", "rq": "\u201d", "oq": "\u2018", "cq": "\u2019",
	"Bq": "\u201e", "bq": "\u201a", "Fo": "\u00ab", "Fc": "\u00bb", "fo": "\u2039", "fc": "\u203a",
	"em": "\u2014", "en": "\u2013", "hy": "-", "-": "-", "mi": "\u2212", "pl": "+", "eq": "=",
	"bu": "\u2022", "co": "\u00a9", "rg": "\u00ae", "tm": "\u2122", "lB": "[", "rB": "]",
	"lC": "{", "rC": "}", "la": "\u27e8", "ra": "\u27e9", "ba": "|", "bv": "|", "br": "\u2502",
	"ti": "~", "ha": "^", "rs": `\`, "sl": "/", "at": "@", "sh": "#", "Do": "$", "ga": "`",
	"aa": "\u00b4", "ul": "_", "ru": "_", "rn": "\u203e", "dg": "\u2020", "dd": "\u2021",
	"ps": "\u00b6", "sc": "\u00a7", "de": "\u00b0", "mu": "\u00d7", "di": "\u00f7",
	"<=": "\u2264", ">=": "\u2265", "!=": "\u2260", "->": "\u2192", "<-": "\u2190",
	"<>": "\u2194", "==": "\u2261", "~~": "\u2248", "+-": "\u00b1", "Eu": "\u20ac",
	"eu": "\u20ac", "Po": "\u00a3", "Ye": "\u00a5", "ct": "\u00a2", "es": "\u2205",
	"if": "\u221e", "sq": "\u25a1", "ci": "\u25cb", "lz": "\u25ca", "OK": "\u2713",
	"ua": "\u2191", "da": "\u2193", "rA": "\u21d2", "lA": "\u21d0", "hA": "\u21d4",
	"ss": "\u00df", "tno": "\u00ac", "no": "\u00ac", "r!": "\u00a1", "r?": "\u00bf",
	"12": "\u00bd", "14": "\u00bc", "34": "\u00be", "char46": ".", "char39": "'",
	"char92": `\`, "char34": `"`, "char45": "-", "char32": " ",
}

// isRoff reports whether text is roff source: its first line that is not blank is a
// comment (`.\"`, `'\"`) or one of the man macros a page opens with, and it has a section
// heading or a table (roffHeadings). No other page opens with a request: reStructuredText's
// ".. " directives have no name after the dot.
func isRoff(text string) bool {
	opened := false
	for l := range strings.SplitSeq(text, "\n") {
		t := strings.TrimRight(l, " \t\r")
		if t == "" {
			continue
		}
		name, _, req := roffRequest(t)
		if !opened {
			if !req || name != `\"` && !roffOpeners[name] {
				return false
			}
			opened = true
		}
		if req && roffHeadings[name] {
			return true
		}
	}
	return false
}

// roffRequest reads a control line: a dot or an apostrophe, blanks, then the request's name and its
// arguments; a comment (`.\"`, `.\#`, `'\"`) is the request `\"`. req is false for a text line.
func roffRequest(t string) (name, args string, req bool) {
	if t == "" || t[0] != '.' && t[0] != '\'' {
		return "", "", false
	}
	s := strings.TrimLeft(t[1:], " \t")
	if strings.HasPrefix(s, `\"`) || strings.HasPrefix(s, `\#`) {
		return `\"`, "", true
	}
	if s == "" {
		return "", "", true // a lone control character: no request
	}
	name, args, _ = strings.Cut(s, " ")
	if i := strings.IndexByte(name, '\t'); i >= 0 {
		name, args = name[:i], name[i+1:]+" "+args
	}
	return name, strings.TrimSpace(args), true
}

// roffArgs splits a request's arguments at blanks, a double-quoted argument one (`""` in it
// a quote).
func roffArgs(s string) []string {
	var out []string
	for s = strings.TrimLeft(s, " \t"); s != ""; s = strings.TrimLeft(s, " \t") {
		if s[0] != '"' {
			a, rest, _ := strings.Cut(s, " ")
			out = append(out, a)
			s = rest
			continue
		}
		var b strings.Builder
		i := 1
		for ; i < len(s); i++ {
			if s[i] == '"' {
				if i+1 < len(s) && s[i+1] == '"' {
					b.WriteByte('"')
					i++
					continue
				}
				break
			}
			b.WriteByte(s[i])
		}
		out = append(out, b.String())
		s = s[min(i+1, len(s)):]
	}
	return out
}

// roffReader is the state of one unroff call.
type roffReader struct {
	p     *page.Page
	lines []string
	out   []string
	nos   []int32
	// para holds the text of the output line being filled and its source line's number.
	para   []string
	paraNo int
	// prefix opens the next output line: a list item's marker (".IP \[bu]").
	prefix string
	// depth is the .RS depth: list items indent by it.
	depth int
	// nofill is set between .nf and .fi (.EX and .EE): each source line is a line.
	nofill bool
	// cell is set while a tbl text block is read: breaks are "<br>" in the cell.
	cell      bool
	cellParts []string
	tables    int
	// ms is set when the page is written with the ms macros (msSource).
	ms bool
	// glue is set when the text filled last ended with "\c": the next text goes on its word.
	glue bool
	// strs are the strings the page defines (.ds, .as), by name.
	strs map[string]string
}

// unroff rewrites a page of roff source as the text it typesets (see above) and returns
// it with the source line number of each of its lines.
func unroff(p *page.Page, text string) (string, []int32) {
	r := &roffReader{p: p, lines: strings.Split(text, "\n")}
	joinContinued(r.lines)
	r.ms = msSource(r.lines)
	for i := 0; i < len(r.lines); {
		i = r.line(i)
	}
	r.flush(false)
	if r.ms {
		p.Warn(1, "the page is roff source written with the ms macros (.SH and .NH headings, .LP and .PP paragraphs, tbl tables); read as the text it typesets, %d tables as pipe tables", r.tables)
	} else {
		p.Warn(1, "the page is roff source (a manual page's requests: .SH headings, .PP paragraphs, tbl tables); read as the text it typesets, %d tables as pipe tables", r.tables)
	}
	return strings.Join(r.out, "\n"), r.nos
}

// joinContinued joins each line ending with an escaped newline (an odd number of
// backslashes: pandoc -t ms breaks a long .pdfhref request so) with the line after it,
// which becomes a comment, so that the lines keep their numbers. A comment's backslash
// is the comment's.
func joinContinued(lines []string) {
	for i := 0; i+1 < len(lines); i++ {
		t := strings.TrimRight(lines[i], " \t\r")
		if !continued(t) {
			continue
		}
		if name, _, req := roffRequest(t); req && name == `\"` {
			continue
		}
		j := i
		for j+1 < len(lines) && continued(t) {
			j++
			t = t[:len(t)-1] + strings.TrimRight(lines[j], " \t\r")
			lines[j] = `.\"`
		}
		lines[i] = t
		i = j
	}
}

// continued reports whether line t ends with an escaped newline: an odd number of
// backslashes.
func continued(t string) bool {
	n := len(t) - len(strings.TrimRight(t, `\`))
	return n%2 == 1
}

// msOnly are the requests of the ms macros that a manual page does not use.
var msOnly = map[string]bool{"NH": true, "LP": true, "pdfhref": true, "TL": true, "AU": true, "XS": true, "QS": true, "1C": true, "2C": true, "AB": true}

// msSource reports whether roff source is written with the ms macros: it has no .TH (a
// manual page's title) and one of msOnly or an .SH with a level ("SH 2"), which man's
// .SH, naming its section, does not take.
func msSource(lines []string) bool {
	ms := false
	for _, l := range lines {
		name, args, req := roffRequest(l)
		switch {
		case !req:
		case name == "TH":
			return false
		case msOnly[name], name == "SH" && level(args) > 0:
			ms = true
		}
	}
	return ms
}

// level is an ms heading's level, its argument's number (0 when it has none or another).
func level(args string) int {
	n, err := strconv.Atoi(strings.TrimSpace(args))
	if err != nil || n < 0 {
		return 0
	}
	return n
}

// emit writes an output line read from source line no (0-based).
func (r *roffReader) emit(s string, no int) {
	r.out = append(r.out, s)
	r.nos = append(r.nos, int32(no+1))
}

// gap writes a blank line unless the output is empty or ends with one.
func (r *roffReader) gap(no int) {
	if n := len(r.out); n > 0 && r.out[n-1] != "" {
		r.emit("", no)
	}
}

// flush ends the line being filled: in a cell it is the cell's next part; on the page it
// is a line, set apart from the one before by a blank line when gap (a new paragraph).
func (r *roffReader) flush(gap bool) {
	r.glue = false
	if len(r.para) == 0 {
		if gap && !r.cell {
			r.gap(r.paraNo)
		}
		return
	}
	s := r.prefix + strings.Join(r.para, " ")
	if r.cell {
		r.cellParts = append(r.cellParts, s)
	} else {
		if gap {
			r.gap(r.paraNo)
		}
		if r.prefix != "" {
			s = strings.Repeat("  ", r.depth) + s
		}
		r.emit(s, r.paraNo)
	}
	r.para, r.prefix = r.para[:0], ""
}

// add fills text from source line no into the line being filled; after text that ended
// with "\c" it goes on that text's last word, with only the blanks it opens with between.
func (r *roffReader) add(text string, no int) {
	if r.glue && len(r.para) > 0 {
		r.glue = false
		r.para[len(r.para)-1] += strings.TrimRight(text, " \t")
		return
	}
	r.glue = false
	if text = strings.TrimSpace(text); text == "" {
		return
	}
	if len(r.para) == 0 {
		r.paraNo = no
	}
	r.para = append(r.para, text)
}

// line reads source line i and returns the index of the next line to read.
func (r *roffReader) line(i int) int {
	t := strings.TrimRight(r.lines[i], " \t\r")
	name, args, req := roffRequest(t)
	if !req {
		text := r.text(t, i)
		switch {
		case r.nofill:
			if text != "" || strings.TrimSpace(t) == "" {
				if r.cell {
					r.cellParts = append(r.cellParts, text)
				} else {
					r.emit(text, i)
				}
			}
		case t == "":
			r.flush(true)
		default:
			if t[0] == ' ' || t[0] == '\t' {
				r.flush(false) // a line opening with a blank breaks the line before
			}
			r.fill(t, text, i)
		}
		return i + 1
	}
	switch name {
	case `\"`, "":
	case "PP", "LP", "P", "HP", "sp", "QP", "XP", "QS", "QE":
		r.flush(true)
	case "br":
		r.flush(false)
	case "IP", "TP":
		r.flush(true)
		if a := roffArgs(args); name == "IP" && len(a) > 0 {
			r.prefix = itemMarker(r.text(a[0], i))
		}
		if name == "TP" && i+1 < len(r.lines) {
			// the tag is the next line, a line of its own
			r.add(r.text(r.lines[i+1], i+1), i+1)
			r.flush(false)
			return i + 2
		}
	case "RS":
		r.flush(true)
		r.depth++
	case "RE":
		r.flush(true)
		r.depth = max(r.depth-1, 0)
	case "nf", "EX":
		r.flush(true)
		if !r.nofill && !r.cell {
			r.emit("```", i)
		}
		r.nofill = true
	case "fi", "EE":
		r.flush(false)
		if r.nofill && !r.cell {
			r.emit("```", i)
			r.gap(i)
		}
		r.nofill = false
	case "B", "I", "SM", "SB":
		r.add(r.text(strings.Join(roffArgs(args), " "), i), i)
	case "BR", "BI", "IB", "IR", "RB", "RI":
		r.add(r.text(strings.Join(roffArgs(args), ""), i), i)
	case "SH", "NH", "TL":
		if name == "TL" || name == "NH" || level(args) > 0 || args == "" && r.ms {
			return r.msHeading(i, name, args)
		}
		fallthrough
	case "SS":
		if r.cell {
			r.p.Drop(i+1, "roff heading .%s inside a tbl cell: its line %q left out", name, t)
			break
		}
		r.flush(true)
		level := "# "
		if name == "SS" {
			level = "## "
		}
		h := r.text(strings.Join(roffArgs(args), " "), i)
		if h == "" && i+1 < len(r.lines) {
			i++
			h = r.text(r.lines[i], i)
		}
		r.emit(level+h, i)
		r.emit("", i)
	case "TH":
		// the page's running header and footer: its name, section and date
	case "TS":
		if r.cell {
			r.p.Drop(i+1, "tbl table inside a tbl cell: its line %q read as text", t)
			break
		}
		r.flush(true)
		return r.table(i)
	case "ie", "el", "if":
		return r.skipBlock(i, args)
	case "pdfhref":
		r.pdfhref(args, i)
	case "XS", "XA":
		return r.skipTo(i, "XE")
	case "ds", "ds1", "as", "as1":
		r.define(name, args)
	case "rm":
		for _, a := range roffArgs(args) {
			delete(r.strs, a)
		}
	case "de", "de1", "am", "ig":
		return r.skipDefinition(i, args)
	default:
		if !roffIgnored[name] && args != "" {
			r.p.Drop(i+1, "roff request .%s not known: its line %q left out", name, t)
		}
	}
	return i + 1
}

// itemMarker is the marker a list item (.IP's tag) opens its line with: "- " for a bullet,
// the tag itself for a number ("1.") or a word.
func itemMarker(tag string) string {
	switch tag {
	case "":
		return ""
	case "\u2022", "-", "*", "o", "\u00b7", "+":
		return "- "
	}
	return tag + " "
}

// skipBlock skips a conditional request (.ie, .el, .if: they choose how to typeset, for
// which output device) and the block in braces it opens (`\{` … `\}`), which set fonts
// and strings, not the page's text.
func (r *roffReader) skipBlock(i int, args string) int {
	if !strings.Contains(args, `\{`) {
		return i + 1
	}
	depth := strings.Count(args, `\{`) - strings.Count(args, `\}`)
	for i++; i < len(r.lines) && depth > 0; i++ {
		depth += strings.Count(r.lines[i], `\{`) - strings.Count(r.lines[i], `\}`)
	}
	return i
}

// skipDefinition skips a macro definition or ignored block (.de, .ig) to its end line
// (".." or the end name it gives).
func (r *roffReader) skipDefinition(i int, args string) int {
	end := ".."
	if a := roffArgs(args); len(a) > 1 {
		end = "." + a[1]
	}
	for i++; i < len(r.lines); i++ {
		if strings.TrimSpace(r.lines[i]) == end {
			return i + 1
		}
	}
	r.p.Drop(len(r.lines), "roff definition opened on line %d has no end line %q: the page's rest left out", i+1, end)
	return i
}

// table reads a tbl table from its .TS line i and writes it as a pipe table: its options
// (the tab character), its format lines, then its rows to .TE, a row's cells split by the
// tab character, a cell "T{" a text block to the line opening "T}". A rule line ("_",
// "=") under the first row makes that row the header (the pipe table's separator). It
// returns the index of the line after .TE.
func (r *roffReader) table(i int) int {
	start := i
	tab := "\t"
	i++
	if i < len(r.lines) && strings.HasSuffix(strings.TrimSpace(r.lines[i]), ";") {
		if j := strings.Index(r.lines[i], "tab("); j >= 0 && j+5 < len(r.lines[i]) {
			tab = r.lines[i][j+4 : j+5]
		}
		i++
	}
	i = r.formatLines(i)
	r.gap(start)
	r.tables++
	rows, sep := 0, false
	width := 0
	for i < len(r.lines) {
		t := strings.TrimRight(r.lines[i], " \t\r")
		switch name, _, req := roffRequest(t); {
		case req && name == "TE":
			r.gap(i)
			return i + 1
		case req && name == "T&":
			i = r.formatLines(i + 1)
			continue
		case req:
			i++ // a request between rows (.sp) lays them out
			continue
		case t == "_" || t == "=" || t == "-":
			if rows == 1 && !sep {
				r.emit("|"+strings.Repeat("---|", width), i)
				sep = true
			}
			i++
			continue
		}
		no := i
		var cells []string
		cells, i = r.row(i, tab)
		width = max(width, len(cells))
		for len(cells) < width {
			cells = append(cells, "")
		}
		rows++
		r.emit("| "+strings.Join(cells, " | ")+" |", no)
	}
	r.p.Drop(start+1, "tbl table opened by .TS on line %d has no .TE: read to the page's end", start+1)
	return i
}

// formatLines skips a tbl table's format lines from line i: the last ends with '.'.
func (r *roffReader) formatLines(i int) int {
	for ; i < len(r.lines); i++ {
		if strings.HasSuffix(strings.TrimSpace(r.lines[i]), ".") {
			return i + 1
		}
	}
	return i
}

// row reads the tbl row opening at line i: its cells, each as a pipe table's cell (a
// text block's lines filled, its paragraphs joined with "<br>", pipes escaped), and the
// index of the line after it.
func (r *roffReader) row(i int, tab string) ([]string, int) {
	var cells []string
	rest := r.lines[i]
	for {
		c, after, more := strings.Cut(rest, tab)
		if strings.TrimSpace(c) != "T{" || more {
			cells = append(cells, pipeCell(r.text(c, i)))
			if !more {
				return cells, i + 1
			}
			rest = after
			continue
		}
		open := i
		j := i + 1
		for j < len(r.lines) && !strings.HasPrefix(r.lines[j], "T}") {
			j++
		}
		cells = append(cells, r.block(i+1, j))
		if j == len(r.lines) {
			r.p.Drop(open+1, "tbl text block opened by T{ on line %d has no T}: read to the page's end", open+1)
			return cells, j
		}
		i = j
		rest = strings.TrimRight(r.lines[j][2:], " \t\r")
		if rest == "" {
			return cells, i + 1
		}
		rest = strings.TrimPrefix(rest, tab)
	}
}

// block reads a tbl text block, source lines [i, j), into one pipe table cell.
func (r *roffReader) block(i, j int) string {
	saved := r.nofill
	r.flush(false)
	r.cell, r.cellParts, r.nofill = true, r.cellParts[:0], false
	for i < j {
		i = r.line(i)
	}
	r.flush(false)
	r.cell, r.nofill = false, saved
	var parts []string
	for _, s := range r.cellParts {
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, pipeCell(s))
		}
	}
	return strings.Join(parts, "<br>")
}

// pipeCell is text as a pipe table's cell: its pipes escaped.
func pipeCell(s string) string {
	return strings.ReplaceAll(strings.TrimSpace(s), "|", `\|`)
}

// text is source line i's text s with its escapes read (roffText, the page's strings
// too); what it cannot read is named in a warning with the line.
func (r *roffReader) text(s string, i int) string {
	out, unknown := roffText(s, r.strs, 0)
	for _, u := range unknown {
		r.p.Guess(i+1, "%s", u)
	}
	return out
}

// roffText reads the escapes of roff text: a named character ("\[dq]", "\(em",
// "\[u2514]") is the character, "\-" and "\e" a hyphen and a backslash, a font or size
// change ("\f[B]", "\fI", "\s-1") and the zero-width escapes ("\&", "\%", "\c") are
// nothing, a comment ("\"") ends the text, a string ("\*[name args]", "\*(xx", "\*x") its
// value (roffString) read in turn, depth strings deep. What it cannot read is kept as
// written (a string not defined that has arguments: its arguments), and a message naming
// it returned.
func roffText(s string, strs map[string]string, depth int) (string, []string) {
	if strings.IndexByte(s, '\\') < 0 {
		return s, nil
	}
	var b strings.Builder
	var unknown []string
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 == len(s) {
			b.WriteByte(c)
			continue
		}
		i++
		switch e := s[i]; e {
		case '"', '#':
			return b.String(), unknown
		case '-':
			b.WriteByte('-')
		case 'e', '\\':
			b.WriteByte('\\')
		case '&', '%', ')', '/', ',', ':', 'c', '^', '|', '!', '{', '}':
		case ' ', '~', '0':
			b.WriteByte(' ')
		case '\'':
			b.WriteString("\u00b4")
		case '`':
			b.WriteByte('`')
		case '.':
			b.WriteByte('.')
		case 't':
			b.WriteByte('\t')
		case 'f', 'F', 's', 'm', 'M', 'n', 'g':
			// a font, family, size or colour change, a number register's value or format (the
			// typesetter's settings): its argument, one character, (xx or [name]
			_, n := roffName(s[i+1:], e == 's')
			i += n
		case 'h', 'v', 'X', 'D', 'w', 'o', 'b', 'l', 'L', 'Z', 'N', 'R', 'x', 'S', 'H':
			// an escape with a quoted argument: motion, device control, drawing
			if i+1 < len(s) && s[i+1] == '\'' {
				if k := strings.IndexByte(s[i+2:], '\''); k >= 0 {
					i += k + 2
					break
				}
			}
			unknown = append(unknown, "roff escape "+s[i-1:i+1]+" not known: kept as written")
			b.WriteString(s[i-1 : i+1])
		case '(', '[':
			name, n := roffName(s[i:], false)
			if g, ok := roffGlyph(name); ok {
				b.WriteString(g)
				i += n - 1
				break
			}
			unknown = append(unknown, "roff escape "+`\`+s[i:i+n]+" not known: kept as written")
			b.WriteString(`\` + s[i:i+n])
			i += n - 1
		case '*':
			name, args, n := roffCall(s[i+1:])
			call := s[i-1 : i+1+n]
			i += n
			v, ok := roffString(name, strs)
			switch {
			case ok && depth < 8:
				out, more := roffText(roffExpand(v, args), strs, depth+1)
				b.WriteString(out)
				unknown = append(unknown, more...)
			case ok:
				unknown = append(unknown, "roff string "+call+" expands itself: left out")
			case len(args) > 0:
				out, more := roffText(strings.Join(args, " "), strs, depth+1)
				b.WriteString(out)
				unknown = append(unknown, "roff string "+call+" not defined on the page: read as its arguments")
				unknown = append(unknown, more...)
			default:
				unknown = append(unknown, "roff escape "+call+" not known: kept as written")
				b.WriteString(call)
			}
		default:
			unknown = append(unknown, "roff escape "+s[i-1:i+1]+" not known: kept as written")
			b.WriteString(s[i-1 : i+1])
		}
	}
	return b.String(), unknown
}

// roffName reads an escape's argument at the start of s: "(xx", "[name]" or one character
// (a size's sign and digits when size), and returns it and the bytes it takes.
func roffName(s string, size bool) (string, int) {
	if s == "" {
		return "", 0
	}
	switch s[0] {
	case '(':
		if len(s) >= 3 {
			return s[1:3], 3
		}
		return s[1:], len(s)
	case '[':
		if k := bracketEnd(s); k >= 0 {
			return s[1:k], k + 1
		}
		return s[1:], len(s)
	}
	if size {
		n := 0
		if s[0] == '+' || s[0] == '-' {
			n++
		}
		for n < len(s) && s[n] >= '0' && s[n] <= '9' {
			n++
		}
		return s[:n], n
	}
	return s[:1], 1
}

// roffGlyph is the text of a named character: a name roffGlyphs knows, or a Unicode code
// point ("u2514", "u0041_0301" a composite).
func roffGlyph(name string) (string, bool) {
	if g, ok := roffGlyphs[name]; ok {
		return g, true
	}
	if len(name) < 5 || name[0] != 'u' {
		return "", false
	}
	var b strings.Builder
	for cp := range strings.SplitSeq(name[1:], "_") {
		n, err := strconv.ParseUint(cp, 16, 32)
		if err != nil {
			return "", false
		}
		b.WriteRune(rune(n))
	}
	return b.String(), true
}

// fill fills the text of source line no, raw as written and text as read, into the line
// being filled; raw ending with "\c" glues the next text onto it, keeping the blank
// before the "\c".
func (r *roffReader) fill(raw, text string, no int) {
	r.add(text, no)
	if !continuedBy(raw, 'c') || len(r.para) == 0 {
		return
	}
	if strings.HasSuffix(text, " ") {
		r.para[len(r.para)-1] += " "
	}
	r.glue = true
}

// continuedBy reports whether raw ends with the escape \e (an odd number of backslashes
// before e).
func continuedBy(raw string, e byte) bool {
	raw = strings.TrimRight(raw, " \t")
	return len(raw) > 1 && raw[len(raw)-1] == e && continued(raw[:len(raw)-1])
}

// msHeading reads an ms heading from its request on line i (.SH or .NH with its level,
// 1 when it gives none; .TL the document's title, a first level): its text is the text
// lines after it, up to the next request. It returns the index of that request's line.
func (r *roffReader) msHeading(i int, name, args string) int {
	if r.cell {
		r.p.Drop(i+1, "roff heading .%s inside a tbl cell: left out", name)
		return i + 1
	}
	r.flush(true)
	n := max(level(args), 1)
	if name == "NH" && strings.HasPrefix(strings.TrimSpace(args), "S") {
		n = 1 // ".NH S 2 1" sets the numbers of a first level heading
	}
	var words []string
	no := i
	j := i + 1
	for ; j < len(r.lines); j++ {
		t := strings.TrimRight(r.lines[j], " \t\r")
		name, _, req := roffRequest(t)
		if req && name != `\"` {
			break
		}
		if !req {
			if w := strings.TrimSpace(r.text(t, j)); w != "" {
				words = append(words, w)
				no = j
			}
		}
	}
	if len(words) == 0 {
		r.p.Drop(i+1, "roff heading .%s has no text before the next request: left out", name)
		return j
	}
	r.emit(strings.Repeat("#", n)+" "+strings.Join(words, " "), no)
	r.emit("", no)
	return j
}

// pdfhref reads a .pdfhref request (groff's PDF marks, which pandoc -t ms writes): a link
// (W a web address, L a place in the document) is its text, the arguments after "--" or
// the first that is no option (with none, a web link's address), with the text of its -P
// option before and of its -A option after it; a link's -A "\c" glues the text after it
// on. The other forms set no text: O a bookmark (which repeats its heading), M an anchor,
// I, F and Z settings.
func (r *roffReader) pdfhref(args string, i int) {
	a := roffArgs(args)
	if len(a) == 0 || a[0] != "W" && a[0] != "L" {
		return
	}
	var pre, post, dest string
	var text []string
	for k := 1; k < len(a); k++ {
		switch a[k] {
		case "--":
			text = a[k+1:]
		case "-P", "-A", "-D", "-F", "-N", "-T":
			if k+1 < len(a) {
				switch a[k] {
				case "-P":
					pre = a[k+1]
				case "-A":
					post = a[k+1]
				case "-D":
					dest = a[k+1]
				}
				k++
			}
			continue
		default:
			if strings.HasPrefix(a[k], "-") {
				continue
			}
			text = a[k:]
		}
		break
	}
	if len(text) == 0 && a[0] == "W" {
		text = []string{dest}
	}
	raw := pre + strings.Join(text, " ") + post
	r.fill(raw, r.text(raw, i), i)
}

// skipTo skips from line i to the line after the request end (".XE" closing an ms table
// of contents' entry, whose text repeats a heading) and returns its index.
func (r *roffReader) skipTo(i int, end string) int {
	for j := i + 1; j < len(r.lines); j++ {
		if name, _, req := roffRequest(strings.TrimRight(r.lines[j], " \t\r")); req && name == end {
			return j + 1
		}
	}
	r.p.Drop(i+1, "roff request on line %d has no .%s: the page's rest left out", i+1, end)
	return len(r.lines)
}

// define reads a string definition (.ds name value; .as appends): the value is the rest of
// the line, a double quote opening it left out, read in copy mode ("\\" a backslash).
func (r *roffReader) define(req, args string) {
	name, value, _ := strings.Cut(args, " ")
	if name == "" {
		return
	}
	value = strings.TrimPrefix(strings.TrimLeft(value, " \t"), `"`)
	value = strings.ReplaceAll(value, `\\`, `\`)
	if r.strs == nil {
		r.strs = map[string]string{}
	}
	if strings.HasPrefix(req, "as") {
		value = r.strs[name] + value
	}
	r.strs[name] = value
}

// bracketEnd is the index of the "]" closing the "[" that s opens with, past escapes
// ("\[dq]", "\n[.s]") and double-quoted arguments, or -1.
func bracketEnd(s string) int {
	quoted := false
	for k := 1; k < len(s); k++ {
		switch s[k] {
		case '\\':
			if k+1 < len(s) && s[k+1] == '[' {
				if e := bracketEnd(s[k+1:]); e >= 0 {
					k += e + 1
					continue
				}
			}
			k++
		case '"':
			quoted = !quoted
		case ']':
			if !quoted {
				return k
			}
		}
	}
	return -1
}

// roffCall reads a string's call at the start of s (after "\*"): "(xx", "[name args]" or
// one character; it returns the name, the arguments and the bytes it takes.
func roffCall(s string) (string, []string, int) {
	if s == "" || s[0] != '[' {
		name, n := roffName(s, false)
		return name, nil, n
	}
	k := bracketEnd(s)
	if k < 0 {
		return s[1:], nil, len(s)
	}
	name, args, _ := strings.Cut(s[1:k], " ")
	return name, roffArgs(args), k + 1
}

// msStrings are the strings the ms macros define (groff_ms(7)): quotes, a dash, and the
// shifts of a superscript or subscript (no text).
var msStrings = map[string]string{"Q": "\u201c", "U": "\u201d", "-": "\u2014", "{": "", "}": "", "<": "", ">": ""}

// pandocTokens are the strings pandoc's ms template defines for a highlighted code
// block's tokens (`\*[KeywordTok "if"]`): each is its argument in a colour and a font.
var pandocTokens = strings.Fields(`Alert Annotation Attribute BaseN BuiltIn Char Comment
	CommentVar Constant ControlFlow DataType DecVal Documentation Error Extension Float
	Function Import Information Keyword Normal Operator Other Preprocessor RegionMarker
	SpecialChar SpecialString String Variable VerbatimString Warning`)

// roffString is the value of the string name: the page's definition (strs), else ms's
// (msStrings) or pandoc's template's (pandocTokens: its argument, "\$1").
func roffString(name string, strs map[string]string) (string, bool) {
	if v, ok := strs[name]; ok {
		return v, true
	}
	if v, ok := msStrings[name]; ok {
		return v, true
	}
	if tok, ok := strings.CutSuffix(name, "Tok"); ok && slices.Contains(pandocTokens, tok) {
		return `\$1`, true
	}
	return "", false
}

// roffExpand puts a string's arguments into its value: "\$1" to "\$9" each, "\$*" and
// "\$@" all of them.
func roffExpand(v string, args []string) string {
	if !strings.Contains(v, `\$`) {
		return v
	}
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		if v[i] != '\\' || i+2 >= len(v) || v[i+1] != '$' {
			b.WriteByte(v[i])
			continue
		}
		switch c := v[i+2]; {
		case c >= '1' && c <= '9':
			if n := int(c - '1'); n < len(args) {
				b.WriteString(args[n])
			}
		case c == '*' || c == '@':
			b.WriteString(strings.Join(args, " "))
		default:
			b.WriteString(v[i : i+3])
		}
		i += 2
	}
	return b.String()
}
