package main

import (
	"context"
	"errors"
)

// runClient is not written yet; its owner replaces this file.
func runClient(ctx context.Context, io stdio, args []string) error {
	return errors.New("client: not implemented yet")
}
