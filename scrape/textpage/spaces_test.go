package textpage

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestUnicodeSpaces: a copy of a web page carries no-break spaces (`&nbsp;`), ideographic
// spaces (U+3000) and other Unicode spaces where the page had spaces, and invisible
// characters inside words. A page whose spaces are such spaces reads as the page with ASCII
// spaces: the spaced layout's columns, a pipe row's cells, and a JSON example indented by
// them (which did not parse: the response lost its nesting).
func TestUnicodeSpaces(t *testing.T) {
	src := "Request parameters\n\nName Type Required Example Description\n" +
		"RegionId String Yes cn-hangzhou The region.\nPageSize Integer No 10 The page size.\n\n" +
		"Response parameters\n\nName | Type | Description | Example |\n---|---|---|---|\n" +
		"Instances | Array of Instance | The instances. | |\nInstanceId | String | The ID. | i-1 |\n\n" +
		"Examples\n\nSample success responses\n\nJSON format\n\n" +
		"{\n  \"Instances\": {\n    \"Instance\": [\n      {\n        \"InstanceId\": \"i-1\"\n      }\n    ]\n  }\n}\n"
	want := readText(t, src)
	for _, c := range []struct{ name, space, end, indent string }{
		{"nbsp", "\u00a0", "\u00a0", ""}, {"ideographic", "\u3000", "", ""}, {"en", "\u2002", "\u202f", ""},
		{"narrow", "\u202f", "\u205f", ""}, {"zero-width", " \u200d", "\u200c", ""},
		// a whole page indented (lynx -dump), its other spaces no-break ones
		{"indented", "\u00a0", "", "   "},
	} {
		text := c.indent + strings.ReplaceAll(strings.ReplaceAll(src, " ", c.space), "\n", c.end+"\n"+c.indent)
		got := readText(t, text)
		if diff := cmp.Diff(blocksOf(want), blocksOf(got)); diff != "" {
			t.Errorf("%s: the page reads otherwise (-ASCII spaces +%[1]s):\n%s", c.name, diff)
		}
	}
}

// blocksOf is the text of a page's blocks: each table's header and rows, each code block.
func blocksOf(p *page.Page) []string {
	var out []string
	for _, s := range p.Sections {
		for _, b := range s.Blocks {
			switch {
			case b.Table != nil:
				out = append(out, strings.Join(b.Table.Header, "|"))
				out = append(out, rowsOf(b.Table)...)
			default:
				out = append(out, b.Text)
			}
		}
	}
	return out
}

// TestDoubledLineBreaks: a copy out of a browser may put a blank line wherever the page has
// a line break (a blank line becomes three). Such a page reads as the page: a pipe-cells
// record, a description below its spaced row and a JSON example do not end at every blank
// line. Warnings name the lines of the input. A page with lines that follow each other and
// a run of three blank lines is no such copy: a blank line still ends its table.
func TestDoubledLineBreaks(t *testing.T) {
	src := "GetThing\n\nRequest parameters\n\n|\nName |\nType |\nRequired |\nDescription |\n|\nRegionId |\nString |\nYes |\nThe region. |\n" +
		"|\nPageSize |\nInteger |\nNo |\nThe page size. |\n\n" +
		"Response parameters\n\nName Type Example Description\nRequestId String r-1\n\nThe request ID.\n\nCount Integer 1\n\nThe count.\n\n" +
		"Examples\n\nJSON format\n\n{\n  \"RequestId\": \"r-1\",\n  \"Count\": \"x\"\n}\n"
	want := readText(t, src)
	for _, sep := range []string{"\n\n", "\n \n"} {
		got := readText(t, strings.ReplaceAll(src, "\n", sep))
		if diff := cmp.Diff(blocksOf(want), blocksOf(got)); diff != "" {
			t.Errorf("%q: the page reads otherwise (-as written +doubled):\n%s", sep, diff)
		}
		for i, s := range want.Sections {
			if i < len(got.Sections) && got.Sections[i].Line != 2*s.Line-1 {
				t.Errorf("%q: section %q on line %d, want %d", sep, s.Heading, got.Sections[i].Line, 2*s.Line-1)
			}
		}
	}
	// a real page: rows on consecutive lines, a blank line ending the table, three blank
	// lines further down; the paragraph after the table is no row
	real := "GetThing\n\nRequest parameters\n\nName | Type | Required | Description |\n---|---|---|---|\n" +
		"RegionId | String | Yes | The region. |\n\nSee also ListThings.\n\n\n\nResponse parameters\n\n" +
		"Name | Type | Description |\n---|---|---|\nRequestId | String | The ID. |\n"
	names := column(table(t, readText(t, real), page.RequestParams), page.ColName)
	equal(t, "request names", names, []string{"RegionId"})
}

