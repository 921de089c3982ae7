package texpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page/pagetest"
)

func TestLooks(t *testing.T) {
	for in, want := range map[string]bool{
		"\\hypertarget{getuser}{%\n\\section{GetUser}\\label{getuser}}\n":     true, // pandoc -t latex
		"% Options for packages loaded elsewhere\n\\documentclass{article}\n": true, // pandoc -s
		"\n\\section*{GetUser}\nCalls GetUser.\n":                             true,
		"\\textbf{Note}: see below.\n\nRequest parameters\n":                  false, // no section
		"GetUser\n\\section{GetUser}\n":                                       false, // text first
		"\\\\server\\share\\section{x}\n":                                     false, // a path, no control word
		"Request parameters\n\nName | Type\n":                                 false,
		"\\section[title={GetUser},reference={getuser}]\n":                    false, // ConTeXt
		"\\section[GetUser]{GetUser}\n":                                       true,
		"":                                                                    false,
	} {
		if got := Looks([]byte(in)); got != want {
			t.Errorf("Looks(%q) = %v, want %v", in, got, want)
		}
	}
}

// convert is the HTML body a LaTeX source converts to, its notes and cut-off warning.
func convert(src string) (string, *conv) {
	c := newConv(src)
	h := string(c.html())
	_, body, _ := strings.Cut(h, "<body>")
	return strings.TrimSuffix(body, "</body></html>\n"), c
}

func TestConvert(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"heading and paragraph", "\\hypertarget{x}{%\n\\section{RAM:GetUser}\\label{x}}\n\nCalls \\texttt{GetUser\\_V2} -- see\nbelow.\n",
			"\n<h1>RAM:GetUser</h1>\n\n<p>Calls <code>GetUser_V2</code> – see\nbelow.\n</p>"},
		{"chapter shifts sections", "\\chapter{A}\n\\section{B}\n", "<h1>A</h1>\n<h2>B</h2>\n"},
		{"longtable with repeated header", "\\begin{longtable}[]{@{}ll@{}}\n\\caption{Parameters}\\tabularnewline\n\\toprule\nName & Type \\\\\n\\midrule\n\\endfirsthead\n\\toprule\nName & Type \\\\\n\\midrule\n\\endhead\n\\textbf{A\\&B} & array\\textless{}string\\textgreater{} \\\\\n\\multicolumn{2}{l}{All} \\\\\n\\bottomrule\n\\end{longtable}\n",
			"<table>\n<caption>Parameters</caption>\n\n<tr><th><p>Name </p></th><th><p>Type </p></th></tr>\n\n\n\n\n\n\n<tr><td><p><strong>A&amp;B</strong> </p></td><td><p>array&lt;string&gt; </p></td></tr>\n<tr><td colspan=\"2\">All </td></tr>\n\n</table>\n"},
		{"tabular without rules", "\\begin{tabular}{ll}\nName & Type\\\\\nA & String\n\\end{tabular}\n",
			"<table>\n<tr><td><p>Name </p></td><td><p>Type</p></td></tr>\n<tr><td><p>A </p></td><td><p>String\n</p></td></tr></table>\n"},
		{"cell paragraphs", "\\begin{longtable}[]{@{}ll@{}}\nA & x\n\ny \\\\\n\\end{longtable}\n",
			"<table>\n<tr><td><p>A </p></td><td><p>x\n</p>\n<p>y </p></td></tr>\n</table>\n"},
		{"highlighting", "\\begin{Shaded}\n\\begin{Highlighting}[]\n\\FunctionTok{\\{}\n  \\DataTypeTok{\"A\"}\\FunctionTok{:} \\StringTok{\"x\\_y\"}\n\\FunctionTok{\\}}\n\\end{Highlighting}\n\\end{Shaded}\n",
			"\n<pre>\n<code>{\n  &#34;A&#34;: &#34;x_y&#34;\n}\n</code></pre>\n\n"},
		{"verbatim", "\\begin{verbatim}\nGET /a/{b}?x=1&y=\\z HTTP/1.1\n\\end{verbatim}\n",
			"<pre>\n<code>GET /a/{b}?x=1&amp;y=\\z HTTP/1.1</code></pre>\n\n"},
		{"lists", "\\begin{itemize}\n\\tightlist\n\\item\n  One\n\\item[$\\bullet$] Two\n\\end{itemize}\n\\begin{description}\n\\item[\\texttt{A}] The A.\n\\end{description}\n",
			"<ul>\n\n<li>\n<p>  One\n</p></li><li>• <p> Two\n</p></li></ul>\n<dl>\n<dt><code>A</code></dt><dd><p> The A.\n</p></dd></dl>\n"},
		{"link and escapes", "See \\href{https://x.io/a\\#b\\&c=1}{the doc}, 50\\% off \\{x\\}~\\textbackslash{}.\n",
			"<p>See <a href=\"https://x.io/a#b&amp;c=1\">the doc</a>, 50% off {x}\u00a0\\.\n</p>"},
	} {
		got, _ := convert(tc.in)
		if got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

// TestNotes: what the converter does not know is named with its line, once a name, and a
// page cut off inside an environment says so at its end.
func TestNotes(t *testing.T) {
	_, c := convert("\\section{A}\n\\foo{x} \\foo{y}\n\\begin{widget}\nz\n\\end{widget}\n")
	want := []note{{2, `LaTeX command \foo is not known: read as the text of its arguments`},
		{3, `LaTeX environment "widget" is not known: its content read in place`}}
	if len(c.notes) != len(want) || c.notes[0] != want[0] || c.notes[1] != want[1] || c.cut != "" {
		t.Errorf("notes %v cut %q; want %v", c.notes, c.cut, want)
	}
	p, err := Reader{}.Read("a.txt", []byte("\\section{GetUser}\n\\begin{longtable}[]{@{}ll@{}}\n\\toprule\nName & Type \\\\\n\\midrule\n\\endhead\nA & String \\\\\nB & Str"))
	if err != nil {
		t.Fatal(err)
	}
	msg := `LaTeX ends inside \begin{longtable} (line 2), which is not ended: the page may be cut off`
	if !p.Truncated || len(p.Warnings) != 1 || p.Warnings[0].Msg != msg || p.Warnings[0].Line != 8 {
		t.Errorf("cut page: truncated %v, warnings %v; want %q at line 8", p.Truncated, p.Warnings, msg)
	}
	if tb := p.Sections[len(p.Sections)-1].Blocks; len(tb) == 0 || tb[0].Table == nil || len(tb[0].Table.Rows) != 2 {
		t.Errorf("cut page: the table's rows are not read: %+v", tb)
	}
}

// FuzzRead: no input panics the reader, reads differ between runs, or rows outgrow their header.
func FuzzRead(f *testing.F) {
	pagetest.Fuzz(f, "../../golden/txtmarkup/*.tex", Reader{}, []byte("\\section{x}\\begin{longtable}{ll}a & \\multicolumn{9}{l}{b} \\\\"),
		[]byte("\\begin{itemize}\\item[\\verb"), []byte("\\href{\\"), []byte("\\begin{description}\\item[{]"))
}
