package textpage

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestColumnsWrapped: a table in aligned columns (lynx -dump, column -t) is read by where
// its columns start: a description, an example, a type ("Array of" over "String") and a
// Required note wrapped in their column go on in that cell, an empty Example cell stays
// empty (the spaced reader took the description's first word for it), rows with or without
// blank lines between them, and the table ends at a heading or at a line that fits no
// column. Before, the wrapped lines were the description's whatever their column, and
// "Tags Array of No" read as a row of type Array with a Required cell missing.
func TestColumnsWrapped(t *testing.T) {
	p := readText(t, `Request parameters

Name        Type      Required        Example   Description
RegionId    String    Yes             cn-hangz  the region of the user. Call
                                      hou       DescribeRegions to list the
                                                regions.
UserName    String    Yes, unless               the name of the user.
                      Alias is set

Tags        Array of  No                        - tags to add, up to 20.
            String
Alias       String    No              a1        alias.
Response parameters

Name        Type      Example   Description
RequestId   String    r-1       The ID of the request, which is
                                unique.
Status      String    ok        success or failure.
For more information, see the error codes.
`)
	req := table(t, p, page.RequestParams)
	equal(t, "names", column(req, page.ColName), []string{"RegionId", "UserName", "Tags", "Alias"})
	equal(t, "types", column(req, page.ColType), []string{"String", "String", "Array of String", "String"})
	equal(t, "required", column(req, page.ColRequired), []string{"Yes", "Yes, unless Alias is set", "No", "No"})
	equal(t, "examples", column(req, page.ColExample), []string{"cn-hangz hou", "", "", "a1"})
	equal(t, "descriptions", column(req, page.ColDescription), []string{
		"the region of the user. Call DescribeRegions to list the regions.", "the name of the user.",
		"- tags to add, up to 20.", "alias."})
	resp := table(t, p, page.ResponseParams)
	equal(t, "response names", column(resp, page.ColName), []string{"RequestId", "Status"})
	equal(t, "response descriptions", column(resp, page.ColDescription), []string{"The ID of the request, which is unique.", "success or failure."})
	if len(p.Warnings) > 0 {
		t.Errorf("warnings %v; want none", p.Warnings)
	}
	var after []string
	for _, s := range p.SectionsOf(page.ResponseParams) {
		for _, b := range s.Blocks {
			if b.Kind == page.Paragraph {
				after = append(after, b.Text)
			}
		}
	}
	equal(t, "text after the response table", after, []string{"For more information, see the error codes."})
}

// TestColumnsNested: a nested row's name indented in its column, or drawn under a tree's
// glyph ("└ Key", "│  └─ Key"), is a level below the row above where the indentation says;
// a table whose names all start at the column's start shows no depth (-1), as the spaced
// layout's.
func TestColumnsNested(t *testing.T) {
	for _, c := range []struct {
		what, names string // the names column, one a line
		depths      []int
	}{
		{"indented", "Instances\n  Instance\n    InstanceId\n    Tags\n      Key\n  Total\nRequestId", []int{0, 1, 2, 2, 3, 1, 0}},
		{"glyphs", "Instances\n└ Instance\n  └ InstanceId\n  └ Tags\n    └ Key\n└ Total\nRequestId", []int{0, 1, 2, 2, 3, 1, 0}},
		{"drawn tree", "Instances\n├─ Instance\n│  ├─ InstanceId\n│  └─ Tags\n│     └─ Key\n└─ Total\nRequestId", []int{0, 1, 2, 2, 3, 1, 0}},
		{"flat", "Instances\nInstance\nInstanceId\nTags\nKey\nTotal\nRequestId", []int{-1, -1, -1, -1, -1, -1, -1}},
	} {
		var b strings.Builder
		b.WriteString("Response parameters\n\nName              Type     Example   Description\n")
		for k, n := range strings.Split(c.names, "\n") {
			typ, ex := "Object", ""
			if k == 2 || k == 4 || k == 6 {
				typ, ex = "String", "v"+n[len(n)-1:]
			}
			b.WriteString(pad(n, 18, true) + pad(typ, 9, true) + pad(ex, 10, true) + "The value of the\n" + strings.Repeat(" ", 37) + "parameter.\n")
		}
		p := readText(t, b.String())
		tb := table(t, p, page.ResponseParams)
		equal(t, c.what+" names", column(tb, page.ColName), []string{"Instances", "Instance", "InstanceId", "Tags", "Key", "Total", "RequestId"})
		var depths []int
		for _, r := range tb.Rows {
			depths = append(depths, r.Depth)
		}
		if got, want := strings.Join(intsText(depths), " "), strings.Join(intsText(c.depths), " "); got != want {
			t.Errorf("%s: depths %s; want %s", c.what, got, want)
		}
		equal(t, c.what+" descriptions", column(tb, page.ColDescription)[:1], []string{"The value of the parameter."})
	}
}

