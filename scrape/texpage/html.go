package texpage

import (
	"bytes"
	"fmt"
	"html"
	"regexp"
	"strconv"
	"strings"
)

// note is a warning of the conversion at a line of the LaTeX file.
type note struct {
	line int
	msg  string
}

// conv writes LaTeX source as HTML. Source line breaks are not copied as they are read but
// padded in before the next output (out), so every element stands on its source line
// whatever the conversion skips (a \label, a comment, a repeated table header).
type conv struct {
	s    string
	i    int
	line int // the line of s[i]
	b    bytes.Buffer
	outL int // the line the next output byte goes on

	para   bool // a <p> is open
	inline int  // >0: in a heading, a link, an item's label: text opens no paragraph
	code   bool // in a Highlighting block: text as written, only \, { and } special
	lists  []list
	shift  int // 1 when the page has \chapter: its sections are a level down
	notes  []note
	known  map[string]bool // commands and environments already named in a note
	cut    string          // the cut-off warning: the outermost environment open at the end
}

// list is an open list environment and whether an item of it is open.
type list struct {
	tag  string // ul, ol or dl
	item bool
}

func newConv(s string) *conv {
	c := &conv{s: s, line: 1, outL: 1, known: map[string]bool{}}
	if strings.Contains(s, `\chapter{`) || strings.Contains(s, `\chapter*{`) {
		c.shift = 1
	}
	return c
}

// end is what stopped run.
type end int

const (
	endEOF   end = iota
	endGroup     // the '}' closing the group
	endEnv       // \end{env}
	endCell      // '&' in a table row
	endRow       // \\ or \tabularnewline in a table row
)

// html converts the whole source. A document's preamble (before \begin{document}) holds
// no content but its \title, which becomes the page's <title>, as an HTML page has it.
func (c *conv) html() []byte {
	c.b.WriteString("<!DOCTYPE html><html><head>")
	if k := strings.Index(c.s, `\begin{document}`); k >= 0 && strings.Contains(c.s[:k], `\documentclass`) {
		if t := strings.Index(c.s[:k], `\title{`); t >= 0 {
			c.advance(t + len(`\title`))
			title := c.inlineHTML(c.rawArg())
			c.b.WriteString("<title>" + strings.Join(strings.Fields(tags.ReplaceAllString(title, "")), " ") + "</title>")
			c.i, c.line = 0, 1
		}
		c.advance(k)
	}
	c.b.WriteString("</head><body>")
	c.run("", false, false)
	c.closeLists(0)
	c.closePara()
	c.out("</body></html>\n")
	return c.b.Bytes()
}

// advance moves to byte k of the source, counting its line breaks.
func (c *conv) advance(k int) {
	c.line += strings.Count(c.s[c.i:k], "\n")
	c.i = k
}

// out writes HTML at the current source line.
func (c *conv) out(s string) {
	for c.outL < c.line {
		c.b.WriteByte('\n')
		c.outL++
	}
	c.b.WriteString(s)
	c.outL += strings.Count(s, "\n")
}

// text writes text, escaped, opening a paragraph when text stands outside one.
func (c *conv) text(s string) {
	if s == "" {
		return
	}
	if !c.code && c.inline == 0 && !c.para && strings.TrimSpace(s) != "" {
		c.out("<p>")
		c.para = true
	}
	c.out(html.EscapeString(s))
}

func (c *conv) closePara() {
	if c.para {
		c.out("</p>")
		c.para = false
	}
}

func (c *conv) notef(line int, format string, args ...any) {
	c.notes = append(c.notes, note{line, fmt.Sprintf(format, args...)})
}

