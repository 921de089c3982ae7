// Package fetch downloads documentation pages politely into an on-disk cache: an overview
// page, then the operation pages its API list links to.
//
// It is careful with the site and with what it already has: one request at a time per
// host with a minimum interval (default 500 ms, so at most 2 requests a second), bounded
// retries with backoff on 5xx, 429 and network errors, a timeout per request, conditional
// requests (If-None-Match / If-Modified-Since) so an unchanged page is never downloaded
// twice, a size limit, redirects bounded and kept on the same site, and links to other
// sites ignored. A page is written to the cache only after it was read completely, through
// a temporary file and a rename, so a failed run never loses or corrupts a cached page.
package fetch

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/acsgen/acsgen/internal/ctxtime"
)

// Options tune a Fetcher. Zero values take the defaults.
type Options struct {
	Client      *http.Client  // default: a client with Timeout and bounded redirects
	Timeout     time.Duration // per request, default 30s
	MinInterval time.Duration // between requests to one host, default 500ms
	Retries     int           // extra attempts after a failure, default 3
	MaxBytes    int64         // largest page accepted, default 8 MiB
	UserAgent   string        // default "acsgen-fetch/1 (+https://github.com/acsgen/acsgen)"
	// Progress, when set, is told about each page as it is handled (a terminal progress
	// line, say). It is not called for every retry.
	Progress func(done, total int, url string)
	// Sleep waits between requests and retries; tests swap it. Default honours ctx.
	Sleep func(ctx context.Context, d time.Duration) error
	// Now tells the time for the per-host rate limit; tests swap it for a clock that Sleep
	// advances, so the limit is checked without depending on the machine's speed.
	Now func() time.Time
}

// Fetcher downloads pages into one cache directory.
type Fetcher struct {
	opt   Options
	dir   string
	index *Index
	last  map[string]time.Time // last request time per host
}

// Result says what happened to one URL.
type Result struct {
	URL    string
	File   string // cache file, relative to the cache directory
	Status string // "new", "changed", "unchanged", "failed"
	Err    error
}

