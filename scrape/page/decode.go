package page

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"math"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

// ErrNotText is wrapped by the errors Decode returns for input that is not text.
var ErrNotText = errors.New("not a text page")

// Decode turns the bytes of a page file into UTF-8 text with "\n" line ends. It is the one
// decoding every reader shares, so that a page another tool saved reads as the same page:
// a UTF-8 byte-order mark is dropped; UTF-16 marked by its byte-order mark is transcoded;
// text that is not UTF-8 is read in the charset an HTML page declares (html set) or, when
// it decodes without error as GB18030 and holds Chinese, as GB18030 (GBK, the encoding
// Chinese Windows tools save in); rare invalid sequences are replaced; CRLF and lone CR
// line ends become "\n"; invisible format characters (invisibles) are dropped. note says
// what was transcoded or replaced, for a warning; it is empty for plain UTF-8. err wraps
// ErrNotText for empty or binary input.
func Decode(data []byte, html bool) (text, note string, err error) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		data = data[3:]
	case bytes.HasPrefix(data, []byte("\xff\xfe")), bytes.HasPrefix(data, []byte("\xfe\xff")):
		order, name := xunicode.LittleEndian, "UTF-16LE"
		if data[0] == 0xfe {
			order, name = xunicode.BigEndian, "UTF-16BE"
		}
		u, err := xunicode.UTF16(order, xunicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", "", fmt.Errorf("%w: %s byte-order mark, but not %s: %v", ErrNotText, name, name, err)
		}
		data, note = u, "read as "+name+" (the file starts with its byte-order mark)"
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return "", "", fmt.Errorf("%w: empty input", ErrNotText)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", "", fmt.Errorf("%w: binary data (NUL byte at offset %d, line %d)", ErrNotText, i, LineAt(data, i))
	}
	if len(data) >= math.MaxInt32 {
		return "", "", fmt.Errorf("input too large (%d bytes; the limit is 2 GiB)", len(data))
	}
	if !utf8.Valid(data) {
		u, n, err := fromLegacy(data, html)
		if err != nil {
			return "", "", err
		}
		data, note = u, n
	}
	s := string(data)
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	// each invisible searched for in the page, rather than every character of the page
	// looked up among the invisibles (strings.ContainsAny, a rune at a time)
	if strings.ContainsFunc(invisibles, func(r rune) bool { return strings.ContainsRune(s, r) }) {
		s = dropInvisibles.Replace(s)
	}
	return s, note, nil
}

// invisibles are the format characters that web pages carry into copies and exports and
// that show nothing: zero-width space, non-joiner and joiner, word joiner, a byte-order
// mark inside the text and the soft hyphen. Inside a name ("Instance\u200bId"), a type
// word or around a cell they hid the word from every reader; no page needs them.
const invisibles = "\u200b\u200c\u200d\u2060\ufeff\u00ad"

// unicodeSpaces are the white space characters other than ASCII's that copies of web pages
// carry where the page had spaces: no-break (`&nbsp;`), the typographic spaces
// U+2000–U+200A, narrow no-break, medium mathematical and ideographic (U+3000, of Chinese
// and Japanese text) spaces.
const unicodeSpaces = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"

var (
	dropInvisibles = strings.NewReplacer(pairs(invisibles, "")...)
	plainSpaces    = strings.NewReplacer(append(pairs(invisibles, ""), pairs(unicodeSpaces, " ")...)...)
)

// pairs are the replacer arguments that replace each rune of runes by to.
func pairs(runes, to string) []string {
	var out []string
	for _, r := range runes {
		out = append(out, string(r), to)
	}
	return out
}

// PlainSpaces is s with every Unicode space (unicodeSpaces) an ASCII space and the
// invisibles dropped: the one reading of white space that every reader applies to the text
// it splits into cells, names, type words and Required words, so that "RegionId&nbsp;",
// "Name\u3000String" and "String\u200d" read as the page shows them. A description keeps
// its words, its no-break spaces plain ones. Indentation by no-break spaces, which the HTML
// and Markdown readers read as depth (IndentOf), is read before.
func PlainSpaces(s string) string {
	// each character searched for in s, rather than every character of s looked up among
	// them (strings.ContainsAny, a rune at a time), as Decode does
	if !strings.ContainsFunc(invisibles+unicodeSpaces, func(r rune) bool { return strings.ContainsRune(s, r) }) {
		return s
	}
	return plainSpaces.Replace(s)
}

