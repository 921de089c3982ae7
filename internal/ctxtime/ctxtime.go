// Package ctxtime holds the one context-aware sleep that the client runtime's retries
// (acs) and the page fetcher's rate limit and backoff (fetch) wait with.
package ctxtime

import (
	"context"
	"time"
)

// Sleep waits for d or until ctx is done, whichever comes first; it returns ctx.Err() when
// ctx ended the wait, so a cancelled run stops waiting at once.
func Sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
