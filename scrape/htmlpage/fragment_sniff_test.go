package htmlpage

import (
	"strings"
	"testing"
)

// fragmentPage is a page's content as pandoc writes HTML without -s: no document around it.
const fragmentPage = `<section id="getuser" role="main">
<h1>RAM:GetUser</h1>
<p>Calls the GetUser operation.</p>
<h2 id="request-parameters">Request parameters</h2>
<table>
<thead>
<tr class="header">
<th>Parameter</th>
<th>Type</th>
<th>Required</th>
</tr>
</thead>
<tbody>
<tr class="odd">
<td><code>UserName</code></td>
<td>String</td>
<td>Yes</td>
</tr>
</tbody>
</table>
<pre><code>{&quot;RequestId&quot;: &quot;r-1&quot;}</code></pre>
</section>
`

func TestFragment(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{fragmentPage, true},
		{"\ufeff  \n<h1>GetUser</h1>\n<p>Calls it.</p>\n<table><tr><td>a</td></tr></table>\n", true},
		{"<h2>Request parameters</h2>\n<p>Name<br>Type\n<table>\n<tr><td>a\n", true},                                // optional end tags left out
		{"<p>Calls GetUser.</p>\n<h2>Request parameters</h2>\nName Type Required\nUserName String Yes\n", false},    // a text dump after a tag
		{"GetUser\n\n<table><tr><td>a</td></tr></table>\n", false},                                                  // text first
		{"<div role=\"main\">\n\n## Request parameters\n\n<table>\n<tr><td>a</td></tr>\n</table>\n</div>\n", false}, // Markdown's headings
		{"<a id=\"top\"></a>\n\n## Request parameters\n\n<table>\n<tr><td>a</td></tr>\n</table>\n", false},          // Markdown between blocks
		{"<p>Calls GetUser.</p>\n<table><tr><td>UserName</td></tr></table>\n", false},                               // no heading
		{"<!DOCTYPE html>\n<h1>GetUser</h1>\n", false},                                                              // a document
		{"<body>\n<h1>GetUser</h1>\n</body>\n", false},
		{"", false},
	} {
		if got := Fragment([]byte(c.in)); got != c.want {
			t.Errorf("Fragment(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestFragmentCutOff: a fragment has no </body> to end with, so it is cut off only when an
// element whose end tag HTML requires is still open at its end; the warning names that
// element and its line, and the last line of the file.
func TestFragmentCutOff(t *testing.T) {
	p := readDoc(t, "frag.txt", fragmentPage)
	if p.Truncated || len(p.Warnings) > 0 {
		t.Errorf("whole fragment: truncated %v, warnings %v", p.Truncated, p.Warnings)
	}
	cut := fragmentPage[:strings.Index(fragmentPage, "</tbody>")]
	p = readDoc(t, "frag.txt", cut)
	want := "HTML ends inside <section> (line 1), which is not closed: the page may be cut off"
	if !p.Truncated || len(p.Warnings) != 1 || p.Warnings[0].Msg != want || p.Warnings[0].Line != strings.Count(cut, "\n")+1 {
		t.Errorf("cut fragment: truncated %v, warnings %v; want %q at line %d", p.Truncated, p.Warnings, want, strings.Count(cut, "\n")+1)
	}
	// no <section> around it: the table is what is open
	inner := cut[strings.Index(cut, "\n")+1:]
	p = readDoc(t, "frag.txt", inner)
	if want := "HTML ends inside <table> (line 4), which is not closed"; !p.Truncated || len(p.Warnings) != 1 || !strings.HasPrefix(p.Warnings[0].Msg, want) {
		t.Errorf("cut fragment: truncated %v, warnings %v; want %q", p.Truncated, p.Warnings, want)
	}
	// a document still needs its </body>
	p = readDoc(t, "doc.html", "<html><body>\n"+fragmentPage)
	if !p.Truncated || len(p.Warnings) != 1 || !strings.Contains(p.Warnings[0].Msg, "before </body> and </html>") {
		t.Errorf("document without </body>: truncated %v, warnings %v", p.Truncated, p.Warnings)
	}
}
