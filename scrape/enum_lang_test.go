package scrape

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// enumSentence is one way a translated site writes a "Valid values:" sentence: the
// lead-in, the separator of an inline list, the colon between a listed value and its
// meaning, and the mark that opens a listed value ("- " as in Markdown, or a mark typed as
// text: "・Enabled：有効").
type enumSentence struct {
	lang, lead, sep, colon, bullet string
}

// enumSentences are the valid-values sentences of the Japanese (help/ja), Simplified
// Chinese and Traditional Chinese (help/tc) sites, each with the lists the sites write
// after them: inline (、 or ，) or bullets of "value: meaning" or "value：说明", marked
// "- " or with a mark the readers keep as text (・, ･, ●, ■, ◆, ○).
var enumSentences = []enumSentence{
	{"ja", "有効な値は次のとおりです：", "、", "：", "・"},
	{"ja", "有効な値は以下のとおりです：", "、", ": ", "- "},
	{"ja", "有効な値：", "、", ": ", "･ "},
	{"ja", "取り得る値：", "、", "：", "- "},
	{"zh", "有效值：", "、", "：", "●"},
	{"zh", "可选值：", "，", ": ", "- "},
	{"zh", "取值范围：", "、", "：", "■ "},
	{"zh", "取值如下：", "、", "：", "- "},
	{"zh", "可能值：", "，", "：", "- "},
	{"tc", "可選值：", "、", "：", "◆"},
	{"tc", "取值範圍：", "，", "：", "○ "},
	{"tc", "有效值：", "、", ": ", "- "},
}

// TestEnumSentences reads the English product pages of ../shared/corpus whose descriptions
// list valid values ("Valid values:" then an inline list or bullets), with each of those
// sentences written as a translated site writes it (enumSentences: the lead-in, an inline
// list separated by 、 or ，, bullets of "value：说明" marked "- " or "・"), and requires the spec's enums to
// be those of the English read, field for field. Before the lexicon knew 有效值, 可选值,
// 可選值 and 取り得る値, and the words between a lead-in and its colon (は次のとおりです,
// 如下), such pages lost their enums without a word; so did values marked "・" or "●"
// before the enum reader knew the marks (page.CutValueBullet). 可能值 ("possible values",
// which the English lexicon had) was missing until 2026-12-06: 95 enums of the corpus's
// Chinese ECS pages were lost.
func TestEnumSentences(t *testing.T) {
	if testing.Short() {
		t.Skip("scrapes the corpus's English product pages once per sentence form")
	}
	var pages []corpusPage
	if !eachCorpusPage(t, func(cp corpusPage) {
		if strings.HasSuffix(cp.group, "/en") && bytes.Contains(cp.text, []byte("Valid values:")) {
			pages = append(pages, cp)
		}
	}) {
		t.Skip("../shared/corpus is absent")
	}
	enumsOf := func(file string, text []byte, cp corpusPage) map[string]string {
		doc, _, err := scrapeAlone(file, text, cp.page)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		out := map[string]string{}
		collectEnums(doc, "", out)
		return out
	}
	read, fields := 0, 0
	for i, cp := range pages {
		want := enumsOf(cp.file, cp.text, cp)
		if len(want) == 0 {
			continue
		}
		read++
		fields += len(want)
		// Each page in three of the forms, by turns, to stay within seconds.
		for k := 0; k < 3; k++ {
			form := enumSentences[(3*i+k)%len(enumSentences)]
			text := []byte(translateEnumSentences(string(cp.text), form))
			got := enumsOf(cp.file, text, cp)
			for _, path := range unionKeys(want, got) {
				if want[path] != got[path] {
					t.Errorf("%s in %s %q: %s enum [%s], want [%s]", cp.page.File, form.lang, form.lead, path, got[path], want[path])
				}
			}
		}
	}
	if read == 0 {
		t.Fatal("no English page read an enum: the corpus or the test is broken")
	}
	t.Logf("%d pages, %d enums, each page in 3 of %d sentence forms", read, fields, len(enumSentences))
}

// collectEnums records every enum of an OpenAPI document, by its JSON path.
func collectEnums(v any, path string, out map[string]string) {
	switch v := v.(type) {
	case map[string]any:
		if e, ok := v["enum"].([]any); ok {
			out[path] = fmt.Sprint(e)
		}
		for k, c := range v {
			collectEnums(c, path+"/"+k, out)
		}
	case []any:
		for i, c := range v {
			collectEnums(c, fmt.Sprintf("%s/%d", path, i), out)
		}
	}
}

// unionKeys returns the keys of a and b, sorted.
func unionKeys(a, b map[string]string) []string {
	var keys []string
	for k := range a {
		keys = append(keys, k)
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return keys
}

// enumBullet is a list item of a Markdown page's description cell: its indent, mark, the value and
// the ": " before the value's meaning.
var enumBullet = regexp.MustCompile(`^(\s*)(-\s+)([^\s:]+): `)

// translateEnumSentences writes every "Valid values:" sentence of a Markdown page the way
// form does: the lead-in translated, an inline list on the same line separated by form.sep
// and ended by 。, and the bullets after a lead-in that ends its line as form.bullet "value"
// form.colon "meaning".
func translateEnumSentences(text string, form enumSentence) string {
	lines := strings.Split(text, "\n")
	bullets := false
	for i, l := range lines {
		before, after, ok := strings.Cut(l, "Valid values:")
		if !ok {
			t := strings.TrimSpace(l)
			switch {
			case bullets && enumBullet.MatchString(l):
				mark := form.bullet
				if mark == "- " {
					mark = "${2}" // the page's own mark
				}
				// at the page's indent: an item under a value's item stays under it
				lines[i] = enumBullet.ReplaceAllString(l, "${1}"+mark+"${3}"+form.colon)
			case bullets && t != "" && !strings.HasPrefix(t, "-"):
				bullets = false
			}
			continue
		}
		after = strings.TrimLeft(after, " ")
		bullets = strings.TrimSpace(strings.TrimRight(after, "|")) == ""
		lines[i] = before + form.lead + inlineList(after, form.sep)
	}
	return strings.Join(lines, "\n")
}

// inlineList rewrites the list that starts s ("a, b, and c. More text") with sep between
// the values and 。 at its end.
func inlineList(s, sep string) string {
	end := len(s)
	for _, stop := range []string{". ", "|"} {
		if i := strings.Index(s, stop); i >= 0 && i < end {
			end = i
		}
	}
	list, rest := s[:end], s[end:]
	if strings.HasSuffix(strings.TrimSpace(list), ".") {
		list = strings.TrimSuffix(strings.TrimSpace(list), ".")
	}
	list = strings.NewReplacer(", and ", sep, ", or ", sep, " and ", sep, " or ", sep, ", ", sep).Replace(list)
	if strings.HasPrefix(rest, ". ") {
		rest = rest[len(". "):]
	}
	if list == "" {
		return rest
	}
	return list + "。" + rest
}
