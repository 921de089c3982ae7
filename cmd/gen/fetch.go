package main

import (
	"context"
	"errors"
)

// runFetch is not written yet; its owner replaces this file.
func runFetch(ctx context.Context, io stdio, args []string) error {
	return errors.New("fetch: not implemented yet")
}