// TestDoubledLineBreaksNoBlankLine: a copy that doubled the line breaks of a page with no
// blank line has a blank line between every two lines and no longer run, as a
// cell-per-line dump has; its lines that open or close a pipe cell tell it from one, and
// so does a spaced table's header on one line where no two lines follow each other. Such a
// page reads as the page (before: the pipe table's header, split by the blank lines, was
// no header, and the page read no parameter, silently; a spaced table's item row, "Item"
// over its first field's row, read as its list's description). A cell-per-line page reads
// as it is, and so does a spaced page as written, blank lines between its rows and its
// first row under its header.
func TestDoubledLineBreaksNoBlankLine(t *testing.T) {
	for name, src := range map[string]string{
		"pipe-cells": "GetThing\nRequest parameters\n|\nName |\nType |\nRequired |\nDescription |\n|\nRegionId |\nString |\nYes |\nThe region. |\n" +
			"|\nPageSize |\nInteger |\nNo |\nThe page size. |\n" +
			"Response parameters\n|\nName |\nType |\nDescription |\n|\nRequestId |\nString |\nThe request ID. |\n",
		"pipe-rows": "GetThing\nRequest parameters\nName | Type | Required | Description |\n" +
			"RegionId | String | Yes | The region. |\nPageSize | Integer | No | The page size. |\n" +
			"Response parameters\nName | Type | Description |\nRequestId | String | The request ID. |\n",
		"spaced": "GetThing\nRequest parameters\nName Type Required Description\n" +
			"RegionId String Yes The region.\nPageSize Integer No The page size.\n" +
			"Response parameters\nName Type Example Description\nRequestId String r-1\nThe request ID.\n" +
			"Items Array of Item\nThe items.\nItem\nKey String k\nThe key.\n",
	} {
		want := readText(t, src)
		if n := len(column(table(t, want, page.RequestParams), page.ColName)); n != 2 {
			t.Fatalf("%s: the page as written reads %d request rows, want 2", name, n)
		}
		got := readText(t, strings.ReplaceAll(src, "\n", "\n\n"))
		if diff := cmp.Diff(blocksOf(want), blocksOf(got)); diff != "" {
			t.Errorf("%s: the page reads otherwise (-as written +doubled):\n%s", name, diff)
		}
	}
	// a cell a line, one blank line between: the blank lines stay
	cells := "GetThing\n\nRequest parameters\n\nName\n\nType\n\nRequired\n\nDescription\n\nRegionId\n\nString\n\nYes\n\nThe region.\n"
	if n, ok := undoubleLines(cells); ok {
		t.Errorf("a cell-per-line page was undoubled to %d lines", n)
	}
	spaced := "GetThing\n\nRequest parameters\n\nName Type Required Example Description\nRegionId String Yes r-1\n\nThe region.\n\n" +
		"PageSize Integer No 10\n\nThe page size.\n\nResponse parameters\n\nNone.\n\nExamples\n\nNone.\n\nSee also\n\nNone.\n"
	if n, ok := undoubleLines(spaced); ok {
		t.Errorf("a spaced page as written was undoubled to %d lines", n)
	}
	// a cell a line, its error codes' header on one line over a code
	cells += "\nError codes\n\nHTTP status code Error code Error message\n\n400\n\nInvalidParameter\n\nThe parameter is invalid.\n"
	if n, ok := undoubleLines(cells); ok {
		t.Errorf("a cell-per-line page with a spaced error header was undoubled to %d lines", n)
	}
}

