package scrape

import (
	"fmt"
	"strings"
)

// msShape is the unseenShapes shape of a text page saved as roff source written with the
// ms macros, as pandoc -t ms writes it (mdtable+s25rfms; a wiki shape: wikiShapes), the
// roff shape's page (roffShape) otherwise, by record:
//
//   - every other record pandoc's standalone preamble (comments, the strings of
//     superscripts and of the highlighting tokens defined by ".ds", colours, registers, a
//     macro, PDF settings, ".1C"), the others none;
//   - the title ".SH 1" and each section ".SH 2" over its text on the next line, then its
//     PDF bookmark and anchor (".pdfhref O", ".pdfhref M"); every third record numbered
//     headings (".NH 1", the bookmark's text "\*[SN]  Title") each with its table of
//     contents' entry (".XS", a ".pdfhref L" link broken over two lines, ".XE") and ".TC"
//     at the end;
//   - a paragraph ".LP" after a heading, ".PP" after text;
//   - the code ".IP", ".nf", "\f[C]" … "\f[]", ".fi", the JSON example's tokens each a
//     highlighting string ("\*[DataTypeTok "\[dq]RequestId\[dq]"]", "\*[NormalTok "  "]");
//   - each table (the RAM table's too) in tbl between ".PP", ".na" and ".ad": the options
//     "delim(@@) tab(\t);", every cell a "T{" text block parted by tabs (a description
//     opening with ".LP" in the first row, ".PP" in the others), "_" under the header;
//   - names set "\f[C]Name\f[R]"; the escapes of the roff shape.
const msShape = "s25rfms"

// msHeading is a heading of the given level (1 the title, 2 a section) as the ms shape
// writes it (see msShape).
func (p *truthPage) msHeading(level int, text string) string {
	text = p.roffEscape(text)
	anchor := strings.ToLower(strings.Join(strings.Fields(text), "-"))
	if p.seq%3 != 0 {
		return fmt.Sprintf(".SH %d\n%s\n.pdfhref O %d \"%s\"\n.pdfhref M \"%s\"", level, text, level, text, anchor)
	}
	return fmt.Sprintf(".NH %d\n%s\n.pdfhref O %d \"\\*[SN]  %s\"\n.pdfhref M \"%s\"\n.XS\n.pdfhref L -D \"%s\" \\\n -- \"%s\\*[SN]\\~\\~%s\"\n.XE",
		level, text, level, text, anchor, anchor, strings.Repeat("\t", level), text)
}

// msCode is code in lang ("json" or none) as the ms shape writes a code block: a JSON
// example's tokens highlighted (msTokens).
func (p *truthPage) msCode(code, lang string) string {
	lines := strings.Split(code, "\n")
	for k, l := range lines {
		if lang == "json" {
			lines[k] = p.msTokens(l)
		} else {
			lines[k] = p.roffEscape(l)
		}
	}
	return ".IP\n.nf\n\\f[C]\n" + strings.Join(lines, "\n") + "\n\\f[]\n.fi"
}

// msTokens is a line of JSON as pandoc's highlighter writes it in ms: each token a string
// named by its kind around the token's text, escaped: blanks NormalTok, a key DataTypeTok,
// a string StringTok, a run of braces, commas and colons FunctionTok, a bracket OtherTok,
// a number DecValTok or FloatTok, a word (true, null) KeywordTok.
func (p *truthPage) msTokens(line string) string {
	var b strings.Builder
	tok := func(kind, s string) {
		fmt.Fprintf(&b, `\*[%sTok "%s"]`, kind, strings.TrimPrefix(p.roffEscape(s), `\&`))
	}
	for i := 0; i < len(line); {
		c, j := line[i], i+1
		switch {
		case c == ' ':
			for j < len(line) && line[j] == ' ' {
				j++
			}
			tok("Normal", line[i:j])
		case c == '"':
			for j < len(line) && line[j] != '"' {
				if line[j] == '\\' {
					j++
				}
				j++
			}
			j = min(j+1, len(line))
			if strings.HasPrefix(strings.TrimLeft(line[j:], " "), ":") {
				tok("DataType", line[i:j])
			} else {
				tok("String", line[i:j])
			}
		case strings.IndexByte("{},:", c) >= 0:
			for j < len(line) && strings.IndexByte("{},:", line[j]) >= 0 {
				j++
			}
			tok("Function", line[i:j])
		case c == '[' || c == ']':
			tok("Other", line[i:j])
		case c == '-' || c >= '0' && c <= '9':
			for j < len(line) && strings.IndexByte("0123456789.eE+-", line[j]) >= 0 {
				j++
			}
			if strings.ContainsAny(line[i:j], ".eE") {
				tok("Float", line[i:j])
			} else {
				tok("DecVal", line[i:j])
			}
		default:
			for j < len(line) && strings.IndexByte(` "{}[],:`, line[j]) < 0 {
				j++
			}
			tok("Keyword", line[i:j])
		}
		i = j
	}
	return b.String()
}

