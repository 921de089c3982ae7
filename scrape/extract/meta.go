package extract

import (
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

var (
	// helpSlugRe matches help-center slugs such as
	// api-eiam-developerapi-2022-02-25-generatetoken.
	// The words after the date may carry a prefix or suffix ("api-doc-describedbinstances",
	// "getresourcegroup-rg"): the operation is the longest.
	helpSlugRe = regexp.MustCompile(`api-([a-z][a-z0-9-]*?)-(\d{4}-\d{2}-\d{2})-([a-z][a-z0-9]*(?:-[a-z0-9]+)*)`)
	// tailSlugRe matches a URL whose last path segment is one lower-case word, perhaps after
	// "api-" (".../latest/modifywhiteips", ".../ros/api-createstack").
	tailSlugRe = regexp.MustCompile(`/(?:api-)?([a-z][a-z0-9]{5,})/?(?:[?#]|$)`)
	// fileNameRe matches a file named for its product version, as the help center's slug
	// (api-airec-2020-11-26-listinstance.html) or as product-version-operation
	// (eiam-developerapi-2022-02-25-GetUser-concat.txt); it is read from the base name.
	fileNameRe = regexp.MustCompile(`^(?:api-)?([a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*)-(\d{4}-\d{2}-\d{2})(?:[-_.]|$)`)
	// explorerPathRe matches api.aliyun.com paths such as /api/Ims/2019-08-15/CreateUser or
	// /document/Eiam/2021-12-01/CreateInstance.
	explorerPathRe = regexp.MustCompile(`/(?:api|document)/([A-Za-z][\w-]*)/(\d{4}-\d{2}-\d{2})/([A-Za-z]\w*)`)
	// syntaxRe matches request lines ("GET /path", "POST|PUT /path").
	syntaxRe = regexp.MustCompile(`^((?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)(?:\s*\|\s*(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS))*)\s+(\S+)`)
	// syntaxLowerRe is a request line written in lower case ("get /clusters/{ClusterId}/nodes
	// http|https"); the path must then start with "/", so prose is not taken for one.
	syntaxLowerRe = regexp.MustCompile(`^((?:get|post|put|delete|patch|head|options)(?:\s*\|\s*(?:get|post|put|delete|patch|head|options))*)\s+(/\S*)`)
	// bracketParamRe matches legacy path parameters written [InstanceId].
	bracketParamRe = regexp.MustCompile(`\[([A-Za-z_][A-Za-z0-9_]*)\]`)
)

// urlFacts are what a page URL tells.
type urlFacts struct {
	product, version, op, style string
	opLower                     bool // op is known only in lower case (help slug)
	// tail is the URL's last path segment when it is one lower-case word: perhaps the
	// operation, believed only when the request path spells it too.
	tail string
}

// parseURL reads product, version, operation and style from the URL forms the docs use.
func parseURL(raw string) urlFacts {
	var f urlFacts
	if raw == "" {
		return f
	}
	if m := helpSlugRe.FindStringSubmatch(raw); m != nil {
		op := ""
		for w := range strings.SplitSeq(m[3], "-") {
			if len(w) > len(op) {
				op = w
			}
		}
		f.product, f.version, f.op, f.opLower = strings.TrimPrefix(m[1], "doc-"), m[2], op, true
	}
	if m := explorerPathRe.FindStringSubmatch(raw); m != nil {
		f.product, f.version, f.op, f.opLower = m[1], m[2], m[3], false
	}
	if f.op == "" {
		if m := tailSlugRe.FindStringSubmatch(raw); m != nil {
			f.tail = m[1]
		}
	}
	for _, part := range []string{afterByte(raw, '#'), afterByte(raw, '?')} {
		if part == "" {
			continue
		}
		q, err := url.ParseQuery(strings.TrimPrefix(part, "/"))
		if err != nil && len(q) == 0 {
			continue
		}
		if v := q.Get("product"); v != "" {
			f.product = v
		}
		if v := q.Get("version"); v != "" {
			f.version = v
		}
		if v := q.Get("api"); v != "" && page.IsIdent(v) {
			f.op, f.opLower = v, false
		}
		if v := strings.ToUpper(q.Get("type")); v == "RPC" || v == "ROA" {
			f.style = v
		}
	}
	return f
}

func afterByte(s string, b byte) string {
	if i := strings.IndexByte(s, b); i >= 0 {
		return s[i+1:]
	}
	return ""
}

// splitTitle splits "Product:Op", ":Op", "# Op" and "Op - 标题" headings into the product
// title and the operation name; name is "" when the heading names no operation.
func splitTitle(t string) (product, name string) {
	t = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(t), "#"))
	if i := strings.LastIndexAny(t, ":："); i >= 0 {
		rest := strings.TrimSpace(t[i:])
		rest = strings.TrimSpace(strings.TrimLeft(rest, ":："))
		if n := firstIdent(rest); n != "" {
			return strings.TrimSpace(t[:i]), n
		}
		return "", ""
	}
	return "", firstIdent(t)
}

