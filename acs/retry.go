package acs

import (
	"context"
	"errors"
	"math/rand/v2"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/acsgen/acsgen/internal/ctxtime"
)

// RetryPolicy says when and how long the client waits before another attempt.
//
// What is retried:
//   - throttling (a code containing "Throttling", HTTP 429) and HTTP 503: always, because the
//     service refused the request before doing anything;
//   - HTTP 500, 502 and 504 and network errors: only when repeating the request is safe,
//     that is when the method is idempotent (GET, HEAD, PUT, DELETE, OPTIONS), the operation
//     is marked Idempotent, the request carries a ClientToken (query, form or header), or the
//     connection was never established (dial and DNS errors);
//   - nothing else (4xx business errors, decode errors, oversized responses, a cancelled
//     context).
//
// The wait before attempt n+1 is the server's hint (x-acs-retry-after in milliseconds,
// x-ratelimit-* TimeLeft, Retry-After) capped at MaxServerWait, or else
// BaseDelay·2^(n-1) capped at MaxDelay with "equal jitter" (half fixed, half random). Every
// attempt is signed again with a fresh x-acs-date and nonce. If the context deadline comes
// before the wait ends, the last error is returned at once.
type RetryPolicy struct {
	// MaxAttempts counts the first attempt: 0 means 3, 1 disables retries.
	MaxAttempts int
	// BaseDelay is the first backoff; 0 means 200ms.
	BaseDelay time.Duration
	// MaxDelay caps the computed backoff; 0 means 5s.
	MaxDelay time.Duration
	// MaxServerWait caps a server-provided wait; 0 means 60s (as the aliyun CLI).
	MaxServerWait time.Duration
	// Sleep waits d or until ctx is done; nil means a timer. Tests inject a recorder.
	Sleep func(ctx context.Context, d time.Duration) error
	// Rand returns a number in [0,1) for jitter; nil means math/rand/v2.
	Rand func() float64
}

func (p RetryPolicy) maxAttempts() int {
	if p.MaxAttempts <= 0 {
		return 3
	}
	return p.MaxAttempts
}

// Backoff returns the wait before attempt+1 (attempt counts from 1) given the server's
// hint (0 when none).
func (p RetryPolicy) Backoff(attempt int, hint time.Duration) time.Duration {
	if hint > 0 {
		limit := p.MaxServerWait
		if limit <= 0 {
			limit = 60 * time.Second
		}
		return min(hint, limit)
	}
	base, maxD := p.BaseDelay, p.MaxDelay
	if base <= 0 {
		base = 200 * time.Millisecond
	}
	if maxD <= 0 {
		maxD = 5 * time.Second
	}
	d := base
	for i := 1; i < attempt && d < maxD; i++ {
		d *= 2
	}
	d = min(d, maxD)
	r := rand.Float64
	if p.Rand != nil {
		r = p.Rand
	}
	half := d / 2
	return half + time.Duration(r()*float64(d-half))
}

func (p RetryPolicy) sleep(ctx context.Context, d time.Duration) error {
	if p.Sleep != nil {
		return p.Sleep(ctx, d)
	}
	return ctxtime.Sleep(ctx, d)
}

// retryDecision says whether err is worth another attempt and the server's wait hint.
func retryDecision(ctx context.Context, err error, safe bool) (bool, time.Duration) {
	if ctx.Err() != nil {
		return false, 0
	}
	var ae *Error
	if errors.As(err, &ae) {
		switch {
		case ae.Throttling(), ae.StatusCode == http.StatusServiceUnavailable:
			return true, ae.RetryAfter
		case ae.StatusCode == 500 || ae.StatusCode == 502 || ae.StatusCode == 504:
			return safe, ae.RetryAfter
		}
		return false, 0
	}
	var ne *networkError
	if errors.As(err, &ne) {
		return safe || neverSent(ne.err), 0
	}
	return false, 0
}

// networkError marks a transport failure (as opposed to a reply from the service).
type networkError struct {
	op  string
	err error
}

func (e *networkError) Error() string { return "acs: " + e.op + ": " + e.err.Error() }
func (e *networkError) Unwrap() error { return e.err }

// neverSent reports errors that happen before any byte reaches the server.
func neverSent(err error) bool {
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "dial" {
		return true
	}
	var dns *net.DNSError
	return errors.As(err, &dns)
}

func idempotentMethod(m string) bool {
	switch m {
	case http.MethodGet, http.MethodHead, http.MethodPut, http.MethodDelete, http.MethodOptions:
		return true
	}
	return false
}

func hasClientToken(vs ...Values) bool {
	for _, v := range vs {
		for _, p := range v {
			if strings.EqualFold(p.Key, "ClientToken") && p.Value != "" {
				return true
			}
		}
	}
	return false
}
