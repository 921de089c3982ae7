package textpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestGluedSplitWarnedWhenAmbiguous checks that a glued row whose capitalised type follows
// a lower-case letter ("clientTokenString") is warned as an ambiguous split only where the
// table leaves the other reading (a name ending in that word, on a row without a type)
// open: the table writes its types in lower case, or a line of it looks like a row without
// a type word. Where every row carries a capitalised type the split is certain: warning
// every row of such a page hid the warnings that matter. Several valid splits are always
// warned.
func TestGluedSplitWarnedWhenAmbiguous(t *testing.T) {
	const head = "Product:DoIt\n\nRequest parameters\n\nParameterTypeRequiredDescriptionExample\n"
	cases := []struct {
		name, rows string
		warned     []string // the rows warned as ambiguous splits
	}{
		{"capitalised", "clientTokenStringNo\n\nThe token.\n\nabc\ncountIntegerYes\n\nThe count.\n\n3\nIdsArray of StringNo\n\nThe IDs.\n", nil},
		{"one row", "clientTokenStringNo\n\nThe token.\n", nil},
		{"lower-case table", "InstanceIdstringYes\n\nThe ID.\n\ni-1\nPageSizeintegerNo\n\nThe size.\n\n10\nLastStringNo\n\nThe last.\n", []string{"LastString"}},
		{"row without a type", "clientTokenStringNo\n\nThe token.\n\nabc\nregionIdNo\n\nThe region.\n\ncountIntegerYes\n\nThe count.\n", []string{"clientTokenString", "countInteger"}},
		{"several splits", "ids[]stringNo\n\nThe IDs.\n\nclientTokenStringNo\n\nThe token.\n\nabc\ncountIntegerYes\n\nThe count.\n", []string{"ids[]string"}},
		// list-item brackets hold only an index (page.IsParamName): "_metamap[string]" is no
		// name, so the row splits one way
		{"go map", "_metamap[string]interface{}No\n\nThe meta.\n\nclientTokenStringNo\n\nThe token.\n\nabc\ncountIntegerYes\n\nThe count.\n", nil},
	}
	for _, c := range cases {
		p, err := Reader{}.Read(c.name+".txt", []byte(head+c.rows))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var warned []string
		for _, w := range p.Warnings {
			if row, ok := strings.CutPrefix(w.Msg, "row \""); ok && strings.Contains(w.Msg, "ambiguous split") {
				if w.Kind != page.Guess {
					t.Errorf("%s: %s is not a guess", c.name, w)
				}
				warned = append(warned, row[:strings.IndexByte(row, '"')])
			}
		}
		equal(t, c.name+": rows warned", warned, c.warned)
		tb := table(t, p, page.RequestParams)
		if names := column(tb, page.ColName); names[0] != "clientToken" && names[0] != "InstanceId" && names[0] != "_meta" && names[0] != "ids[]" {
			t.Errorf("%s: names %q", c.name, names)
		}
	}
}

// TestGluedLongestType: a glued row whose name ends in a letter that starts a type word
// keeps the whole type word ("PrivateIpAddress.NRepeatList否192.168.**.**", a Chinese page's
// RepeatList row in the concat layout): the shortest split ("PrivateIpAddress.NRepeat",
// "List") lost the name.
func TestGluedLongestType(t *testing.T) {
	p := readText(t, `DescribeNetworkInterfaces

请求参数

名称类型是否必选示例值描述
RegionIdString是cn-hangzhou

地域ID。

PrivateIpAddress.NRepeatList否192.168.**.**

弹性网卡的辅助私网IP地址。

返回数据

名称类型示例值描述
RequestIdStringF3CD6886-D8D0-4FEE-B93E-1B7325******

请求ID。
`)
	tb := table(t, p, page.RequestParams)
	equal(t, "names", column(tb, page.ColName), []string{"RegionId", "PrivateIpAddress.N"})
	equal(t, "types", column(tb, page.ColType), []string{"String", "RepeatList"})
}

