package textpage

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestGluedSplitSettledByExample: a Chinese list word glued to a name ending in "List"
// ("ActivationList数组", a concat dump whose Type cells are in Chinese) splits as
// "ActivationList" + "数组" or as "Activation" + "List数组" (a list of List). Where the
// page's JSON (or XML) example writes one of the names as a key, that name is the row's,
// noted; where it writes none, or both, the split stays a guess.
func TestGluedSplitSettledByExample(t *testing.T) {
	const head = "DescribeActivations\n\n返回参数\n\n名称类型描述示例值\nActivationList数组\n\nThe list.\n\nActivationId字符串\n\nThe ID.\n\nsample\nRequestId字符串\n\nThe request ID.\n\nr-1\n\n示例\n\n"
	cases := []struct {
		name, example, row string
		guess              bool
	}{
		{"json", `{"ActivationList": [{"ActivationId": "sample"}], "RequestId": "r-1"}`, "ActivationList", false},
		{"xml", `<DescribeActivationsResponse><ActivationList><ActivationId>sample</ActivationId></ActivationList></DescribeActivationsResponse>`, "ActivationList", false},
		{"no key", `{"RequestId": "r-1"}`, "Activation", true},
		{"both keys", `{"ActivationList": [{"Activation": "a"}], "RequestId": "r-1"}`, "Activation", true},
	}
	for _, c := range cases {
		p, err := Reader{}.Read(c.name+".txt", []byte(head+c.example+"\n"))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		tb := table(t, p, page.ResponseParams)
		if names := column(tb, page.ColName); len(names) == 0 || names[0] != c.row {
			t.Errorf("%s: names %q, want %q first", c.name, names, c.row)
		}
		guessed, noted := false, false
		for _, w := range p.Warnings {
			if !strings.HasPrefix(w.Msg, `row "ActivationList数组"`) {
				continue
			}
			switch w.Kind {
			case page.Guess:
				guessed = true
			case page.Info:
				noted = strings.Contains(w.Msg, `name "ActivationList"`)
			}
		}
		if guessed != c.guess || !c.guess && !noted {
			t.Errorf("%s: guessed %v noted %v, want a guess %v (else a note naming ActivationList): %v", c.name, guessed, noted, c.guess, p.Warnings)
		}
	}
}

// TestGluedTypeNameSettledByExample: a glued line that reads whole as a type ("list数组",
// a list of List) stands for a type with no name (the root, a list's items, a hidden name)
// unless the page's example writes as a key the name one split leaves ("list" + "数组"):
// then it is that row, noted. Read nameless, the row was dropped and its fields misplaced.
func TestGluedTypeNameSettledByExample(t *testing.T) {
	const head = "ListTopics\n\n返回参数\n\n名称类型描述示例值\ndata结构体\n\nThe data.\n\nlist数组\n\nThe list.\n\ntopicName字符串\n\nThe name.\n\nt1\nRequestId字符串\n\nThe request ID.\n\nr-1\n\n示例\n\n"
	for _, c := range []struct {
		name, example string
		names         []string
	}{
		{"key", `{"data": {"list": [{"topicName": "t1"}]}, "RequestId": "r-1"}`, []string{"data", "list", "topicName", "RequestId"}},
		{"no key", `{"data": {"items": [{"topicName": "t1"}]}, "RequestId": "r-1"}`, []string{"data", "", "topicName", "RequestId"}},
	} {
		p, err := Reader{}.Read(c.name+".txt", []byte(head+c.example+"\n"))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		equal(t, c.name+": names", column(table(t, p, page.ResponseParams), page.ColName), c.names)
		noted := false
		for _, w := range p.Warnings {
			noted = noted || w.Kind == page.Info && strings.HasPrefix(w.Msg, `row "list数组": split into name "list"`)
		}
		if noted != (c.name == "key") {
			t.Errorf("%s: noted %v: %v", c.name, noted, p.Warnings)
		}
	}
}