// run converts source up to what ends it: the end of the source, the '}' closing the group
// it reads (group), \end{env}, or in a table cell a '&' or the row's end. It returns the end
// met, consumed.
func (c *conv) run(env string, group, cell bool) end {
	for c.i < len(c.s) {
		ch := c.s[c.i]
		switch {
		case ch == '\\':
			if e, ok := c.command(env, cell); ok {
				return e
			}
		case ch == '{':
			c.i++
			if c.run("", true, false) != endGroup {
				return endEOF
			}
		case ch == '}':
			c.i++
			if group {
				return endGroup
			}
		case ch == '%' && !c.code:
			k := strings.IndexByte(c.s[c.i:], '\n')
			if k < 0 {
				c.advance(len(c.s))
			} else {
				c.advance(c.i + k + 1)
			}
		case ch == '\n':
			c.advance(c.i + 1)
			if !c.code && c.blankLine() {
				c.closePara()
			}
		case ch == '&' && cell:
			c.i++
			c.closePara()
			return endCell
		case c.code:
			k := c.i + 1
			for k < len(c.s) && !strings.ContainsRune("\\{}%\n", rune(c.s[k])) {
				k++
			}
			c.text(c.s[c.i:k])
			c.i = k
		case ch == '~':
			c.i++
			c.text("\u00a0")
		case ch == '$':
			c.i++ // math: its text as it stands
		default:
			k := c.i + 1
			for k < len(c.s) && !strings.ContainsRune("\\{}%\n&~$", rune(c.s[k])) {
				k++
			}
			c.text(ligatures.Replace(c.s[c.i:k]))
			c.i = k
		}
	}
	return endEOF
}

