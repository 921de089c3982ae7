package main

import (
	"context"
	"errors"
)

// runDiff is not written yet; its owner replaces this file.
func runDiff(ctx context.Context, io stdio, args []string) error {
	return errors.New("diff: not implemented yet")
}