// firstIdent returns s when it is an identifier, or its first word when that is an
// identifier followed by a separator ("CreateUser - 创建用户", "CreateUser（创建用户）"), or the
// operation of an API portal title ("GetVideoInfos_视频点播_API文档").
func firstIdent(s string) string {
	if page.IsIdent(s) {
		return s
	}
	if t, ok := page.CutPortalTitle(s); ok {
		// the API portal's "<operation>_<product>_API文档": the product's name may start
		// with Latin letters ("DeployApplication_Serverless 应用引擎_API文档")
		if op, _, ok := strings.Cut(t, "_"); ok && page.IsIdent(op) {
			return op
		}
	}
	end := identEnd(s)
	if end <= 0 || end == len(s) {
		return ""
	}
	w := s[:end]
	rest := strings.TrimSpace(s[end:])
	if !page.IsIdent(w) || !(strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "(") ||
		strings.HasPrefix(rest, "（") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "|") ||
		!isASCIIStart(rest)) {
		return ""
	}
	return w
}

// identEnd is the length of the run of identifier characters that s starts with.
func identEnd(s string) int {
	if end := strings.IndexFunc(s, notIdentRune); end >= 0 {
		return end
	}
	return len(s)
}

func isASCIIStart(s string) bool { return s == "" || s[0] < 0x80 }

