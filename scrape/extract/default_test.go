package extract

import (
	"reflect"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// TestDefaultValue reads a request parameter's default from its description in English,
// Chinese, Japanese and Indonesian: a lead (a default word, a link or a colon) at the start
// of a sentence, then the value to the end of the sentence or clause; or a value marked by a
// default word in brackets. The value must read as the schema's type (one of its valid
// values, when it lists them); what does not is noted and sets none.
func TestDefaultValue(t *testing.T) {
	cases := []defaultCase{
		// English
		{desc: "The page size. Default value: 10.", typ: "integer", want: 10.0},
		{desc: "Whether to check. Default: true", typ: "boolean", want: true},
		{desc: "The page size. The default value is 50. Maximum value: 100.", typ: "integer", want: 50.0},
		{desc: "The ratio. Default value: 0.5.", typ: "number", want: 0.5},
		{desc: "Default value: 1, minimum value: 1, maximum value: 200.", typ: "integer", want: 1.0},
		{desc: "Whether to dry run. **Default value:** False.", typ: "boolean", want: false},
		{desc: "The language. Default value: `en`.", typ: "string", want: "en"},
		{desc: "The unit. Default value: Month (the default unit).", typ: "string", enum: enumOf("Week", "Month"), want: "Month"},
		{desc: "The unit. Valid values: Week, Month. Default value: month.", typ: "string", enum: enumOf("Week", "Month"), want: "Month"},
		{desc: "Billing. Valid values:\n- PrePaid: subscription\n- PostPaid (default): pay-as-you-go", typ: "string", enum: enumOf("PrePaid", "PostPaid"), want: "PostPaid"},
		{desc: "Whether to force. Valid values:\n- true\n- false (default)", typ: "boolean", want: false},
		{desc: "Upgrade type. Optional values: engineVersion (version upgrade, default) and aliVersion.", typ: "string", want: "engineVersion"},
		{desc: "The size.", typ: "integer", cell: "20", want: 20.0},
		{desc: "The size.", typ: "integer", required: "No (default: 10)", want: 10.0},
		{desc: "大小。", typ: "integer", required: "否（默认值：10）", want: 10.0},
		{desc: "The mode.", typ: "string", required: "No, default: fast", want: "fast"},
		{desc: "The size.", typ: "integer", required: "Yes (defaults to 10)", want: 10.0},
		{desc: "The page size. Defaults to 10.", typ: "integer", want: 10.0},
		{desc: "The mode. Default is fast.", typ: "string", want: "fast"},
		// an untyped parameter's default is its text, one token as a string's
		{desc: "The mode. Default value: fast.", want: "fast"},
		{desc: "The start time. Default value: the current time.", note: "the current time"},
		// "X by default" as a sentence of its own: the value after its link word, read
		// when the type or the listed values tell it, or code marks it; a bare word may be
		// the sentence's verb ("is used by default") and is noted
		{desc: "The page size. This parameter is set to 10 by default.", typ: "integer", want: 10.0},
		{desc: "Whether to check. It is true by default.", typ: "boolean", want: true},
		{desc: "The mode. It is set to `fast` by default.", typ: "string", want: "fast"},
		{desc: "The mode. Valid values: fast, slow. Fast by default.", typ: "string", enum: enumOf("fast", "slow"), want: "fast"},
		{desc: "The page size. 10 by default", typ: "integer", want: 10.0},
		{desc: "The tag. This parameter is empty by default, which indicates that no tag is added.", typ: "string"},
		{desc: "The key. The primary key field is used by default.", typ: "string", note: `"used"`},
		{desc: "The key. The by default settings apply.", typ: "string"},
		// inside a condition: one case's default, not read, noted with its sentence
		{desc: "The mode. For VPC instances, fast is used by default.", typ: "string", note: "For VPC instances, fast is used by default"},
		{desc: "Whether to pay. If you change the billing method, automatic payment is enabled by default.", typ: "boolean", note: "under a condition"},
		// a listed value named like a default word is no lead
		{desc: "Affinity. Valid values:\n- default: does not associate the instance.\n- host: associates it.\n\nDefault value: default.", typ: "string", enum: enumOf("default", "host"), want: "default"},
		// a list item's own sentence says its value is the default
		{desc: "Whether to return tags. Valid values:\n- true: The tags are returned.\n- false: The tags are not returned. This is the default value.", typ: "boolean", want: false},
		{desc: "Whether to force. Valid values:\n- true\n- false: This is the default value.", typ: "boolean", want: false},
		{desc: "The key store. Valid values:\n- Aliyun_KMS. This is the default value.\n- Dedicated_HSM", typ: "string", enum: enumOf("Aliyun_KMS", "Dedicated_HSM"), want: "Aliyun_KMS"},
		{desc: "Valid values:\n- a: The value is the default value of the other parameter.\n- b", typ: "string", enum: enumOf("a", "b")},
		{desc: "Valid values:\n- a: The value most users choose is the default value.\n- b", typ: "string", enum: enumOf("a", "b")},
		// Chinese
		{desc: "每页行数。默认值：10", typ: "integer", want: 10.0},
		{desc: "每页行数。默认为10。", typ: "integer", want: 10.0},
		{desc: "每页行数。默认值为50。最大值：100。", typ: "integer", want: 50.0},
		{desc: "是否预检。默认值：false", typ: "boolean", want: false},
		{desc: "计费方式。取值范围：\n- PrePaid：包年包月。\n- PostPaid（默认）：按量付费。", typ: "string", enum: enumOf("PrePaid", "PostPaid"), want: "PostPaid"},
		{desc: "是否预检。取值范围：\n- true：发送检查请求。\n- false（默认值）：发送正常请求。", typ: "boolean", want: false},
		{desc: "可选值：\n●USER：自定义插件\n●SYSTEM：系统预置插件\n※ 默认为 USER。", typ: "string", enum: enumOf("USER", "SYSTEM"), want: "USER"},
		{desc: "用户名。默认为elastic。", typ: "string", want: "elastic"},
		// Japanese
		{desc: "ページ番号。デフォルト値：1。", typ: "integer", want: 1.0},
		{desc: "ページサイズ。デフォルト:30。", typ: "integer", want: 30.0},
		{desc: "モード。有効な値：\n- FAST\n- REDUCED (デフォルト)", typ: "string", enum: enumOf("FAST", "REDUCED"), want: "REDUCED"},
		// Indonesian
		{desc: "Nomor halaman. Nilai default: 1.", typ: "integer", want: 1.0},
		{desc: "Nomor halaman. Nilai bawaan: 1.", typ: "integer", want: 1.0},
		{desc: "每页行数。缺省值：10。", typ: "integer", want: 10.0},
		// no default: no lead, a lead inside a sentence (a default of some cases)
		{desc: "The default settings are used.", typ: "string"},
		{desc: "默认情况下不返回。", typ: "string"},
		{desc: "For I/O optimized instances, the default value is cloud_efficiency.", typ: "string", note: "For I/O optimized instances, the default value is cloud_efficiency"},
		{desc: "带宽小于等于10 Mbit/s时：1~10，默认为10。", typ: "integer", note: "带宽小于等于10 Mbit/s时：1~10，默认为10"},
		{desc: "The disk. If the instance is not set, the default value is cloud.", typ: "string", note: "If the instance is not set, the default value is cloud"},
		{desc: "Jika instance tidak diatur, nilai default adalah 10.", typ: "integer", note: "under a condition"},
		{desc: "状态。否则，默认为KeepCharging。", typ: "string", note: "under a condition"},
		{desc: "分配的副本数，如果设置，则默认值为1。", typ: "integer", note: "under a condition"},
		// a number with a unit word for a numeric parameter: the number, unless the
		// description counts in another unit of that measure
		{desc: "The timeout. Default value: 10 seconds.", typ: "integer", want: 10.0},
		{desc: "超时时间。默认值：30分钟。", typ: "integer", want: 30.0},
		{desc: "超时时间，单位：分钟。默认值：30 分钟。", typ: "integer", want: 30.0},
		{desc: "The size. Default value: 5 Mbit/s.", typ: "integer", want: 5.0},
		{desc: "The timeout, in milliseconds. Default value: 10 seconds.", typ: "integer", note: "10 seconds"},
		{desc: "超时时间，单位为秒。默认值：30分钟。", typ: "integer", note: "30分钟"},
		{desc: "The count. Default value: 10 apples.", typ: "integer", note: "10 apples"},
		{desc: "The mode. Default value: 10 seconds.", typ: "string", note: "10 seconds"},
		// stated but no value of the type: noted, none kept
		{desc: "The start time. Default value: the current time.", typ: "string", note: "the current time"},
		{desc: "Whether to check. Default value: yes.", typ: "boolean", note: `"yes"`},
		{desc: "The unit. Default value: Day.", typ: "string", enum: enumOf("Week", "Month"), note: `"Day"`},
		{desc: "The tags. Default value: a.", typ: "array", note: `"a"`},
		{desc: "默认值：\n- 对于Linux实例：root\n- 对于Windows实例：administrator", typ: "string", note: "lines after"},
		{desc: "Mode. Default value: fast. Valid values:\n- fast\n- slow (default)", typ: "string", enum: enumOf("fast", "slow"), note: "two defaults"},
	}
	checkDefaults(t, cases)
}

// defaultCase is a row's description, type, listed values and cells, and the default and
// note it should give.
type defaultCase struct {
	desc, typ string
	enum      []opspec.EnumValue
	cell      string // the Default column's cell
	required  string // a Required cell that notes a default
	want      any    // nil: no default
	note      string // a word of every note, "" for none
	notes     int    // the number of notes when note is set and more than one
}

// enumOf lists values as a schema's Enum.
func enumOf(vs ...string) []opspec.EnumValue {
	var out []opspec.EnumValue
	for _, v := range vs {
		out = append(out, opspec.EnumValue{Value: v})
	}
	return out
}

// checkDefaults reads each case's default with defaultValue and checks it and its notes.
func checkDefaults(t *testing.T, cases []defaultCase) {
	t.Helper()
	for _, c := range cases {
		x := &extractor{p: &page.Page{File: "f"}, res: &Result{}}
		s := &opspec.Schema{Type: c.typ, Description: c.desc, Enum: c.enum}
		got := x.defaultValue(s, c.cell, c.required, 1, "P")
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q (%s): default %#v, want %#v", c.desc, c.typ, got, c.want)
		}
		var notes []string
		for _, w := range x.res.Warnings {
			notes = append(notes, w.Msg)
		}
		switch {
		case c.note == "" && len(notes) > 0:
			t.Errorf("%q: unexpected notes %q", c.desc, notes)
		case c.note != "" && (len(notes) != max(c.notes, 1) || !allNote(notes, c.note)):
			t.Errorf("%q: notes %q, want %d naming P and %q", c.desc, notes, max(c.notes, 1), c.note)
		}
		if s.Description != c.desc {
			t.Errorf("%q: description changed to %q", c.desc, s.Description)
		}
	}
}

