package scrape

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/textpage"
)

// TestPortalTitleSuffix: an API portal page names its operation only in its title,
// "<Operation>_<product>_API文档", and the Traditional Chinese portal writes the suffix
// "_API文檔" (page.CutPortalTitle). Hand-made text page of the portal's shape, without the
// URL line that would name the operation too; before the lexicon knew "_API文檔" the
// operation was read as "GetUserInfo_".
func TestPortalTitleSuffix(t *testing.T) {
	const body = "\n\nOperation Description\n\n  • Queries a user.\n\nRequest Parameters\n\n" +
		"Field NameField Details\nUserNamestring\nThe name of the user.\nExample: alice\n\n" +
		"Response Parameters\n\nField NameField Details\nRequestIdstring\nThe request ID.\nExample: r-1\n"
	for _, title := range []string{"GetUserInfo_访问控制_API文档", "GetUserInfo_訪問控制_API文檔", "GetUserInfo_Serverless 應用引擎_API文檔"} {
		res, err := readExtract(textpage.Reader{}, "portal.txt", []byte(title+body), extract.Page)
		if err != nil {
			t.Fatalf("%s: %v", title, err)
		}
		if res.Op.Name != "GetUserInfo" {
			t.Errorf("title %q: operation %q, want GetUserInfo (warnings %v)", title, res.Op.Name, res.Warnings)
		}
	}
}

// TestPortalInlineExamples: the API portal has no Example column; each row's details state
// its example ("Example:cn-hangzhou", "示例值:k-1" with the portal's "参考取值来源:" glued
// after it). The example is the row's, as an Example cell would give it: the mock answers
// with it and the docs show it, once: the description no longer holds it (before, the docs
// showed it twice). Hand-made pages of the portal's two text forms.
func TestPortalInlineExamples(t *testing.T) {
	for _, c := range []struct{ name, page string }{
		{"en", "GetFoo_某某_API文档\n\nOperation Description\n\n  • Gets a foo.\n\nRequest Parameters\n\n" +
			"Field NameField Details\nRegionIdstring\n\nThe region.\n\nExample:cn-hangzhou\nKeyIdstring\n\nThe key.\n\nExample:k-1Reference Value Source:\n    ListKeys\n\n" +
			"Response Parameters\n\nField NameField Details\nRequestIdstring\n\nThe request ID.\n\nExample: r-1\n"},
		{"zh", "GetFoo_某某_API文档\n\n接口说明\n\n查询。\n\n请求参数\n\n字段名称 | 字段详情 |\n---|---|\n" +
			"RegionIdstring | 地域。 示例值:cn-hangzhou |\nKeyIdstring | 密钥。 示例值:k-1参考取值来源: ListKeys |\n\n" +
			"返回参数\n\n字段名称 | 字段详情 |\n---|---|\nRequestIdstring | 请求 ID。 示例值：r-1 |\n"},
	} {
		res, err := readExtract(textpage.Reader{}, "portal.txt", []byte(c.page), extract.Page)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		got := map[string]string{}
		descs := map[string]string{}
		for _, p := range res.Op.Params {
			got[p.Name], descs[p.Name] = p.Schema.Example, p.Schema.Description
		}
		if res.Op.Response != nil {
			for _, p := range res.Op.Response.Properties {
				got[p.Name], descs[p.Name] = p.Schema.Example, p.Schema.Description
			}
		}
		for name, d := range descs {
			if strings.Contains(d, got[name]) || strings.Contains(d, "Example") || strings.Contains(d, "示例值") {
				t.Errorf("%s: %s description %q still holds its example", c.name, name, d)
			}
		}
		if d := descs["KeyId"]; !strings.Contains(d, "ListKeys") {
			t.Errorf("%s: KeyId description %q lost the source of its values", c.name, d)
		}
		want := map[string]string{"RegionId": "cn-hangzhou", "KeyId": "k-1", "RequestId": "r-1"}
		for k, v := range want {
			if got[k] != v {
				t.Errorf("%s: %s example %q, want %q (warnings %v)", c.name, k, got[k], v, res.Warnings)
			}
		}
	}
}