// urlEscapes are the characters a URL argument escapes (pandoc writes "\#", "\&", "\%").
var urlEscapes = strings.NewReplacer(`\#`, "#", `\&`, "&", `\%`, "%", `\_`, "_", `\$`, "$", `\{`, "{", `\}`, "}", `\~`, "~", `\\`, `\`)

// tags are the elements of converted text (its own '<' is escaped).
var tags = regexp.MustCompile(`<[^>]*>`)

// ligatures are the characters LaTeX sets for runs of text characters.
var ligatures = strings.NewReplacer("---", "—", "--", "–", "``", "“", "''", "”")

// blankLine reports whether the line at c.i holds only white space (a paragraph break).
func (c *conv) blankLine() bool {
	k := c.i
	for k < len(c.s) && (c.s[k] == ' ' || c.s[k] == '\t' || c.s[k] == '\r') {
		k++
	}
	return k < len(c.s) && c.s[k] == '\n'
}

// command converts the command at c.i ('\'); ok says it ends the run (end e).
func (c *conv) command(env string, cell bool) (e end, ok bool) {
	start := c.line
	c.i++
	if c.i >= len(c.s) {
		return endEOF, false
	}
	if !isLetter(c.s[c.i]) { // a control symbol
		ch := c.s[c.i]
		c.i++
		switch {
		case ch == '\\':
			c.optArg()
			if cell {
				c.closePara()
				return endRow, true
			}
			c.out("<br>")
		case strings.IndexByte("&%$#_{}", ch) >= 0:
			c.text(string(ch))
		case ch == ' ' || ch == '\n':
			if ch == '\n' {
				c.line++
			}
			c.text(" ")
		}
		return 0, false // \, \/ \- and accents: nothing
	}
	k := c.i
	for k < len(c.s) && isLetter(c.s[k]) {
		k++
	}
	name := c.s[c.i:k]
	c.i = k
	switch {
	case name == "begin":
		return c.begin(c.rawArg(), start)
	case name == "end":
		if n := c.rawArg(); n == env {
			c.closePara()
			return endEnv, true
		}
	case name == "tabularnewline" && cell:
		c.closePara()
		return endRow, true
	case name == "item":
		c.item()
	case name == "par":
		c.closePara()
	case name == "newline" || name == "linebreak":
		c.out("<br>")
	case heading(name) >= 0:
		c.heading(heading(name) + c.shift)
	case name == "hypertarget" || name == "hyperlink" || name == "textcolor" || name == "colorbox":
		c.rawArg() // the target or the colour; the text follows as a group
	case dropArgs[name] > 0:
		for range dropArgs[name] {
			c.optArg()
			c.rawArg()
		}
	case ignored[name] || strings.HasSuffix(name, "Tok"): // pandoc's highlighting macros: their text
		c.skipSpaces()
	case chars[name] != "":
		c.text(chars[name])
		c.skipSpaces()
	case wrappers[name] != "":
		c.wrap(wrappers[name])
	case name == "verb" || name == "lstinline":
		c.verb()
	case name == "href":
		url := urlEscapes.Replace(c.rawArg())
		c.textStart()
		c.out(`<a href="` + html.EscapeString(url) + `">`)
		c.group()
		c.out("</a>")
	case name == "url" || name == "nolinkurl":
		url := urlEscapes.Replace(c.rawArg())
		c.textStart()
		c.out(`<a href="` + html.EscapeString(url) + `">` + html.EscapeString(url) + "</a>")
	default:
		if !c.known[name] {
			c.known[name] = true
			c.notef(start, `LaTeX command \%s is not known: read as the text of its arguments`, name)
		}
	}
	return 0, false
}

// heading is the level of a sectioning command below \chapter (\section 1, \subsection 2
// …; \chapter and \part 0), -1 for other commands.
func heading(name string) int {
	switch name {
	case "part", "chapter":
		return 0
	case "section":
		return 1
	case "subsection":
		return 2
	case "subsubsection":
		return 3
	case "paragraph":
		return 4
	case "subparagraph":
		return 5
	}
	return -1
}

// The commands by how they convert.
var (
	// wrappers are inline commands whose argument is text in an element.
	wrappers = map[string]string{"textbf": "strong", "emph": "em", "textit": "em", "textsl": "em",
		"texttt": "code", "code": "code", "underline": "u", "uline": "u", "sout": "s", "st": "s",
		"textsuperscript": "sup", "textsubscript": "sub"}
	// chars are commands that stand for characters.
	chars = map[string]string{"textless": "<", "textgreater": ">", "textbackslash": `\`, "textasciitilde": "~",
		"textasciicircum": "^", "textbar": "|", "textquotedbl": `"`, "textquotesingle": "'", "textquoteleft": "‘",
		"textquoteright": "’", "textquotedblleft": "“", "textquotedblright": "”", "textendash": "–",
		"textemdash": "—", "ldots": "…", "dots": "…", "textellipsis": "…", "textbullet": "•", "bullet": "•",
		"textdegree": "°", "copyright": "©", "textregistered": "®", "texttrademark": "™", "LaTeX": "LaTeX",
		"TeX": "TeX", "textunderscore": "_", "textbraceleft": "{", "textbraceright": "}", "S": "§",
		"quad": " ", "qquad": " ", "space": " ", "nobreakspace": "\u00a0", "textdollar": "$", "textsection": "§"}
	// ignored commands give nothing themselves: sizes, fonts, rules, page breaks, and those
	// whose argument is plain text (\passthrough, \footnote, \mbox, \textrm…), read in place
	// as the group that follows.
	ignored = set("maketitle", "tableofcontents", "listoftables", "listoffigures", "noindent", "indent",
		"centering", "raggedright", "raggedleft", "tiny", "scriptsize", "footnotesize", "small", "normalsize",
		"large", "Large", "LARGE", "huge", "Huge", "bfseries", "itshape", "ttfamily", "rmfamily", "sffamily",
		"mdseries", "upshape", "normalfont", "selectfont", "protect", "relax", "strut", "smallskip", "medskip",
		"bigskip", "newpage", "clearpage", "cleardoublepage", "pagebreak", "nopagebreak", "hfill", "vfill",
		"toprule", "midrule", "bottomrule", "hline", "endhead", "endfirsthead", "endfoot", "endlastfoot",
		"passthrough", "footnote", "mbox", "hbox", "textrm", "textsf", "textsc", "textnormal", "textup",
		"textmd", "footnotemark", "allowbreak", "break", "frenchspacing", "tightlist", "justifying",
		"arraybackslash", "null", "appendix", "addlinespace", "phantomsection", "columnwidth", "linewidth",
		"textwidth", "hyphenpenalty")
	// dropArgs are commands whose arguments (each after an optional one) are no content:
	// labels, index entries, lengths.
	dropArgs = map[string]int{"label": 1, "index": 1, "hspace": 1, "vspace": 1, "cline": 1, "cmidrule": 1,
		"setlength": 2, "addcontentsline": 3, "pagenumbering": 1, "pagestyle": 1, "thispagestyle": 1,
		"hypersetup": 1, "usepackage": 1, "ref": 1, "pageref": 1, "renewcommand": 2, "newcommand": 2,
		"providecommand": 2, "includegraphics": 1, "rule": 2, "captionsetup": 1}
)

