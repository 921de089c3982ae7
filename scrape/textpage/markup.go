package textpage

import (
	"regexp"
	"strings"

	"github.com/acsgen/acsgen/scrape/page"
)

// Lightweight markup saved as text (pandoc -t rst, org or markdown of a page, saved as
// .txt) wraps the page's lines in lines of its own that say how the page is laid out and
// say nothing of it: a block's opening and closing fences, its options and properties.
// Left in, they were read as the page's text: the line above the title (pandoc
// markdown's `::: {role="main"}`, Jira's "{panel:role=main}") was taken for the title, a heading's property drawer
// (org's ":PROPERTIES:") made the title no title, and reStructuredText's headings,
// written ".. rubric:: Request parameters" inside a ".. container::", were no headings.

var (
	// fencedDivRE is a fence of a pandoc fenced div: three colons or more, alone or with
	// the div's attributes or class ("::: {role="main"}", "::: note", ":::").
	fencedDivRE = regexp.MustCompile(`^:{3,}\s*(\{[^}]*\}|[\w-]+)?\s*:*$`)
	// rstDirectiveRE is a reStructuredText directive: ".. name::" and its arguments.
	rstDirectiveRE = regexp.MustCompile(`^\.\. ([a-z][a-z-]*)::(?:\s+(.*))?$`)
	// blockHeadingRE is a textile or Jira heading, "h2. Request parameters" (textile's
	// attributes after the level, "h2(#request-parameters). ", Jira's anchor macro before
	// the text, "h2. {anchor:request-parameters}Request parameters"): the heading is the text.
	blockHeadingRE = regexp.MustCompile(`^h[1-6](?:\([^)]*\)|\{[^}]*\}|\[[^\]]*\]|[<>=~]+)*\.\s+(?:\{anchor:[^}]*\})?(.+)$`)
	// wrapperRE is a line that only opens or closes a block around lines of the page: a
	// Jira or Confluence macro's fence ("{panel:role=main}", "{code:json}", "{code}"), or
	// an HTML <div> left alone on its line (MediaWiki, textile), DokuWiki's code block
	// fence ("<code json>", "</code>"), MediaWiki's anchor over a
	// heading (`<span id="request-parameters"></span>`), or a Haddock anchor under a
	// heading ("#request-parameters#").
	// Emacs Muse's code blocks' fences ("<example>", "<src lang="json">", "</src>") are
	// such lines too.
	wrapperRE = regexp.MustCompile(`^(?:\{(?:panel|code|noformat|quote)(?::[^}]*)?\}|</?div\b[^>]*>|<span id="[^"]*"></span>|</?code(?:\s+[\w-]+)?>|#[\w.:-]+#|</?(?:example|src)(?:\s[^<>]*)?>)$`)
	// xwikiCodeRE opens an XWiki code macro's block ("{{code}}", `{{code language="json"}}`),
	// which "{{/code}}" alone on a later line closes.
	xwikiCodeRE = regexp.MustCompile(`^\{\{code(?:\s[^{}]*)?\}\}$`)
	// xwikiAnchorRE is XWiki's anchor macro, which pandoc writes in each heading
	// ("== Request parameters {{id name="request-parameters" /}}=="): it shows nothing.
	xwikiAnchorRE = regexp.MustCompile(`\{\{id name="[^"]*" ?/\}\}`)
	// attrListRE is a Markua (Leanpub) attribute list, alone on the line right above the
	// heading, code block or table it sets attributes of: "{id: request-parameters}",
	// "{class: json}", "{format: json, line-numbers: false}".
	attrListRE = regexp.MustCompile(`^\{[a-z][\w-]*: [^{}]*\}$`)
	// dokuCodeRE is DokuWiki's code in a table's cell: monospace around nowiki
	// ("''%%RegionId%%''"), which is Markdown's "`RegionId`".
	dokuCodeRE = regexp.MustCompile(`''%%(.*?)%%''`)
	// dokuNowikiRE is DokuWiki's nowiki text in a table's cell, its markup's characters
	// as they are ("key%%|%%value", "%%[10]%%"); its text opens with no blank ("100%% to
	// 200%%" is none).
	dokuNowikiRE = regexp.MustCompile(`%%([^%\s][^%]*?)%%`)
	// codeTagRE is MediaWiki's code block tag where it opens or closes a line
	// ("<syntaxhighlight lang="json">{", "}</syntaxhighlight>", "<pre>"): pandoc glues it to
	// the code's first and last lines.
	codeTagRE = regexp.MustCompile(`^<(?:syntaxhighlight|source|pre)\b[^>]*>|</(?:syntaxhighlight|source|pre)>$`)
	// fieldRE is an option line under an rst directive (":name: request-parameters",
	// ":class: table") or a property of an org drawer (":CUSTOM_ID: x").
	fieldRE = regexp.MustCompile(`^:[\w-]+:(\s.*)?$`)
)