// allNote reports whether every note names the parameter P and says word.
func allNote(notes []string, word string) bool {
	for _, n := range notes {
		if !strings.Contains(n, word) || !strings.HasPrefix(n, "P: ") {
			return false
		}
	}
	return true
}

// TestDefaultInSentence: a lead that opens a clause of its own inside a sentence states the
// parameter's default, in every language of the lexicon: after a clause mark ("是否忽略实例
// 状态，默认为false"), a joining word ("which defaults to") or a "label: value" pair
// ("起始值：1 默认值：1"). One case's default stays unread and noted: after a condition, in
// a list item, in a sentence stating another default, or after another subject in its
// clause. A value that is no value of the type, or a second default, sets none (noted).
func TestDefaultInSentence(t *testing.T) {
	checkDefaults(t, []defaultCase{
		{desc: "是否忽略实例状态，默认为false。", typ: "boolean", want: false},
		{desc: "是否忽略實例狀態，預設值為false。", typ: "boolean", want: false},
		{desc: "分页查询时设置的每页条数。最大值：100，默认值：10。", typ: "integer", want: 10.0},
		{desc: "最大值：**100**，默认值：**10**", typ: "integer", want: 10.0},
		{desc: "当前页数。有效值：大于 0， 默认值为 1。", typ: "integer", want: 1.0},
		{desc: "每页条数。有效值：大于 0，小于 101，默认为 10。", typ: "integer", want: 10.0},
		{desc: "列表的页码。\n起始值：1 默认值：1", typ: "integer", want: 1.0},
		{desc: "The page number. Start value: 1 , Default value: 1 .", typ: "integer", want: 1.0},
		{desc: "The page size, default value: 10.", typ: "integer", want: 10.0},
		{desc: "Source cluster type, which defaults to elasticsearch.", typ: "string", want: "elasticsearch"},
		{desc: "当前页码，默认值为1。", typ: "integer", want: 1.0},
		{desc: "如下所述，默认值为1。", typ: "integer", want: 1.0},
		{desc: "ページサイズ、デフォルト値は10。", typ: "integer", want: 10.0},
		{desc: "ページサイズ。デフォルト値は10です。", typ: "integer", want: 10.0},
		{desc: "チェックするかどうか。デフォルトは true となります。", typ: "boolean", want: true},
		{desc: "モード。デフォルト値は fast です。", typ: "string", want: "fast"},
		{desc: "Ukuran halaman, nilai default: 10.", typ: "integer", want: 10.0},
		{desc: "Ukuran halaman, dan nilai default adalah 10.", typ: "integer", want: 10.0},
		// typed for the parameter, or noted
		{desc: "是否全部删除，默认为10。", typ: "boolean", note: `"10"`},
		{desc: "集群类型，默认为elasticsearch。", typ: "string", enum: enumOf("Elasticsearch", "Logstash"), want: "Elasticsearch"},
		{desc: "每页条数，默认为10。Default value: 20.", typ: "integer", note: "two defaults"},
		// one case's default: noted, not read
		{desc: "其它情况下，该参数默认值为`cloud_efficiency`。", typ: "string", note: "under a condition"},
		{desc: "I/O优化实例的默认值为cloud_efficiency，非I/O优化实例的默认值为cloud。", typ: "string", note: "one case's each", notes: 2},
		{desc: "是否为I/O优化实例。已停售的实例规格实例默认值是none。", typ: "string", enum: enumOf("none", "optimized"), note: "inside a sentence"},
		{desc: "由于`PriceUnit`默认值为`Hour`，因此无需设置。", typ: "string", note: "inside a sentence"},
		{desc: "Xxxxx default: 20.", typ: "integer", note: "inside a sentence"},
		{desc: "大小：\n- 普通云盘：5~2000GiB，默认为5", typ: "integer", note: "list item"},
		{desc: "说明： 在中国内地使用托管密码机创建的密钥，默认为Aliyun_SM4，其余情况下默认为Aliyun_AES_256。", typ: "string", note: "默认为Aliyun_SM4", notes: 2},
		{desc: "默认值为10，否则默认值为20。", typ: "integer", note: "默认值为10", notes: 2},
		{desc: "If the bandwidth is at most 10 Mbit/s, the valid values are 1 to 10, and the default value is 10.", typ: "integer", note: "under a condition"},
		{desc: "The NIC type. In the classic network, the default value is internet.", typ: "string", note: "under a condition"},
		{desc: "网卡类型。在经典网络中，默认值为internet。", typ: "string", note: "under a condition"},
		{desc: "NICタイプ。VPCでは、デフォルト値はintranet。", typ: "string", note: "under a condition"},
		{desc: "Jenis NIC. Di jaringan klasik, nilai default adalah internet.", typ: "string", note: "under a condition"},
		{desc: "在线迁移，默认为false。", typ: "boolean", want: false},
	})
}

