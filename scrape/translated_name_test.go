package scrape

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/mdpage"
	"github.com/acsgen/acsgen/scrape/page"
	"github.com/acsgen/acsgen/scrape/textpage"
)

// Translated pages write some parameter names in their language ("説明" for Description,
// "パラメーター名" for Name): no request carries such a name and no response holds it, so
// the row is dropped with a warning naming it, not kept as a parameter. The translated
// Action row ("操作") is the operation's, as before. Hand-made page of the shape of the
// Japanese pipe-row CreateCen excerpt.
const translatedNamesPage = `URL: https://www.alibabacloud.com/help/ja/cen/developer-reference/api-createcen

CEN インスタンスを作成します。
リクエストパラメーター
パラメーター | データ型 | 必須/任意 | 例 | 説明 |
---|---|---|---|---|
操作 | String | 必須 | CreateCen |
実行する操作です。 |
ClientToken | String | 任意 | 02fb3da4 |
クライアントトークンです。 |
パラメーター名 | String | 任意 | testname |
CENインスタンスの名前。 |
説明 | String | 任意 | testdesc |
CEN インスタンスの説明。 |
ProtectionLevel | String | 任意 | REDUCED |
CIDRブロックの重複レベル。 |
レスポンスパラメーター
パラメーター | データ型 | 例 | 説明 |
---|---|---|---|
CenId | String | cen-dc4v |
CEN インスタンスの ID。 |
RequestId | String | 0C2EE7A8 |
リクエストの ID です。 |
`

func TestTranslatedNamesDropped(t *testing.T) {
	res, err := readExtract(textpage.Reader{}, "CreateCen-ja.txt", []byte(translatedNamesPage), extract.Page)
	if err != nil {
		t.Fatal(err)
	}
	if res.Op == nil {
		t.Fatal("no operation")
	}
	var names []string
	for _, p := range res.Op.Params {
		names = append(names, p.Name)
	}
	if got := strings.Join(names, " "); got != "ClientToken ProtectionLevel" {
		t.Errorf("parameters %q, want ClientToken ProtectionLevel", got)
	}
	for _, name := range []string{"パラメーター名", "説明"} {
		if !hasDrop(res.Warnings, `request parameter "`+name+`" dropped: the name has no Latin letter`) {
			t.Errorf("no drop warning for %s in %v", name, res.Warnings)
		}
	}
	if hasDrop(res.Warnings, "操作") {
		t.Errorf("the translated Action row is the operation's, not a dropped parameter: %v", res.Warnings)
	}
}

// A dropped row takes the rows nested under it (└) with it, by name; the next row at its
// level is read where it stands.
const translatedParentPage = `# GetThing

Gets a thing.

## Response parameters

|Parameter|Type|Description|Example|
|---|---|---|---|
|RequestId|String|The request ID. |r-1|
|説明|Object|A translated object. | |
|└Text|String|The text. |t|
|Name|String|The name. |n|
`

func TestTranslatedParentDropsChildren(t *testing.T) {
	res, err := readExtract(mdpage.Reader{}, "GetThing.md", []byte(translatedParentPage), extract.Page)
	if err != nil {
		t.Fatal(err)
	}
	body := res.Op.Response
	if body == nil {
		t.Fatal("no response")
	}
	var names []string
	for _, p := range body.Properties {
		names = append(names, p.Name)
	}
	if got := strings.Join(names, " "); got != "RequestId Name" {
		t.Errorf("response fields %q, want RequestId Name", got)
	}
	for _, want := range []string{`response field "説明" dropped`, `response field "Text" dropped: it is nested in a row dropped above`} {
		if !hasDrop(res.Warnings, want) {
			t.Errorf("no drop warning %q in %v", want, res.Warnings)
		}
	}
}

func hasDrop(ws []page.Warning, text string) bool {
	for _, w := range ws {
		if w.Kind == page.Drop && strings.Contains(w.Msg, text) {
			return true
		}
	}
	return false
}

// A legacy glued dump writes a row's name, type and example on one line, the description
// below (ros CreateStack-concat: "ActionStringYesCreateStack"). A response row whose name
// the Japanese site translated ("帯域幅String5", as vpc AllocateEipAddressPro-spaced-ja
// translates Bandwidth) is dropped by name, warned, and the row above keeps its own text.
const translatedGluedExamplePage = `URL: https://www.alibabacloud.com/help/ja/vpc/latest/allocateeipaddresspro

AllocateEipAddressPro

最終更新日:Mar 01, 2024

EIP を要求します。

リクエストパラメーター

名前データ型必須/任意例説明
RegionIdString必須cn-hangzhou

リージョンの ID。

レスポンスパラメーター

名前データ型例説明
RequestIdString4EC47282-1B74

リクエストの ID です。

帯域幅String5

EIP の帯域幅。

AllocationIdStringeip-2587****

EIP の ID 。
`

func TestTranslatedGluedExampleDropped(t *testing.T) {
	res, err := readExtract(textpage.Reader{}, "AllocateEipAddressPro-concat-ja.txt", []byte(translatedGluedExamplePage), extract.Page)
	if err != nil {
		t.Fatal(err)
	}
	if res.Op == nil || res.Op.Response == nil {
		t.Fatal("no operation or no response")
	}
	var names []string
	for _, p := range res.Op.Response.Properties {
		names = append(names, p.Name)
		if p.Name == "RequestId" && strings.Contains(p.Schema.Description, "帯域幅") {
			t.Errorf("RequestId took the translated row's text: %q", p.Schema.Description)
		}
	}
	if got := strings.Join(names, " "); got != "RequestId AllocationId" {
		t.Errorf("response fields %q, want RequestId AllocationId", got)
	}
	if !hasDrop(res.Warnings, `response field "帯域幅" dropped: the name has no Latin letter`) {
		t.Errorf("no drop warning for 帯域幅 in %v", res.Warnings)
	}
}
