package mock

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
)

type callKey struct{}

// CallFromContext returns the call a Handler is answering (account, region, request ID,
// raw parameters), for typed handlers that only receive a context and a request struct.
func CallFromContext(ctx context.Context) (*Call, bool) {
	c, ok := ctx.Value(callKey{}).(*Call)
	return c, ok
}

// Typed adapts a typed handler (generated mock packages declare one per operation) to a
// Handler: the validated parameters are decoded into Req through their JSON form (field
// tags carry the wire names), and the returned *Resp is the response body. A nil *Resp
// with a nil error, or ErrFallthrough, gives the generated behaviour.
func Typed[Req, Resp any](f func(context.Context, *Req) (*Resp, error)) Handler {
	return func(ctx context.Context, c *Call) (any, error) {
		b, err := json.Marshal(c.Params)
		if err != nil {
			return nil, fmt.Errorf("encode parameters: %w", err)
		}
		req := new(Req)
		dec := json.NewDecoder(bytes.NewReader(b))
		if err := dec.Decode(req); err != nil {
			return nil, Errorf(400, "InvalidParameter", "InvalidParameter: %v", err)
		}
		resp, err := f(ctx, req)
		if err != nil {
			return nil, err
		}
		if resp == nil {
			return nil, ErrFallthrough
		}
		return resp, nil
	}
}