// New returns a Fetcher writing into dir (created if missing), loading the cache index.
func New(dir string, opt Options) (*Fetcher, error) {
	if opt.Timeout == 0 {
		opt.Timeout = 30 * time.Second
	}
	if opt.MinInterval == 0 {
		opt.MinInterval = 500 * time.Millisecond
	}
	if opt.Retries == 0 {
		opt.Retries = 3
	}
	if opt.Retries < 0 {
		opt.Retries = 0
	}
	if opt.MaxBytes == 0 {
		opt.MaxBytes = 8 << 20
	}
	if opt.UserAgent == "" {
		opt.UserAgent = "acsgen-fetch/1 (+https://github.com/acsgen/acsgen)"
	}
	if opt.Sleep == nil {
		opt.Sleep = ctxtime.Sleep
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	client := &http.Client{Timeout: opt.Timeout}
	if opt.Client != nil {
		c := *opt.Client
		client = &c
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("fetch: cache directory: %w", err)
	}
	idx, err := LoadIndex(dir)
	if err != nil {
		return nil, err
	}
	f := &Fetcher{opt: opt, dir: dir, index: idx, last: map[string]time.Time{}}
	client.CheckRedirect = f.redirect
	f.opt.Client = client
	return f, nil
}

// redirect allows at most 5 redirects, all on the first request's host, each one
// waiting its turn like any other request to the host.
func (f *Fetcher) redirect(req *http.Request, via []*http.Request) error {
	if len(via) >= 5 {
		return fmt.Errorf("stopped after %d redirects (redirect loop?)", len(via))
	}
	if req.URL.Host != via[0].URL.Host {
		return fmt.Errorf("redirect to another site (%s) refused", req.URL.Host)
	}
	return f.wait(req.Context(), req.URL.Host)
}

// Overview fetches an overview page and every operation page its API list links to on the
// same site, and saves the index. It returns one Result per URL, sorted by URL; the error
// is non-nil when the overview itself could not be had or the index could not be saved.
// Pages that fail are reported in their Result and keep their cached copy.
func (f *Fetcher) Overview(ctx context.Context, overview string) ([]Result, error) {
	base, err := url.Parse(overview)
	if err != nil || (base.Scheme != "http" && base.Scheme != "https") || base.Host == "" {
		return nil, fmt.Errorf("fetch: %q is not an http(s) URL", overview)
	}
	first := f.Page(ctx, overview)
	if first.Err != nil {
		if first.File == "" {
			return []Result{first}, fmt.Errorf("fetch overview %s: %w", overview, first.Err)
		}
	}
	body, err := os.ReadFile(filepath.Join(f.dir, first.File))
	if err != nil {
		return []Result{first}, fmt.Errorf("fetch overview %s: %w", overview, err)
	}
	links, err := OperationLinks(base, body)
	if err != nil {
		return []Result{first}, fmt.Errorf("fetch overview %s: %w", overview, err)
	}
	results := []Result{first}
	for i, l := range links {
		if err := ctx.Err(); err != nil {
			return results, errors.Join(err, f.index.Save(f.dir))
		}
		if f.opt.Progress != nil {
			f.opt.Progress(i+1, len(links), l)
		}
		results = append(results, f.Page(ctx, l))
	}
	sort.Slice(results, func(i, j int) bool { return results[i].URL < results[j].URL })
	return results, f.index.Save(f.dir)
}

// Page fetches one URL into the cache (conditionally, when it is already cached).
func (f *Fetcher) Page(ctx context.Context, raw string) Result {
	res := Result{URL: raw, Status: "failed"}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		res.Err = fmt.Errorf("%q is not a URL", raw)
		return res
	}
	u.Fragment = ""
	key := u.String()
	res.URL = key
	entry, cached := f.index.Pages[key]
	if cached {
		res.File = entry.File
	}
	var lastErr error
	for attempt := 0; attempt <= f.opt.Retries; attempt++ {
		if attempt > 0 {
			backoff := time.Duration(1<<(attempt-1)) * time.Second
			if err := f.opt.Sleep(ctx, backoff); err != nil {
				res.Err = fmt.Errorf("%s: %w", key, err)
				return res
			}
		}
		if err := f.wait(ctx, u.Host); err != nil {
			res.Err = fmt.Errorf("%s: %w", key, err)
			return res
		}
		status, body, hdr, err := f.get(ctx, key, entry, cached)
		if err != nil {
			lastErr = err
			if errors.Is(err, errPermanent) || ctx.Err() != nil {
				break
			}
			continue
		}
		if status == http.StatusNotModified {
			res.Status = "unchanged"
			return res
		}
		sum := sha256.Sum256(body)
		hash := hex.EncodeToString(sum[:])
		if cached && hash == entry.SHA256 {
			res.Status = "unchanged"
			entry.ETag, entry.LastModified = hdr.Get("ETag"), hdr.Get("Last-Modified")
			f.index.Pages[key] = entry
			return res
		}
		name := entry.File
		if !cached {
			name = f.index.fileName(u)
		}
		if err := writeAtomic(filepath.Join(f.dir, name), body); err != nil {
			res.Err = fmt.Errorf("%s: %w", key, err)
			return res
		}
		f.index.Pages[key] = Entry{File: name, ETag: hdr.Get("ETag"), LastModified: hdr.Get("Last-Modified"), SHA256: hash}
		res.File = name
		res.Status = "new"
		if cached {
			res.Status = "changed"
		}
		return res
	}
	res.Err = fmt.Errorf("%s: %w", key, lastErr)
	return res
}

var errPermanent = errors.New("permanent")

type permanentError struct{ msg string }

func (e *permanentError) Error() string   { return e.msg }
func (e *permanentError) Is(t error) bool { return t == errPermanent }

// get does one request. Failures that a retry cannot fix wrap errPermanent.
func (f *Fetcher) get(ctx context.Context, u string, e Entry, cached bool) (int, []byte, http.Header, error) {
	ctx, cancel := context.WithTimeout(ctx, f.opt.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return 0, nil, nil, &permanentError{err.Error()}
	}
	req.Header.Set("User-Agent", f.opt.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/markdown,text/plain;q=0.9")
	if cached {
		if e.ETag != "" {
			req.Header.Set("If-None-Match", e.ETag)
		}
		if e.LastModified != "" {
			req.Header.Set("If-Modified-Since", e.LastModified)
		}
	}
	resp, err := f.opt.Client.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) && (strings.Contains(ue.Err.Error(), "redirect")) {
			return 0, nil, nil, &permanentError{err.Error()}
		}
		return 0, nil, nil, err
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotModified:
		return resp.StatusCode, nil, resp.Header, nil
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
		if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && s > 0 && s <= 60 {
			_ = f.opt.Sleep(ctx, time.Duration(s)*time.Second)
		}
		return 0, nil, nil, fmt.Errorf("HTTP %s", resp.Status)
	case resp.StatusCode != http.StatusOK:
		return 0, nil, nil, &permanentError{"HTTP " + resp.Status}
	}
	if ct := resp.Header.Get("Content-Type"); ct != "" {
		mt, _, _ := mime.ParseMediaType(ct)
		// JSON is taken from .json addresses only (the metadata, api-docs.json)
		isJSON := (mt == "application/json" || strings.HasSuffix(mt, "+json")) && strings.HasSuffix(strings.SplitN(u, "?", 2)[0], ".json")
		if !strings.HasPrefix(mt, "text/") && mt != "application/xhtml+xml" && !isJSON {
			return 0, nil, nil, &permanentError{fmt.Sprintf("not a page: content type %q", mt)}
		}
	}
	if resp.ContentLength > f.opt.MaxBytes {
		return 0, nil, nil, &permanentError{fmt.Sprintf("page of %d bytes exceeds the %d-byte limit", resp.ContentLength, f.opt.MaxBytes)}
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.opt.MaxBytes+1))
	if err != nil {
		return 0, nil, nil, fmt.Errorf("read body: %w", err)
	}
	if int64(len(body)) > f.opt.MaxBytes {
		return 0, nil, nil, &permanentError{fmt.Sprintf("page exceeds the %d-byte limit", f.opt.MaxBytes)}
	}
	if bytes.IndexByte(body, 0) >= 0 {
		return 0, nil, nil, &permanentError{"not a page: binary content"}
	}
	return resp.StatusCode, body, resp.Header, nil
}