// TestSelfReferenceDefault: a default whose subject is the parameter itself ("This
// parameter defaults to 10", "该参数默认为10", "The default value of this parameter is 10")
// is the parameter's, typed like any other, in every language of the lexicon; under a
// condition it stays one case's, and another subject is no self-reference.
func TestSelfReferenceDefault(t *testing.T) {
	checkDefaults(t, []defaultCase{
		{desc: "The page size. This parameter defaults to 10.", typ: "integer", want: 10.0},
		{desc: "Whether to check. The parameter defaults to true.", typ: "boolean", want: true},
		{desc: "The page size. It defaults to 10.", typ: "integer", want: 10.0},
		{desc: "The mode. Its default value is `fast`.", typ: "string", want: "fast"},
		{desc: "每页条数。该参数默认为10。", typ: "integer", want: 10.0},
		{desc: "每页条数。本参数默认值为20。", typ: "integer", want: 20.0},
		{desc: "每頁條數。該參數預設值為20。", typ: "integer", want: 20.0},
		{desc: "推荐策略。该参数的默认值为Strict，表示仅推荐ZoneId。", typ: "string", want: "Strict"},
		{desc: "每页条数。取值范围：1~100，且该参数默认为10。", typ: "integer", want: 10.0},
		{desc: "The page size. The default value of this parameter is 10.", typ: "integer", want: 10.0},
		{desc: "The page size. The default value for this parameter is 10.", typ: "integer", want: 10.0},
		{desc: "ページサイズ。このパラメータのデフォルト値は10です。", typ: "integer", want: 10.0},
		{desc: "Ukuran halaman. Nilai default parameter ini adalah 10.", typ: "integer", want: 10.0},
		// stated but no value of the type, or one case's: noted
		{desc: "The name. The default value of this parameter is the `InstanceId` value.", typ: "string", note: "InstanceId"},
		{desc: "If the bandwidth is at most 10 Mbit/s, the default value of this parameter is 10.", typ: "integer", note: "under a condition"},
		{desc: "其它情况下，该参数默认值为`cloud_efficiency`。", typ: "string", note: "under a condition"},
		{desc: "由于`PriceUnit`默认值为`Hour`，因此无需设置。", typ: "string", note: "inside a sentence"},
		// a default word with the parameter named after it but no link is no lead
		{desc: "The default value of this parameter depends on the region.", typ: "string"},
	})
}