// TestColumnsItemRows: in an aligned table a name alone that names the item struct of the
// list above ("Item" under "Array of Item", spaced.isMarker) is a row of its own, and a
// row whose Type cell is empty is one where each of its cells starts at its column's
// start; a name alone otherwise fits no column and ends the table, with a warning naming
// the rows after it.
func TestColumnsItemRows(t *testing.T) {
	p := readText(t, `Response parameters

Name        Type           Example  Description
Items       Array of Item           The items.
Item
  Id        String         i-1      The ID.
Extra                      x        A field the page gives no
                                    type.
Alone
Later       String         y        Not in the table.
`)
	tb := table(t, p, page.ResponseParams)
	equal(t, "names", column(tb, page.ColName), []string{"Items", "Item", "Id", "Extra"})
	equal(t, "types", column(tb, page.ColType), []string{"Array of Item", "", "String", ""})
	equal(t, "descriptions", column(tb, page.ColDescription), []string{"The items.", "", "The ID.", "A field the page gives no type."})
	var depths []int
	for _, r := range tb.Rows {
		depths = append(depths, r.Depth)
	}
	equal(t, "depths", intsText(depths), []string{"0", "0", "1", "0"})
	var drops []string
	for _, w := range p.Warnings {
		if w.Kind == page.Drop {
			drops = append(drops, w.Msg)
		}
	}
	if len(drops) != 1 || !strings.HasPrefix(drops[0], `rows Later dropped: the table ended at "Alone"`) {
		t.Errorf("drops %q; want one naming Later", drops)
	}
}

// TestColumnsNameBreak: a name that its column's width cut mid-word onto the line below
// (a PDF export, a dump that breaks long words) is glued whole: beside the rest of the
// description, alone, after a piece ending in a dot (which reads as no name by itself)
// and beside the rest of a wrapped type; a piece starting with a capital is a guess,
// warned of by name. Before, each piece read as a row of its own, or ended the table.
func TestColumnsNameBreak(t *testing.T) {
	p := readText(t, `Request parameters

Name          Type      Required  Description
InstanceChar  String    No        The billing
geType                            method.
RemoveEntry.  String    No        The range.
N.PortRange
Verification  Array of  No        The conditions.
Condition     String
Size          Integer   No        The size.
`)
	req := table(t, p, page.RequestParams)
	equal(t, "names", column(req, page.ColName), []string{"InstanceChargeType", "RemoveEntry.N.PortRange", "VerificationCondition", "Size"})
	equal(t, "types", column(req, page.ColType), []string{"String", "String", "Array of String", "Integer"})
	equal(t, "descriptions", column(req, page.ColDescription), []string{"The billing method.", "The range.", "The conditions.", "The size."})
	if len(p.Warnings) != 1 || p.Warnings[0].Kind != page.Guess || !strings.Contains(p.Warnings[0].Msg, `"VerificationCondition"`) {
		t.Errorf("warnings %v; want one guess naming VerificationCondition", p.Warnings)
	}
}

// TestColumnsLongHeader: an aligned header pads its cells to its columns' widths, which a
// long type (an SDK struct's name) makes longer than a header line may be
// (maxHeaderLine); its runs of spaces count as one there. Before, the line was no header
// and the table's rows were text.
func TestColumnsLongHeader(t *testing.T) {
	typ := "*DescribeInstancesResponseBodyInstancesInstanceNetworkInterfacesNetworkInterfaceIpv6Sets"
	typ += strings.Repeat("Ipv6Set", 20)
	var b strings.Builder
	b.WriteString("Response parameters\n\n")
	b.WriteString(pad("Parameter", 12, true) + pad("Type", len(typ)+2, true) + pad("Example", 9, true) + "Description\n")
	b.WriteString(pad("Ipv6Sets", 12, true) + pad(typ, len(typ)+2, true) + pad("", 9, true) + "The IPv6 addresses.\n")
	b.WriteString(pad("RequestId", 12, true) + pad("*string", len(typ)+2, true) + pad("r-1", 9, true) + "The request ID.\n")
	p := readText(t, b.String())
	tb := table(t, p, page.ResponseParams)
	equal(t, "names", column(tb, page.ColName), []string{"Ipv6Sets", "RequestId"})
	equal(t, "examples", column(tb, page.ColExample), []string{"", "r-1"})
}