// wait keeps at least MinInterval between requests to one host.
func (f *Fetcher) wait(ctx context.Context, host string) error {
	if last, ok := f.last[host]; ok {
		if d := f.opt.MinInterval - f.opt.Now().Sub(last); d > 0 {
			if err := f.opt.Sleep(ctx, d); err != nil {
				return err
			}
		}
	}
	f.last[host] = f.opt.Now()
	return nil
}

// OperationLinks lists the same-site links of an overview page's API list (or, when the
// page has no recognisable list, of its content), resolved, without fragments, deduplicated
// and sorted.
func OperationLinks(base *url.URL, body []byte) ([]string, error) {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("parse overview: %w", err)
	}
	sel := doc.Find("table a[href]")
	if sel.Length() == 0 {
		sel = doc.Find("main a[href], article a[href]")
	}
	seen := map[string]bool{}
	var out []string
	sel.Each(func(_ int, s *goquery.Selection) {
		href, _ := s.Attr("href")
		u, err := base.Parse(strings.TrimSpace(href))
		if err != nil || u.Host != base.Host || (u.Scheme != "http" && u.Scheme != "https") {
			return
		}
		u.Fragment = ""
		if u.String() == base.String() || seen[u.String()] {
			return
		}
		seen[u.String()] = true
		out = append(out, u.String())
	})
	sort.Strings(out)
	return out, nil
}

// writeAtomic writes data to name through a temporary file and a rename.
func writeAtomic(name string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), ".fetch-*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), name)
}

// Index records, per URL, the cache file and what is needed for conditional requests.
type Index struct {
	Pages map[string]Entry `json:"pages"`
}

// Entry is one cached page.
type Entry struct {
	File         string `json:"file"`
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"lastModified,omitempty"`
	SHA256       string `json:"sha256"`
}

const indexFile = "index.json"

// LoadIndex reads dir/index.json; a missing file is an empty index.
func LoadIndex(dir string) (*Index, error) {
	idx := &Index{Pages: map[string]Entry{}}
	data, err := os.ReadFile(filepath.Join(dir, indexFile))
	if errors.Is(err, os.ErrNotExist) {
		return idx, nil
	}
	if err != nil {
		return nil, fmt.Errorf("fetch: %w", err)
	}
	if err := json.Unmarshal(data, idx); err != nil {
		return nil, fmt.Errorf("fetch: %s: %w", filepath.Join(dir, indexFile), err)
	}
	if idx.Pages == nil {
		idx.Pages = map[string]Entry{}
	}
	return idx, nil
}

// Save writes the index (sorted keys, so it is byte-stable).
func (idx *Index) Save(dir string) error {
	data, err := json.MarshalIndent(idx, "", "  ")
	if err != nil {
		return err
	}
	return writeAtomic(filepath.Join(dir, indexFile), append(data, '\n'))
}

// fileName derives a stable, unique cache file name from the URL's last path segment.
func (idx *Index) fileName(u *url.URL) string {
	base := path.Base(strings.TrimSuffix(u.Path, "/"))
	var b strings.Builder
	for _, r := range base {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_', r == '.':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	name := strings.TrimSuffix(b.String(), ".html")
	ext := ".html"
	if strings.HasSuffix(name, ".json") {
		// metadata (api-docs.json) keeps its extension: the scraper knows it by name
		name, ext = strings.TrimSuffix(name, ".json"), ".json"
	}
	if name == "" || name == "." || name == "_" {
		name = "index"
	}
	if u.RawQuery != "" {
		sum := sha256.Sum256([]byte(u.RawQuery))
		name += "-" + hex.EncodeToString(sum[:4])
	}
	used := map[string]bool{}
	for _, e := range idx.Pages {
		used[e.File] = true
	}
	cand := name + ext
	for i := 2; used[cand] || cand == indexFile; i++ {
		cand = fmt.Sprintf("%s-%d%s", name, i, ext)
	}
	return cand
}