// opName finds the operation name. The sources, most direct first: the title, the Action
// row, a sample request and the XML response root (on pages shaped as operations), the
// URL, the RAM action (which may name a broader permission: "edas:ManageApplication" on
// ScaleInApplication). A URL slug is lower case: it only confirms a cased name, wins over a
// RAM action that disagrees, and takes its case from a path segment of the request syntax
// ("modify-white-ips") or a word of the page that spells it. Disagreements warn. When
// nothing names it, an operation-shaped page takes the first operation-like word above its
// first heading (summaryName), a guess.
func (x *extractor) opName() string {
	type cand struct {
		name, from string
		lower      bool // known only in lower case
	}
	var cands []cand
	if _, n := splitTitle(x.p.Title); n != "" {
		cands = append(cands, cand{name: n, from: "title"})
	}
	if a := x.actionRowValue(); a != "" {
		cands = append(cands, cand{name: a, from: "Action row"})
	}
	// Excerpts lose the title; on a page laid out as an operation (operationShaped), the
	// examples still name it: "?Action=Name" in a sample request, <NameResponse> as the
	// root of the XML response.
	shaped := x.operationShaped()
	if shaped {
		if n := x.exampleAction(); n != "" {
			cands = append(cands, cand{name: n, from: "sample request"})
		}
		if n := x.xmlResponseRoot(); n != "" {
			cands = append(cands, cand{name: n, from: "XML response example"})
		}
	}
	var words []string // the page's words (pageWords), read once when a slug needs them
	pageWords := func() []string {
		if words == nil {
			words = x.pageWords()
		}
		return words
	}
	spelling := func(slug string) (name, from string) { return x.spelling(slug, pageWords) }
	for _, f := range x.urls { // the debug link, then the URL
		if f.op == "" {
			if f.tail == "" {
				continue
			}
			if n, from := spelling(f.tail); n != "" {
				if from == humpSource && !shaped {
					continue // a word of some other page's URL, perhaps
				}
				cands = append(cands, cand{name: n, from: "URL and " + from})
			}
			continue
		}
		if !f.opLower {
			cands = append(cands, cand{name: f.op, from: "URL"})
		} else if n, from := spelling(f.op); n != "" {
			cands = append(cands, cand{name: n, from: "URL and " + from})
		} else {
			cands = append(cands, cand{name: strings.ToLower(f.op), from: "URL", lower: true})
		}
	}
	if a := x.firstRAMAction(); a != "" {
		if svc, op, ok := strings.Cut(a, ":"); ok && page.IsIdent(op) {
			cands = append(cands, cand{name: op, from: fromRAM})
			x.products.note(svc, fromRAM)
		}
	}
	if len(cands) == 0 && shaped {
		// Two guesses: a word of the text above the first heading, and the file name. When
		// they disagree the file wins: the text's word may be a parameter it mentions.
		sum, file := x.summaryName(), fileOpName(x.p.File)
		switch {
		case sum != "" && (file == "" || sum == file):
			x.guess(x.p.TitleLine, "operation name %q taken from the text above the first heading: the page names it nowhere else (no title, RAM action, Action row, URL or example)", sum)
			return sum
		case file != "" && sum != "":
			x.guess(x.p.TitleLine, "operation name %q taken from the file name: the page names it nowhere (no title, RAM action, Action row, URL or example); the text above the first heading mentions %q", file, sum)
			return file
		case file != "":
			x.guess(x.p.TitleLine, "operation name %q taken from the file name: the page names it nowhere (no title, RAM action, Action row, URL, example or first sentence)", file)
			return file
		}
	}
	if len(cands) == 0 {
		return ""
	}
	best := -1
	for k, c := range cands {
		if !c.lower {
			best = k
			break
		}
	}
	switch {
	case best < 0:
		best = 0
	case cands[best].from == fromRAM:
		// A RAM action agreeing with the URL gives it its case; one that disagrees names
		// a permission, not the operation.
		for k, c := range cands {
			if c.lower && !strings.EqualFold(c.name, cands[best].name) {
				best = k
				break
			}
		}
	}
	cutName := ""
	if x.p.Truncated && cands[best].from == "Action row" {
		// The page's end may cut the Action row's value ("OnsTopi"): the title, a cased URL
		// or else the file name continuing it holds the whole name.
		whole := cands
		if file := fileOpName(x.p.File); file != "" {
			whole = append(whole[:len(whole):len(whole)], cand{name: file, from: fileSource})
		}
		cut := cands[best]
		for k, c := range whole {
			if (c.from == "title" || c.from == "URL" || c.from == fileSource) &&
				len(c.name) > len(cut.name) && strings.HasPrefix(strings.ToLower(c.name), strings.ToLower(cut.name)) {
				x.warn(x.p.TitleLine, "operation name %q from the Action row looks cut off by the end of the page; keeping %q from the %s",
					cut.name, c.name, c.from)
				cutName, cands, best = cut.name, whole, k
				break
			}
		}
	}
	b := cands[best]
	if strings.HasPrefix(b.from, "URL and ") && (strings.HasSuffix(b.from, humpSource) || strings.HasSuffix(b.from, fileSource)) {
		x.guess(x.p.TitleLine, "operation name %q spelled from the URL's %q and the %s: the page names it nowhere else", b.name, strings.ToLower(b.name), strings.TrimPrefix(b.from, "URL and "))
	}
	if b.lower {
		x.warn(x.p.TitleLine, "operation name %q is known only in lower case (from the URL)", b.name)
	}
	if file := fileOpName(x.p.File); cutName == "" && len(file) > len(b.name) && strings.HasPrefix(strings.ToLower(file), strings.ToLower(b.name)) {
		// A title clipped at a page's edge (a PDF's text) or a name cut by its line keeps
		// only the start of the name the file is named by: the page cannot tell which is right.
		x.guess(x.p.TitleLine, "operation name %q from the %s is the start of %q in the file name: the name may be cut off; keeping %q",
			b.name, b.from, file, b.name)
	}
	for _, c := range cands {
		if !strings.EqualFold(c.name, b.name) && c.name != cutName {
			x.warn(x.p.TitleLine, "operation name %q from the %s disagrees with %q from the %s; keeping %q",
				c.name, c.from, b.name, b.from, b.name)
		}
	}
	return b.name
}

// spelling returns slug as the page spells it: by a request path segment (pathSpelling)
// or by one of the page's words (pageWords) equal to it but for case; from says which.
// pageWords returns the page's words: they are gathered only when no path segment spells it.
func (x *extractor) spelling(slug string, pageWords func() []string) (name, from string) {
	if n := x.pathSpelling(slug); n != "" {
		return n, "request path"
	}
	words := pageWords()
	for _, w := range words {
		if len(w) == len(slug) && w != slug && strings.EqualFold(w, slug) && opWord(w) {
			return w, "page text"
		}
	}
	// A page cut off before it spells the name anywhere: the file may ("…-CreateStack-concat.txt").
	if n := fileOpName(x.p.File); n != "" && strings.EqualFold(n, slug) {
		return n, fileSource
	}
	if n := humpSpelling(slug, words); n != "" {
		return n, humpSource
	}
	return "", ""
}

