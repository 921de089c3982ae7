package scrape

import (
	"strings"
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

// A page that does not say its product version takes them from a file name that spells
// them (the help center's slug, or product-version-operation), and says so; without that
// it failed ("use --product and --version"). A name that disagrees with the page is not
// believed.
func TestFileNameGivesProductVersion(t *testing.T) {
	cases := []struct {
		file, data, want string
	}{
		{"in/api-thing-2020-01-01-getthing.md", goodPage, "thing/2020-01-01"},
		{"in/thing-svc-2021-02-03-GetThing-concat.md", goodPage, "thing-svc/2021-02-03"},
		// The debug link says Other 2019-09-09: the file name is ignored.
		{"in/api-thing-2020-01-01-getthing.md", strings.Replace(goodPage, "Gets a thing.",
			"Gets a thing. [Debug](https://api.aliyun.com/#product=Other&api=GetThing&type=RPC&version=2019-09-09)", 1), "Other/2019-09-09"},
	}
	for _, c := range cases {
		var notes []string
		s := New(Options{}, func(w page.Warning) { notes = append(notes, w.Msg) })
		s.Add(c.file, c.file, []byte(c.data))
		specs, err := s.Specs()
		if err != nil || len(specs) != 1 {
			t.Fatalf("%s: %d specs, %v", c.file, len(specs), err)
		}
		if got := specs[0].Product + "/" + specs[0].Version; got != c.want {
			t.Errorf("%s: spec %s, want %s", c.file, got, c.want)
		}
		said := strings.Contains(strings.Join(notes, "\n"), "read from the file name")
		if said != !strings.HasPrefix(c.want, "Other") {
			t.Errorf("%s: notes %q", c.file, notes)
		}
	}
}