// TestColumnsCJK: a Chinese table lines up by display width where a terminal dumped it (a
// wide character two columns) and by character count where a program padded it with
// characters; each is read by the measure under which its rows' cells start at the
// header's columns, which differ after a wide character (是, 否, a Chinese example).
// Wrapped Chinese text goes on with no space.
func TestColumnsCJK(t *testing.T) {
	for _, wide := range []bool{true, false} {
		rows := [][]string{
			{"名称", "类型", "是否必选", "示例值", "描述"},
			{"InstanceId", "String", "是", "i-bp1", "实例的ID。"},
			{"Name", "String", "否", "测试名", "实例的名称，长度为2~128个"},
			{"", "", "", "", "字符。"},
			{"Period", "Integer", "否", "", "时长。"},
		}
		var b strings.Builder
		b.WriteString("请求参数\n\n")
		for _, r := range rows {
			b.WriteString(strings.TrimRight(pad(r[0], 12, wide)+pad(r[1], 9, wide)+pad(r[2], 10, wide)+pad(r[3], 8, wide)+r[4], " ") + "\n")
		}
		b.WriteString("\n返回参数\n\n名称        类型     描述\nRequestId   String   请求ID。\n")
		p := readText(t, b.String())
		what := map[bool]string{true: "display width", false: "characters"}[wide]
		tb := table(t, p, page.RequestParams)
		equal(t, what+": names", column(tb, page.ColName), []string{"InstanceId", "Name", "Period"})
		equal(t, what+": required", column(tb, page.ColRequired), []string{"是", "否", "否"})
		equal(t, what+": examples", column(tb, page.ColExample), []string{"i-bp1", "测试名", ""})
		equal(t, what+": descriptions", column(tb, page.ColDescription), []string{"实例的ID。", "实例的名称，长度为2~128个字符。", "时长。"})
	}
}

// TestColumnsCrossing: a word that starts in one column and runs past the next one's start
// (a name longer than its column, written as is; a wrapped type's word on the line below)
// is read in the column it starts in, and a guess names the row: nothing shows that the
// table's columns are not misaligned instead.
func TestColumnsCrossing(t *testing.T) {
	p := readText(t, `Request parameters

Name      Type        Required  Description
RegionId  String      Yes       The region.
ResourceGroupId String No       The resource group.
Tags      Array of    No        The tags.
          TagStructTypes
`)
	tb := table(t, p, page.RequestParams)
	equal(t, "names", column(tb, page.ColName), []string{"RegionId", "ResourceGroupId", "Tags"})
	equal(t, "types", column(tb, page.ColType), []string{"String", "String", "Array of TagStructTypes"})
	equal(t, "required", column(tb, page.ColRequired), []string{"Yes", "No", "No"})
	var guesses []string
	for _, w := range p.Warnings {
		if w.Kind == page.Guess {
			guesses = append(guesses, w.Msg)
		}
	}
	if len(guesses) != 2 || !strings.HasPrefix(guesses[0], `row "ResourceGroupId": "ResourceGroupId" run past the start of the next column`) ||
		!strings.HasPrefix(guesses[1], `row "Tags": "TagStructTypes" run past`) {
		t.Errorf("guesses %q; want one naming ResourceGroupId, one naming Tags", guesses)
	}
}

// TestColumnsNotAligned: a header padded to columns over rows that are not (one space
// between cells, the first row lined up by chance) is the spaced layout's: its rows are
// read by their words, not cut at the header's columns.
func TestColumnsNotAligned(t *testing.T) {
	p := readText(t, `Request parameters

Name  Type    Required  Description
Id    Long    Yes       The ID.
InstanceName String Yes The name of the instance.
ZoneId String No The zone.
`)
	tb := table(t, p, page.RequestParams)
	equal(t, "names", column(tb, page.ColName), []string{"Id", "InstanceName", "ZoneId"})
	equal(t, "types", column(tb, page.ColType), []string{"Long", "String", "String"})
	equal(t, "required", column(tb, page.ColRequired), []string{"Yes", "Yes", "No"})
	if len(p.Warnings) > 0 {
		t.Errorf("warnings %v; want none", p.Warnings)
	}
}

