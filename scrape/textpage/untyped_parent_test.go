package textpage

import (
	"slices"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestUntypedParentRow: in the layouts that write a line a cell (cells), glue the leading
// cells (concat) or space them (spaced), a row whose type cell the page leaves empty is its name alone on a line,
// then its description: a container ("KeyPairs" over "└KeyPairName", "└Tags" over
// "└TagKey"; ecs/en/DescribeKeyPairs). It was read as text: the top row went to the text
// before the table, "└Tags" into the row above's description, and no warning named either;
// in the spaced layout four lines before the first row ended the table, and its rows went
// with it (ecs DescribeResourcesModification). In a spaced table that shows no tree, a bare
// name over its description and a row at the top level is such a row too (ecs/zh).
// Read as a row with no type, extraction makes it an object with a warning naming it, as
// it does for the pipe layouts.
func TestUntypedParentRow(t *testing.T) {
	for _, c := range []struct{ name, text string }{
		{"cells", "Response parameters\n\nName\n\nType\n\nExample\n\nDescription\n\nKeyPairs\n\nA set of key pairs.\n\n" +
			"└KeyPairName\n\nString\n\nFinance\n\nThe name of the key pair.\n\n└Tags\n\nThe tags of the key pair.\n\n" +
			"└└TagKey\n\nString\n\nDept\n\nThe tag key.\n\nRequestId\n\nString\n\nabc\n\nThe request ID.\n"},
		{"concat", "Response parameters\n\nNameTypeExampleDescription\nKeyPairs\n\nA set of key pairs.\n\n" +
			"└KeyPairNameStringFinance\n\nThe name of the key pair.\n\n└Tags\n\nThe tags of the key pair.\n\n" +
			"└└TagKeyStringDept\n\nThe tag key.\n\nRequestIdStringabc\n\nThe request ID.\n"},
		{"spaced", "Response parameters\n\nName Type Example Description\nKeyPairs\n\nA set of key pairs.\n\n" +
			"└KeyPairName String Finance\n\nThe name of the key pair.\n\n└Tags\n\nThe tags of the key pair.\n\n" +
			"└└TagKey String Dept\n\nThe tag key.\n\nRequestId String abc\n\nThe request ID.\n"},
	} {
		tb := table(t, readText(t, c.text), page.ResponseParams)
		equal(t, c.name+": names", column(tb, page.ColName), []string{"KeyPairs", "KeyPairName", "Tags", "TagKey", "RequestId"})
		equal(t, c.name+": types", column(tb, page.ColType), []string{"", "String", "", "String", "String"})
		equal(t, c.name+": descriptions", column(tb, page.ColDescription)[:3],
			[]string{"A set of key pairs.", "The name of the key pair.", "The tags of the key pair."})
		var depths []int
		for _, r := range tb.Rows {
			depths = append(depths, r.Depth)
		}
		if want := []int{0, 1, 1, 2, 0}; !slices.Equal(depths, want) {
			t.Errorf("%s: depths %v, want %v", c.name, depths, want)
		}
	}
	flat := "返回数据\n\n名称 类型 示例值 描述\nAvailableZones\n\n数据中心信息组成的集合。\n\nAvailableResources\n\n资源组成的数组。\n\n" +
		"SupportedResources\n\n资源组成的数组。\n\nMax Integer 2\n\n最大值。\n\nRequestId String abc\n\n请求ID。\n"
	tb := table(t, readText(t, flat), page.ResponseParams)
	equal(t, "no tree: names", column(tb, page.ColName), []string{"AvailableZones", "AvailableResources", "SupportedResources", "Max", "RequestId"})
}

// TestRowLinesNotJudged guards the order of untypedRow's first question: a row starting
// right under a name (a glued table's example, "idaas_abt3pfwojojcq323si6g5xxxxx", then
// "CreateTimelong") makes the name no container's whether or not the row's line would end
// the table, so that line is not judged as a heading (endsTable: the traits of it and the
// line after, a lexicon lookup, the card lines after it), which nothing else asks of a
// row's line. Asked first, about a tenth of the seed pages' heading judgments were of rows.
func TestRowLinesNotJudged(t *testing.T) {
	text := "Response parameters\n\nParameterTypeDescriptionExample\nobject\nRequestIdstring\n\nThe request ID.\n\n" +
		"0441BD79-92F3-53AA-8657-F8CE4A2B912A\nInstanceobject\n\nThe details of the instance.\n\nInstanceIdstring\n\n" +
		"The instance ID.\n\nidaas_abt3pfwojojcq323si6g5xxxxx\nCreateTimelong\n\nThe time the instance was created.\n\n1649830226000\n"
	d, err := read("x.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	tb := table(t, d.p, page.ResponseParams)
	equal(t, "names", column(tb, page.ColName), []string{"", "RequestId", "Instance", "InstanceId", "CreateTime"})
	for _, r := range tb.Rows {
		if d.lines[r.Line-1].m.headingDone {
			t.Errorf("row line %d %q judged as a heading", r.Line, d.t(r.Line-1))
		}
	}
}
