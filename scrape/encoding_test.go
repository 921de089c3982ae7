package scrape

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	xunicode "golang.org/x/text/encoding/unicode"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// A page saved by another tool — with a byte-order mark, in UTF-16, in GBK (GB18030) as
// Chinese Windows tools save it, with CRLF or lone CR line ends — reads as the same page:
// the same spec as its UTF-8 original, and a warning saying how it was read wherever it was
// transcoded. Before page.Decode, a Markdown page with a byte-order mark lost its title, one
// with CR line ends was no API page, and UTF-16 and GBK pages were binary.
func TestEncodingsReadAlike(t *testing.T) {
	pages := []struct {
		file string
		opts Options
	}{
		{"golden/mdpages/kms-2016-01-20-ListKeys-zh.md", Options{Product: "Kms", Version: "2016-01-20"}},
		{"golden/mdpages/ims-2019-08-15-ListUsers.md", Options{}},
		{"golden/pages/zh-roa-UpdateTopic.txt", Options{Product: "RocketMQ", Version: "2022-08-01"}},
		{"golden/htmlpages/CreateInstanceAccount-zh.html", Options{Product: "RocketMQ", Version: "2022-08-01"}},
	}
	utf16 := func(o xunicode.Endianness) func([]byte) []byte {
		return func(b []byte) []byte {
			out, err := xunicode.UTF16(o, xunicode.UseBOM).NewEncoder().Bytes(b)
			if err != nil {
				t.Fatal(err)
			}
			return out
		}
	}
	gb := func(b []byte) []byte {
		b = bytes.Replace(b, []byte(`charset="utf-8"`), []byte(`charset="gb18030"`), 1)
		out, err := simplifiedchinese.GB18030.NewEncoder().Bytes(b)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	encodings := []struct {
		name   string
		encode func([]byte) []byte
		note   string // in a warning of the page; "" for none
	}{
		{"utf-8 with byte-order mark", func(b []byte) []byte { return append([]byte("\xef\xbb\xbf"), b...) }, ""},
		{"UTF-16LE", utf16(xunicode.LittleEndian), "read as UTF-16LE"},
		{"UTF-16BE", utf16(xunicode.BigEndian), "read as UTF-16BE"},
		{"GB18030", gb, "gb18030"},
		{"CRLF", func(b []byte) []byte { return bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n")) }, ""},
		{"CR", func(b []byte) []byte { return bytes.ReplaceAll(b, []byte("\n"), []byte("\r")) }, ""},
	}
	for _, p := range pages {
		data, err := os.ReadFile("../" + p.file)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := scrapeYAML(t, p.file, p.opts, data)
		for _, e := range encodings {
			if e.name == "GB18030" && !strings.Contains(p.file, "zh") {
				continue // GBK is how Chinese pages are saved
			}
			got, warns := scrapeYAML(t, p.file, p.opts, e.encode(data))
			if got != want {
				t.Errorf("%s in %s: the spec differs from the UTF-8 page's", p.file, e.name)
			}
			noted := false
			for _, w := range warns {
				noted = noted || e.note != "" && strings.Contains(strings.ToLower(w.Msg), strings.ToLower(e.note))
			}
			if noted != (e.note != "") {
				t.Errorf("%s in %s: warnings %v, want one saying %q", p.file, e.name, warns, e.note)
			}
		}
	}
}

// scrapeYAML scrapes one page alone and returns its only spec as YAML and the warnings.
func scrapeYAML(t *testing.T, file string, opts Options, data []byte) (string, []page.Warning) {
	t.Helper()
	var warns []page.Warning
	s := New(opts, func(w page.Warning) { warns = append(warns, w) })
	s.Add(file, file, data)
	specs, err := s.Specs()
	if err != nil || len(specs) != 1 {
		t.Fatalf("%s: %d specs, %v", file, len(specs), err)
	}
	out, err := opspec.Marshal(specs[0], "yaml")
	if err != nil {
		t.Fatal(err)
	}
	return string(out), warns
}