// TestColumnsTranslatedName: a row whose name the page translated ("帯域幅", as the Japanese
// site does) is a row of an aligned table, as of a spaced one, where a type word and a
// Required word follow it; extraction drops it by name. Before, the line fit no column and
// ended the table: the rows after it were lost.
func TestColumnsTranslatedName(t *testing.T) {
	rows := [][]string{
		{"名前", "タイプ", "必須/任意", "説明"},
		{"RegionId", "String", "必須", "リージョン ID。"},
		{"帯域幅", "String", "任意", "帯域幅。"},
		{"ZoneId", "String", "任意", "ゾーン ID。"},
	}
	var b strings.Builder
	b.WriteString("リクエストパラメーター\n\n")
	for _, r := range rows {
		b.WriteString(pad(r[0], 12, true) + pad(r[1], 10, true) + pad(r[2], 12, true) + r[3] + "\n")
	}
	p := readText(t, b.String())
	tb := table(t, p, page.RequestParams)
	equal(t, "names", column(tb, page.ColName), []string{"RegionId", "帯域幅", "ZoneId"})
	equal(t, "required", column(tb, page.ColRequired), []string{"必須", "任意", "任意"})
}

// pad writes s and spaces up to n columns, a wide character two where wide.
func pad(s string, n int, wide bool) string {
	w := 0
	for _, r := range s {
		w += cellWidth(r, wide)
	}
	return s + strings.Repeat(" ", max(n-w, 1))
}

func intsText(ns []int) []string {
	out := make([]string, len(ns))
	for k, n := range ns {
		out[k] = strconv.Itoa(n)
	}
	return out
}

// TestColumnsStackedHeader: a header whose cells wrap in their columns, as lynx wraps a
// <th> wider than its column ("Parameter" over "name", "Data" over "type", "Required"
// alone; "HTTP" over "status" over "code"), is one header of the cells its columns stack,
// read in aligned columns as any: two lines, three, and a Chinese one whose words wrap
// anywhere ("参数" over "名称"). Before, the first line was no header or one of the wrong
// columns, the lines under it a row or text, and the rows spaced ones.
func TestColumnsStackedHeader(t *testing.T) {
	p := readText(t, `Request parameters

Parameter   Data      Required  Sample    Remarks
name        type                value
RegionId    String    Yes       cn-hangz  The region of the instance. Call
                                hou       DescribeRegions to list the regions.
PageSize    Integer   No        10        The number of entries on a page.
Response parameters

参数        数据    示例值  描述
名称        类型
RequestId   String  r-1     请求ID，唯一标识一次
                            请求。

Error codes

HTTP     Error             Error message           Description
status   code
code
400      InvalidParameter  The specified           The parameter is not valid.
                           parameter is invalid.
403      Forbidden.RAM     You are not             Ask the account owner to grant
                           authorized.             the permission.
`)
	req := table(t, p, page.RequestParams)
	equal(t, "header", req.Header, []string{"Parameter name", "Data type", "Required", "Sample value", "Remarks"})
	equal(t, "names", column(req, page.ColName), []string{"RegionId", "PageSize"})
	equal(t, "types", column(req, page.ColType), []string{"String", "Integer"})
	equal(t, "required", column(req, page.ColRequired), []string{"Yes", "No"})
	equal(t, "examples", column(req, page.ColExample), []string{"cn-hangz hou", "10"})
	equal(t, "descriptions", column(req, page.ColDescription), []string{
		"The region of the instance. Call DescribeRegions to list the regions.", "The number of entries on a page."})
	resp := table(t, p, page.ResponseParams)
	equal(t, "response header", resp.Header, []string{"参数名称", "数据类型", "示例值", "描述"})
	equal(t, "response descriptions", column(resp, page.ColDescription), []string{"请求ID，唯一标识一次请求。"})
	errs := table(t, p, page.ErrorCodes)
	equal(t, "error header", errs.Header, []string{"HTTP status code", "Error code", "Error message", "Description"})
	equal(t, "error codes", column(errs, page.ColErrorCode), []string{"InvalidParameter", "Forbidden.RAM"})
	equal(t, "error messages", column(errs, page.ColErrorMessage), []string{"The specified parameter is invalid.", "You are not authorized."})
	if len(p.Warnings) > 0 {
		t.Errorf("warnings %v; want none", p.Warnings)
	}
}