func set(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// textStart opens a paragraph for inline content met outside one.
func (c *conv) textStart() {
	if !c.code && c.inline == 0 && !c.para {
		c.out("<p>")
		c.para = true
	}
}

// wrap writes the argument of an inline command inside element tag.
func (c *conv) wrap(tag string) {
	c.textStart()
	c.out("<" + tag + ">")
	c.group()
	c.out("</" + tag + ">")
}

// group converts the group at c.i (after white space) as inline content; a command with no
// group takes its next character.
func (c *conv) group() {
	c.skipSpaces()
	if c.i >= len(c.s) {
		return
	}
	c.inline++
	defer func() { c.inline-- }()
	if c.s[c.i] == '{' {
		c.i++
		c.run("", true, false)
		return
	}
	if c.s[c.i] != '\\' {
		c.text(c.s[c.i : c.i+1])
		c.i++
	}
}

// heading writes a sectioning command's title as a heading element.
func (c *conv) heading(level int) {
	c.closePara()
	if c.i < len(c.s) && c.s[c.i] == '*' {
		c.i++
	}
	c.optArg()
	level = min(max(level, 1), 6)
	c.out("<h" + strconv.Itoa(level) + ">")
	c.group()
	c.out("</h" + strconv.Itoa(level) + ">")
}

// verb writes \verb|…| or \lstinline{…} as code: its text as written between delimiters.
func (c *conv) verb() {
	c.optArg()
	if c.i >= len(c.s) {
		return
	}
	open, close := c.s[c.i], c.s[c.i]
	if open == '{' {
		close = '}'
	}
	k := strings.IndexByte(c.s[c.i+1:], close)
	if k < 0 {
		return
	}
	c.textStart()
	c.out("<code>" + html.EscapeString(c.s[c.i+1:c.i+1+k]) + "</code>")
	c.advance(c.i + 1 + k + 1)
}

// skipSpaces skips spaces and tabs (after a control word, which ends at them).
func (c *conv) skipSpaces() {
	for c.i < len(c.s) && (c.s[c.i] == ' ' || c.s[c.i] == '\t') {
		c.i++
	}
}

// skipWhite skips white space, line breaks too (between a command's arguments).
func (c *conv) skipWhite() {
	k := c.i
	for k < len(c.s) && strings.IndexByte(" \t\r\n", c.s[k]) >= 0 {
		k++
	}
	c.advance(k)
}

// optArg reads an optional argument ("[…]") at c.i, after white space on the same line;
// "" when there is none (nothing is read then).
func (c *conv) optArg() string {
	k := c.i
	for k < len(c.s) && (c.s[k] == ' ' || c.s[k] == '\t') {
		k++
	}
	if k >= len(c.s) || c.s[k] != '[' {
		return ""
	}
	depth := 0
	for j := k + 1; j < len(c.s); j++ {
		switch c.s[j] {
		case '{':
			depth++
		case '}':
			depth--
		case ']':
			if depth == 0 {
				c.advance(j + 1)
				return c.s[k+1 : j]
			}
		}
	}
	return ""
}

// rawArg reads a mandatory argument as written: the group at c.i (after white space)
// without its braces, or the next character or control word.
func (c *conv) rawArg() string {
	c.skipWhite()
	if c.i >= len(c.s) {
		return ""
	}
	if c.s[c.i] != '{' {
		k := c.i + 1
		if c.s[c.i] == '\\' {
			for k < len(c.s) && isLetter(c.s[k]) {
				k++
			}
		}
		arg := c.s[c.i:k]
		c.i = k
		return arg
	}
	depth := 0
	for j := c.i; j < len(c.s); j++ {
		switch c.s[j] {
		case '\\':
			j++
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				arg := c.s[c.i+1 : j]
				c.advance(j + 1)
				return arg
			}
		}
	}
	arg := c.s[c.i+1:]
	c.advance(len(c.s))
	return arg
}

// item starts an item of the innermost list: a description list's label in a <dt>.
func (c *conv) item() {
	if len(c.lists) == 0 {
		return
	}
	l := &c.lists[len(c.lists)-1]
	c.closeItem(l)
	label := c.inlineHTML(c.optArg())
	switch l.tag {
	case "dl":
		c.out("<dt>" + label + "</dt><dd>")
	default:
		c.out("<li>")
		if label != "" {
			c.out(label + " ")
		}
	}
	l.item = true
}

// inlineHTML converts LaTeX read as an argument (an item's label) as inline content; its
// notes are the page's, at the current line.
func (c *conv) inlineHTML(src string) string {
	sub := newConv(src)
	sub.inline, sub.known = 1, c.known
	sub.run("", false, false)
	for _, n := range sub.notes {
		c.notef(c.line, "%s", n.msg)
	}
	return sub.b.String()
}

// closeItem ends the open item of list l.
func (c *conv) closeItem(l *list) {
	if l.item {
		c.closePara()
		if l.tag == "dl" {
			c.out("</dd>")
		} else {
			c.out("</li>")
		}
		l.item = false
	}
}