// TestCaseClauseDefault: a clause that speaks of some cases with no condition word, a noun
// restricted to a kind ("专有网络VPC类型安全组规则无需设置网卡类型，默认为intranet",
// "VPC-type ... , and the default value is intranet"), or a list item that is a case or
// names a field ("- 当...时：1~10。默认值：10", "- **IkeMode**：协商模式。默认值：main"),
// states one case's default: unread, noted naming the parameter. The parameter's own
// defaults stay read: a kind word that ends its noun ("集群类型，默认为elasticsearch"), the
// description's first sentence, a default after a listed value's item.
func TestCaseClauseDefault(t *testing.T) {
	checkDefaults(t, []defaultCase{
		{desc: "经典网络类型安全组规则的网卡类型。取值范围：\n\n- internet：公网网卡。\n- intranet：内网网卡。\n\n专有网络VPC类型安全组规则无需设置网卡类型，默认为intranet，只能为intranet。",
			typ: "string", enum: enumOf("internet", "intranet"), note: "naming a kind"},
		{desc: "The NIC type. VPC-type security group rules do not need it, and the default value is intranet.", typ: "string", note: "naming a kind"},
		{desc: "The NIC type. VPC-type rules use intranet by default.", typ: "string", enum: enumOf("internet", "intranet"), note: "naming a kind"},
		{desc: "网卡类型。VPC类型实例无需设置，默认为false。", typ: "boolean", note: "naming a kind"},
		{desc: "公网入带宽最大值。取值范围：\n\n- 当所购出网带宽小于等于10 Mbit/s时：1~10。默认值：10\n- 当所购出网带宽大于10 Mbit/s时：1~`InternetMaxBandwidthOut`的取值。", typ: "integer", note: "under a condition"},
		{desc: "第一阶段协商的配置信息：\n- **IkeMode**：协商模式。默认值：**main**\n- **IkeLifetime**：生存周期。", typ: "string", note: "list item of IkeMode"},
		{desc: "The extended configuration.\n- If the type is Rds, specify these fields:\n  - CustomData: the custom data. This field is optional. Default value: `{}`.", typ: "object", note: "list item of CustomData"},
		{desc: "健康检查配置信息：\n- **HealthCheckConfig.enable**：是否开启健康检查，取值：**true**或**false**（默认值）。\n- **HealthCheckConfig.retry**：重试次数。", typ: "string", note: "list item of HealthCheckConfig.enable"},
		{desc: "IPv4 DHCP选项集的租赁时间。\n- 租赁时间设置为小时时：单位：h。   默认值：**87600h**", typ: "string", note: "租赁时间设置为小时时"},
		{desc: "健康检查配置信息：\n- **HealthCheckConfig.Policy**：失败时是否撤销路由。取值：\n     - **revoke_route**（默认值）：撤销。\n     - **reserve_route**：不撤销。", typ: "string", note: "list item of HealthCheckConfig.Policy"},
		// the parameter's own: a kind word ending its noun, the first sentence, a
		// listed value's item, an item opening with no name, a column word's item
		{desc: "集群类型，默认为elasticsearch。", typ: "string", want: "elasticsearch"},
		{desc: "产品类型，默认值为VPC。", typ: "string", want: "VPC"},
		{desc: "The version. Only VPC-type instances are supported, default value: 2.", typ: "integer", want: 2.0},
		{desc: "网卡类型。取值范围：\n- internet：公网网卡。 默认值：internet", typ: "string", enum: enumOf("internet", "intranet"), want: "internet"},
		{desc: "计费方式。取值范围：\n- PrePaid：包年包月。\n- PostPaid（默认）：按量付费。", typ: "string", want: "PostPaid"},
		{desc: "实例类型。\n- Xx xx xx xxx to xxxxx, xx. Default value: sharding", typ: "string", want: "sharding"},
		{desc: "超时时间。\n- Unit: seconds. Default value: 10", typ: "integer", want: 10.0},
		{desc: "文件的用户组。只对Linux实例生效，默认为root。", typ: "string", want: "root"},
		{desc: "查询的实例类型。不支持指定变更类型，默认为elasticsearch。", typ: "string", want: "elasticsearch"},
	})
}

