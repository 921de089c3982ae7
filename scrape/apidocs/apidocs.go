// Package apidocs reads the official OpenAPI metadata of an Alibaba Cloud product version
// (api-docs.json, the format the documentation site and the official SDKs are generated
// from, served at https://api.aliyun.com/meta/v1/products/{Product}/versions/{Version}/api-docs.json)
// into the same opspec.Spec the page scraper produces.
//
// The metadata is structured, so there is no page model in between: Read goes straight from
// bytes to the model. Bad input (not JSON, the wrong shape, unknown types, locations or
// styles, $ref cycles or dangling refs) is an *Error naming the file and the JSON path; the
// reader never panics.
package apidocs

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// Error is a problem with the metadata at one place.
type Error struct {
	File string // as given to Read
	Path string // JSON path: $.apis.RunInstances.parameters[3].schema.type
	Msg  string
}

func (e *Error) Error() string {
	if e.Path == "" {
		return e.File + ": " + e.Msg
	}
	return e.File + ": " + e.Path + ": " + e.Msg
}

// Looks reports whether a file is OpenAPI metadata rather than a page or an OpenAPI
// document: its name is api-docs.json, or it is a .json file whose top-level object has
// "info" and "apis" members and no "openapi" or "swagger" member. data may be the whole
// file or its start (a start that ends before "apis" is not metadata).
func Looks(name string, data []byte) bool {
	base := strings.ToLower(filepath.Base(name))
	if base == "api-docs.json" {
		return true
	}
	if strings.ToLower(filepath.Ext(base)) != ".json" {
		return false
	}
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return false
	}
	var info, apis bool
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			break
		}
		switch t {
		case "info":
			info = true
		case "apis":
			apis = true
		case "openapi", "swagger":
			return false
		}
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			break
		}
	}
	return info && apis
}