// closeLists ends the lists open beyond the first n.
func (c *conv) closeLists(n int) {
	for len(c.lists) > n {
		l := &c.lists[len(c.lists)-1]
		c.closeItem(l)
		c.out("</" + l.tag + ">")
		c.lists = c.lists[:len(c.lists)-1]
	}
}

// The environments by how they convert.
var (
	listEnvs  = map[string]string{"itemize": "ul", "enumerate": "ol", "description": "dl", "compactitem": "ul", "compactenum": "ol"}
	tableEnvs = set("longtable", "tabular", "tabular*", "tabularx", "tabulary", "tabu", "longtabu", "supertabular", "xtabular", "array")
	rawEnvs   = set("verbatim", "verbatim*", "Verbatim", "BVerbatim", "lstlisting", "minted", "alltt", "comment")
	// blockEnvs hold blocks and nothing else of their own: their content is kept in place.
	blockEnvs = set("document", "center", "flushleft", "flushright", "quote", "quotation", "verse", "minipage",
		"table", "table*", "figure", "figure*", "Shaded", "snugshade", "landscape", "small", "footnotesize",
		"abstract", "framed", "mdframed", "tcolorbox", "adjustbox", "samepage", "multicols", "RaggedRight", "otherlanguage")
)

// begin converts environment name, begun at line start, up to its \end.
func (c *conv) begin(name string, start int) (end, bool) {
	var e end
	switch {
	case listEnvs[name] != "":
		c.closePara()
		depth := len(c.lists)
		c.out("<" + listEnvs[name] + ">")
		c.lists = append(c.lists, list{tag: listEnvs[name]})
		saved := c.inline
		c.inline = 0
		e = c.run(name, false, false)
		c.inline = saved
		c.closeLists(depth)
	case tableEnvs[name]:
		e = c.table(name)
	case rawEnvs[name]:
		e = c.raw(name)
	case name == "Highlighting":
		e = c.highlighting()
	default:
		if !blockEnvs[name] && !c.known["{"+name+"}"] {
			c.known["{"+name+"}"] = true
			c.notef(start, `LaTeX environment %q is not known: its content read in place`, name)
		}
		if name == "minipage" {
			c.optArg()
			c.optArg()
			c.optArg()
			c.rawArg() // the width
		} else {
			c.optArg()
		}
		saved := c.inline
		c.inline = 0
		e = c.run(name, false, false)
		c.closePara()
		c.inline = saved
	}
	if e != endEnv {
		c.cut = fmt.Sprintf(`LaTeX ends inside \begin{%s} (line %d), which is not ended: the page may be cut off`, name, start)
		return endEOF, true
	}
	return 0, false
}

// raw writes a verbatim environment's lines as a code block.
func (c *conv) raw(name string) end {
	c.closePara()
	c.optArg()
	if name == "minted" {
		c.rawArg() // the language
	}
	stop := `\end{` + name + `}`
	k := strings.Index(c.s[c.i:], stop)
	body := c.s[c.i:]
	if k >= 0 {
		body = body[:k]
	}
	c.out("<pre>")
	if nl := strings.IndexByte(body, '\n'); nl >= 0 && strings.TrimSpace(body[:nl]) == "" {
		c.advance(c.i + nl + 1)
		body = body[nl+1:]
	}
	c.out("<code>" + html.EscapeString(strings.TrimSuffix(body, "\n")) + "</code></pre>")
	if k < 0 {
		c.advance(len(c.s))
		return endEOF
	}
	c.advance(c.i + len(body) + len(stop))
	return endEnv
}

// highlighting writes pandoc's Highlighting environment (inside Shaded) as a code block:
// its text as written, the highlighting macros (\StringTok{…}) giving their argument.
func (c *conv) highlighting() end {
	c.closePara()
	c.optArg()
	c.out("<pre>")
	c.blankTail()
	c.out("<code>")
	c.code = true
	e := c.run("Highlighting", false, false)
	c.code = false
	c.out("</code></pre>")
	return e
}

// blankTail skips the rest of the line at c.i when it is blank (the line break after a
// code block's \begin).
func (c *conv) blankTail() bool {
	k := c.i
	for k < len(c.s) && (c.s[k] == ' ' || c.s[k] == '\t' || c.s[k] == '\r') {
		k++
	}
	if k < len(c.s) && c.s[k] == '\n' {
		c.advance(k + 1)
		return true
	}
	return false
}

