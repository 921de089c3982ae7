package extract

import (
	"testing"

	"github.com/acsgen/acsgen/scrape/page"
)

func TestParseXMLExample(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`<R><TotalCount>1</TotalCount><Disks><Disk><Id>d1</Id><Tags></Tags></Disk></Disks><Ips><Ip>a</Ip><Ip>b</Ip></Ips></R>`,
			`{TotalCount:n Disks:{Disk:[{Id:s Tags:z}]} Ips:{Ip:[s]}}`},
		{`<Result>true</Result><RequestId>r</RequestId>`, `{Result:b RequestId:s}`},
		{"<?xml version=\"1.0\"?>\n<R><A>0x1</A><B>007</B><C>-1.5</C><D>Inf</D></R>", `{A:s B:s C:n D:s}`},
		// cut off part way, as excerpts are
		{"<R>\n<TotalCount>10</TotalCount>\n<VSwitches>\n<VpcId>v</VpcId>", `{TotalCount:n VSwitches:{VpcId:s}}`},
	} {
		v, err := parseXMLExample(c.in)
		if err != nil {
			t.Errorf("%s: %v", c.in, err)
			continue
		}
		if got := shape(v); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.in, got, c.want)
		}
	}
	for _, bad := range []string{"", "<", "text", "<a><b></a>"} {
		if v, err := parseXMLExample(bad); err == nil && v == nil {
			t.Errorf("%q: nil value without error", bad)
		}
	}
}

// shape prints a value's tree: keys with the shapes of their values, kinds of leaves.
func shape(v *page.JSONValue) string {
	switch v.Kind {
	case 'o':
		s := "{"
		for i, k := range v.Keys {
			if i > 0 {
				s += " "
			}
			s += k + ":" + shape(v.Vals[i])
		}
		return s + "}"
	case 'a':
		return "[" + shape(v.Elem()) + "]"
	}
	return string(v.Kind)
}
