package textpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestUnknownTypeGluedName: a glued row whose type the vocabulary lacks and cannot be told
// from the name ("KeyMaterialExpireUnixTimestamp否", the type "Timestamp"; kms/zh
// ImportKeyMaterial) is dropped with a warning that names the name before the name's last
// word too: the parameter most likely lost. It named only the glued word, and the
// parameter KeyMaterialExpireUnix went unnamed.
func TestUnknownTypeGluedName(t *testing.T) {
	p := readText(t, "请求参数\n\n名称类型是否必需描述\nImportTokenString是\n\n导入令牌。\n\n"+
		"KeyMaterialExpireUnixTimestamp否\n\n过期时间。\n\n返回参数\n\n名称类型描述\nRequestIdString\n\n请求ID。\n")
	for _, w := range p.Warnings {
		if w.Kind == page.Drop && strings.Contains(w.Msg, "rows KeyMaterialExpireUnix, KeyMaterialExpireUnixTimestamp dropped") {
			return
		}
	}
	t.Errorf("no drop naming KeyMaterialExpireUnix in %v", p.Warnings)
}
