package textpage

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestHeadingEndsGenericTable: a heading ends a table of no type column even where it would
// open a row. The heading "接口描述" of a real Chinese page (ecs/zh/ModifyInstanceSpec, as a
// dump shows it) splits into the column words 接口 and 描述, and lines with no space open the
// rows of such a table: "请求参数" was read as a row and the request table after it lost
// its section.
func TestHeadingEndsGenericTable(t *testing.T) {
	p := readText(t, `ModifyInstanceSpec
调用ModifyInstanceSpec调整一台按量付费ECS实例的实例规格。
接口描述
请确保在使用该接口前，您已充分了解云服务器ECS的计费方式和产品定价。
调试
您可以在OpenAPI Explorer中直接运行该接口。
请求参数
名称 | 类型 | 是否必选 | 示例值 | 描述 |
---|---|---|---|---|
InstanceId | String | 是 | i-bp67acfmxazb4p**** |
指定的实例ID。 |
返回数据
名称 | 类型 | 示例值 | 描述 |
---|---|---|---|
RequestId | String | 04F0F334-1335-436C-A1D7-6C044FE73368 | 请求ID。 |
`)
	equal(t, "request names", column(table(t, p, page.RequestParams), page.ColName), []string{"InstanceId"})
}
