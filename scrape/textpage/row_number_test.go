package textpage

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestRowNumberColumn: a spaced or concat table whose header opens with a row-number column
// ("No.", "#", 序号) starts each row with a running integer ("1 RegionId String Yes",
// "2PageSizeIntegerNo", or in a cell-per-line table a line "1" over the row's cells). The header is read with the column (numberedHeader) and the
// number is taken off each row (dropRowNumbers); a row the reader cannot split keeps its
// number without stopping the count, and a description line that starts with a number
// stays as written. Before, the header was no header and the rows paragraphs.
func TestRowNumberColumn(t *testing.T) {
	for _, c := range []struct{ name, page string }{
		{"spaced", `Request parameters

No. Parameter Type Required Example Description
1 RegionId String Yes cn-hangzhou

The region.

2 PageSize Integer No 10

3 items are returned by default.

3 Tag Array of String No

The tags.
`},
		{"concat", `Request parameters

#ParameterTypeRequiredExampleDescription
1RegionIdStringYescn-hangzhou

The region.

2PageSizeIntegerNo10

3 items are returned by default.

3TagArray of StringNo

The tags.
`},
		{"concat.zh", `请求参数

序号名称类型是否必选示例值描述
1RegionIdString是cn-hangzhou

地域。

2PageSizeInteger否10

3 items are returned by default.

3TagArray of String否

标签。
`},
		{"cells", `Request parameters

No.

Parameter

Type

Required

Example

Description

1

RegionId

String

Yes

cn-hangzhou

The region.

2

PageSize

Integer

No

10

3 items are returned by default.

3

Tag

Array of String

No

a

The tags.
`},
	} {
		t.Run(c.name, func(t *testing.T) {
			tbl := table(t, readText(t, c.page), page.RequestParams)
			equal(t, "names", column(tbl, page.ColName), []string{"RegionId", "PageSize", "Tag"})
			equal(t, "types", column(tbl, page.ColType), []string{"String", "Integer", "Array of String"})
			last := "" // the cell-per-line table gives each row an example
			if c.name == "cells" {
				last = "a"
			}
			equal(t, "examples", column(tbl, page.ColExample), []string{"cn-hangzhou", "10", last})
			if d := column(tbl, page.ColDescription); len(d) != 3 || d[1] != "3 items are returned by default." {
				t.Errorf("descriptions %q", d)
			}
		})
	}
}
