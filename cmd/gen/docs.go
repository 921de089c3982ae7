package main

import (
	"context"
	"errors"
)

// runDocs is not written yet; its owner replaces this file.
func runDocs(ctx context.Context, io stdio, args []string) error {
	return errors.New("docs: not implemented yet")
}