// humpSource is where spelling says a name spelled by humpSpelling comes from; fileSource,
// one spelled by the file name.
const (
	humpSource = "words of the page"
	fileSource = "file name"
)

// pageWords returns the camel-case words (page.CamelHump) of every block, list item and
// table cell of the page, in page order: the runs of identifier characters that may spell
// a slug (spelling: an operation's name, opWord, is camel case, and humpSpelling reads
// the humps of camel-case words only). Words of other shapes, most of a page's, are not
// kept: the slice of them all grew to the page's size (≈ 11 KB a page).
func (x *extractor) pageWords() []string {
	var words []string
	add := func(text string) { words = appendCamelWords(words, text) }
	for _, s := range x.p.Sections {
		for _, b := range s.Blocks {
			add(b.Text)
			for _, it := range b.Items {
				add(it)
			}
			if b.Table != nil {
				for _, r := range b.Table.Rows {
					for _, c := range r.Cells {
						add(c)
					}
				}
			}
		}
	}
	return words
}

// humpSpelling spells a lower-case slug with the capitalised humps of the camel-case
// identifiers among the page's words ("scaleoutapplication" from ListScaleOutEcu and
// ListApplication: ScaleOutApplication): an operation's name shares its words with the
// operations and fields its page mentions. The slug must split into two or more humps; of
// several splits the one with the fewest humps wins, then the first found. "" when none.
func humpSpelling(slug string, words []string) string {
	humps := map[string]string{} // lower case -> as the page writes it
	longest := 0
	for _, w := range words {
		if !page.CamelHump(w) {
			continue
		}
		for _, h := range camelHumps(w) {
			k := strings.ToLower(h)
			if _, ok := humps[k]; !ok && isUpper(h[0]) {
				humps[k] = h
				longest = max(longest, len(h))
			}
		}
	}
	if len(humps) == 0 || !page.IsIdent(slug) {
		return ""
	}
	slug = strings.ToLower(slug)
	// best[i] is the fewest humps spelling slug[:i], from[i] where the last one starts.
	best := make([]int, len(slug)+1)
	from := make([]int, len(slug)+1)
	for i := 1; i <= len(slug); i++ {
		best[i] = -1
		for j := max(0, i-longest); j < i; j++ {
			if best[j] < 0 {
				continue
			}
			if _, ok := humps[slug[j:i]]; ok && (best[i] < 0 || best[j]+1 < best[i]) {
				best[i], from[i] = best[j]+1, j
			}
		}
	}
	if best[len(slug)] < 2 {
		return ""
	}
	var parts []string
	for i := len(slug); i > 0; i = from[i] {
		parts = append(parts, humps[slug[from[i]:i]])
	}
	var b strings.Builder
	for k := len(parts) - 1; k >= 0; k-- {
		b.WriteString(parts[k])
	}
	return b.String()
}

// camelHumps splits a camel-case identifier into its humps: "ListScaleOutEcu" into List,
// Scale, Out, Ecu; "DBInstanceId" into DB, Instance, Id; "userId" into user, Id.
func camelHumps(w string) []string {
	var out []string
	start := 0
	isUp := func(c byte) bool { return c >= 'A' && c <= 'Z' }
	isLow := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }
	for i := 1; i < len(w); i++ {
		switch {
		case w[i] == '_':
			if i > start {
				out = append(out, w[start:i])
			}
			start = i + 1
		case isUp(w[i]) && isLow(w[i-1]),
			isUp(w[i]) && isUp(w[i-1]) && i+1 < len(w) && isLow(w[i+1]):
			if i > start {
				out = append(out, w[start:i])
			}
			start = i
		}
	}
	if start < len(w) {
		out = append(out, w[start:])
	}
	return out
}

