package mock

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/acsgen/acsgen/internal/editdist"
	"github.com/acsgen/acsgen/opspec"
)

// route finds the operation a request calls. RPC: POST or GET / named by the
// x-acs-action/x-acs-version headers, the Action/Version query parameters or form fields.
// ROA: method and path template, x-acs-version and x-acs-action choosing among products.
func (s *Server) route(r *http.Request, query url.Values, ct string, raw []byte) (*route, map[string]string, *Error) {
	action, version := r.Header.Get("X-Acs-Action"), r.Header.Get("X-Acs-Version")
	if action == "" {
		action = query.Get("Action")
	}
	if version == "" {
		version = query.Get("Version")
	}
	if (action == "" || version == "") && len(raw) > 0 {
		if mediaType(ct) == "application/x-www-form-urlencoded" {
			if f, err := url.ParseQuery(string(raw)); err == nil {
				if action == "" {
					action = f.Get("Action")
				}
				if version == "" {
					version = f.Get("Version")
				}
			}
		}
	}
	path := r.URL.EscapedPath()
	if path == "/" || path == "" {
		if rt, e := s.routeRPC(r, action, version); rt != nil || e != nil {
			return rt, nil, e
		}
	}
	segs, err := splitPath(path)
	if err != nil {
		return nil, nil, Errorf(http.StatusBadRequest, "InvalidParameter", "InvalidParameter: path: %v", err)
	}
	var cands []*route
	var vals []map[string]string
	for _, rt := range s.t.roa[r.Method] {
		if v, ok := rt.match(segs); ok {
			cands = append(cands, rt)
			vals = append(vals, v)
		}
	}
	if len(cands) > 0 {
		picked := byHost(pick(cands, version, action), r.Host)
		if len(picked) == 0 {
			if !s.t.versions[version] {
				return nil, nil, errVersion(version)
			}
			return nil, nil, errNoAction(action, s.nearestROA(r.Method, path, action))
		}
		for i, rt := range cands {
			if rt == picked[0] {
				return rt, vals[i], nil
			}
		}
	}
	if action != "" && version != "" && !s.t.versions[version] {
		return nil, nil, errVersion(version)
	}
	return nil, nil, errNoAction(action, s.nearestROA(r.Method, path, action))
}

func (s *Server) routeRPC(r *http.Request, action, version string) (*route, *Error) {
	if action == "" && version == "" {
		if len(s.t.rpc) == 0 {
			return nil, nil // maybe an ROA route on /
		}
		return nil, Errorf(http.StatusBadRequest, "MissingAction", "MissingParameter: Action is mandatory for this action (x-acs-action header or Action parameter).")
	}
	if action == "" {
		return nil, Errorf(http.StatusBadRequest, "MissingAction", "MissingParameter: Action is mandatory for this action (x-acs-action header or Action parameter).")
	}
	if version == "" {
		return nil, Errorf(http.StatusBadRequest, "MissingVersion", "MissingParameter: Version is mandatory for this action (x-acs-version header or Version parameter).")
	}
	ops, ok := s.t.rpc[version]
	if !ok {
		if s.t.versions[version] {
			return nil, nil // an ROA product of that version may serve /
		}
		return nil, errVersion(version)
	}
	rts := byHost(ops[action], r.Host)
	if len(rts) == 0 {
		names := make([]string, 0, len(ops))
		for n := range ops {
			names = append(names, n)
		}
		return nil, errNoAction(action, nearest(action, names))
	}
	if r.Method != http.MethodPost && r.Method != http.MethodGet {
		return nil, Errorf(http.StatusMethodNotAllowed, "UnsupportedHTTPMethod", "RPC operations accept POST or GET, not %s.", r.Method)
	}
	return rts[0], nil
}

// nearestROA names the operation a bad ROA request most likely meant: by action name when
// the request gives one, else by comparing the path's segments with each template's
// (parameter segments match anything).
func (s *Server) nearestROA(method, path, action string) string {
	if action != "" {
		return nearest(action, s.t.actions)
	}
	segs, _ := splitPath(path)
	best, bestD := "", -1
	for _, rts := range s.t.roa {
		for _, rt := range rts {
			d := 0
			if rt.method != method {
				d += 2
			}
			for i := range max(len(segs), len(rt.segs)) {
				switch {
				case i >= len(segs):
					d += len(rt.segs[i])
				case i >= len(rt.segs):
					d += len(segs[i])
				case strings.HasPrefix(rt.segs[i], "{"):
				default:
					d += editdist.Distance(segs[i], rt.segs[i])
				}
			}
			if bestD < 0 || d < bestD || d == bestD && rt.op.Name < best {
				best, bestD = rt.op.Name, d
			}
		}
	}
	if bestD < 0 || bestD > max(4, len(path)/3) {
		return ""
	}
	return best
}

// envelopeStyle says which error envelope a request gets when routing failed.
func envelopeStyle(rt *route, r *http.Request) opspec.Style {
	if rt != nil {
		return rt.style
	}
	if r.URL.Path == "/" || r.URL.Path == "" {
		return opspec.RPC
	}
	return opspec.ROA
}
