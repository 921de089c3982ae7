package apidocs

import (
	"encoding/json"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/acsgen/acsgen/opspec"
	"github.com/acsgen/acsgen/scrape/page"
)

// operation reads one entry of apis.
func (r *reader) operation(name string, v *page.JSONValue, path string) *opspec.Operation {
	r.object(v, path, false)
	op := &opspec.Operation{
		Name:        name,
		Title:       strings.TrimSpace(r.str(v, "title", path)),
		Summary:     strings.TrimSpace(r.str(v, "summary", path)),
		Description: strings.TrimSpace(r.str(v, "description", path)),
		Style:       r.style,
		Deprecated:  r.boolean(v, "deprecated", path),
	}
	if tags := r.object(v.Get("systemTags"), jsonPath(path, "systemTags"), true); tags != nil {
		// operationType (get, list, create, update, delete ...) is read for its shape; the
		// model derives the same facts from names.
		r.str(tags, "operationType", jsonPath(path, "systemTags"))
	}
	r.method(op, v, path)
	op.Auth = r.security(v.Get("security"), jsonPath(path, "security"))
	r.parameters(op, v.Get("parameters"), jsonPath(path, "parameters"))
	r.responses(op, v.Get("responses"), jsonPath(path, "responses"))
	op.ResponseExample = r.responseDemo(v, path)
	op.Errors = r.errorCodes(v.Get("errorCodes"), jsonPath(path, "errorCodes"))
	return op
}

// method picks the HTTP method and path. RPC operations are POST / (the official SDKs
// send POST whatever else the metadata allows); ROA ones take their path and first method.
func (r *reader) method(op *opspec.Operation, v *page.JSONValue, path string) {
	mp := jsonPath(path, "methods")
	arr := r.array(v.Get("methods"), mp)
	var methods []string
	if arr != nil {
		for i, m := range arr.Vals {
			if m.Kind != 's' {
				r.fail(indexPath(mp, i), "want a method name, found %s", kindName(m))
			}
			u := strings.ToUpper(m.Text)
			switch u {
			case "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS":
			default:
				r.fail(indexPath(mp, i), "unknown HTTP method %q", m.Text)
			}
			methods = append(methods, u)
		}
	}
	if r.style == opspec.RPC {
		op.Method, op.Path = "POST", "/"
		if len(methods) > 0 && !slices.Contains(methods, "POST") {
			op.Method = methods[0]
		}
		return
	}
	if len(methods) == 0 {
		r.fail(mp, "a ROA operation needs a method")
	}
	op.Method = methods[0]
	op.Path = r.str(v, "path", path)
	if !strings.HasPrefix(op.Path, "/") {
		r.fail(jsonPath(path, "path"), "a ROA operation needs a path starting with /, found %q", op.Path)
	}
}

// security maps the first security requirement: AK signs with an AccessKey, BearerToken
// sends a bearer token, Anonymous sends nothing (an Authorization header parameter turns it
// into bearer, see parameters). Later alternatives (APP, PrivateKey ...) are not used.
func (r *reader) security(v *page.JSONValue, path string) opspec.Auth {
	arr := r.array(v, path)
	if arr == nil || len(arr.Vals) == 0 {
		return opspec.AuthAK
	}
	var first string
	for i, req := range arr.Vals {
		p := indexPath(path, i)
		r.object(req, p, false)
		for _, k := range req.Keys {
			switch k {
			case "AK", "Anonymous", "BearerToken", "APP", "PrivateKey":
			default:
				r.fail(jsonPath(p, k), "unknown security scheme %q (known: AK, Anonymous, BearerToken, APP, PrivateKey)", k)
			}
			if first == "" && k != "APP" && k != "PrivateKey" {
				first = k
			}
		}
	}
	switch first {
	case "Anonymous":
		return opspec.AuthAnonymous
	case "BearerToken":
		return opspec.AuthBearer
	case "":
		r.fail(path, "no security scheme the client can use (AK, Anonymous or BearerToken)")
	}
	return opspec.AuthAK
}

// responses reads the schema of the success response: 200, else the first 2xx.
func (r *reader) responses(op *opspec.Operation, v *page.JSONValue, path string) {
	obj := r.object(v, path, true)
	if obj == nil {
		return
	}
	key := ""
	if obj.Get("200") != nil {
		key = "200"
	} else {
		for _, k := range obj.Keys {
			if len(k) == 3 && k[0] == '2' {
				key = k
				break
			}
		}
	}
	for i, k := range obj.Keys {
		r.object(obj.Vals[i], jsonPath(path, k), false)
	}
	if key == "" {
		return
	}
	p := jsonPath(path, key)
	resp := obj.Get(key)
	if s := resp.Get("schema"); !isNull(s) {
		op.Response = r.schema(s, jsonPath(p, "schema"))
	}
}

// responseDemo takes the first JSON example of responseDemo, itself a JSON-encoded list of
// {type, example, errorExample}.
func (r *reader) responseDemo(v *page.JSONValue, path string) string {
	text := strings.TrimSpace(r.str(v, "responseDemo", path))
	if text == "" {
		return ""
	}
	var demos []struct {
		Type    string `json:"type"`
		Example string `json:"example"`
	}
	if err := json.Unmarshal([]byte(text), &demos); err != nil {
		r.warn(page.Drop, jsonPath(path, "responseDemo"), "not a JSON list of examples (%v); response example left out", err)
		return ""
	}
	for _, d := range demos {
		if strings.EqualFold(d.Type, "json") && strings.TrimSpace(d.Example) != "" {
			return d.Example
		}
	}
	return ""
}

// errorCodes reads {status: [{errorCode, errorMessage, description}]}, statuses in numeric
// order, codes in document order.
func (r *reader) errorCodes(v *page.JSONValue, path string) []opspec.ErrorCode {
	obj := r.object(v, path, true)
	if obj == nil {
		return nil
	}
	type group struct {
		status int
		key    string
		list   *page.JSONValue
	}
	var groups []group
	for i, k := range obj.Keys {
		p := jsonPath(path, k)
		n, err := strconv.Atoi(k)
		if err != nil {
			r.fail(p, "HTTP status %q is not a number", k)
		}
		if n < 100 || n > 599 {
			r.warn(page.Guess, p, "HTTP status %d is not an HTTP status; its error codes are kept without one", n)
			n = 0
		}
		groups = append(groups, group{n, k, r.array(obj.Vals[i], p)})
	}
	sort.SliceStable(groups, func(i, j int) bool { return groups[i].status < groups[j].status })
	var out []opspec.ErrorCode
	for _, g := range groups {
		if g.list == nil {
			continue
		}
		p := jsonPath(path, g.key)
		for i, e := range g.list.Vals {
			ep := indexPath(p, i)
			r.object(e, ep, false)
			code := strings.TrimSpace(r.str(e, "errorCode", ep))
			if code == "" {
				r.warn(page.Drop, ep, "error without errorCode left out")
				continue
			}
			out = append(out, opspec.ErrorCode{HTTPStatus: g.status, Code: code,
				Message: r.str(e, "errorMessage", ep), Description: r.str(e, "description", ep)})
		}
	}
	return out
}