// IsName reports whether a file met while walking a directory is metadata by its name:
// api-docs.json, or api-docs-N.json (as a fetch cache names a second one).
func IsName(path string) bool {
	base := strings.ToLower(filepath.Base(path))
	if base == "api-docs.json" {
		return true
	}
	n, ok := strings.CutPrefix(base, "api-docs-")
	n, ok2 := strings.CutSuffix(n, ".json")
	if !ok || !ok2 || n == "" {
		return false
	}
	for _, r := range n {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// Result is what one metadata file gives.
type Result struct {
	Spec     *opspec.Spec
	Warnings []page.Warning
}

// reader holds one file's state.
type reader struct {
	file    string
	schemas *page.JSONValue // components.schemas
	// resolving lists the component schemas being expanded, for cycle detection.
	resolving []string
	warnings  []page.Warning
	style     opspec.Style
	count     int // schemas read so far
}

type failure struct{ err *Error }

// Read converts one api-docs.json. file names it in errors and warnings (and is recorded as
// every operation's source file).
func Read(file string, data []byte) (res *Result, err error) {
	r := &reader{file: file}
	defer func() {
		// Errors deep in the tree unwind by panic(failure); anything else is a bug, reported
		// as an error naming the file rather than taking the caller down.
		if p := recover(); p != nil {
			if f, ok := p.(failure); ok {
				res, err = nil, f.err
				return
			}
			res, err = nil, &Error{File: file, Msg: fmt.Sprintf("internal error reading metadata (please report it): %v", p)}
		}
	}()
	root, perr := parse(data)
	if perr != nil {
		return nil, &Error{File: file, Msg: perr.Error()}
	}
	return r.document(root), nil
}

func (r *reader) fail(path, format string, args ...any) {
	panic(failure{&Error{File: r.file, Path: path, Msg: fmt.Sprintf(format, args...)}})
}

func (r *reader) warn(kind page.WarnKind, path, format string, args ...any) {
	r.warnings = append(r.warnings, page.Warning{File: r.file, Kind: kind, Msg: path + ": " + fmt.Sprintf(format, args...)})
}

// object checks that v is an object (nil allowed when optional).
func (r *reader) object(v *page.JSONValue, path string, optional bool) *page.JSONValue {
	if isNull(v) && optional {
		return nil
	}
	if v == nil || v.Kind != 'o' {
		r.fail(path, "want an object, found %s", kindName(v))
	}
	return v
}

func (r *reader) array(v *page.JSONValue, path string) *page.JSONValue {
	if isNull(v) {
		return nil
	}
	if v.Kind != 'a' {
		r.fail(path, "want an array, found %s", kindName(v))
	}
	return v
}

// str reads an optional string member; numbers and booleans are taken as their text.
func (r *reader) str(obj *page.JSONValue, key, path string) string {
	v := obj.Get(key)
	if t, ok := scalarText(v); ok {
		return t
	}
	r.fail(jsonPath(path, key), "want a string, found %s", kindName(v))
	return ""
}

// scalarText is a null, string, number or boolean as text ("" for null); ok is false for
// objects and arrays.
func scalarText(v *page.JSONValue) (string, bool) {
	switch {
	case isNull(v):
		return "", true
	case v.Kind == 's' || v.Kind == 'n' || v.Kind == 'b':
		return v.Text, true
	}
	return "", false
}

// boolean reads an optional boolean member ("true"/"false" strings accepted).
func (r *reader) boolean(obj *page.JSONValue, key, path string) bool {
	v := obj.Get(key)
	switch {
	case isNull(v):
		return false
	case v.Kind == 'b':
		return v.Text == "true"
	case v.Kind == 's' && (v.Text == "true" || v.Text == "false"):
		return v.Text == "true"
	}
	r.fail(jsonPath(path, key), "want a boolean, found %s", kindName(v))
	return false
}

func (r *reader) document(root *page.JSONValue) *Result {
	r.object(root, "$", false)
	info := r.object(root.Get("info"), "$.info", false)
	sp := &opspec.Spec{
		Product: r.str(info, "product", "$.info"),
		Version: r.str(info, "version", "$.info"),
	}
	if sp.Product == "" {
		r.fail("$.info.product", "missing")
	}
	if sp.Version == "" {
		r.fail("$.info.version", "missing")
	}
	switch st := r.str(info, "style", "$.info"); strings.ToUpper(st) {
	case "RPC":
		sp.Style = opspec.RPC
	case "ROA":
		sp.Style = opspec.ROA
	default:
		r.fail("$.info.style", "unknown API style %q (want RPC or ROA)", st)
	}
	r.style = sp.Style
	if comps := r.object(root.Get("components"), "$.components", true); comps != nil {
		r.schemas = r.object(comps.Get("schemas"), "$.components.schemas", true)
	}
	apis := r.object(root.Get("apis"), "$.apis", false)
	auths := map[opspec.Auth]int{}
	for i, name := range apis.Keys {
		op := r.operation(name, apis.Vals[i], jsonPath("$.apis", name))
		op.Source.File = r.file
		auths[op.Auth]++
		sp.Operations = append(sp.Operations, op)
	}
	opspec.SortOperations(sp.Operations)
	// The product's auth is its operations' most common; the others keep an override.
	sp.Auth = opspec.AuthAK
	for _, a := range []opspec.Auth{opspec.AuthBearer, opspec.AuthAnonymous} {
		if auths[a] > auths[sp.Auth] {
			sp.Auth = a
		}
	}
	for _, op := range sp.Operations {
		if op.Auth == sp.Auth {
			op.Auth = ""
		}
	}
	sp.Groups = r.directories(root.Get("directories"), "$.directories")
	sp.Endpoints = r.endpoints(root.Get("endpoints"), "$.endpoints")
	return &Result{Spec: sp, Warnings: r.warnings}
}

// directories turns the docs index into groups: one per directory that lists operations,
// named by its title (nested directories "Parent / Child"), in document order.
func (r *reader) directories(v *page.JSONValue, path string) []opspec.Group {
	var groups []opspec.Group
	arr := r.array(v, path)
	if arr == nil {
		return nil
	}
	for i, d := range arr.Vals {
		if d.Kind == 's' {
			continue // an operation outside any directory
		}
		groups = r.directory(d, indexPath(path, i), "", 0, groups)
	}
	return groups
}

// directory adds the group of one directory entry and those of its subdirectories.
func (r *reader) directory(d *page.JSONValue, p, prefix string, depth int, groups []opspec.Group) []opspec.Group {
	r.object(d, p, false)
	if depth > 32 {
		r.fail(p, "directories nested more than 32 levels")
	}
	title := strings.TrimSpace(r.str(d, "title", p))
	if prefix != "" {
		title = prefix + " / " + title
	}
	g := opspec.Group{Name: title}
	cp := jsonPath(p, "children")
	kids := r.array(d.Get("children"), cp)
	if kids == nil {
		return groups
	}
	var subs []int
	for j, c := range kids.Vals {
		switch c.Kind {
		case 's':
			g.Operations = append(g.Operations, c.Text)
		case 'o':
			subs = append(subs, j)
		default:
			r.fail(indexPath(cp, j), "want an operation name or a directory, found %s", kindName(c))
		}
	}
	if len(g.Operations) > 0 {
		groups = append(groups, g)
	}
	for _, j := range subs {
		groups = r.directory(kids.Vals[j], indexPath(cp, j), title, depth+1, groups)
	}
	return groups
}

// endpoints reads the region map [{regionId, endpoint}] in document order. Space around a
// value is trimmed (with a note); an entry that is not a region ID and a host name, or a
// second host for a region, is left out with a drop warning.
func (r *reader) endpoints(v *page.JSONValue, path string) []opspec.Endpoint {
	arr := r.array(v, path)
	if arr == nil {
		return nil
	}
	var out []opspec.Endpoint
	hosts := map[string]string{}
	for i, e := range arr.Vals {
		p := indexPath(path, i)
		r.object(e, p, false)
		rawRegion, rawHost := r.str(e, "regionId", p), r.str(e, "endpoint", p)
		ep := opspec.Endpoint{Region: strings.TrimSpace(rawRegion), Host: strings.TrimSpace(rawHost)}
		if ep.Region != rawRegion || ep.Host != rawHost {
			r.warn(page.Info, p, "space around region %q or host %q trimmed", ep.Region, ep.Host)
		}
		if err := ep.Check(); err != nil {
			r.warn(page.Drop, p, "endpoint left out: %v", err)
			continue
		}
		if h, ok := hosts[ep.Region]; ok {
			if h != ep.Host {
				r.warn(page.Drop, p, "endpoint left out: region %q already has host %q, not %q", ep.Region, h, ep.Host)
			} else {
				r.warn(page.Info, p, "region %q listed again with the same host", ep.Region)
			}
			continue
		}
		hosts[ep.Region] = ep.Host
		out = append(out, ep)
	}
	return out
}