// TestJSONDefault: an object's stated default is a JSON object and an array's a JSON array
// ("{}", "[]", in code, after a word of none: "默认值为空`{}`"), a Json-typed parameter's an
// object (it is sent as JSON text); any other text of theirs is noted, a word of none alone
// sets none unnoted.
func TestJSONDefault(t *testing.T) {
	cases := []defaultCase{
		{desc: "The tags. Default value: `{}`.", typ: "object", want: map[string]any{}},
		{desc: "The tags. Default value: [].", typ: "array", want: []any{}},
		{desc: "自定义数据。默认值为空`{}`。", typ: "object", want: map[string]any{}},
		{desc: "The filter. Default value: {\"a\": 1}", typ: "object", want: map[string]any{"a": 1.0}},
		{desc: "The tags. Default value: {}.", typ: "array", note: `"{}"`},
		{desc: "The tags. Default value: empty.", typ: "object"},
		{desc: "The tags. Default value: all tags.", typ: "object", note: "all tags"},
	}
	checkDefaults(t, cases)
	x := &extractor{p: &page.Page{File: "f"}, res: &Result{}}
	s := &opspec.Schema{Type: "string", DocType: "Json", Description: "The extended configuration. Default value: `{}`."}
	if got := x.defaultValue(s, "", "", 1, "P"); !reflect.DeepEqual(got, map[string]any{}) || len(x.res.Warnings) > 0 {
		t.Errorf("Json-typed: default %#v, notes %v; want {} unnoted", got, x.res.Warnings)
	}
}

