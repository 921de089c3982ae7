package mock

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/acsgen/acsgen/opspec"
)

// This file decodes request parameters: the RPC flattening ("Tag.1.Key=v") is undone into
// nested values, strings are coerced to their schema types, and each parameter is read
// from where the SDKs put it (query, form body, JSON body, headers, path).

// maxIndex bounds a flattened array index: "Tag.99999999=x" is an error, not a huge slice.
const maxIndex = 10000

// unflatten turns flattened pairs into a nested tree of map[string]any with string leaves.
// A key given more than once (Name=a&Name=b, or in both the query and the form body, which
// unflatten into one tree) holds all its values as a []any, in order: a list parameter
// reads them as its items, any other refuses them (coerce), so none is dropped unseen.
func unflatten(vals url.Values, into map[string]any) error {
	keys := make([]string, 0, len(vals))
	for k := range vals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if k == "" {
			continue
		}
		for _, v := range vals[k] {
			if err := setPath(into, k, v); err != nil {
				return err
			}
		}
	}
	return nil
}

// setLeaf sets name in m to value, or adds value to what name already holds.
func setLeaf(m map[string]any, name, value string) {
	switch old := m[name].(type) {
	case string:
		m[name] = []any{old, value}
	case []any:
		m[name] = append(old, value)
	default:
		m[name] = value
	}
}

func setPath(into map[string]any, key, value string) error {
	if key != "" && strings.IndexByte(key, '.') < 0 { // the common case, without splitting
		if _, isMap := into[key].(map[string]any); isMap {
			return fmt.Errorf("%s is given both as a value and as a prefix of %s.*", key, key)
		}
		setLeaf(into, key, value)
		return nil
	}
	parts := strings.Split(key, ".")
	if len(parts) > maxDepth {
		return fmt.Errorf("%s: nested more than %d levels", key, maxDepth)
	}
	cur := into
	for i, p := range parts {
		if p == "" {
			return fmt.Errorf("%s: empty name segment", key)
		}
		if i == len(parts)-1 {
			if _, isMap := cur[p].(map[string]any); isMap {
				return fmt.Errorf("%s is given both as a value and as a prefix of %s.*", strings.Join(parts[:i+1], "."), strings.Join(parts[:i+1], "."))
			}
			setLeaf(cur, p, value)
			return nil
		}
		next, ok := cur[p]
		switch nv := next.(type) {
		case nil:
			if ok {
				return fmt.Errorf("%s: conflicting values", key)
			}
			m := map[string]any{}
			cur[p] = m
			cur = m
		case map[string]any:
			cur = nv
		default:
			return fmt.Errorf("%s is given both as a value and as a prefix of %s.*", strings.Join(parts[:i+1], "."), strings.Join(parts[:i+1], "."))
		}
	}
	return nil
}

// listForm is how a parameter's lists arrive when one comes as a single value, which
// depends on where the parameter travels (acs/invoke.go encodeParam, the official SDKs'
// parameter styles).
type listForm uint8

const (
	// listsFlat: RPC parameters and form bodies flatten a list (Name.1=, Name.2=; the
	// repeatList and flat styles). A single value is no documented form of the list.
	listsFlat listForm = iota
	// listsJoined: ROA query and header parameters send a list of scalars comma-joined
	// (the simple style) and any other list as its JSON text (the json style).
	listsJoined
	// listsJSON: a value decoded from JSON (a JSON body, a JSON text) holds a list as a
	// JSON list; a string there is not a list, and validation says so.
	listsJSON
)

// listFormOf is the list form of a parameter of a route of the given style.
func listFormOf(style opspec.Style, in opspec.Location) listForm {
	switch {
	case in == opspec.InBody || in == opspec.InWholeBody:
		return listsJSON
	case style == opspec.ROA && in != opspec.InForm:
		return listsJoined
	}
	return listsFlat
}

// coercion is how coerce reads one parameter: the form of its lists, and where it
// notes what it had to guess (a request's warnings, journaled; nil: not noted).
type coercion struct {
	form  listForm
	notes *[]string
}

func (c coercion) note(format string, args ...any) {
	if c.notes != nil {
		*c.notes = append(*c.notes, fmt.Sprintf(format, args...))
	}
}

