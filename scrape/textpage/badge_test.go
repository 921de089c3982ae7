package textpage

import (
	"fmt"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// The site glues its lower-case badge to a deprecated name ("operatordeprecated"); a name
// whose last hump is "Deprecated" (IncludeDeprecated) keeps it, and was read as "Include",
// deprecated, before.
func TestDeprecatedBadgeOrHump(t *testing.T) {
	for _, c := range []struct {
		in, name string
		dep      bool
	}{
		{"operatordeprecated", "operator", true},
		{"IncludeDeprecated", "IncludeDeprecated", false},
		{"InstanceId Deprecated", "InstanceId", true},
		{"InstanceId已废弃", "InstanceId", true},
		{"deprecated", "deprecated", false},
	} {
		if name, dep := cutBadge(c.in); name != c.name || dep != c.dep {
			t.Errorf("cutBadge(%q) = %q, %v; want %q, %v", c.in, name, dep, c.name, c.dep)
		}
	}
	src := "URL: https://help.aliyun.com/document_detail/1.html\nListAliases\nRequest parameters\n" +
		"Parameter | Type | Required | Description | Example |\n---|---|---|---|---|\n" +
		"IncludeDeprecated | boolean | No | Whether to list them. | true |\n" +
		"operatordeprecated | string | No | Who. | x |\n"
	p, err := Reader{}.Read("ListAliases.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range p.Sections {
		for _, b := range s.Blocks {
			if b.Kind == page.TableBlock {
				for _, r := range b.Table.Rows {
					got = append(got, fmt.Sprint(r.Cells[0], " ", strings.HasPrefix(r.Cells[b.Table.Col(page.ColDescription)], DeprecatedPrefix)))
				}
			}
		}
	}
	if want := "IncludeDeprecated false, operator true"; strings.Join(got, ", ") != want {
		t.Errorf("rows (name, deprecated) = %q, want %q", strings.Join(got, ", "), want)
	}
}

// A pipe table may draw its tree with box-drawing branches ("├─ Tags", "│ ├─ Key"), not
// only with "└": the glyphs are depth, as the HTML and Markdown readers read them; before,
// they stayed in the names ("│ ├─ Key", "─ Name", info warnings only).
func TestPipeTreeBranches(t *testing.T) {
	src := "URL: https://help.aliyun.com/document_detail/1.html\nGetUser\nResponse parameters\n" +
		"Parameter | Type | Description | Example |\n---|---|---|---|\n" +
		"User | object | The user. | |\n├─ Tags | array<object> | The tags. | |\n" +
		"│ ├─ Key | string | The key. | k |\n└─ Name | string | The name. | n |\n"
	p, err := Reader{}.Read("GetUser.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range p.SectionsOf(page.ResponseParams) {
		for _, tb := range s.Tables() {
			for _, r := range tb.Rows {
				got = append(got, fmt.Sprint(r.Depth, " ", r.Cell(tb, page.ColName)))
			}
		}
	}
	if want := "0 User, 1 Tags, 2 Key, 1 Name"; strings.Join(got, ", ") != want {
		t.Errorf("rows = %q, want %q", strings.Join(got, ", "), want)
	}
}