// TestGluedTypesOddRow: in a table without a Type column whose names carry their types
// glued ("RegionIdstring | ... |", the API portal), a row with no lower-case type word at
// its end does not cost every row of the table its type (before, all were read as strings,
// their names with the type glued: elasticsearch/zh CreateDataTasks rendered by
// TestTextProse). When its name ends in a capitalised word ("ConfigStruts", a type the
// portal spells its own way) that word is its type, split off as the other rows' types
// are, with a guess naming the row; before, the row kept the glued name ("ConfigStruts",
// no type) and the parameter Config was lost. A name with no such word ("tags") keeps its
// name, with no type, and a guess names it. A table where most names end in a type word by
// chance ("Endpoint", "Belong") is no table of glued types.
func TestGluedTypesOddRow(t *testing.T) {
	const head = "Request parameters\n\nField Name | Field Details |\n---|---|\n"
	for _, c := range []struct {
		name, rows string
		want       []string
		odd        string // the row the guess names
	}{
		{"odd row", "RegionIdstring | The region. |\nConfigStruts | The config. |\nPageSizeinteger | The size. |\nForceboolean | Force. |\n",
			[]string{"RegionId|string|The region.", "Config|Struts|The config.", "PageSize|integer|The size.", "Force|boolean|Force."}, "ConfigStruts"},
		{"bare row", "RegionIdstring | The region. |\ntags | The tags. |\nPageSizeinteger | The size. |\nForceboolean | Force. |\n",
			[]string{"RegionId|string|The region.", "tags||The tags.", "PageSize|integer|The size.", "Force|boolean|Force."}, "tags"},
		{"words", "Endpoint | The endpoint. |\nRegion | The region. |\nName | The name. |\n",
			[]string{"Endpoint|The endpoint.", "Region|The region.", "Name|The name."}, ""},
	} {
		p := readText(t, head+c.rows)
		equal(t, c.name, rowsOf(table(t, p, page.RequestParams)), c.want)
		var odd []string
		for _, w := range p.Warnings {
			if rows, ok := strings.CutPrefix(w.Msg, "rows "); ok && w.Kind == page.Guess && strings.Contains(w.Msg, "no type word glued") {
				odd = append(odd, rows[:strings.IndexByte(rows, ':')])
			}
			if row, ok := strings.CutPrefix(w.Msg, "row "); ok && w.Kind == page.Guess && strings.Contains(w.Msg, "no known type word glued") {
				odd = append(odd, strings.Trim(row[:strings.IndexByte(row, ':')], `"`))
			}
		}
		if got := strings.Join(odd, ";"); got != c.odd {
			t.Errorf("%s: odd rows warned %q, want %q", c.name, got, c.odd)
		}
	}
}

// TestGluedRequiredWordBeforeTypeWordExample: a legacy row glues its example after the
// Required word, and the example may end in a type word ("ActionStringYesSendFile",
// "ActionStringYesCreateLoginProfile": File, file). The whole row read as a name and that
// type ("ActionStringYesSend" of type File), with no Required cell and a guess; a split
// with the Required word the table has wins now. TestTextProse's Japanese concat pages
// read it right ("ActionStringはいSendFile"), which showed it.
func TestGluedRequiredWordBeforeTypeWordExample(t *testing.T) {
	p := readText(t, "Request parameters\n\nParameterTypeRequiredExampleDescription\nActionStringYesSendFile\n\nThe operation.\n\n"+
		"ActionStringYesCreateLoginProfile\n\nThe operation.\n\nRegionIdStringYescn-hangzhou\n\nThe region.\n\n")
	equal(t, "rows", rowsOf(table(t, p, page.RequestParams)), []string{"Action|String|Yes|SendFile|The operation.",
		"Action|String|Yes|CreateLoginProfile|The operation.", "RegionId|String|Yes|cn-hangzhou|The region."})
	if w := warningsOf(p); w != "" {
		t.Errorf("warnings %s", w)
	}
}

// TestGluedTypeTakesNoCapital: a glued row whose Required word is followed by cells that
// are not letters ("enableBooleanYes--true", a Default and a Valid values cell "-" glued
// before the example) keeps its type word whole: the split "enableBoole", "anY" (type
// any), then "es--" and the Required word "true" at the end read before, as a type word
// never ends in a capital after a small letter (the capital starts the next cell).
func TestGluedTypeTakesNoCapital(t *testing.T) {
	p := readText(t, "Request parameters\n\nParameterTypeRequiredDefault valueValid valuesExampleDescription\n"+
		"enableBooleanYes--true\n\nWhether to enable it.\n\nInstanceIdStringYes--i-1\n\nThe instance.\n\n")
	tb := table(t, p, page.RequestParams)
	equal(t, "names", column(tb, page.ColName), []string{"enable", "InstanceId"})
	equal(t, "types", column(tb, page.ColType), []string{"Boolean", "String"})
	equal(t, "required", column(tb, page.ColRequired), []string{"Yes", "Yes"})
}