// as is c reading values of another form (those inside a JSON text, or flattened keys).
func (c coercion) as(form listForm) coercion { return coercion{form: form, notes: c.notes} }

// coerce converts a decoded value (string leaves from the query, or JSON values) to the
// type n describes. A value that cannot be converted is returned as is, so that schema
// validation reports it with its reason; structural impossibilities are errors.
func coerce(v any, n *node, path string, depth int, c coercion) (any, error) {
	if depth > maxDepth {
		return nil, fmt.Errorf("%s: nested too deeply", path)
	}
	if x, ok := v.(string); ok && depth > 0 && n.s.Style == opspec.JSONStyle {
		// a field of a flattened parameter sent as its JSON text (Config.Data={...}); the
		// SDKs' further flattening (Config.Data.k=v) arrives as a map and is read below
		d, ok := decodeJSONValue(x)
		if !ok {
			return nil, fmt.Errorf("%s: value is not JSON text", path)
		}
		return coerce(d, n, path, depth, c.as(listsJSON))
	}
	switch n.typ {
	case "array":
		switch x := v.(type) {
		case map[string]any: // Name.1=, Name.2=
			idx := make([]int, 0, len(x))
			for k := range x {
				i, err := strconv.Atoi(k)
				if err != nil || i < 1 || i > maxIndex {
					return nil, fmt.Errorf("%s.%s: want a list index from 1 to %d", path, k, maxIndex)
				}
				idx = append(idx, i)
			}
			sort.Ints(idx)
			out := make([]any, len(idx))
			for j, i := range idx {
				e, err := coerce(x[strconv.Itoa(i)], n.items, path+"."+strconv.Itoa(i), depth+1, c.as(listsFlat))
				if err != nil {
					return nil, err
				}
				out[j] = e
			}
			return out, nil
		case string:
			return listText(x, n, path, depth, c)
		case []any:
			out := make([]any, len(x))
			for i, e := range x {
				ce, err := coerce(e, n.items, path+"."+strconv.Itoa(i+1), depth+1, c)
				if err != nil {
					return nil, err
				}
				out[i] = ce
			}
			return out, nil
		}
	case "object":
		switch x := v.(type) {
		case string:
			if c.form == listsJSON {
				break // a string where the JSON has an object: validation says so
			}
			if d, ok := decodeJSONValue(x); ok {
				if _, isObj := d.(map[string]any); isObj {
					if c.form == listsFlat {
						c.note("%s: an object read from one value holding its JSON text; it goes flattened (%s.Name=...) and the documentation gives it no json style", path, path)
					}
					return coerce(d, n, path, depth, c.as(listsJSON))
				}
			}
		case map[string]any:
			out := make(map[string]any, len(x))
			for k, e := range x {
				child := n.addl
				if p := n.prop(k); p != nil {
					child, k = p.n, p.name
				}
				if child == nil {
					if len(n.props) > 0 {
						c.note("%s.%s: no field of %s: kept as sent, unchecked", path, k, path)
					}
					out[k] = e
					continue
				}
				ce, err := coerce(e, child, path+"."+k, depth+1, c)
				if err != nil {
					return nil, err
				}
				out[k] = ce
			}
			return out, nil
		}
	case "integer", "number", "boolean":
		if l, ok := v.([]any); ok && c.form != listsJSON {
			one, err := oneValue(l, path)
			if err != nil {
				return nil, err
			}
			v = one
		}
		if s, ok := v.(string); ok {
			if t, ok := typedScalar(s, n.typ); ok {
				return t, nil
			}
		}
	case "string":
		if m, ok := v.(map[string]any); ok && len(m) > 0 {
			return nil, fmt.Errorf("%s: want a single value, got %s.*", path, path)
		}
		if l, ok := v.([]any); ok && c.form != listsJSON {
			one, err := oneValue(l, path)
			if err != nil {
				return nil, err
			}
			v = one
		}
	}
	return v, nil
}

