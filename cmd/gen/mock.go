package main

import (
	"context"
	"errors"
)

// runMock is not written yet; its owner replaces this file.
func runMock(ctx context.Context, io stdio, args []string) error {
	return errors.New("mock: not implemented yet")
}
