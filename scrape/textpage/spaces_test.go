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