// pathSpelling returns the operation name spelled by a path segment of the request syntax
// whose words joined equal slug ("modify-white-ips" for "modifywhiteips": ModifyWhiteIps),
// or "".
func (x *extractor) pathSpelling(slug string) string {
	for _, s := range x.p.SectionsOf(page.RequestSyntax) {
		for _, b := range s.Blocks {
			m := matchSyntax(b.Text)
			if m == nil {
				continue
			}
			for seg := range strings.SplitSeq(m[2], "/") {
				words := strings.FieldsFunc(seg, func(r rune) bool { return r == '-' || r == '_' })
				if len(words) < 2 || !strings.EqualFold(strings.Join(words, ""), slug) {
					continue
				}
				var n strings.Builder
				for _, w := range words {
					n.WriteString(strings.ToUpper(w[:1]) + w[1:])
				}
				if page.IsIdent(n.String()) {
					return n.String()
				}
			}
		}
	}
	return ""
}

// operationShaped reports whether the page is shaped as an operation page: a table of
// request parameters, response fields or headers (page.SectionKind.HoldsParams: an
// operation whose answer is headers alone documents no body), or else a request syntax
// line and a parameter section.
func (x *extractor) operationShaped() bool {
	syntax, params := false, false
	for _, s := range x.p.Sections {
		switch {
		case s.Kind.HoldsParams():
			if len(s.Tables()) > 0 {
				return true
			}
			params = true
		case s.Kind == page.RequestSyntax:
			for _, b := range s.Blocks {
				syntax = syntax || b.Kind == page.Code && syntaxRe.MatchString(strings.TrimSpace(b.Text))
			}
		}
	}
	return syntax && params
}

// exampleAction returns the operation a sample request names ("?Action=CreateCen" or
// "&Action=CreateCen" in a code block), or "".
func (x *extractor) exampleAction() string { return x.sampleValue("Action", page.IsIdent) }

// sampleValue returns the first value a sample request's query string gives parameter
// name ("?name=v" or "&name=v" in a code block other than a JSON or XML example) that ok
// accepts, or "".
func (x *extractor) sampleValue(name string, ok func(string) bool) string {
	key := name + "="
	for _, s := range x.p.Sections {
		for _, b := range s.Blocks {
			if b.Kind != page.Code || b.Lang == "json" || b.Lang == "xml" {
				continue
			}
			for rest := b.Text; ; {
				i := strings.Index(rest, key)
				if i < 0 {
					break
				}
				if i > 0 && (rest[i-1] == '?' || rest[i-1] == '&') {
					v := rest[i+len(key):]
					if end := strings.IndexAny(v, "&# \n\t"); end >= 0 {
						v = v[:end]
					}
					if ok(v) {
						return v
					}
				}
				rest = rest[i+len(key):]
			}
		}
	}
	return ""
}

// xmlResponseRoot returns Name when the XML response example's root element is
// <NameResponse>, or "".
func (x *extractor) xmlResponseRoot() string {
	for _, s := range x.p.Sections {
		for _, b := range s.Blocks {
			if b.Kind != page.Code || b.Lang != "xml" {
				continue
			}
			for line := range strings.SplitSeq(b.Text, "\n") {
				line = strings.TrimSpace(line)
				if !strings.HasPrefix(line, "<") || strings.HasPrefix(line, "<?") || strings.HasPrefix(line, "<!") {
					continue
				}
				tag := strings.TrimPrefix(line, "<")
				if end := strings.IndexAny(tag, " />"); end >= 0 {
					tag = tag[:end]
				}
				if n, ok := strings.CutSuffix(tag, "Response"); ok && page.IsIdent(n) && isUpper(n[0]) {
					return n
				}
				break // only the root element counts
			}
		}
	}
	return ""
}

// summaryName returns the first operation-like word (camelWord) of the text above the
// page's first heading, line by line: the summary sentence, or a caption such as
// "短信查询API(QuerySendDetails)".
func (x *extractor) summaryName() string {
	if len(x.p.Sections) == 0 || x.p.Sections[0].Kind != page.Intro {
		return ""
	}
	for _, b := range x.p.Sections[0].Blocks {
		for line := range strings.SplitSeq(blockText(b), "\n") {
			if w := camelWord(line); w != "" {
				return w
			}
		}
	}
	return ""
}