// TestClaimedInSentence: a clause outside list items whose subject is one value and whose
// predicate says it is the default ("true为默认值，表示返回", "`fast` is the default value")
// states that default; a pronoun's or the parameter's claim names no value, and a value
// of no type is noted.
func TestClaimedInSentence(t *testing.T) {
	checkDefaults(t, []defaultCase{
		{desc: "是否返回已添加的OSS引用仓库。true为默认值，表示返回；false表示不返回。", typ: "boolean", want: true},
		{desc: "无主键时，是否自动生成主键。true为默认值，表示自动生成主键；false表示不会自动生成主键。", typ: "boolean", want: true},
		{desc: "The mode. `fast` is the default value.", typ: "string", want: "fast"},
		{desc: "Whether to return them. The value of true is the default value, indicating that they are returned.", typ: "boolean", want: true},
		{desc: "The mode. FAST is the default, and SLOW is slower.", typ: "string", enum: enumOf("FAST", "SLOW"), want: "FAST"},
		{desc: "The mode. This is the default value.", typ: "string"},
		{desc: "The mode. It is the default.", typ: "string"},
		{desc: "是否返回已经互通的实例。ture为默认值，表示返回。", typ: "boolean", note: `"ture"`},
		// a bare word of a string is no claim the type or values tell
		{desc: "The key. Primary is the default.", typ: "string", note: `"Primary"`},
	})
}

// TestLeadingByDefault: a sentence opening with "By default," (默认情况下，デフォルトでは、
// Secara default,) whose clause has the parameter as its subject and a link states the
// parameter's default; one whose subject is anything else states a behaviour and gives
// none, unnoted.
func TestLeadingByDefault(t *testing.T) {
	checkDefaults(t, []defaultCase{
		{desc: "The page size. By default, this parameter is set to 10.", typ: "integer", want: 10.0},
		{desc: "Whether to check. By default, the parameter is true.", typ: "boolean", want: true},
		{desc: "是否检查。默认情况下，该参数为false。", typ: "boolean", want: false},
		{desc: "ページサイズ。デフォルトでは、このパラメータは10です。", typ: "integer", want: 10.0},
		{desc: "Ukuran halaman. Secara default, parameter ini adalah 10.", typ: "integer", want: 10.0},
		{desc: "The start time. By default, this parameter is the current time.", typ: "string", note: "the current time"},
		{desc: "The ENI ID. By default, all secondary ENIs are queried.", typ: "string"},
		{desc: "辅助网卡的ID。默认情况下，查询所有辅助网卡。", typ: "string"},
	})
}

