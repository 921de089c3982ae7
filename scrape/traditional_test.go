package scrape

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// toTraditional writes the Simplified characters of the Chinese truth pages (zhWords, the
// pipe layout's 必填, the portal's words) as the Traditional Chinese site (help/tc) does.
var toTraditional = strings.NewReplacer(
	"请", "請", "参", "參", "数", "數", "语", "語", "错", "錯", "误", "誤", "码", "碼", "称", "稱",
	"类", "類", "选", "選", "径", "徑", "询", "詢", "头", "頭", "体", "體", "说", "說", "调", "調",
	"档", "檔", "详", "詳", `lang="zh"`, `lang="zh-TW"`,
)

// TestTraditionalReadsLikeSimplified renders truth records as Chinese pages (HTML, Markdown,
// and the pipe and portal text layouts, in the words of zhWords) and again in Traditional
// characters, and requires the Traditional page to give the Simplified page's spec and
// warnings written in Traditional characters, byte for byte, but for the page language:
// "tc" where the Simplified page's is "zh". HeadingLang called every Traditional heading
// "zh", and an HTML page's lang="zh-TW" was "zh" too.
func TestTraditionalReadsLikeSimplified(t *testing.T) {
	records := truthRecords(t)
	n := 0
	for i := 0; i < len(records); i += 5 {
		r := &records[i]
		pages := map[string][]byte{
			"html": renderTruthPage("zh", i, r),
			"md":   renderMDTruthPage("zh", i, r),
		}
		if i%3 == 2 { // the pipe layout's Chinese words
			pages["txt"] = renderTextTruthPage("pipe", i, r)
		} else if i%2 == 1 {
			pages["txt"] = renderTextTruthPage("portal", i, r)
		}
		for ext, zh := range pages {
			tc := []byte(toTraditional.Replace(string(zh)))
			if string(tc) == string(zh) {
				t.Fatalf("%s.%s: no Simplified character to write in Traditional", r.Operation, ext)
			}
			name := fmt.Sprintf("%s-%s-%s.%s", r.Product, r.Version, r.Operation, ext)
			zhSpec, zhWarn := scrapeSpecText(t, name, zh, r)
			tcSpec, tcWarn := scrapeSpecText(t, name, tc, r)
			want := sourceLang.ReplaceAllString(toTraditional.Replace(zhSpec), "${1}tc")
			if m := sourceLang.FindStringSubmatch(zhSpec); m == nil || m[2] != "zh" {
				t.Errorf("%s: the Simplified page is not read as zh:\n%s", name, zhSpec)
			}
			if tcSpec != want {
				t.Errorf("%s: the Traditional page reads otherwise than the Simplified one:\n%s\nwant\n%s", name, tcSpec, want)
			}
			if w := toTraditional.Replace(zhWarn); tcWarn != w {
				t.Errorf("%s: the Traditional page warns otherwise than the Simplified one:\n%s\nwant\n%s", name, tcWarn, w)
			}
			n++
		}
	}
	t.Logf("%d pages compared in both scripts", n)
}

// sourceLang finds the page language in a YAML spec (x-acs-source's lang).
var sourceLang = regexp.MustCompile(`(?m)^(\s+lang: )(\S+)$`)

// scrapeSpecText scrapes one page alone as score.py does and returns the spec as YAML and
// the warnings, one a line.
func scrapeSpecText(t *testing.T, name string, data []byte, r *htmlTruthRecord) (string, string) {
	t.Helper()
	spec, warns := scrapeYAML(t, name, Options{Product: r.Product, Version: r.Version}, data)
	var b strings.Builder
	for _, w := range warns {
		fmt.Fprintln(&b, w)
	}
	return spec, b.String()
}
