package mock

import (
	"net/http"
	"net/url"

	"github.com/acsgen/acsgen/opspec"
)

// rpcEnvelope is the error body of RPC products (field order as Alibaba writes it).
type rpcEnvelope struct {
	RequestID string `json:"RequestId"`
	HostID    string `json:"HostId"`
	Code      string `json:"Code"`
	Message   string `json:"Message"`
	Recommend string `json:"Recommend"`
}

// roaEnvelope is the lower-case error body of ROA products such as RocketMQ.
type roaEnvelope struct {
	RequestID string `json:"requestId"`
	Code      string `json:"code"`
	Message   string `json:"message"`
}

func (s *Server) writeError(w http.ResponseWriter, r *http.Request, ex *exchange, e *Error) {
	ex.status, ex.code = e.Status, e.Code
	if ex.status < 400 || ex.status > 599 {
		ex.status = http.StatusBadRequest
	}
	var v any
	if envelopeStyle(ex.rt, r) == opspec.RPC {
		product := ""
		if ex.rt != nil {
			product = ex.rt.spec.Product
		}
		v = rpcEnvelope{
			RequestID: ex.reqID, HostID: r.Host, Code: e.Code, Message: e.Message,
			Recommend: "https://api.alibabacloud.com/troubleshoot?q=" + url.QueryEscape(e.Code) +
				"&product=" + url.QueryEscape(product) + "&requestId=" + ex.reqID,
		}
	} else {
		v = roaEnvelope{RequestID: ex.reqID, Code: e.Code, Message: e.Message}
	}
	b, err := encodeJSON(v)
	if err != nil {
		b = []byte(`{"Code":"InternalError","code":"InternalError","Message":"encoding error","message":"encoding error"}`)
	}
	h := w.Header()
	for k, vs := range e.Header {
		h[k] = vs
	}
	h["Content-Type"] = jsonContentType
	h["X-Acs-Request-Id"] = []string{ex.reqID}
	w.WriteHeader(ex.status)
	w.Write(b)
}