// TestBareAndItemDefaults: a CJK default word right before a number ("列表大小，默认20",
// "默认值10"), 默认取值 and 设置为 as lead words, and a valid value's item whose meaning opens
// with a default word alone ("- private：默认值，...") state the parameter's default; a
// default word before a verb ("默认查询", "默认自动扣费") states none.
func TestBareAndItemDefaults(t *testing.T) {
	checkDefaults(t, []defaultCase{
		{desc: "列表大小，默认20，最大不超过100。", typ: "integer", want: 20.0},
		{desc: "列表页码，默认1。", typ: "integer", want: 1.0},
		{desc: "每页包含的结果数。默认值10，最大值500。", typ: "integer", want: 10.0},
		{desc: "access token有效时间，单位为秒，默认1200秒。", typ: "integer", want: 1200.0},
		{desc: "查询可用区的类型，默认取值为AvailabilityZone。", typ: "string", want: "AvailabilityZone"},
		{desc: "查询可用区的类型，默认取值为**AvailabilityZone**即普通云上可用区。", typ: "string", note: "AvailabilityZone"},
		{desc: "外部ID。默认设置为abc。", typ: "string", want: "abc"},
		{desc: "公网模式，取值：\n\n- **private**：默认值，删除IPv4网关后，VPC将变成纯私网VPC。\n- **public**：公网。", typ: "string", enum: enumOf("private", "public"), want: "private"},
		{desc: "The mode. Valid values:\n- fast: the default value.\n- slow", typ: "string", enum: enumOf("fast", "slow"), want: "fast"},
		{desc: "镜像ID。默认查询Linux系统镜像的价格。", typ: "string"},
		{desc: "更换计费方式后，默认自动扣费。", typ: "boolean"},
		{desc: "是否为默认NAT IP地址段。", typ: "boolean"},
	})
}

// TestNoDefault: a lead or a trailing default word stating that there is no default
// ("Default value: empty", 默认值：无, "not set by default", なし, kosong) sets none and is
// not noted, in any type; a listed value named like one ("None") is that value.
func TestNoDefault(t *testing.T) {
	checkDefaults(t, []defaultCase{
		{desc: "The tag. Default value: empty.", typ: "string"},
		{desc: "The CIDR block. Default value: null.", typ: "string"},
		{desc: "描述。默认值：空。", typ: "string"},
		{desc: "描述。默认值：无", typ: "string"},
		{desc: "描述。默认值：无", typ: "boolean"},
		{desc: "描述。預設值：無。", typ: "string"},
		{desc: "描述，默认为空。", typ: "string"},
		{desc: "The name. This parameter is not set by default.", typ: "string"},
		{desc: "The name. It is empty by default.", typ: "integer"},
		{desc: "The name. Default value: empty string.", typ: "string"},
		{desc: "名前。デフォルト値：なし。", typ: "string"},
		{desc: "Nama. Nilai default: kosong.", typ: "string"},
		{desc: "The pool. Valid values:\n- Open\n- None\n\nDefault value: None.", typ: "string", enum: enumOf("Open", "None"), want: "None"},
		{desc: "The mode. Default value: none.", typ: "string", enum: enumOf("fast", "slow")},
		{desc: "The mode. Default value: Day.", typ: "string", enum: enumOf("fast", "slow"), note: `"Day"`},
	})
}

// TestDefaultMarkLeavesEnumDescription: a listed value's meaning loses the default mark
// that starts it (the value is the schema's Default), and keeps the rest.
func TestDefaultMarkLeavesEnumDescription(t *testing.T) {
	x := &extractor{p: &page.Page{File: "f"}, res: &Result{}}
	got := x.enumValues("计费方式。取值范围：\n- PrePaid：包年包月。\n- PostPaid（默认）：按量付费。\n- Spot（默认值）", "string", 1, "P")
	want := []opspec.EnumValue{{Value: "PrePaid", Description: "包年包月。"}, {Value: "PostPaid", Description: "按量付费。"}, {Value: "Spot"}}
	if len(got) != len(want) {
		t.Fatalf("enum %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("enum value %d: %+v, want %+v", i, got[i], want[i])
		}
	}
	got = x.enumValues("Billing. Valid values:\n- PrePaid (default): subscription\n- PostPaid: pay-as-you-go", "string", 1, "P")
	if len(got) != 2 || got[0].Description != "subscription" {
		t.Errorf("enum %+v: PrePaid's meaning should be %q", got, "subscription")
	}
}