// fileOpName returns the operation a file name names: its one word (words are split at
// any character other than a letter or digit) that starts upper case, has a lower-case
// letter and ends with a lower-case letter or a digit ("Encrypt" in
// "kms-2016-01-20-Encrypt-spaced.txt", "DescribeRegions" in "DescribeRegions.md"); "" when
// no word or several do.
func fileOpName(file string) string {
	base := filepath.Base(filepath.ToSlash(file))
	if k := strings.LastIndexByte(base, '.'); k > 0 {
		base = base[:k]
	}
	name := ""
	for w := range strings.FieldsFuncSeq(base, func(r rune) bool {
		return !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	}) {
		c := w[len(w)-1]
		if len(w) < 4 || !isUpper(w[0]) || strings.ToUpper(w) == w || !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			continue
		}
		if name != "" {
			return ""
		}
		name = w
	}
	return name
}

// camelWord returns the first word of s written like an operation name (opWord). Words are
// runs of ASCII letters, digits and underscores, so Chinese text around a name does not
// hide it ("调用DescribeClusterNodePoolDetail查询").
func camelWord(s string) string {
	for w := range strings.FieldsFuncSeq(s, notIdentRune) {
		if opWord(w) {
			return w
		}
	}
	return ""
}

// appendCamelWords appends to words the camel-case ones (page.CamelHump) of the runs of
// ASCII identifier characters of s (the fields strings.FieldsFunc cuts with notIdentRune),
// reading bytes: each byte of a rune past ASCII, or of a broken one, is 0x80 or more and no
// identifier character. pageWords reads the whole page so, where decoding each rune and
// calling notIdentRune on it cost 3 % of BenchmarkScrape, and appending every word to drop
// most of them again 1.5 %.
func appendCamelWords(words []string, s string) []string {
	for i := 0; i < len(s); i++ {
		j := i
		for j < len(s) && !notIdentRune(rune(s[j])) {
			j++
		}
		if j > i {
			if page.CamelHump(s[i:j]) {
				words = append(words, s[i:j])
			}
			i = j // s[j] is no identifier character
		}
	}
	return words
}

// notIdentRune reports whether r cannot be part of an ASCII identifier.
func notIdentRune(r rune) bool {
	return !(r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
}

// opWord reports whether w reads as an operation name: an identifier of four or more
// characters that starts upper case, mixes cases and ends with a lower-case letter or a
// digit ("DescribeDBInstances", not "ECS", "OpenAPI" or "Xxxxx").
func opWord(w string) bool {
	if len(w) < 4 || !page.IsIdent(w) || !isUpper(w[0]) || !page.CamelHump(w) {
		return false
	}
	c := w[len(w)-1]
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
}

// opTitle is the heading's text besides the name and product ("创建用户" in
// "CreateUser - 创建用户"); "" when the heading is only the name.
func (x *extractor) opTitle(name string) string {
	t := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(x.p.Title), "#"))
	if i := strings.LastIndexAny(t, ":："); i >= 0 {
		t = strings.TrimLeft(t[i:], ":：")
	}
	t = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(t), name))
	t = strings.TrimSpace(strings.Trim(t, "-—|()（）"))
	return t
}

// summary returns the first paragraph under the title and the rest of the intro prose
// plus any Description section.
func (x *extractor) summary() (summary, description string) {
	var rest []string
	last, lastText := -1, "" // the summary's last line and its text
	for _, s := range x.p.Sections {
		if s.Kind != page.Intro && s.Kind != page.Description {
			continue
		}
		for _, b := range s.Blocks {
			if s.Kind == page.Intro && b.Line <= x.p.TitleLine {
				continue
			}
			text := blockText(b)
			if text == "" || page.IsSiteChrome(text) || isLastUpdated(text) ||
				strings.TrimSpace(text) == strings.TrimSpace(x.p.Title) {
				continue
			}
			if s.Kind == page.Intro && summary == "" {
				summary, last, lastText = text, b.Line, text
				continue
			}
			if len(rest) == 0 && b.Kind == page.Paragraph && b.Line == last+1 && wrapsOn(lastText, text) {
				// a text page's summary wrapped at its width ("… (API version" over
				// "2017-12-14)."): a paragraph a line, the next line goes on with it
				summary, last, lastText = summary+" "+text, b.Line, text
				continue
			}
			rest = append(rest, text)
		}
	}
	return summary, strings.Join(rest, "\n\n")
}