// entityRE is an HTML character reference closed by its semicolon: named ("&quot;",
// "&amp;"), decimal ("&#42;") or hexadecimal ("&#x2A;"). One without its semicolon is
// none: in plain text "?a=1&region=cn" is a URL's query, not "&reg" and "ion=cn".
var entityRE = regexp.MustCompile(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)

// UnescapeEntities is text with the HTML character references in it decoded, as a browser
// shows them: a page saved as text or lightweight markup from HTML keeps them where the
// writer escaped a character its markup would read ("&#42;string", "array&lt;object&gt;",
// "a &amp; b" in pandoc's textile), and the page means the characters. A reference is
// left as it is where its character would change how the text splits into lines and
// cells (a line break, a tab, "|": it was a cell's text, written so as not to be a
// separator) or where it names no character.
func UnescapeEntities(text string) string {
	if !strings.Contains(text, "&") || !entityRE.MatchString(text) {
		return text
	}
	return entityRE.ReplaceAllStringFunc(text, func(ref string) string {
		c := html.UnescapeString(ref)
		if c == ref || strings.ContainsAny(c, "\n\r\t\f\v|\x00") {
			return ref
		}
		return c
	})
}

// fromLegacy reads text that is not UTF-8: in the charset an HTML page declares, else as
// GB18030 when that decodes it whole and it holds Han characters, else as UTF-8 with the
// invalid sequences replaced when they are rare; common ones make it binary.
func fromLegacy(data []byte, html bool) ([]byte, string, error) {
	if html {
		if e, name, _ := charset.DetermineEncoding(data, ""); declared(data, name) {
			if u, err := e.NewDecoder().Bytes(data); err == nil && utf8.Valid(u) {
				return u, "read as " + name + ", the charset the page declares", nil
			}
		}
	}
	if u, ok := decodesWhole(simplifiedchinese.GB18030, data); ok && hasHan(u) {
		return u, "not UTF-8; read as GB18030 (GBK), which decodes it without error", nil
	}
	bad, total, first := 0, 0, -1
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			if bad == 0 {
				first = i
			}
			bad++
		}
		total++
		i += n
	}
	if bad*10 > total || bad > 256 {
		return nil, "", fmt.Errorf("%w: binary data or an unknown encoding (%d of %d characters are not valid UTF-8, the first on line %d)",
			ErrNotText, bad, total, LineAt(data, first))
	}
	return bytes.ToValidUTF8(data, []byte("\uFFFD")),
		fmt.Sprintf("%d invalid UTF-8 sequences replaced, the first on line %d", bad, LineAt(data, first)), nil
}

// LineAt is the 1-based line of byte offset off in data, counting line ends as Decode
// turns them into "\n" (LF, CRLF, a lone CR), so that the line is the one warnings name.
func LineAt(data []byte, off int) int {
	line := 1
	for i, c := range data[:off] {
		if c == '\n' || c == '\r' && (i+1 >= len(data) || data[i+1] != '\n') {
			line++
		}
	}
	return line
}

// declared reports whether the encoding name charset.DetermineEncoding found came from the
// page's own <meta> declaration rather than its fallback guess (windows-1252 for any
// non-UTF-8 page that declares nothing).
func declared(data []byte, name string) bool {
	if name == "" || name == "utf-8" {
		return false
	}
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	return bytes.Contains(bytes.ToLower(head), []byte("charset"))
}

// decodesWhole decodes data with e and reports whether every byte was valid in it.
func decodesWhole(e encoding.Encoding, data []byte) ([]byte, bool) {
	u, err := e.NewDecoder().Bytes(data)
	if err != nil || bytes.ContainsRune(u, utf8.RuneError) {
		return nil, false
	}
	return u, true
}

// hasHan reports whether b holds a Han character.
func hasHan(b []byte) bool {
	for _, r := range string(b) {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}