// listText reads a list that arrived as the one value x. In a JSON value a string is
// not a list (validation says so). A JSON list text is the json style of ROA parameters;
// elsewhere it is read with a note. A ROA query or header list of scalars is comma-joined
// (the simple style); a list of objects there must be JSON text. A flattened list (RPC, form
// bodies) has no single-value form: the value is read as a list of that one value, never
// split at commas, with a note, since nothing documents how the caller meant it.
func listText(x string, n *node, path string, depth int, c coercion) (any, error) {
	if c.form == listsJSON {
		return x, nil
	}
	if t := strings.TrimSpace(x); strings.HasPrefix(t, "[") {
		if d, ok := decodeJSONValue(t); ok {
			if _, isList := d.([]any); isList {
				if c.form == listsFlat {
					c.note("%s: a list read from one value holding a JSON list; it goes as %s.1, %s.2, ... and the documentation gives it no json style", path, path, path)
				}
				return coerce(d, n, path, depth, c.as(listsJSON))
			}
		}
	}
	scalars := n.items.typ != "object" && n.items.typ != "array"
	switch {
	case c.form == listsJoined && depth == 0 && scalars:
		if x == "" {
			return []any{}, nil
		}
		parts := strings.Split(x, ",")
		out := make([]any, len(parts))
		for i, p := range parts {
			e, err := coerce(p, n.items, path, depth+1, c)
			if err != nil {
				return nil, err
			}
			out[i] = e
		}
		return out, nil
	case c.form == listsJoined:
		return nil, fmt.Errorf("%s: want the list's JSON text", path)
	}
	if x == "" {
		c.note("%s: an empty value for a list that goes as %s.1, %s.2, ...: read as an empty list", path, path, path)
		return []any{}, nil
	}
	c.note("%s: one value for a list that goes as %s.1, %s.2, ...: read as a list of that one value, not split at commas (the documentation gives the list no comma-joined style)", path, path, path)
	e, err := coerce(x, n.items, path+".1", depth+1, c)
	if err != nil {
		return nil, err
	}
	return []any{e}, nil
}

// oneValue is the value of a single-valued parameter whose key was given more than once
// (unflatten): the same value repeated (in the query and the form body, say) is that
// value; different values are an error, since taking one would drop the others.
func oneValue(l []any, path string) (any, error) {
	for _, e := range l[1:] {
		if e != l[0] {
			return nil, fmt.Errorf("%s: got %d different values, want one", path, len(l))
		}
	}
	return l[0], nil
}

func decodeJSONValue(s string) (any, bool) {
	dec := json.NewDecoder(strings.NewReader(s))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil || dec.More() {
		return nil, false
	}
	return v, true
}

// body is a request body decoded by content type.
type body struct {
	form url.Values     // application/x-www-form-urlencoded
	json map[string]any // a JSON object
	// whole is the value of the route's whole-body parameter: the body text for a string
	// parameter, else the decoded JSON value; hasWhole says the body was not empty.
	whole    any
	hasWhole bool
}

// decodeBody decodes a request body. whole is the route's whole-body parameter, or nil:
// the body is then that one value (a string parameter takes the text as it is, any other
// the JSON value of any type) rather than an object of fields.
func decodeBody(contentType string, raw []byte, wantJSON bool, whole *param) (body, *Error) {
	var b body
	if len(bytes.TrimSpace(raw)) == 0 {
		return b, nil
	}
	if whole != nil && whole.n != nil && whole.n.typ == "string" {
		b.whole, b.hasWhole = string(raw), true
		return b, nil
	}
	mt := mediaType(contentType)
	switch {
	case mt == "application/x-www-form-urlencoded":
		f, err := url.ParseQuery(string(raw))
		if err != nil {
			return b, Errorf(400, "InvalidParameter", "InvalidParameter: form body: %v", err)
		}
		b.form = f
	case mt == "application/json" || strings.HasSuffix(mt, "+json") || wantJSON && mt == "":
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			return b, Errorf(400, "InvalidParameter", "InvalidParameter: request body is not valid JSON: %v", err)
		}
		if dec.More() {
			return b, Errorf(400, "InvalidParameter", "InvalidParameter: request body has data after the JSON value")
		}
		if whole != nil {
			b.whole, b.hasWhole = v, v != nil
			return b, nil
		}
		m, ok := v.(map[string]any)
		if !ok && v != nil {
			return b, Errorf(400, "InvalidParameter", "InvalidParameter: request body must be a JSON object")
		}
		b.json = m
	}
	return b, nil
}