// rstWrappers are the directives whose line only wraps or introduces the lines indented
// under it, which are the page's own: a container (a <div>), a code block (its language
// the argument), a line block.
var rstWrappers = map[string]bool{"container": true, "code": true, "code-block": true, "sourcecode": true}

// unmarkup rewrites the lines of a page saved in lightweight markup (see above) as the
// page they lay out, keeping the count of lines: a fence, option or drawer line is blank,
// an rst rubric ("   .. rubric:: Request parameters") is its heading at its indentation
// (the container's: dedent drops it with the rest). A page with none is left as it is.
func (d *doc) unmarkup() {
	var out []string
	set := func(k int, s string) {
		if out == nil {
			out = make([]string, len(d.lines))
			for j := range d.lines {
				out[j] = d.raw(j)
			}
		}
		out[k] = s
	}
	for i := 0; i < len(d.lines); i++ {
		t := d.t(i)
		if h, ok := d.attributedHeading(i); ok { // "# QueryAccountBalance {#queryaccountbalance}"
			set(i, d.raw(i)[:len(d.raw(i))-len(strings.TrimLeft(d.raw(i), " \t"))]+h)
			continue
		}
		if t == "" || !strings.ContainsAny(t[:1], ":.h{}<|#>^bpnt=") && !strings.HasSuffix(t, ">") {
			continue
		}
		raw := d.raw(i)
		ind := raw[:len(raw)-len(strings.TrimLeft(raw, " \t"))]
		// Each pattern is asked only of lines that open (or close) as it must: a pipe
		// table's rows, most of such lines, are asked none of them.
		if t[0] == 'h' {
			if m := blockHeadingRE.FindStringSubmatch(t); m != nil {
				set(i, ind+m[1])
				continue
			}
		}
		if t[0] == '=' && strings.Contains(t, "{{id ") { // "= Title {{id name="title" /}}="
			set(i, ind+xwikiAnchorRE.ReplaceAllString(t, ""))
			continue
		}
		if c, ok := textileBlock(t); ok { // "bc. GET /x HTTP/1.1", "bc(json). {"
			set(i, ind+c)
			continue
		}
		if t[0] == '|' && (i == 0 || !strings.HasPrefix(d.t(i-1), "|")) || t[0] == 't' {
			if end := d.textileTable(i, set); end > i { // "table(list).", "|_. Name|_. Type|"
				i = end - 1
				continue
			}
		}
		if t[0] == '{' || t[0] == '}' {
			if redmineMacroRE.MatchString(t) { // "{{>toc}}", "{{collapse(Details)", "}}"
				set(i, "")
				continue
			}
			if end := d.wikiCodeEnd(i); end > i { // `{{{code: lang="json"`, the code, "}}}"
				set(i, "")
				set(end, "")
				i = end
				continue
			}
			if attrListRE.MatchString(t) && i+1 < len(d.lines) && d.t(i+1) != "" { // "{id: examples}"
				set(i, "")
				continue
			}
		}
		if c, ok := htmlCode(t); ok { // `<pre><code class="json">`, "</code></pre>"
			set(i, ind+c)
			continue
		}
		if strings.HasPrefix(t, "|_. ") { // a textile header row: "_. " opens each cell
			set(i, strings.ReplaceAll(raw, "|_. ", "|"))
			continue
		}
		if dokuHeader(t) { // "^Parameter ^Type ^": "^" parts a DokuWiki header's cells
			set(i, ind+dokuCells(strings.ReplaceAll(t, "^", "|")))
			continue
		}
		if t[0] == '|' && strings.Contains(t, "%%") {
			set(i, ind+dokuCells(t))
			continue
		}
		if end := birdTracks(d, i); end > i {
			for k := i; k < end; k++ {
				raw := d.raw(k)
				set(k, strings.TrimPrefix(strings.TrimPrefix(strings.TrimLeft(raw, " \t"), ">"), " "))
			}
			i = end - 1
			continue
		}
		if t[0] == '<' || strings.HasSuffix(t, ">") {
			if c := codeTagRE.ReplaceAllString(t, ""); c != t { // the code's lines are the page's
				set(i, ind+c)
				continue
			}
		}
		if strings.HasPrefix(t, ":::") && fencedDivRE.MatchString(t) || strings.ContainsAny(t[:1], "{<#") && wrapperRE.MatchString(t) {
			set(i, "")
			continue
		}
		if end := d.drawerEnd(i); end > i {
			for k := i; k <= end; k++ {
				set(k, "")
			}
			i = end
			continue
		}
		if !strings.HasPrefix(t, ".. ") {
			continue
		}
		m := rstDirectiveRE.FindStringSubmatch(t)
		if m == nil || m[1] != "rubric" && !rstWrappers[m[1]] {
			continue
		}
		if m[1] == "rubric" {
			set(i, ind+m[2])
		} else {
			set(i, "")
		}
		for i+1 < len(d.lines) && fieldRE.MatchString(d.t(i+1)) && len(d.raw(i+1))-len(d.t(i+1)) > len(ind) {
			i++
			set(i, "") // the directive's options, indented under it
		}
	}
	d.inlineCode(func(k int) string {
		if out == nil {
			return d.raw(k)
		}
		return out[k]
	}, set)
	if out == nil {
		return
	}
	d.text = strings.Join(out, "\n")
	d.lines = splitLines(d.text)
}