// TestColumnsCentredHeader: w3m centres a <th>'s words over its column, so the header's
// words do not start where the rows' cells do; the columns are where the rows' cells start,
// each between the header's word before it and its own; so under a header whose cells
// wrap, each line centred, a cell of one line on the middle of three (stackedHeader).
// Before, the table was read as a spaced one: the wrapped lines went to the description
// whatever their column ("hou", the example's end, and "String", a type's), and "Array
// of" was a type cut short; a wrapped centred header was no header.
func TestColumnsCentredHeader(t *testing.T) {
	p := readText(t, `Request parameters

 Parameter     Type     Required  Example            Description
RegionId     String     Yes       cn-hangz  The region of the instance. Call
                                  hou       DescribeRegions to list the regions.
Tags         Array of   No                  The tags.
             String
PageSize     Integer    No        10        The number of entries on a page.
`)
	req := table(t, p, page.RequestParams)
	equal(t, "names", column(req, page.ColName), []string{"RegionId", "Tags", "PageSize"})
	equal(t, "types", column(req, page.ColType), []string{"String", "Array of String", "Integer"})
	equal(t, "required", column(req, page.ColRequired), []string{"Yes", "No", "No"})
	equal(t, "examples", column(req, page.ColExample), []string{"cn-hangz hou", "", "10"})
	equal(t, "descriptions", column(req, page.ColDescription), []string{
		"The region of the instance. Call DescribeRegions to list the regions.", "The tags.", "The number of entries on a page."})
	if len(p.Warnings) > 0 {
		t.Errorf("warnings %v; want none", p.Warnings)
	}
	// each line of a wrapped cell centred, a cell of one line on the header's middle one
	p = readText(t, `Response parameters

 Parameter
   name     Data type   Example           Description
RequestId   String      r-1      The ID of the request.

Error codes

  HTTP
 status    Error code        Error message            Description
  code
400       InvalidParameter  The specified parameter  The parameter is not valid.
                            is invalid.
`)
	resp := table(t, p, page.ResponseParams)
	equal(t, "stacked header", resp.Header, []string{"Parameter name", "Data type", "Example", "Description"})
	equal(t, "stacked: examples", column(resp, page.ColExample), []string{"r-1"})
	equal(t, "stacked: descriptions", column(resp, page.ColDescription), []string{"The ID of the request."})
	errs := table(t, p, page.ErrorCodes)
	equal(t, "error header", errs.Header, []string{"HTTP status code", "Error code", "Error message", "Description"})
	equal(t, "error messages", column(errs, page.ColErrorMessage), []string{"The specified parameter is invalid."})
	equal(t, "error descriptions", column(errs, page.ColDescription), []string{"The parameter is not valid."})
	if len(p.Warnings) > 0 {
		t.Errorf("warnings %v; want none", p.Warnings)
	}
}

// TestColumnsErrorCodes: an error-code table in aligned columns (HTTP status, error code,
// message, description; or the code first) is read by its columns as a parameter table
// is: a message or description wrapped in its column goes on in that cell, a message with
// no full stop ends where its column does. Before, it was read by its words: a line that
// wrapped went to the description, and a message without a full stop took the description
// in.
func TestColumnsErrorCodes(t *testing.T) {
	p := readText(t, `Error codes

HTTP status code  Error code                  Error message            Description
400               InvalidParameter            The specified parameter  The parameter is not valid.
                                              is invalid.
404               InvalidInstanceId.NotFound  Instance not found       The instance does not exist. Check
                                                                       the instance ID.
`)
	errs := table(t, p, page.ErrorCodes)
	equal(t, "codes", column(errs, page.ColErrorCode), []string{"InvalidParameter", "InvalidInstanceId.NotFound"})
	equal(t, "statuses", column(errs, page.ColHTTPStatus), []string{"400", "404"})
	equal(t, "messages", column(errs, page.ColErrorMessage), []string{"The specified parameter is invalid.", "Instance not found"})
	equal(t, "descriptions", column(errs, page.ColDescription), []string{"The parameter is not valid.",
		"The instance does not exist. Check the instance ID."})
	p = readText(t, `Error codes

Error code        Error message                  Description
Throttling.User   Request was denied due to      Retry later.
                  user flow control
InvalidTagKey     The tag key is invalid         Use another key.
`)
	errs = table(t, p, page.ErrorCodes)
	equal(t, "codes first", column(errs, page.ColErrorCode), []string{"Throttling.User", "InvalidTagKey"})
	equal(t, "codes first: messages", column(errs, page.ColErrorMessage), []string{"Request was denied due to user flow control", "The tag key is invalid"})
	equal(t, "codes first: descriptions", column(errs, page.ColDescription), []string{"Retry later.", "Use another key."})
}