// dotted finds the value of the flat key "a.b.c" in the tree unflatten made of it.
func dotted(flat map[string]any, name string) (any, bool) {
	var cur any = flat
	for _, part := range strings.Split(name, ".") {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil, false
		}
		if cur, ok = m[part]; !ok {
			return nil, false
		}
	}
	return cur, true
}

// commonParams are the parameters every RPC call may carry that operations do not
// document: signature V2, STS token, response format, region and owner.
var commonParams = map[string]bool{
	"Action": true, "Version": true, "Format": true, "AccessKeyId": true, "Signature": true,
	"SignatureMethod": true, "SignatureVersion": true, "SignatureNonce": true, "SignatureType": true,
	"Timestamp": true, "SecurityToken": true, "BearerToken": true, "RegionId": true,
	"OwnerId": true, "OwnerAccount": true, "ResourceOwnerId": true, "ResourceOwnerAccount": true,
}

// takes reports whether a query, form or JSON body key (a flattened name's first segment)
// is a parameter of the route.
func (rt *route) takes(key string) bool {
	if _, ok := rt.byName[key]; ok {
		return true
	}
	for _, p := range rt.params {
		if len(p.name) > len(key) && p.name[len(key)] == '.' && strings.HasPrefix(p.name, key) {
			return true
		}
	}
	return false
}

// noteUnknown notes each key of vals that is no parameter of the route nor a common one:
// the mock ignores it, as the service does, but the caller's value (a misspelt name,
// instanceId for InstanceId) must not be lost unseen.
func (rt *route) noteUnknown(vals map[string]any, where string, notes *[]string) {
	var unknown []string
	for k := range vals {
		if !commonParams[k] && !rt.takes(k) {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) == 0 {
		return
	}
	sort.Strings(unknown)
	names := make([]string, len(rt.params))
	for i, p := range rt.params {
		names[i] = p.name
	}
	for _, k := range unknown {
		msg := fmt.Sprintf("%s: in the %s, no parameter of %s: ignored", k, where, rt.op.Name)
		if n := nearest(k, names); n != "" {
			msg += " (did you mean " + n + "?)"
		}
		*notes = append(*notes, msg)
	}
}

// rawParams gathers, for one route, each parameter's undecoded value by name; the query,
// form and JSON body keys that are no parameter are noted in *notes.
func (rt *route) rawParams(query url.Values, b body, header func(string) string, pathVals map[string]string, notes *[]string) (map[string]any, *Error) {
	flat := map[string]any{}
	if len(query) > 0 {
		if err := unflatten(query, flat); err != nil {
			return nil, errInvalid("query", err.Error())
		}
	}
	if len(b.form) > 0 {
		if err := unflatten(b.form, flat); err != nil {
			return nil, errInvalid("form body", err.Error())
		}
	}
	rt.noteUnknown(flat, "query or form body", notes)
	rt.noteUnknown(b.json, "JSON body", notes)
	out := make(map[string]any, len(rt.params))
	for _, p := range rt.params {
		var v any
		var ok bool
		switch p.in {
		case opspec.InPath:
			var s string
			s, ok = pathVals[p.name]
			v = s
		case opspec.InHeader:
			if s := header(p.name); s != "" {
				v, ok = s, true
			}
		case opspec.InWholeBody:
			v, ok = b.whole, b.hasWhole
		case opspec.InBody:
			v, ok = b.json[p.name]
			if !ok {
				v, ok = flat[p.name]
			}
		default: // query and form parameters travel in either (the SDKs differ)
			v, ok = flat[p.name]
			if !ok && strings.IndexByte(p.name, '.') >= 0 {
				// A documented name with a dot (the metadata's "PrivatePoolOptions.Id")
				// arrives as that flat key, which unflatten nested.
				v, ok = dotted(flat, p.name)
			}
			if !ok && b.json != nil {
				v, ok = b.json[p.name]
			}
		}
		if ok {
			out[p.name] = v
		}
	}
	return out, nil
}
