package page

import (
	"errors"
	"strings"
	"testing"
)

func TestDecode(t *testing.T) {
	cases := []struct {
		name, data string
		html       bool
		text, note string // note: a part of it; "" for none
		err        string
	}{
		{"utf-8", "a\r\nb\rc\n", false, "a\nb\nc\n", "", ""},
		{"declared latin-1 html", "<html><head><meta charset=\"iso-8859-1\"></head><p>caf\xe9</p>", true,
			"<html><head><meta charset=\"iso-8859-1\"></head><p>café</p>", "the charset the page declares", ""},
		// A UTF-8 page keeps UTF-8 whatever its <meta> says: saving tools re-encode without
		// rewriting the declaration.
		{"utf-8 declared gbk", "<meta charset=\"gbk\"><p>云</p>", true, "<meta charset=\"gbk\"><p>云</p>", "", ""},
		{"gbk", "\xd4\xc6\xcf\xfb\xcf\xa2 Name\n", false, "云消息 Name\n", "GB18030", ""},
		{"latin-1 without declaration", "Name caf\xe9 x\n", false, "Name caf\uFFFD x\n", "1 invalid UTF-8 sequences replaced, the first on line 1", ""},
		// the line of the first bad byte, counted as Decode ends lines (CRLF is one, a lone CR one)
		{"latin-1 further down", "# Title\r\n\r\nName Type\rcaf\xe9 or caf\xe9\n", false, "# Title\n\nName Type\ncaf\uFFFD or caf\uFFFD\n", "2 invalid UTF-8 sequences replaced, the first on line 4", ""},
		{"nul", "ab\x00", false, "", "", "NUL byte at offset 2, line 1"},
		{"nul further down", "a\nb\r\nc\x00", false, "", "", "NUL byte at offset 6, line 3"},
		{"empty after mark", "\xef\xbb\xbf \n", false, "", "", "empty input"},
		{"binary", strings.Repeat("\xe9\xff", 50), false, "", "", "not valid UTF-8"},
		{"binary further down", "a\n\n" + strings.Repeat("\xe9\xff", 50), false, "", "", "not valid UTF-8, the first on line 3"},
	}
	for _, c := range cases {
		text, note, err := Decode([]byte(c.data), c.html)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) || !errors.Is(err, ErrNotText) {
				t.Errorf("%s: err %v, want ErrNotText saying %q", c.name, err, c.err)
			}
			continue
		}
		if err != nil || text != c.text || (c.note == "") != (note == "") || !strings.Contains(note, c.note) {
			t.Errorf("%s: Decode = %q, %q, %v; want %q, a note with %q", c.name, text, note, err, c.text, c.note)
		}
	}
}

// TestDecodeDropsInvisibles: zero-width spaces, word joiners, a byte-order mark inside the
// text and soft hyphens show nothing and split words ("Instance\u200bId"); they are dropped.
func TestDecodeDropsInvisibles(t *testing.T) {
	got, note, err := Decode([]byte("| \u200bInstance\u00adId\u200b | Str\u2060ing | Y\u200des\u200c |\n\ufeffok"), false)
	if err != nil || note != "" {
		t.Fatalf("Decode: %q, %v", note, err)
	}
	if want := "| InstanceId | String | Yes |\nok"; got != want {
		t.Errorf("Decode = %q, want %q", got, want)
	}
}

// TestPlainSpaces: every Unicode space is an ASCII one and every invisible character
// nothing, whatever else the text holds; text without them is returned as it is.
func TestPlainSpaces(t *testing.T) {
	for in, want := range map[string]string{
		"RegionId\u00a0": "RegionId ",
		"Name\u3000Type\u2002Required\u202fExample":                          "Name Type Required Example",
		"\u2000\u2001\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u205f": "           ",
		"Instance\u200bId\u200c\u200d\u2060\ufeff\u00ad":                     "InstanceId",
		"地域\u3000ID。\tTab\n":                                                 "地域 ID。\tTab\n",
		"plain text":                                                         "plain text",
	} {
		if got := PlainSpaces(in); got != want {
			t.Errorf("PlainSpaces(%q) = %q, want %q", in, got, want)
		}
	}
}
