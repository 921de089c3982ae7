package extract

import (
	"fmt"
	"math/rand"
	"regexp"
	"strings"
	"testing"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// refIdentRe is the definition page.IsIdent's loop implements.
var refIdentRe = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]*$`)

// matcherInputs are words and random strings over the bytes the pattern cares about.
func matcherInputs() []string {
	in := []string{"", "a", "A", "_", "$", "-", "1", "x-acs-foo", "Tag.N.Key", "$ref", "InstanceId",
		"Instance Id", "Instance\n", "\nInstance", "Inst\u00e9", "Kelvin\u212a", "a:b", "a/b*c", "tag_1",
		"Tag_1", "_tag", "1tag", strings.Repeat("a", 80), strings.Repeat("a", 81), "a\x00", "a\xff",
		"No parameters", "  no Parameters required.", "无请求参数", "Tidak ada parameter", "\u00a0no parameters",
		"no\u212a", "No request parameters", "nO PARAMETERS"}
	alphabet := []string{"a", "Z", "0", "9", "_", "$", ".", "-", "/", "*", ":", " ", "\n", "\t", "é", "\u212a", "\xff", "N", "o", "p"}
	rnd := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		n := rnd.Intn(12)
		if rnd.Intn(50) == 0 {
			n = 75 + rnd.Intn(10)
		}
		for j := 0; j < n; j++ {
			b.WriteString(alphabet[rnd.Intn(len(alphabet))])
		}
		in = append(in, b.String())
	}
	return in
}

func TestIsIdentAgreesWithRegexp(t *testing.T) {
	for _, s := range matcherInputs() {
		if got, want := page.IsIdent(s), refIdentRe.MatchString(s); got != want {
			t.Errorf("page.IsIdent(%q) = %v, the regexp says %v", s, got, want)
		}
	}
}

// TestSplitActionCell: the action of a cell is its first line shaped like one (the regexp
// page.IsRAMAction implements), and a level glued to it is split off by page.SplitRAMAction,
// the text reader's rule: after a CamelCase operation as the extraction's own twin did, and
// also after a wildcard ("eiam:Get*get") and in upper case ("alidns:AddDomainWRITE").
func TestSplitActionCell(t *testing.T) {
	ramActionRe := regexp.MustCompile(`^([a-z][a-z0-9-]*):([A-Za-z*][A-Za-z0-9_*]*)$`)
	gluedAccessRe := regexp.MustCompile(`^([a-z][a-z0-9-]*:[A-Z][A-Za-z0-9_]*?)(create|list|get|update|delete|read|write)$`)
	parts := []string{"eiam", "rocketmq", ":", "Create", "Instance", "Account", "create", "get", "list", "read", "write",
		"update", "delete", "*", "_", "1", "-", "a", "X", "\n", " ", "Getget", "é", "::"}
	cells := []string{"rocketmq:CreateInstanceAccountcreate", "eiam:GetInstance", "eiam:Getget", "eiam:Get*get",
		"eiam:G_read", "eiam:Xcreate", "a:Acreate\nb:B", " x \n eiam:ListUsers list"}
	rnd := rand.New(rand.NewSource(6))
	for i := 0; i < 30000; i++ {
		var b strings.Builder
		for j := rnd.Intn(7); j >= 0; j-- {
			b.WriteString(parts[rnd.Intn(len(parts))])
		}
		cells = append(cells, b.String())
	}
	for _, c := range cells {
		a, l := splitActionCell(c, "", false)
		line := ""
		for _, ln := range strings.Split(c, "\n") {
			if ln = strings.TrimSpace(ln); ramActionRe.MatchString(ln) {
				line = ln
				break
			}
		}
		if a+l != line {
			t.Errorf("splitActionCell(%q) = %q, %q; want the action line %q", c, a, l, line)
		}
		if m := gluedAccessRe.FindStringSubmatch(line); m != nil && (a != m[1] || l != m[2]) {
			t.Errorf("splitActionCell(%q) = %q, %q; want %q, %q", c, a, l, m[1], m[2])
		}
	}
	// the cases where the twin did not split (page.TestSplitRAMAction has the rule's)
	for cell, want := range map[string]string{"eiam:Get*get": "get", "alidns:AddDomainWRITE": "WRITE"} {
		if _, l := splitActionCell(" x\n"+cell, "", false); l != want {
			t.Errorf("splitActionCell(%q): level %q, want %q", cell, l, want)
		}
	}
}

// TestDuplicateRowsLongTable checks duplicate detection in short and long tables.
func TestDuplicateRowsLongTable(t *testing.T) {
	for _, n := range []int{3, 31, 32, 33, 96} {
		var rows [][]string
		for i := 0; i < n; i++ {
			rows = append(rows, []string{fmt.Sprintf("Field%d", i), "String", "A field.", "x"})
		}
		rows = append(rows, []string{"Field1", "String", "Again.", "y"}, []string{fmt.Sprintf("Field%d", n-1), "String", "Again.", "y"})
		p := &page.Page{File: "f.txt", Title: "# GetThing", TitleLine: 1, Sections: []*page.Section{
			sec(page.ResponseParams, "Response parameters", 3, tbl(4, respHeader, rows...)),
		}}
		op, res := mustOp(t, p)
		if len(op.Response.Properties) != n {
			t.Errorf("%d rows: %d properties, want %d", n, len(op.Response.Properties), n)
		}
		for _, name := range []string{"Field1", fmt.Sprintf("Field%d", n-1)} {
			if !hasWarning(res, fmt.Sprintf("duplicate response field %q (first at line", name)) {
				t.Errorf("%d rows: no duplicate warning for %s", n, name)
			}
		}
	}
}

// TestManyRequestParams checks that each request parameter keeps its row's position in
// short and long tables.
func TestManyRequestParams(t *testing.T) {
	for _, n := range []int{3, 32, 33, 96} {
		header := []string{"Parameter", "Type", "Position", "Required", "Description", "Example"}
		var rows [][]string
		for i := 0; i < n; i++ {
			pos := "query"
			if i%3 == 1 {
				pos = "header"
			}
			rows = append(rows, []string{fmt.Sprintf("P%d", i), "String", pos, "No", "A parameter.", "x"})
		}
		p := &page.Page{File: "f.txt", Title: "# GetThing", TitleLine: 1, Sections: []*page.Section{
			sec(page.RequestParams, "Request parameters", 3, tbl(4, header, rows...)),
		}}
		op, _ := mustOp(t, p)
		if len(op.Params) != n {
			t.Fatalf("%d rows: %d params", n, len(op.Params))
		}
		for i, prm := range op.Params {
			want := opspec.InQuery
			if i%3 == 1 {
				want = opspec.InHeader
			}
			if prm.Name != fmt.Sprintf("P%d", i) || prm.In != want {
				t.Errorf("%d rows: param %d = %s in %s, want P%d in %s", n, i, prm.Name, prm.In, i, want)
			}
		}
	}
}
