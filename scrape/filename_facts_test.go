package scrape

import (
	"slices"
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

// A RAM action's service code is a permission namespace, weaker evidence of the API's
// product code than a file name that spells product-version: such a page read with the
// RAM code as its product and no version, and failed ("0 scraped product versions fit
// it"). Whichever source wins, the loser is warned with both values and sources.
func TestFileNameOutranksRAMCode(t *testing.T) {
	ram := strings.Replace(goodPage, "## Request parameters", `## Authorization information

|Action|Access level|Resource type|Condition key|Dependent action|
|------|------------|-------------|-------------|----------------|
|thingram:GetThing|get|*All resources|None|None|

## Request parameters`, 1)
	debug := strings.Replace(goodPage, "Gets a thing.",
		"Gets a thing. [Debug](https://api.aliyun.com/#product=Other&api=GetThing&type=RPC&version=2019-09-09)", 1)
	cases := []struct {
		data, want, note string
	}{
		{ram, "thing/2021-02-03", `product "thingram" from the RAM action disagrees with "thing" from the file name; keeping "thing"`},
		{debug, "Other/2019-09-09", `the file name spells product "thing" version "2021-02-03", but the URL says product "Other"`},
	}
	const file = "in/thing-2021-02-03-GetThing-pipe.md"
	for _, c := range cases {
		var notes []string
		s := New(Options{}, func(w page.Warning) { notes = append(notes, w.Msg) })
		s.Add(file, file, []byte(c.data))
		specs, err := s.Specs()
		if err != nil || len(specs) != 1 {
			t.Fatalf("%s: %d specs, %v", c.want, len(specs), err)
		}
		if got := specs[0].Product + "/" + specs[0].Version; got != c.want {
			t.Errorf("spec %s, want %s", got, c.want)
		}
		if all := strings.Join(notes, "\n"); !strings.Contains(all, c.note) {
			t.Errorf("%s: no note %q in %q", c.want, c.note, notes)
		}
	}
}

// A RAM action's service code spells the product code its own way ("paidlc" for pai-dlc):
// products are the same when they differ only in case, dashes and underscores, so no
// disagreement is warned, and a page whose only product is such a code joins the spec of
// that product. Products that differ otherwise ("thingram" and "thing") still disagree, and
// the spec keeps the stronger source's spelling.
func TestProductSpellingsAgree(t *testing.T) {
	withRAM := func(service, debug string) string {
		p := strings.Replace(goodPage, "## Request parameters", `## Authorization information

|Action|Access level|Resource type|Condition key|Dependent action|
|------|------------|-------------|-------------|----------------|
|`+service+`:GetThing|get|*All resources|None|None|

## Request parameters`, 1)
		if debug != "" {
			p = strings.Replace(p, "Gets a thing.", "Gets a thing. [Debug](https://api.aliyun.com/#product="+debug+
				"&api=GetThing&type=RPC&version=2020-12-03)", 1)
		}
		return p
	}
	cases := []struct {
		data, want, note string
	}{
		{withRAM("paidlc", "pai-dlc"), "pai-dlc/2020-12-03", ""},
		{withRAM("pai_dlc", "PAI-DLC"), "PAI-DLC/2020-12-03", ""},
		{withRAM("thingram", "thing"), "thing/2020-12-03", `product "thingram" from the RAM action disagrees with "thing" from the URL; keeping "thing"`},
		{withRAM("pai-dlcx", "pai-dlc"), "pai-dlc/2020-12-03", `product "pai-dlcx" from the RAM action disagrees with "pai-dlc" from the URL; keeping "pai-dlc"`},
	}
	for _, c := range cases {
		var notes []string
		s := New(Options{}, func(w page.Warning) { notes = append(notes, w.Msg) })
		s.Add("GetThing.md", "GetThing.md", []byte(c.data))
		specs, err := s.Specs()
		if err != nil || len(specs) != 1 {
			t.Fatalf("%s: %d specs, %v", c.want, len(specs), err)
		}
		if got := specs[0].Product + "/" + specs[0].Version; got != c.want {
			t.Errorf("spec %s, want %s", got, c.want)
		}
		all := strings.Join(notes, "\n")
		if c.note == "" && strings.Contains(all, "disagrees") || c.note != "" && !strings.Contains(all, c.note) {
			t.Errorf("%s: notes %q, want %q", c.want, notes, c.note)
		}
	}
	// A page whose only product is the RAM code joins the spec of the product it spells.
	var notes []string
	s := New(Options{}, func(w page.Warning) { notes = append(notes, w.Msg) })
	s.Add("a/GetThing.md", "a/GetThing.md", []byte(withRAM("paidlc", "pai-dlc")))
	other := strings.ReplaceAll(withRAM("paidlc", ""), "GetThing", "GetOther")
	s.Add("b/GetOther.md", "b/GetOther.md", []byte(other))
	specs, err := s.Specs()
	if err != nil || len(specs) != 1 || len(specs[0].Operations) != 2 {
		t.Fatalf("%d specs, %v (%q)", len(specs), err, notes)
	}
	want := "page does not say its version (product paidlc); joined to pai-dlc 2020-12-03: the only scraped product version that fits it"
	if !slices.Contains(notes, want) {
		t.Errorf("notes %q, want %q", notes, want)
	}
}
