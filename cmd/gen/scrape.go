package main

import (
	"context"
	"errors"
)

// runScrape is not written yet; its owner replaces this file.
func runScrape(ctx context.Context, io stdio, args []string) error {
	return errors.New("scrape: not implemented yet")
}