// inlineCode rewrites (set) the lines of an XWiki or a Muse page (page.ShowsXWiki,
// page.ShowsMuse) outside its code blocks with their inline code as Markdown's code
// spans and Muse's verbatim text as its text (page.XWikiInline, page.MuseInline), as
// the HTML page's <code> and text read: the prose and lists around the tables and the
// XWiki tables' cells; in the title and headings the code is plain text, as an HTML
// heading's text is. Left in, "##RegionId##" was a name no parameter has, and
// "<verbatim>key|value</verbatim>" text no page shows.
func (d *doc) inlineCode(get func(int) string, set func(int, string)) {
	if !strings.Contains(d.text, "##") && !strings.Contains(d.text, "{{code}}") && !strings.Contains(d.text, "</") {
		return
	}
	raws := make([]string, len(d.lines))
	for i := range d.lines {
		raws[i] = d.raw(i)
	}
	xwiki, muse := page.ShowsXWiki(raws), page.ShowsMuse(raws)
	if !xwiki && !muse {
		return
	}
	end := "" // the line that closes the code block the lines are in
	for i, raw := range raws {
		t := strings.TrimSpace(raw)
		switch {
		case end != "":
			if t == end {
				end = ""
			}
			continue
		case xwiki && xwikiCodeRE.MatchString(t):
			end = "{{/code}}"
			continue
		case muse && (t == "<example>" || strings.HasPrefix(t, "<src ") && strings.HasSuffix(t, ">")):
			end = "</" + strings.Trim(strings.Fields(t)[0], "<>") + ">"
			continue
		}
		cur := get(i) // the line as the markup's other marks leave it
		s := cur
		if xwiki {
			s = page.XWikiInline(s)
		}
		if muse {
			s = page.MuseInline(s)
		}
		if s != cur && !strings.Contains(cur, "`") && wikiHeading(t, xwiki, muse) { // a heading's code is its text, as the HTML page's heading reads
			s = strings.ReplaceAll(s, "`", "")
		}
		if s != cur {
			set(i, s)
		}
	}
}

// wikiHeading reports whether trimmed line t is a heading of an XWiki page ("==
// Request parameters ==") or of a Muse page ("** Request parameters"; on an XWiki page a
// list's item).
func wikiHeading(t string, xwiki, muse bool) bool {
	mark := "="
	if !xwiki || muse && strings.HasPrefix(t, "*") {
		mark = "*"
	}
	marks := strings.TrimLeft(t, mark)
	return len(marks) < len(t) && strings.HasPrefix(marks, " ") && (mark == "*" || strings.HasSuffix(t, "="))
}

