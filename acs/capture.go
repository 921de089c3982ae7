package acs

import (
	"context"
	"encoding/json"
	"errors"
)

// captureKey is the context key of WithResponse.
type captureKey struct{}

// WithResponse returns a context under which a call records what it got back into *dst:
// the HTTP status, headers, raw body and number of attempts, and through RequestID the
// request ID. A generated method keeps its shape, so the metadata of any call is one
// argument away:
//
//	var meta acs.Response
//	out, err := client.GetInstance(acs.WithResponse(ctx, &meta), req)
//	log.Printf("request %s: HTTP %d after %d attempts", meta.RequestID(), meta.StatusCode, meta.Attempts)
//
// *dst is written when the service answered: a success (even if decoding the body then
// failed) or an error reply (*Error) on the last attempt. It is left alone when no answer
// came (validation, signing or network errors, cancellation). Use one dst per call.
func WithResponse(ctx context.Context, dst *Response) context.Context {
	if dst == nil {
		return ctx
	}
	return context.WithValue(ctx, captureKey{}, dst)
}

// capture records resp (or the answer inside err) into the context's WithResponse target.
func capture(ctx context.Context, resp *Response, err error, attempts int) {
	dst, _ := ctx.Value(captureKey{}).(*Response)
	if dst == nil {
		return
	}
	if resp != nil {
		*dst = *resp
		return
	}
	var e *Error
	if errors.As(err, &e) {
		*dst = Response{StatusCode: e.StatusCode, Header: e.Header, Body: e.Body, Attempts: attempts, requestID: e.RequestID}
	}
}

// RequestID is the service's ID of the request: the x-acs-request-id header, else the
// body's RequestId (requestId in ROA bodies); empty when the answer has neither.
func (r *Response) RequestID() string {
	if r == nil {
		return ""
	}
	if r.requestID != "" {
		return r.requestID
	}
	if id := r.Header.Get("X-Acs-Request-Id"); id != "" {
		return id
	}
	var body struct {
		RequestID string `json:"RequestId"`
	}
	// encoding/json matches keys case-insensitively: RequestId and requestId both land here.
	if json.Unmarshal(r.Body, &body) == nil {
		return body.RequestID
	}
	return ""
}