// TestColumnsRowNumbers: a table in aligned columns whose first column numbers its rows
// ("No.", "#", 序号) loses the column whole, each line cut where the name column starts, so
// that its cells stay under the header's: rows past 9, numbers aligned right or left, a
// wrapped description, a nested
// row's indentation, a Chinese header aligned by display width, a header that wraps in its
// columns. Before, each row lost its
// number only, which put its cells off the header's columns: the table was read as a
// spaced one, its wrapped lines in the description whatever their column.
func TestColumnsRowNumbers(t *testing.T) {
	var b strings.Builder
	b.WriteString("Response parameters\n\nNo.  Parameter      Type      Example   Description\n")
	var names []string
	for k := 1; k <= 11; k++ {
		name, typ, ex := fmt.Sprintf("Field%d", k), "String", "v"+strconv.Itoa(k)
		if k == 3 {
			name, typ, ex = "Items", "Array of", ""
		}
		if k == 4 {
			name = "  Key"
		}
		names = append(names, strings.TrimSpace(name))
		b.WriteString(fmt.Sprintf("%2d   ", k) + pad(name, 15, true) + pad(typ, 10, true) + pad(ex, 10, true) + "The value of the\n")
		if k == 3 {
			b.WriteString(strings.Repeat(" ", 20) + pad("Object", 20, true) + "parameter.\n")
			continue
		}
		b.WriteString(strings.Repeat(" ", 40) + "parameter.\n")
		if k == 11 { // a paragraph of the description, after a blank line, where its column starts
			b.WriteString("\n" + strings.Repeat(" ", 40) + "Valid values: any.\n")
		}
	}
	b.WriteString("\n请求参数\n\n序号  名称        类型     是否必选  描述\n")
	b.WriteString("1     RegionId    String   是        地域ID。\n2     PageSize    Integer  否        每页的\n                                     条数。\n")
	p := readText(t, b.String())
	tb := table(t, p, page.ResponseParams)
	equal(t, "header", tb.Header, []string{"Parameter", "Type", "Example", "Description"})
	equal(t, "names", column(tb, page.ColName), names)
	equal(t, "types", column(tb, page.ColType)[:4], []string{"String", "String", "Array of Object", "String"})
	equal(t, "examples", column(tb, page.ColExample)[9:], []string{"v10", "v11"})
	equal(t, "descriptions", column(tb, page.ColDescription)[9:], []string{"The value of the parameter.", "The value of the parameter.\nValid values: any."})
	var depths []int
	for _, r := range tb.Rows[:5] {
		depths = append(depths, r.Depth)
	}
	equal(t, "depths", intsText(depths), []string{"0", "0", "0", "1", "0"})
	req := table(t, p, page.RequestParams)
	equal(t, "zh names", column(req, page.ColName), []string{"RegionId", "PageSize"})
	equal(t, "zh required", column(req, page.ColRequired), []string{"是", "否"})
	equal(t, "zh descriptions", column(req, page.ColDescription), []string{"地域ID。", "每页的条数。"})
	if len(p.Warnings) > 0 {
		t.Errorf("warnings %v; want none", p.Warnings)
	}
	// under a header that wraps in its columns (stackedHeader)
	p = readText(t, `Response parameters

No.  Parameter   Data      Example  Description
     name        type
1    RequestId   String    r-1      The ID of the
                                    request.
2    Total       Integer   3        The total.
`)
	tb = table(t, p, page.ResponseParams)
	equal(t, "stacked header", tb.Header, []string{"Parameter name", "Data type", "Example", "Description"})
	equal(t, "stacked: names", column(tb, page.ColName), []string{"RequestId", "Total"})
	equal(t, "stacked: descriptions", column(tb, page.ColDescription), []string{"The ID of the request.", "The total."})
}

// TestColumnsRowNumbersFirstIndented: where an aligned table's first row is indented in
// the name column (nested), the name column starts where the leftmost numbered row's name
// does, not the first row's: numbers aligned left or right. Before, the other rows were
// cut at their numbers only, their cells off the header's columns, and the table was read
// as a spaced one (wrapped descriptions joined by a line break, the first row's depth lost).
func TestColumnsRowNumbersFirstIndented(t *testing.T) {
	for _, num := range []string{"%-2d", "%2d"} {
		var b strings.Builder
		b.WriteString("Response parameters\n\nNo.  Parameter   Type      Example   Description\n")
		for k, name := range []string{"  Key", "Name", "Value", "Tags", "  Tag"} {
			b.WriteString(fmt.Sprintf(num, k+1) + "   " + pad(name, 12, true) + pad("String", 10, true) + pad("v", 10, true) + "The value of the\n")
			b.WriteString(strings.Repeat(" ", 39) + "parameter.\n")
		}
		p := readText(t, b.String())
		tb := table(t, p, page.ResponseParams)
		equal(t, num+": names", column(tb, page.ColName), []string{"Key", "Name", "Value", "Tags", "Tag"})
		equal(t, num+": descriptions", column(tb, page.ColDescription)[:1], []string{"The value of the parameter."})
		var depths []int
		for _, r := range tb.Rows {
			depths = append(depths, r.Depth)
		}
		equal(t, num+": depths", intsText(depths), []string{"1", "0", "0", "0", "1"})
		if len(p.Warnings) > 0 {
			t.Errorf("%s: warnings %v; want none", num, p.Warnings)
		}
	}
}