// msTable writes rows (the header first, cells escaped) as the ms shape's tbl table.
func (p *truthPage) msTable(rows [][]string) {
	n := len(rows[0])
	p.f(".PP\n.na\n.TS\ndelim(@@) tab(\t);\n%s.\n", strings.TrimSpace(strings.Repeat("l ", n)))
	for k, r := range rows {
		var b strings.Builder
		for c := range n {
			if c > 0 {
				b.WriteString("\t")
			}
			b.WriteString("T{\n")
			s := ""
			if c < len(r) {
				s = r[c]
			}
			if k > 0 && c == n-1 && s != "" {
				if k == 1 {
					b.WriteString(".LP\n")
				} else {
					b.WriteString(".PP\n")
				}
			}
			p.tblText(&b, s)
		}
		p.f("%s\n", b.String())
		if k == 0 {
			p.f("_\n")
		}
	}
	p.f(".TE\n.ad\n")
}

// msPreamble is pandoc's standalone ms preamble, shortened: the strings, colours,
// registers, macro and PDF settings it defines before the text.
const msPreamble = `.\" **** Custom macro definitions *********************************
.\" * Super/subscript
.ds { \v'-0.3m'\\s[\\n[.s]*9u/12u]
.ds } \s0\v'0.3m'
.ds < \v'0.3m'\s[\\n[.s]*9u/12u]
.ds > \s0\v'-0.3m'
.\" * Horizontal line
.de HLINE
.LP
.ce
\l'20'
..
.\" * Syntax highlighting macros
.defcolor 007020 rgb #007020
.defcolor 902000 rgb #902000
.defcolor 40a070 rgb #40a070
.defcolor 4070a0 rgb #4070a0
.defcolor 06287e rgb #06287e
.ds KeywordTok \\m[007020]\\f[CB]\\$1\\f[C]\\m[]
.ds DataTypeTok \\m[902000]\\$1\\m[]
.ds DecValTok \\m[40a070]\\$1\\m[]
.ds FloatTok \\m[40a070]\\$1\\m[]
.ds StringTok \\m[4070a0]\\$1\\m[]
.ds OtherTok \\m[007020]\\$1\\m[]
.ds FunctionTok \\m[06287e]\\$1\\m[]
.ds NormalTok \\$1
.\" **** Settings *************************************************
.nr LL 5.5i
.nr PO 1.25i
.fam P
.nr PI 0m
.nr PD 0.4v
.nr FL \n[LL]
.defcolor strikecolor rgb 0.7 0.7 0.7
.ds PDFHREF.COLOUR   0.35 0.00 0.60
.ds PDFHREF.BORDER   0 0 0
.nr PSINCR 1p
.als SN SN-NO-DOT
.als SN-STYLE SN-NO-DOT
.rm CH
.ds CF %
.nr PDFOUTLINE.FOLDLEVEL 3
.pdfview /PageMode /UseOutlines
.\" ***************************************************************
.\" PDF metadata
.pdfinfo /Title "API"
.pdfinfo /Author ""
.hy
.\" 1 column (use .2C for two column)
.1C
`

// msPage is text page s, its headings, tables and code already in ms (msHeading,
// msTable, msCode), as ms source: the preamble by record, each line of text outside them
// escaped and a paragraph of its own (".LP" after a heading, ".PP" else), blank lines
// left out, ".TC" at the end when the headings have contents entries.
func msPage(s string, seq int) []byte {
	p := &truthPage{seq: seq}
	var b strings.Builder
	if seq%2 == 0 {
		b.WriteString(msPreamble)
	}
	block := false   // inside a table, a code block or a contents entry, written already
	heading := false // the line after .SH or .NH: the heading's text
	after := false   // after a heading: the next paragraph is .LP
	for _, l := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		switch {
		case l == ".TS" || l == ".nf" || l == ".XS":
			block = true
		case l == ".TE" || l == ".fi" || l == ".XE":
			block = false
		case block || l == ".IP" || l == ".na" || l == ".ad" || l == ".PP":
		case heading:
			heading = false
		case strings.HasPrefix(l, ".SH ") || strings.HasPrefix(l, ".NH "):
			heading, after = true, true
		case strings.HasPrefix(l, ".pdfhref "):
		case strings.TrimSpace(l) == "":
			continue
		default:
			par := ".PP"
			if after {
				par = ".LP"
			}
			l = par + "\n" + p.roffWrapped(p.roffEscape(l))
			after = false
		}
		b.WriteString(l + "\n")
	}
	if seq%3 == 0 {
		b.WriteString(".TC\n")
	}
	return []byte(b.String())
}