// attributedHeading is Markdown heading line i without the attribute block that ends it
// (page.CutHeadingAttrs: "# QueryAccountBalance {#queryaccountbalance}", as PHP Markdown
// Extra, kramdown, Hugo and MkDocs write a heading's identifier), an ATX heading or a
// setext one (its text over a line of "=" or "-"); false for any other line. Left in, the
// block was the title's text, which then named no operation, and a section's heading's,
// which then named no section.
func (d *doc) attributedHeading(i int) (string, bool) {
	t := d.t(i)
	if !strings.HasSuffix(t, "}") {
		return "", false
	}
	marks := strings.TrimLeft(t, "#")
	atx := len(t)-len(marks) <= 6 && len(marks) < len(t) && strings.HasPrefix(marks, " ")
	if !atx && (i+1 >= len(d.lines) || !setextUnderline(d.t(i+1))) {
		return "", false
	}
	if !atx {
		text, ok := page.CutHeadingAttrs(t)
		return text, ok
	}
	text, ok := page.CutHeadingAttrs(marks)
	return t[:len(t)-len(marks)] + " " + text, ok
}

// setextUnderline reports whether trimmed line t underlines a setext heading: a run of "="
// or of "-".
func setextUnderline(t string) bool {
	return len(t) >= 2 && (strings.Trim(t, "=") == "" || strings.Trim(t, "-") == "")
}

// dokuCells is a DokuWiki table's row t with its code and nowiki text (dokuCodeRE,
// dokuNowikiRE) as a pipe table writes them: the code in backquotes, the text as it is,
// a "|" of either escaped ("\|"), which else parts two cells.
func dokuCells(t string) string {
	if !strings.Contains(t, "%%") {
		return t
	}
	pipes := func(s string) string { return strings.ReplaceAll(s, "|", `\|`) }
	t = dokuCodeRE.ReplaceAllStringFunc(t, func(m string) string { return "`" + pipes(m[4:len(m)-4]) + "`" })
	return dokuNowikiRE.ReplaceAllStringFunc(t, func(m string) string { return pipes(m[2 : len(m)-2]) })
}

// dokuHeader says t is a DokuWiki table's header row: opened and closed by "^", which
// parts its three cells or more.
func dokuHeader(t string) bool {
	return strings.HasPrefix(t, "^") && strings.HasSuffix(t, "^") && strings.Count(t, "^") >= 4
}

// wikiCodeEnd is the line that closes a wiki's code block opening on line i, or -1: Zim's
// (`{{{code: lang="json"`, the code's lines, then "}}}" alone) or XWiki's (xwikiCodeRE,
// then "{{/code}}" alone; unclosed, "{{code}}" is Jira's "code" set as code). Left in,
// the opening line was read as the JSON example's first.
func (d *doc) wikiCodeEnd(i int) int {
	end := ""
	switch t := d.t(i); {
	case t == "{{{code:" || strings.HasPrefix(t, "{{{code: "):
		end = "}}}"
	case xwikiCodeRE.MatchString(t):
		end = "{{/code}}"
	default:
		return -1
	}
	for k := i + 1; k < len(d.lines); k++ {
		if d.t(k) == end {
			return k
		}
	}
	return -1
}

// drawerEnd is the line that closes an org property drawer opening on line i
// (":PROPERTIES:", then ":KEY: value" lines, then ":END:"), or -1.
func (d *doc) drawerEnd(i int) int {
	if !strings.EqualFold(d.t(i), ":PROPERTIES:") {
		return -1
	}
	for k := i + 1; k < len(d.lines) && fieldRE.MatchString(d.t(k)); k++ {
		if strings.EqualFold(d.t(k), ":END:") {
			return k
		}
	}
	return -1
}

// birdTracks is the end of a code block written with bird tracks that opens on line i, as
// Haddock writes one (pandoc -t haddock): lines each opened by ">", the first a JSON or
// XML example's ("> {"), two lines or more, or a request line ("> DELETE /path HTTP/1.1",
// a request syntax section's code block of one line); -1 where none opens there. A quoted
// paragraph ("> Note") is none.
func birdTracks(d *doc, i int) int {
	first, ok := strings.CutPrefix(d.t(i), ">")
	if !ok || i > 0 && strings.HasPrefix(d.t(i-1), ">") {
		return -1
	}
	first = strings.TrimSpace(first)
	request := isRequestLine(first)
	if !request && (first == "" || !strings.ContainsAny(first[:1], "{[<")) {
		return -1
	}
	end := i
	for end < len(d.lines) && strings.HasPrefix(d.t(end), ">") {
		end++
	}
	if end-i < 2 && !request {
		return -1
	}
	return end
}