// TestColumnsCentredTree: under a centred header, a tree table's nested rows, indented,
// are most of its rows; the name column starts where the leftmost row does (the top-level
// one), the nested rows' indentation in it their depth. Before, it started where the most
// rows did, right of the first row, which then was no row of the columns: the table was
// read as a spaced one, a wrapped description joined by a line break.
func TestColumnsCentredTree(t *testing.T) {
	p := readText(t, `Response parameters

    Parameter      Type      Example      Description
Data              object                The data.
  InstanceId      string    i-1         The ID of the
                                        instance.
  Status          string    Running     The status of
                                        the instance.
`)
	tb := table(t, p, page.ResponseParams)
	equal(t, "names", column(tb, page.ColName), []string{"Data", "InstanceId", "Status"})
	equal(t, "types", column(tb, page.ColType), []string{"object", "string", "string"})
	equal(t, "examples", column(tb, page.ColExample), []string{"", "i-1", "Running"})
	equal(t, "descriptions", column(tb, page.ColDescription), []string{"The data.", "The ID of the instance.", "The status of the instance."})
	if len(tb.Rows) == 3 && (tb.Rows[0].Depth != 0 || tb.Rows[1].Depth != 1 || tb.Rows[2].Depth != 1) {
		t.Errorf("depths %d %d %d; want 0 1 1", tb.Rows[0].Depth, tb.Rows[1].Depth, tb.Rows[2].Depth)
	}
	if len(p.Warnings) > 0 {
		t.Errorf("warnings %v; want none", p.Warnings)
	}
	// a header that wraps, each line centred (stackedHeader), over a tree drawn in glyphs:
	// before, read word by word, "Array of" took the next line's "Object" as its
	// description's, and the rows under it lost their depth
	p = readText(t, `Response elements

   Parameter Name     Parameter  Example                Description
                        Type      Value
Images                Object              The images. It is
                                          documented at some length.

└ ImageSet            Array of            The image set. It is
                      Object              documented at some length.

  └ Size              Integer    5        The size. It is
                                          documented at some length.

  └ Name              String     sample   The name. It is
                                          documented at some length.

  └ Status            String     sample   The status. It is
                                          documented at some length.
`)
	tb = table(t, p, page.ResponseParams)
	equal(t, "stacked: header", tb.Header, []string{"Parameter Name", "Parameter Type", "Example Value", "Description"})
	equal(t, "stacked: names", column(tb, page.ColName), []string{"Images", "ImageSet", "Size", "Name", "Status"})
	equal(t, "stacked: types", column(tb, page.ColType), []string{"Object", "Array of Object", "Integer", "String", "String"})
	equal(t, "stacked: descriptions", column(tb, page.ColDescription), []string{"The images. It is documented at some length.",
		"The image set. It is documented at some length.", "The size. It is documented at some length.",
		"The name. It is documented at some length.", "The status. It is documented at some length."})
	if len(p.Warnings) > 0 {
		t.Errorf("stacked: warnings %v; want none", p.Warnings)
	}
}

