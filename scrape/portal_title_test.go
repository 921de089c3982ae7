package scrape

import (
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
