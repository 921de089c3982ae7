package page

import (
	"strings"
	"testing"
)

// TestRstListTable: a reStructuredText list table (a row a "*" bullet, its cells the "-"
// bullets under it), under a container's indentation, with a title, options and cells
// going on over lines, paragraphs and a nested list, is the pipe table it stands for, line
// for line: the title on the directive's line, the header right under it (a caption over
// its table) and its rule under that, each row on its first line. A row's cells may open
// on the line below its bullet; an empty cell is a bullet alone. (Two backquotes stand as
// "^^" in the input.)
func TestRstListTable(t *testing.T) {
	in := strings.Split(strings.ReplaceAll(`   .. list-table:: Request parameters
      :header-rows: 1
      :widths: 20 10 70

      * - Parameter
        - Type
        - Description
      * - ^^RegionId^^
        - String
        - The region,
          in full.
      * -
          PageSize
        - Integer
        - The page size. Valid values:

          * 10
          * 50

        - extra
      *
        - Mode
        -
        - The *mode* | or not.

   After the table.`, "^^", "``"), "\n")
	want := []string{
		"   Request parameters", "   | Parameter | Type | Description |  |", "   |---|---|---|---|", "", "", "", "",
		"   | ``RegionId`` | String | The region, in full. |  |", "", "", "",
		"   | PageSize | Integer | The page size. Valid values:<br>* 10<br>* 50 | extra |", "", "", "", "", "", "", "", "",
		"   | Mode |  | The *mode* \\| or not. |  |", "", "", "",
		"",
		"   After the table.",
	}
	got, ok, _ := PipeGrids(in)
	if !ok || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("PipeGrids = %v\n%q\nwant\n%q", ok, got, want)
	}
}

// TestRstCSVTable: a reStructuredText CSV table, its header in the :header: option, its
// records parted by the :delim: character or commas, quoted fields holding the delimiter,
// doubled quotes and line breaks, is the pipe table it stands for, line for line; a table
// whose rows are in another file (:file:) is its title, and a drop warning naming the file.
func TestRstCSVTable(t *testing.T) {
	in := strings.Split(strings.ReplaceAll(`.. csv-table:: 请求参数
   :header: "名称", "类型", "描述"
   :widths: 20, 10, 70

   ^^RegionId^^, String, "地域, 如 ""cn-hangzhou""。"
   "Tags", "Array", "标签，
   最多 20 个。"

.. csv-table::
   :delim: ;
   :header-rows: 1

   Parameter; Type; Description
   Size; Integer; "The size; in GiB."

.. csv-table:: Elsewhere
   :file: params.csv`, "^^", "``"), "\n")
	want := []string{
		"请求参数", "| 名称 | 类型 | 描述 |", "|---|---|---|", "",
		"| ``RegionId`` | String | 地域, 如 \"cn-hangzhou\"。 |",
		"| Tags | Array | 标签，最多 20 个。 |", "",
		"",
		"| Parameter | Type | Description |", "|---|---|---|", "", "", "",
		"| Size | Integer | The size; in GiB. |", "",
		"Elsewhere", "",
	}
	got, ok, lost := PipeGrids(in)
	if !ok || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("PipeGrids = %v\n%q\nwant\n%q", ok, got, want)
	}
	p := &Page{}
	for _, l := range lost {
		l.Warn(p, l.Line+1)
	}
	if len(p.Warnings) != 1 || p.Warnings[0].Kind != Drop || p.Warnings[0].Line != 16 ||
		p.Warnings[0].Msg != `table "Elsewhere": its rows are in params.csv, which the page does not hold; none read` {
		t.Errorf("warnings %v", p.Warnings)
	}
}

// TestMystListTable: a MyST list table (a "{list-table}" code fence of backquotes or
// colons, its options on lines or in YAML, its content not indented) is the pipe table it
// stands for, line for line, the fences blank; a fence left open is code and stays.
func TestMystListTable(t *testing.T) {
	in := strings.Split("Before.\n\n"+
		"```{list-table} Request parameters\n:header-rows: 1\n\n* - Name\n  - Type\n* - RegionId\n  - String\n```\n\n"+
		":::{list-table}\n---\nheader-rows: 1\n---\n*\n  - Name\n  - Type\n* - Size\n  - Integer\n:::\n\n"+
		"```{list-table}\n* - Name\n  - Type", "\n")
	want := []string{"Before.", "",
		"Request parameters", "| Name | Type |", "|---|---|", "", "", "| RegionId | String |", "", "", "",
		"| Name | Type |", "|---|---|", "", "", "", "", "", "| Size | Integer |", "", "", "",
		"```{list-table}", "* - Name", "  - Type"}
	got, ok, _ := PipeGrids(in)
	if !ok || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("PipeGrids = %v\n%q\nwant\n%q", ok, got, want)
	}
}

// TestRstCSVQuoteEscape: a csv-table whose :quote: option names another quote ("'") and
// whose :escape: option a character that makes the next one text ("\": no doubled quote
// then) is read as docutils reads it: the quotes and escapes gone, a quoted field's
// delimiters, line breaks and the other quote its text; and so is a MyST csv-table, its
// options in YAML.
func TestRstCSVQuoteEscape(t *testing.T) {
	in := strings.Split(`.. csv-table::
   :header-rows: 1
   :quote: '
   :escape: \

   Parameter, Type, Description
   RegionId, String, 'The region, as "cn-hangzhou".'
   Tags, Array, 'Up to 20 \'tags\',
   in full.'
   Mode, String, on\, off \\ none

`+"```{csv-table}\n---\nheader-rows: 1\nquote: \"'\"\ndelim: ;\n---\nName; Type; Description\nSize; Integer; 'The size; in GiB.'\n```", "\n")
	want := []string{
		"| Parameter | Type | Description |", "|---|---|---|", "", "", "", "",
		`| RegionId | String | The region, as "cn-hangzhou". |`,
		"| Tags | Array | Up to 20 'tags', in full. |", "",
		`| Mode | String | on, off \ none |`,
		"",
		"| Name | Type | Description |", "|---|---|---|", "", "", "", "", "",
		"| Size | Integer | The size; in GiB. |", "",
	}
	got, ok, _ := PipeGrids(in)
	if !ok || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("PipeGrids = %v\n%q\nwant\n%q", ok, got, want)
	}
}

// TestRstCSVUnread: a csv-table's record the CSV rules do not read ends its rows, and a
// drop warning names it and the rows after it, which were blank lines with no word.
func TestRstCSVUnread(t *testing.T) {
	in := strings.Split(`.. csv-table::
   :header: Parameter, Type

   RegionId, String
   Name, A "bad" quote
   Size, Integer`, "\n")
	got, ok, lost := PipeGrids(in)
	if !ok || got[3] != "| RegionId | String |" {
		t.Errorf("PipeGrids = %v %q", ok, got)
	}
	p := &Page{}
	for _, l := range lost {
		l.Warn(p, l.Line+1)
	}
	if len(p.Warnings) != 1 || p.Warnings[0].Kind != Drop || p.Warnings[0].Line != 5 ||
		p.Warnings[0].Msg != `rows "Name", "Size" dropped: the CSV rules do not read the first (a quote out of place), so none after it` {
		t.Errorf("warnings %v", p.Warnings)
	}
}
