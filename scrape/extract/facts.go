package extract

import (
	"path/filepath"
	"slices"
	"strings"

	"github.com/acsgen/acsgen/opspec"
)

// Where a product or version is read from, strongest first (sourceRank).
const (
	// fromURL is the page URL or its API debug link: they name the API's product code
	// and version.
	fromURL = "URL"
	// fromMeta, fromOverview and fromVersionRow are the page's own words: its metadata
	// block, an overview's "Product/2020-01-01", an RPC table's Version row.
	fromMeta       = "page metadata"
	fromOverview   = "overview"
	fromVersionRow = "Version row"
	// Then comes fileSource: a file name that spells product-version (fileNameRe), what
	// someone saved the page as.
	// fromRAM is a RAM action's service code: a permission namespace, which need not be
	// the API's product code.
	fromRAM = "RAM action"
)

// sourceRank orders the sources of product and version facts: a lower rank is stronger.
// The file name outranks only the RAM action: a name that spells product-version spells
// the API's product code, which a RAM namespace may not.
func sourceRank(from string) int {
	switch from {
	case fromURL:
		return 0
	case fromMeta:
		return 1
	case fromOverview, fromVersionRow:
		return 2
	case fileSource:
		return 3
	}
	return 4 // fromRAM
}

// fact is one value the page (or its file name) gives for its product or version, and
// where it came from.
type fact struct{ value, from string }

// facts are the values the page's sources give for its product or its version, in the
// order met; decideFacts picks among them once the page is read.
type facts []fact

// note adds the value a source gives, when it gives one.
func (fs *facts) note(v, from string) {
	if v = strings.TrimSpace(v); v != "" {
		*fs = append(*fs, fact{v, from})
	}
}

// SameProduct reports whether two product codes name one product: compared without case,
// dashes or underscores, since a RAM action's service code ("paidlc"), the URL's
// ("pai-dlc") and SDK names ("Pai_dlc", "PAIDLC") spell one code differently. Products that
// differ otherwise ("bss" and "BssOpenApi") are other products.
func SameProduct(a, b string) bool {
	squeeze := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r == '-' || r == '_' {
				return -1
			}
			return r
		}, s)
	}
	return strings.EqualFold(squeeze(a), squeeze(b))
}

// pageFacts notes product, version and style from the URL, the debug link and page
// metadata; an operation page's title gives the product title.
func (x *extractor) pageFacts() {
	p := x.p
	x.urls = [2]urlFacts{parseURL(p.Meta["debug-url"]), parseURL(p.URL)}
	for _, f := range x.urls {
		x.products.note(f.product, fromURL)
		x.versions.note(f.version, fromURL)
		if f.style != "" && x.res.Style == "" {
			x.res.Style = opspec.Style(f.style)
		}
	}
	x.products.note(p.Meta["product"], fromMeta)
	x.versions.note(p.Meta["version"], fromMeta)
	if title, _ := splitTitle(p.Title); title != "" {
		x.res.ProductTitle = title
	}
}

// decideFacts sets the result's product and version: of the facts noted, the strongest
// source's (sourceRank; the first met among equals). Every fact that differs from the one
// kept is warned with both values and sources. The file name spells product and version at
// once: it counts only when no stronger source contradicts either (then it names some other
// product version, and it is warned); a page that says neither takes both from it.
func (x *extractor) decideFacts() {
	if m := fileNameRe.FindStringSubmatch(filepath.Base(filepath.ToSlash(x.p.File))); m != nil {
		product, version := fact{m[1], fileSource}, fact{m[2], fileSource}
		switch p, v := strongest(x.products), strongest(x.versions); {
		case p.value != "" && sourceRank(p.from) < sourceRank(fileSource) && !SameProduct(p.value, product.value):
			x.warn(0, "the file name spells product %q version %q, but the %s says product %q: the file name is not taken", product.value, version.value, p.from, p.value)
		case v.value != "" && sourceRank(v.from) < sourceRank(fileSource) && v.value != version.value:
			x.warn(0, "the file name spells product %q version %q, but the %s says version %q: the file name is not taken", product.value, version.value, v.from, v.value)
		default:
			x.products = append(x.products, product)
			x.versions = append(x.versions, version)
		}
	}
	x.res.Product = x.keep("product", x.products, SameProduct)
	x.res.Version = x.keep("version", x.versions, func(a, b string) bool { return a == b })
}

// strongest returns the fact of the strongest source, the first met among equals; the
// zero fact when there is none.
func strongest(fs facts) fact {
	var best fact
	for _, f := range fs {
		if best.value == "" || sourceRank(f.from) < sourceRank(best.from) {
			best = f
		}
	}
	return best
}

// keep returns the value of the strongest of facts, warning once for each other value and
// source that differs from it (kind is "product" or "version"), and saying so when the
// value is only the file name's.
func (x *extractor) keep(kind string, fs facts, same func(a, b string) bool) string {
	best := strongest(fs)
	if best.value == "" {
		return ""
	}
	if best.from == fileSource && len(fs) == 1 {
		x.warn(0, "%s %q read from the file name; the page does not say it", kind, best.value)
	}
	for k, f := range fs {
		if same(f.value, best.value) || slices.Contains(fs[:k], f) {
			continue
		}
		x.warn(0, "%s %q from the %s disagrees with %q from the %s; keeping %q", kind, f.value, f.from, best.value, best.from, best.value)
	}
	return best.value
}
