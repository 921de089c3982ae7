package mock

import (
	"crypto/subtle"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

// The control API lives under /_acsgen/. It has no authentication unless WithControlToken
// is given (then "Authorization: Bearer <token>" is required), and WithoutControlAPI turns
// it off:
//
//	POST   /_acsgen/reset        forget state, journal, idempotency tokens and nonces
//	GET    /_acsgen/state        dump stored resources ([]StateEntry)
//	POST   /_acsgen/state        seed resources (body: []StateEntry)
//	GET    /_acsgen/requests     the journal ([]Request); ?operation=Name filters (400 when
//	                             no spec serves Name, naming the nearest operation)
//	DELETE /_acsgen/requests     clear the journal
//	GET    /_acsgen/faults       list fault rules
//	POST   /_acsgen/faults       add a fault rule (body: Fault); answers {"id":N}
//	DELETE /_acsgen/faults       remove every fault rule
//	GET    /_acsgen/operations   the operations served
func (s *Server) control(w http.ResponseWriter, r *http.Request) {
	if s.cfg.controlOff {
		http.NotFound(w, r)
		return
	}
	if t := s.cfg.controlToken; t != "" {
		got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(t)) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="acsgen control API"`)
			http.Error(w, "control API: missing or wrong control token", http.StatusUnauthorized)
			return
		}
	}
	what := strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, ControlPrefix), "/")
	switch r.Method + " " + what {
	case "POST reset":
		s.Reset()
		writeJSON(w, http.StatusOK, map[string]bool{"ok": true})
	case "GET state":
		writeJSON(w, http.StatusOK, s.State())
	case "POST state":
		var entries []StateEntry
		if err := decodeControl(r, &entries); err != nil {
			controlError(w, http.StatusBadRequest, err)
			return
		}
		if err := s.Seed(entries); err != nil {
			controlError(w, http.StatusBadRequest, err)
			return
		}
		writeJSON(w, http.StatusOK, map[string]int{"seeded": len(entries)})
	case "GET requests":
		reqs := s.Requests()
		if op := r.URL.Query().Get("operation"); op != "" {
			if err := s.Served(op); err != nil { // a misspelt filter would answer [] forever
				controlError(w, http.StatusBadRequest, err)
				return
			}
			var f []Request
			for _, q := range reqs {
				if q.Operation == op {
					f = append(f, q)
				}
			}
			reqs = f
		}
		if reqs == nil {
			reqs = []Request{}
		}
		writeJSON(w, http.StatusOK, reqs)
	case "DELETE requests":
		s.journal.reset()
		writeJSON(w, http.StatusOK, map[string]bool{"ok": true})
	case "GET faults":
		writeJSON(w, http.StatusOK, s.Faults())
	case "POST faults":
		var f Fault
		if err := decodeControl(r, &f); err != nil {
			controlError(w, http.StatusBadRequest, err)
			return
		}
		id, err := s.AddFault(f)
		if err != nil {
			controlError(w, http.StatusBadRequest, err)
			return
		}
		writeJSON(w, http.StatusOK, map[string]int{"id": id})
	case "DELETE faults":
		s.ClearFaults()
		writeJSON(w, http.StatusOK, map[string]bool{"ok": true})
	case "GET operations":
		type op struct {
			Product, Version, Operation, Style, Method, Path string
		}
		out := make([]op, 0, len(s.t.all))
		for _, rt := range s.t.all {
			out = append(out, op{rt.spec.Product, rt.spec.Version, rt.op.Name, string(rt.style), rt.method, rt.op.Path})
		}
		writeJSON(w, http.StatusOK, out)
	default:
		controlError(w, http.StatusNotFound, fmt.Errorf("no control endpoint %s %s", r.Method, r.URL.Path))
	}
}

func decodeControl(r *http.Request, v any) error {
	dec := json.NewDecoder(http.MaxBytesReader(nil, r.Body, 8<<20))
	dec.UseNumber()
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("control request body: %w", err)
	}
	return nil
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := encodeJSON(v)
	if err != nil {
		status, b = http.StatusInternalServerError, []byte(`{"code":"InternalError","message":"encoding error"}`)
	}
	w.Header().Set("Content-Type", "application/json;charset=utf-8")
	w.WriteHeader(status)
	w.Write(b)
}

func controlError(w http.ResponseWriter, status int, err error) {
	code := "InvalidParameter"
	if status == http.StatusNotFound {
		code = "InvalidAction.NotFound"
	}
	writeJSON(w, status, map[string]string{"code": code, "message": err.Error()})
}