// wrapsOn reports whether line next goes on with text, a paragraph a text page's width
// wrapped ("Calls the X operation of ecs (API version" over "2014-05-26)."): text is a
// line's worth (minWrapped) ending in a word, not a sentence's or clause's mark, and next
// opens as no paragraph does, in a lower-case letter, a digit or an opening bracket.
// Lines that open with a capital or an ideograph are paragraphs of their own: site
// chrome and titles sit right under a summary in real dumps.
func wrapsOn(text, next string) bool {
	text = strings.TrimSpace(text)
	end, _ := utf8.DecodeLastRuneInString(text)
	start := strings.TrimSpace(next)
	return len(text) >= minWrapped && start != "" && !strings.ContainsRune(".!?:;。！？：；)）]】\"'”", end) &&
		(start[0] >= 'a' && start[0] <= 'z' || start[0] >= '0' && start[0] <= '9' || start[0] == '(')
}

// minWrapped is the shortest line wrapsOn takes for a wrapped paragraph's: dumps wrap at
// 60 to 80 columns.
const minWrapped = 40

// blockText renders a paragraph or list as plain text; tables and code give "".
func blockText(b page.Block) string {
	switch b.Kind {
	case page.Paragraph:
		return strings.TrimSpace(b.Text)
	case page.List:
		items := make([]string, 0, len(b.Items))
		for _, it := range b.Items {
			items = append(items, "- "+strings.TrimSpace(it))
		}
		return strings.Join(items, "\n")
	}
	return ""
}

func isLastUpdated(s string) bool {
	_, ok := page.LastUpdated(s)
	return ok
}

// syntax reads the "Request syntax" line: METHOD /path means ROA, no syntax (or "/" with
// Action) means RPC with POST /.
func (x *extractor) syntax(op *opspec.Operation) {
	for _, s := range x.p.SectionsOf(page.RequestSyntax) {
		for _, b := range s.Blocks {
			if b.Kind != page.Paragraph && b.Kind != page.Code {
				continue
			}
			for line := range strings.SplitSeq(b.Text, "\n") {
				m := matchSyntax(line)
				if m == nil {
					continue
				}
				m[1] = strings.ToUpper(m[1])
				path := m[2]
				rpc := strings.Contains(path, "Action=")
				if i := strings.IndexAny(path, "?#"); i >= 0 {
					path = path[:i]
				}
				if u, err := url.Parse(path); err == nil && u.Host != "" {
					path = u.Path
				}
				if path == "" {
					path = "/"
				}
				methods := strings.Split(m[1], "|")
				op.Method = strings.ToUpper(strings.TrimSpace(methods[0]))
				if len(methods) > 1 {
					x.warn(b.Line, "request syntax allows methods %s; using %s", m[1], op.Method)
				}
				op.Path = bracketParamRe.ReplaceAllString(path, "{$1}")
				if whole, ok := cutOpenParam(op.Path); !ok {
					x.guess(b.Line, "request path %q ends inside a path parameter (the page is cut off there); keeping %q", op.Path, whole)
					op.Path = whole
				}
				if rpc || path == "/" {
					op.Style = opspec.RPC
				} else {
					op.Style = opspec.ROA
				}
				if x.res.Style != "" && x.res.Style != op.Style {
					x.warn(b.Line, "request syntax says %s but the URL says %s; keeping %s", op.Style, x.res.Style, op.Style)
				}
				return
			}
		}
	}
	op.Style, op.Method, op.Path = opspec.RPC, "POST", "/"
	if x.res.Style == opspec.ROA {
		x.guess(0, "the URL says ROA but the page has no request syntax line; treating the operation as RPC POST /")
	}
}

// cutOpenParam returns path without a last segment whose "{" is never closed
// ("/groups/{groupId}/members/{memb" is "/groups/{groupId}/members"), and whether the path
// was whole.
func cutOpenParam(path string) (string, bool) {
	open := strings.LastIndexByte(path, '{')
	if open < 0 || strings.LastIndexByte(path, '}') > open {
		return path, true
	}
	whole := strings.TrimRight(path[:strings.LastIndexByte(path[:open], '/')+1], "/")
	if whole == "" {
		whole = "/"
	}
	return whole, false
}

// matchSyntax matches a request line in upper or lower case: method(s) and path.
func matchSyntax(line string) []string {
	line = strings.TrimSpace(line)
	if inner, ok := strings.CutPrefix(line, "`"); ok {
		// a request line written as a code span in a paragraph ("`GET /path HTTP/1.1`")
		line, _, _ = strings.Cut(inner, "`")
	}
	if m := syntaxRe.FindStringSubmatch(line); m != nil {
		return m
	}
	return syntaxLowerRe.FindStringSubmatch(line)
}
