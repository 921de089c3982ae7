package scrape

import (
	"fmt"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/extract"
	"github.com/acsgen/acsgen/scrape/mdpage"
)

// A page that documents one flattened name twice, in two letter cases, where the old
// spelling's description points at the current one by its qualified name ("Tag.N.value
// ... use the Tag.N.Value parameter"): both stay (both are wire names) and the old one is
// marked deprecated, in the page's row order and in any language. Hand-made page of the
// shape of ECS DescribeInstances and AddTags (en and zh).
const caseTwinPage = `# DescribeThings

Queries things.

## Request parameters

|Parameter|Type|Required|Example|Description|
|---|---|---|---|---|
|RegionId|String|Yes|cn-hangzhou|The region. |
|Tag.N.value|String|No|v|The value of tag N.

 **Note:** %s |
|Tag.N.Key|String|No|k|The key of tag N. |
|Tag.N.Value|String|No|v|The value of tag N. |
|Tag.N.key|String|No|k|The key of tag N. Use Tag.N.Key instead. |

## Response parameters

|Parameter|Type|Example|Description|
|---|---|---|---|
|RequestId|String|r-1|The request ID. |
`

func TestCaseTwinOldSpellingDeprecated(t *testing.T) {
	for _, note := range []string{
		"This parameter will be removed in the future. We recommend that you use the Tag.N.Value parameter.",
		"为提高兼容性，建议您尽量使用Tag.N.Value参数。",
	} {
		src := strings.Replace(caseTwinPage, "%s", note, 1)
		res, err := readExtract(mdpage.Reader{}, "DescribeThings.md", []byte(src), extract.Page)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range res.Op.Params {
			if p.Name != "Tag" || p.Schema.Items == nil {
				continue
			}
			for _, prop := range p.Schema.Items.Properties {
				got = append(got, fmt.Sprintf("%s:%v", prop.Name, prop.Schema.Deprecated))
			}
		}
		if g, want := strings.Join(got, " "), "value:true Key:false Value:false key:true"; g != want {
			t.Errorf("note %q: Tag fields %q, want %q", note, g, want)
		}
	}
}

// A bare word in the current field's description ("The value of tag N") does not make it
// the old spelling, and twins that point at each other are left as they are.
func TestCaseTwinNeedsQualifiedMention(t *testing.T) {
	src := strings.Replace(caseTwinPage, "%s", "See the value.", 1)
	src = strings.Replace(src, "The key of tag N. |", "The key of tag N. Or Tag.N.key. |", 1)
	res, err := readExtract(mdpage.Reader{}, "DescribeThings.md", []byte(src), extract.Page)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Op.Params {
		if p.Name != "Tag" || p.Schema.Items == nil {
			continue
		}
		for _, prop := range p.Schema.Items.Properties {
			if prop.Schema.Deprecated {
				t.Errorf("%s marked deprecated", prop.Name)
			}
		}
	}
}
