package page

import (
	"strings"
	"testing"
)

// TestResponseLabel: a response part's label is read in any case, bold or with a colon,
// with a suffix of headingSuffixes after a ResponseHeaders heading however many spaces
// part them; responseLabelRunes and responseLabelEnds (past which ResponseLabel does not
// lower-case a label) let each of the lexicon's words through.
func TestResponseLabel(t *testing.T) {
	for text, want := range map[string]SectionKind{
		"Headers": ResponseHeaders, "**Response Headers**": ResponseHeaders, "响应头:": ResponseHeaders,
		"Body": ResponseParams, "Response body：": ResponseParams, "レスポンスボディ": ResponseParams,
	} {
		if k, ok := ResponseLabel(text); !ok || k != want {
			t.Errorf("ResponseLabel(%q) = %v, %v; want %v", text, k, ok, want)
		}
	}
	for w, k := range headingWords {
		if k != ResponseHeaders {
			continue
		}
		for _, text := range []string{w, strings.ToUpper(w), "**" + strings.ToUpper(w) + "**", strings.ToUpper(w) + "："} {
			if got, ok := ResponseLabel(text); !ok || got != ResponseHeaders {
				t.Errorf("ResponseLabel(%q) = %v, %v; want ResponseHeaders", text, got, ok)
			}
		}
		for _, suf := range headingSuffixes {
			if text := strings.ToUpper(w) + "  \u3000 " + suf; !labelOK(text) {
				t.Errorf("ResponseLabel(%q): no label", text)
			}
		}
	}
	for w := range responseBodyWords {
		if got, ok := ResponseLabel(strings.ToUpper(w)); !ok || got != ResponseParams {
			t.Errorf("ResponseLabel(%q) = %v, %v; want ResponseParams", strings.ToUpper(w), got, ok)
		}
	}
	for _, text := range []string{"The request ID.", "Response headers of the request sent to the origin server", "RequestId"} {
		if k, ok := ResponseLabel(text); ok {
			t.Errorf("ResponseLabel(%q) = %v, want none", text, k)
		}
	}
}

// labelOK reports whether ResponseLabel reads text as a label.
func labelOK(text string) bool {
	_, ok := ResponseLabel(text)
	return ok
}

// TestResponseLabelAllocs guards responseLabelRunes and responseLabelEnds: the text reader
// asks ResponseLabel of each line that may end a table (textpage labelsTable), most of them
// descriptions, each of which it lower-cased (a copy of every capitalised one) to look it
// up among a few short words.
func TestResponseLabelAllocs(t *testing.T) {
	for _, desc := range []string{"The ID of the instance to query. You can call DescribeInstances to query it.", "The request ID."} {
		if n := testing.AllocsPerRun(20, func() { ResponseLabel(desc) }); n > 0 {
			t.Errorf("ResponseLabel(%q): %.0f allocations a call, want none", desc, n)
		}
	}
}

// TestParseLocationAllocs guards ParseLocation's one-word test: LocationLabel, which the
// text reader asks of each line that may end a table, reads each short line with it, and
// lower-cased (copied) every capitalised one ("The request ID."); no location word has a
// space (checked here).
func TestParseLocationAllocs(t *testing.T) {
	for w := range locationWords {
		if strings.ContainsAny(w, " \t") {
			t.Errorf("location word %q has a space", w)
		}
	}
	if n := testing.AllocsPerRun(20, func() { ParseLocation("The request ID.") }); n > 0 {
		t.Errorf("ParseLocation: %.0f allocations a call, want none", n)
	}
}