// undoubleLines is the number of lines undouble keeps of text, and whether it undoubled it.
func undoubleLines(text string) (int, bool) {
	kept, nos := undouble(text, splitLines(text))
	return len(kept), nos != nil
}

// TestRepeatedLines: a copy that doubled every line of a page (a PDF's text drawn twice for
// bold, an extractor that took a hidden copy of the text beside the visible one) has each
// line twice in a row. Such a page reads as the page, with an info warning (before: a
// pipe-cells header and its rows read as twice as many cells, a spaced row's line as the
// description of the row before it). A page whose equal lines in a row are not all in pairs
// (a pipe-cells record's empty cells, "|" then "|") reads as it is.
func TestRepeatedLines(t *testing.T) {
	src := "GetThing\n\nRequest parameters\n\n|\nName |\nType |\nRequired |\nDescription |\n|\nRegionId |\nString |\nYes |\nThe region. |\n" +
		"|\nPageSize |\nInteger |\nNo |\nThe page size. |\n\n" +
		"Response parameters\n\nName Type Example Description\nRequestId String r-1\n\nThe request ID.\n\nCount Integer 1\n\nThe count.\n"
	want := readText(t, src)
	var b strings.Builder
	for _, l := range strings.SplitAfter(src, "\n") {
		b.WriteString(l)
		if strings.TrimSpace(l) != "" {
			b.WriteString(l)
		}
	}
	got := readText(t, b.String())
	if diff := cmp.Diff(blocksOf(want), blocksOf(got)); diff != "" {
		t.Errorf("the page reads otherwise (-as written +each line twice):\n%s", diff)
	}
	if infos := warningsOfKind(got, page.Info); len(infos) != 1 || !strings.Contains(infos[0], "appears twice") {
		t.Errorf("infos %q, want one saying each line appears twice", infos)
	}
	real := "GetThing\n\nRequest parameters\n\n|\nName |\nType |\nDescription |\n|\nRegionId |\nString |\n|\n|\nPageSize |\nInteger |\nThe page size. |\n"
	if _, nos := unrepeat(real, splitLines(real)); nos != nil {
		t.Error("a page with one pair of equal lines was read as a doubled one")
	}
}

// TestDoubledLinesPipeTreeLeads: in a pipe table whose name cells draw a tree with blank
// ancestors ("|    └─ Key |" under a last child), the spaces the cell's trimming dropped
// are read back from the row's own line: on a page that doubles its line breaks too, where
// a row's input line number is not its index among the lines kept.
func TestDoubledLinesPipeTreeLeads(t *testing.T) {
	src := "DescribeTags\n\nResponse parameters\n\n| Name | Type | Description |\n|---|---|---|\n" +
		"| Tags | Array | The tags. |\n| └─ Tag | Object | A tag. |\n|    └─ Key | String | The key. |\n" +
		"| RequestId | String | The request. |\n\n\nExamples\n\nNone.\n"
	for _, c := range []struct{ name, text string }{
		{"as written", src},
		{"doubled", strings.ReplaceAll(src, "\n", "\n\n")},
	} {
		resp := table(t, readText(t, c.text), page.ResponseParams)
		equal(t, c.name+": names", column(resp, page.ColName), []string{"Tags", "Tag", "Key", "RequestId"})
		var depths []string
		for _, r := range resp.Rows {
			depths = append(depths, strconv.Itoa(r.Depth))
		}
		equal(t, c.name+": depths", depths, []string{"0", "1", "2", "0"})
	}
}