// table writes a tabular environment as an HTML table: a row ends at \\ or
// \tabularnewline, a cell at '&'. The rows before \endhead (\endfirsthead), or when there is
// none before the first \midrule, are header cells; the rows between \endfirsthead and
// \endhead (the header repeated on later pages) are skipped; a \caption is the table's.
func (c *conv) table(name string) end {
	c.closePara()
	c.optArg()
	if name == "tabularx" || name == "tabulary" || name == "tabular*" {
		c.rawArg() // the width
	}
	c.rawArg() // the column spec
	stop := `\end{` + name + `}`
	span := c.s[c.i:]
	if k := strings.Index(span, stop); k >= 0 {
		span = span[:k]
	}
	byHead := strings.Contains(span, `\endhead`) || strings.Contains(span, `\endfirsthead`)
	head := byHead || strings.Contains(span, `\midrule`)
	repeat := false
	saved := c.inline
	c.inline = 0 // a cell's text is paragraphs, as a block's: a blank line parts them
	defer func() { c.inline = saved }()
	c.out("<table>")
	for {
		c.skipBlank()
		if c.i >= len(c.s) {
			return endEOF
		}
		switch cmd := c.peek(); cmd {
		case "toprule", "bottomrule", "hline", "addlinespace", "endfoot", "endlastfoot":
			c.consume(cmd)
			c.optArg()
		case "cline", "cmidrule":
			c.consume(cmd)
			c.rawArg()
		case "midrule":
			c.consume(cmd)
			head = head && byHead
		case "endfirsthead":
			c.consume(cmd)
			head, repeat = false, true
		case "endhead":
			c.consume(cmd)
			head, repeat = false, false
		case "caption":
			c.consume(cmd)
			c.optArg()
			c.out("<caption>")
			c.group()
			c.out("</caption>")
			c.skipBlank()
			if next := c.peek(); next == "tabularnewline" {
				c.consume(next)
			} else if strings.HasPrefix(c.s[c.i:], `\\`) {
				c.i += 2
			}
		case "end":
			if strings.HasPrefix(c.s[c.i:], stop) {
				c.advance(c.i + len(stop))
				c.out("</table>")
				return endEnv
			}
			fallthrough
		default:
			mark, markL := c.b.Len(), c.outL
			e := c.row(name, head)
			if repeat {
				c.b.Truncate(mark)
				c.outL = markL
			}
			switch e {
			case endEnv:
				c.out("</table>")
				return endEnv
			case endEOF:
				return endEOF
			}
		}
	}
}

// row writes one table row, its cells th (head) or td; a \multicolumn cell spans columns.
func (c *conv) row(name string, head bool) end {
	tag := "td"
	if head {
		tag = "th"
	}
	c.out("<tr>")
	for {
		c.skipBlank()
		attr := ""
		if cmd := c.peek(); cmd == "multicolumn" || cmd == "multirow" {
			c.consume(cmd)
			n := strings.TrimSpace(c.rawArg())
			c.optArg()
			c.rawArg() // the column spec or the width
			if _, err := strconv.Atoi(n); err == nil {
				attr = map[string]string{"multicolumn": " colspan=", "multirow": " rowspan="}[cmd] + `"` + n + `"`
			}
			c.out("<" + tag + attr + ">")
			c.group()
		} else {
			c.out("<" + tag + ">")
		}
		e := c.run(name, false, true)
		c.closePara()
		c.out("</" + tag + ">")
		if e != endCell {
			c.out("</tr>")
			return e
		}
	}
}

// peek is the name of the control word at c.i, or "".
func (c *conv) peek() string {
	if c.i+1 >= len(c.s) || c.s[c.i] != '\\' {
		return ""
	}
	k := c.i + 1
	for k < len(c.s) && isLetter(c.s[k]) {
		k++
	}
	return c.s[c.i+1 : k]
}

// consume reads the control word cmd at c.i.
func (c *conv) consume(cmd string) {
	c.i += 1 + len(cmd)
	c.skipSpaces()
}

// skipBlank skips white space and comments.
func (c *conv) skipBlank() {
	for {
		c.skipWhite()
		if c.i >= len(c.s) || c.s[c.i] != '%' {
			return
		}
		k := strings.IndexByte(c.s[c.i:], '\n')
		if k < 0 {
			c.advance(len(c.s))
			return
		}
		c.advance(c.i + k + 1)
	}
}