// TestColumnsRootRow: an aligned table whose first row has no name (the response's root,
// typed object, as real response tables start) is read in its columns, with or without a
// row-number column, the root row kept unnamed and holding every other row a level below
// it, or alone in its table. Before, the root row put the first row off the name column:
// the table was read as a spaced one, the root row lost, an example read into the
// description ("i-1 The ID of the\ninstance.") and the depths lost.
func TestColumnsRootRow(t *testing.T) {
	rows := []string{"", "RequestId", "Data", "  InstanceId"}
	types := []string{"object", "String", "Object", "String"}
	examples := []string{"", "r-1", "", "i-1"}
	for _, numbered := range []bool{false, true} {
		var b strings.Builder
		head := pad("Name", 14, true) + pad("Type", 10, true) + pad("Example", 10, true) + "Description\n"
		if numbered {
			head = "No.  " + head
		}
		b.WriteString("Response parameters\n\n" + head)
		for k, n := range rows {
			num, indent := "", ""
			if numbered {
				num, indent = pad(strconv.Itoa(k+1), 5, true), "     "
			}
			b.WriteString(num + pad(n, 14, true) + pad(types[k], 10, true) + pad(examples[k], 10, true) + "The value of the\n")
			b.WriteString(indent + strings.Repeat(" ", 34) + "parameter.\n")
		}
		what := fmt.Sprintf("numbered %v", numbered)
		p := readText(t, b.String())
		tb := table(t, p, page.ResponseParams)
		equal(t, what+": names", column(tb, page.ColName), []string{"", "RequestId", "Data", "InstanceId"})
		equal(t, what+": types", column(tb, page.ColType), types)
		equal(t, what+": examples", column(tb, page.ColExample), examples)
		equal(t, what+": descriptions", column(tb, page.ColDescription)[3:], []string{"The value of the parameter."})
		var depths []int
		for _, r := range tb.Rows {
			depths = append(depths, r.Depth)
		}
		equal(t, what+": depths", intsText(depths), []string{"0", "1", "1", "2"})
		if len(p.Warnings) > 0 {
			t.Errorf("%s: warnings %v; want none", what, p.Warnings)
		}
	}
	// the root row alone (a response with no fields), its header in Chinese: the name
	// column is where the header's is, in the measure that puts the type's there too
	p := readText(t, `返回参数

序号  名称  类型    示例值  描述
1           Struct          返回的数据。
`)
	tb := table(t, p, page.ResponseParams)
	equal(t, "alone: names", column(tb, page.ColName), []string{""})
	equal(t, "alone: types", column(tb, page.ColType), []string{"Struct"})
	equal(t, "alone: descriptions", column(tb, page.ColDescription), []string{"返回的数据。"})
}

// TestTextWidth: textWidth is a text's width in the measure whatever it ends in. It read
// the start of the word after s, which, s ending in a non-space, is the start of s's last
// word: a header cell "Parameter name" ended where "name" starts, the tree "└─" before a
// name was 0 wide.
func TestTextWidth(t *testing.T) {
	for _, c := range []struct {
		s    string
		wide bool
		want int
	}{
		{"", false, 0},
		{"Name", false, 4},
		{"Name  ", false, 6},
		{"Parameter name", false, 14},
		{"  └─", false, 4},
		{"参数名", true, 6},
		{"参数名", false, 3},
		{"a\tb", false, 9},
	} {
		if got := textWidth(c.s, c.wide); got != c.want {
			t.Errorf("textWidth(%q, %v) = %d, want %d", c.s, c.wide, got, c.want)
		}
	}
}

// TestColumnsCentredWrapLine: a centred table's wrapped type ("Array of" over "Object")
// beside a description's word that ends as a struct's name does
// ("VirtualBorderRouterForPhysicalConnectionType", a name longer than the description's
// column) reads as a row by its words ("Object" typed that struct), but it starts in the
// type column, so it is no row's line: the columns the rows' cells start at hold. Counted
// as a row off the columns, it made the table a spaced one, read word by word: the row
// typed "Array of The" and a row "Object" after it (ecs
// DescribeVirtualBorderRoutersForPhysicalConnection in spaced+centred at UNSEEN_STRIDE=1).
func TestColumnsCentredWrapLine(t *testing.T) {
	p := readText(t, `Response elements

                Property name                    Field       Example                       Remarks
                                                  type
TotalCount                                      Integer   10             The TotalCount value. It
                                                                         is documented here.

VirtualBorderRouterForPhysicalConnectionSet     Object                   The
                                                                         VirtualBorderRouterForPhysicalConnectionSet
                                                                         value.

└ VirtualBorderRouterForPhysicalConnectionType  Array of                 The
                                                Object                   VirtualBorderRouterForPhysicalConnectionType
                                                                         value.

  └ VbrId                                       String    sample         The VbrId value. It is
                                                                         documented here.
`)
	tb := table(t, p, page.ResponseParams)
	equal(t, "names", column(tb, page.ColName), []string{"TotalCount", "VirtualBorderRouterForPhysicalConnectionSet",
		"VirtualBorderRouterForPhysicalConnectionType", "VbrId"})
	equal(t, "types", column(tb, page.ColType), []string{"Integer", "Object", "Array of Object", "String"})
	equal(t, "descriptions", column(tb, page.ColDescription), []string{"The TotalCount value. It is documented here.",
		"The VirtualBorderRouterForPhysicalConnectionSet value.", "The VirtualBorderRouterForPhysicalConnectionType value.",
		"The VbrId value. It is documented here."})
	if len(p.Warnings) > 0 {
		t.Errorf("warnings %v; want none", p.Warnings)
	}
}
