package textpage

import (
	"fmt"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// gluedPositionPage is a concat request table in one language: its title, header words
// (name, type, Position, Required, example, description), and three rows' cells (name,
// type, Position, Required, example) each over a description line.
type gluedPositionPage struct {
	lang, title string
	words       [6]string
	rows        [3][5]string
	descs       [3]string
}

var gluedPositionPages = []gluedPositionPage{
	{"en", "Request parameters", [6]string{"Name", "Type", "Position", "Required", "Example", "Description"},
		[3][5]string{{"activeOnly", "Boolean", "Query", "No", "true"}, {"RegionId", "String", "Path", "Yes", "cn-hangzhou"}, {"bodyData", "String", "Body", "No", ""}},
		[3]string{"Whether to show active ones.", "The region.", "The data."}},
	{"zh", "请求参数", [6]string{"名称", "类型", "位置", "是否必选", "示例值", "描述"},
		[3][5]string{{"activeOnly", "Boolean", "查询", "否", "true"}, {"RegionId", "String", "路径", "是", "cn-hangzhou"}, {"bodyData", "String", "Body", "否", ""}},
		[3]string{"是否只显示活跃的。", "地域。", "数据。"}},
	{"ja", "リクエストパラメーター", [6]string{"名前", "型", "位置", "必須", "例", "説明"},
		[3][5]string{{"activeOnly", "Boolean", "Query", "いいえ", "true"}, {"RegionId", "String", "パス", "はい", "cn-hangzhou"}, {"bodyData", "String", "ボディ", "いいえ", ""}},
		[3]string{"アクティブなものだけ。", "リージョン。", "データ。"}},
}

// text renders the page with its header words and row cells glued in the column order
// order (indexes into words; the description, last, is a line of its own).
func (p gluedPositionPage) text(order []int) string {
	var b strings.Builder
	b.WriteString(p.title + "\n\n")
	for _, k := range order {
		b.WriteString(p.words[k])
	}
	b.WriteString(p.words[5] + "\n")
	for r, row := range p.rows {
		for _, k := range order {
			b.WriteString(row[k])
		}
		b.WriteString("\n\n" + p.descs[r] + "\n\n")
	}
	return b.String()
}

// TestGluedPosition: a concat table whose header has a Position column between Type and
// Required glues the row's Position word between its type and its Required word
// ("activeOnlyBooleanQueryいいえtrue"), and one whose Position column follows Required glues
// it between the Required word and the example ("activeOnlyBooleanいいえQuerytrue"). The
// word is the lexicon's (page.LocationWords), in the page's language or English: it is the
// Position cell, and the Required word and the example are read. Before, with Position
// after Type the Position word, the Required word and the example stayed one unread cell
// (Required empty in every row); with Position after Required, the word opened the example
// ("Querytrue") and every position was empty. A Position column right after the name (the
// products' "Parameter | Position | Type" tables) glues the word to the name
// ("activeOnlyQueryBoolean"); before, the name took it ("activeOnlyQuery"), and every
// parameter was lost with no warning naming it.
func TestGluedPosition(t *testing.T) {
	for _, o := range []struct {
		name  string
		order []int
	}{{"afterType", []int{0, 1, 2, 3, 4}}, {"afterRequired", []int{0, 1, 3, 2, 4}}, {"beforeType", []int{0, 2, 1, 3, 4}}} {
		for _, c := range gluedPositionPages {
			t.Run(o.name+"/"+c.lang, func(t *testing.T) {
				tbl := table(t, readText(t, c.text(o.order)), page.RequestParams)
				got := rowsOf(tbl)
				if len(got) != 3 {
					t.Fatalf("rows %q; want 3", got)
				}
				equal(t, "names", column(tbl, page.ColName), []string{"activeOnly", "RegionId", "bodyData"})
				equal(t, "types", column(tbl, page.ColType), []string{"Boolean", "String", "String"})
				var locs []string
				for _, l := range column(tbl, page.ColLocation) {
					m, _ := page.ParseLocation(l)
					locs = append(locs, m)
				}
				equal(t, "positions", locs, []string{"query", "path", "body"})
				var req []string
				for _, r := range column(tbl, page.ColRequired) {
					v, ok := page.ParseRequired(r)
					req = append(req, fmt.Sprint(v, ok))
				}
				equal(t, "required", req, []string{"false true", "true true", "false true"})
				equal(t, "examples", column(tbl, page.ColExample), []string{"true", "cn-hangzhou", ""})
			})
		}
	}
}
