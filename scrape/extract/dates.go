package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

var (
	isoDateRe = regexp.MustCompile(`(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})`)
	cjkDateRe = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`)
)

// dateLayouts are the English forms the site writes ("Feb 10, 2026", "February 10, 2026",
// "10 Feb 2026").
var dateLayouts = []string{"Jan 2, 2006", "January 2, 2006", "2 Jan 2006", "2 January 2006", "Jan 2 2006"}

// normalizeDate turns a documented date into YYYY-MM-DD. ok is false when the text is not
// a date we know; the text is then returned trimmed, so nothing is lost.
func normalizeDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, ":："); i >= 0 && !isoDateRe.MatchString(s[:i]) {
		_, n := utf8.DecodeRuneInString(s[i:])
		s = strings.TrimSpace(s[i+n:]) // "Last Updated: ..."
	}
	if m := cjkDateRe.FindStringSubmatch(s); m != nil {
		return ymd(m[1], m[2], m[3])
	}
	if m := isoDateRe.FindStringSubmatch(s); m != nil {
		return ymd(m[1], m[2], m[3])
	}
	clean := strings.Join(strings.Fields(s), " ")
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, clean); err == nil {
			return t.Format("2006-01-02"), true
		}
	}
	return s, false
}

func ymd(y, m, d string) (string, bool) {
	yi, _ := strconv.Atoi(y)
	mi, _ := strconv.Atoi(m)
	di, _ := strconv.Atoi(d)
	t := time.Date(yi, time.Month(mi), di, 0, 0, 0, 0, time.UTC)
	if t.Year() != yi || int(t.Month()) != mi || t.Day() != di {
		return y + "-" + m + "-" + d, false
	}
	return t.Format("2006-01-02"), true
}