// TestDefaultWhenLeftOut: a default stated under the condition that the parameter itself is
// left out ("如不设置，默认为false", "If it is not set, the default value is cloud", "指定しない
// 場合", "Jika tidak diatur") is the parameter's default: what a call without it gets. It
// was noted as one case's and dropped. A condition on anything else stays one case's, and
// so does one after a Markdown quote mark ("> 如果是VPC实例，默认为fast"), which read as
// the parameter's default.
func TestDefaultWhenLeftOut(t *testing.T) {
	checkDefaults(t, []defaultCase{
		{desc: "是否预检。如不设置，默认为false。", typ: "boolean", want: false},
		{desc: "是否预检。如果您不指定该参数，默认值为false。", typ: "boolean", want: false},
		{desc: "每页条数。未设置时，默认为10。", typ: "integer", want: 10.0},
		{desc: "The disk. If it is not set, the default value is cloud.", typ: "string", want: "cloud"},
		{desc: "The size. If you do not specify this parameter, the default value is 10.", typ: "integer", want: 10.0},
		{desc: "The size. If left empty, the default value is 10.", typ: "integer", want: 10.0},
		{desc: "The size. If this parameter isn't specified, the default value is 10.", typ: "integer", want: 10.0},
		{desc: "サイズ。指定しない場合、デフォルト値は10です。", typ: "integer", want: 10.0},
		{desc: "Ukuran. Jika tidak diatur, nilai default adalah 10.", typ: "integer", want: 10.0},
		{desc: "Ukuran. Jika parameter ini tidak diatur, nilai default adalah 10.", typ: "integer", want: 10.0},
		{desc: "是否预检。\n> 如不设置，默认为false。", typ: "boolean", want: false},
		// another subject's absence, another condition: one case's
		{desc: "The size. If InstanceType is not set, the default value is 10.", typ: "integer", note: "under a condition"},
		{desc: "大小。如果结果为空，默认为10。", typ: "integer", note: "under a condition"},
		{desc: "模式。\n> 如果是VPC实例，默认为fast。", typ: "string", note: "under a condition"},
		{desc: "The mode.\n> For VPC instances, the default value is fast.", typ: "string", note: "under a condition"},
	})
}

// TestDefaultOfAnother: a default that is the value of another parameter ("默认与参数
// InstanceName的值一致", "Defaults to the value of InstanceName", "默认值为实例的InstanceId")
// is no literal: noted naming the parameter it refers to, never read as a value. The
// sentence with no lead ("默认与...一致") went unsaid.
func TestDefaultOfAnother(t *testing.T) {
	checkDefaults(t, []defaultCase{
		{desc: "名称。默认与参数InstanceName的值一致。", typ: "string", note: "the value of InstanceName, not a literal"},
		{desc: "名称，默认和`HostName`相同。", typ: "string", note: "the value of HostName, not a literal"},
		{desc: "The name. Defaults to the value of InstanceName.", typ: "string", note: "the value of InstanceName, not a literal"},
		{desc: "The size. Defaults to the value of PageSize.", typ: "integer", note: "the value of PageSize, not a literal"},
		{desc: "The size. The default value is the same as MaxSize.", typ: "integer", note: "the value of MaxSize, not a literal"},
		{desc: "名称。如果没有指定该参数，默认值为实例的InstanceId。", typ: "string", note: "the value of InstanceId, not a literal"},
		{desc: "名称。如果是VPC实例，默认与InstanceName一致。", typ: "string", note: "under a condition"},
		// a word of comparison that is no default's: nothing
		{desc: "名称。默认值：abc。和InstanceName相同的名称无效。", typ: "string", want: "abc"},
	})
}

// TestDefaultGloss: a bracket after a default that restates it in another unit
// ("默认1200秒（20分钟）", "1200 seconds (20 minutes)") is a gloss: the value is read, its
// unit taken as the one stated. The gloss's unit read as the description naming another
// unit, and the default was noted as no value of its type.
func TestDefaultGloss(t *testing.T) {
	checkDefaults(t, []defaultCase{
		{desc: "超时时间。默认1200秒（20分钟）。", typ: "integer", want: 1200.0},
		{desc: "超时时间，单位：秒。默认1200秒（即20分钟）。", typ: "integer", want: 1200.0},
		{desc: "The timeout. Default value: 1200 seconds (20 minutes).", typ: "integer", want: 1200.0},
		{desc: "The timeout. Default value: 1200 seconds (about 20 minutes).", typ: "integer", want: 1200.0},
		// another unit named outside the gloss still says the parameter counts in it
		{desc: "The timeout, in milliseconds. Default value: 10 seconds (10000 ms).", typ: "integer", note: "10 seconds"},
	})
}