// TestGluedFreeCellStartsWithTypeAndRequired: a glued row's example may start with a type
// word and a Required word ("ListNodes": List, No; "MapOptional"; "ListNodes" after はい).
// The split that took the row's own name, type and Required word for a name
// ("ActionStringYes" of type List, Required "No", example "des") invented the Required
// answer; a name that is itself a glued row's head is no name.
func TestGluedFreeCellStartsWithTypeAndRequired(t *testing.T) {
	p := readText(t, "Request parameters\n\nParameterTypeRequiredExampleDescription\nActionStringYesListNodes\n\nThe operation.\n\n"+
		"ModeStringYesMapOptional\n\nThe mode.\n\nNodeNameStringNoNodeName-1\n\nThe node name.\n\n"+
		"NotifyBooleanNoListNotifications\n\nWhether to notify.\n\n")
	equal(t, "rows", rowsOf(table(t, p, page.RequestParams)), []string{"Action|String|Yes|ListNodes|The operation.",
		"Mode|String|Yes|MapOptional|The mode.", "NodeName|String|No|NodeName-1|The node name.",
		"Notify|Boolean|No|ListNotifications|Whether to notify."})
	p = readText(t, "リクエストパラメーター\n\nパラメーター型必須例説明\nActionStringはいListNodes\n\n操作。\n\nRegionIdStringはいcn-hangzhou\n\nリージョン。\n\n")
	equal(t, "rows", rowsOf(table(t, p, page.RequestParams)), []string{"Action|String|はい|ListNodes|操作。", "RegionId|String|はい|cn-hangzhou|リージョン。"})
}

// TestGluedTypesSmallTables: a portal page whose request table has two rows with a glued
// lower-case type and one without ("KeyMaterialExpireUnixTimestamp", kms/zh
// ImportKeyMaterial), and whose response table has one row, shows the glued layout only
// as a whole: the request table alone has too few glued rows for its odd one, the
// response's one row proves nothing alone. Together they split, the odd row's last word
// its type with a guess naming it; before, neither split (every name read with its type
// glued, all strings, each parameter lost). A page of such tables whose names mostly end
// in no type word stays unsplit.
func TestGluedTypesSmallTables(t *testing.T) {
	for _, c := range []struct {
		name, req, resp   string
		wantReq, wantResp []string
	}{
		{"glued page", "EncryptedKeyMaterialstring | The key material. |\nImportTokenstring | The token. |\nKeyMaterialExpireUnixTimestamp | When it expires. |\n",
			"RequestIdstring | The request ID. |\n",
			[]string{"EncryptedKeyMaterial|string|The key material.", "ImportToken|string|The token.", "KeyMaterialExpireUnix|Timestamp|When it expires."},
			[]string{"RequestId|string|The request ID."}},
		{"words", "Endpoint | The endpoint. |\nRegionName | The region. |\nZoneName | The zone. |\n",
			"RequestId | The request ID. |\n",
			[]string{"Endpoint|The endpoint.", "RegionName|The region.", "ZoneName|The zone."},
			[]string{"RequestId|The request ID."}},
	} {
		p := readText(t, "Request parameters\n\nField Name | Field Details |\n---|---|\n"+c.req+
			"\nResponse parameters\n\nField Name | Field Details |\n---|---|\n"+c.resp)
		equal(t, c.name+" request", rowsOf(table(t, p, page.RequestParams)), c.wantReq)
		equal(t, c.name+" response", rowsOf(table(t, p, page.ResponseParams)), c.wantResp)
		guessed := false
		for _, w := range p.Warnings {
			guessed = guessed || w.Kind == page.Guess && strings.Contains(w.Msg, `"KeyMaterialExpireUnixTimestamp"`) && strings.Contains(w.Msg, "KeyMaterialExpireUnix typed")
		}
		if guessed != (c.name == "glued page") {
			t.Errorf("%s: guess naming KeyMaterialExpireUnix: %v; warnings %v", c.name, guessed, p.Warnings)
		}
	}
}
