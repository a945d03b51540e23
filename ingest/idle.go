package ingest

import (
	"context"
	"fmt"
	"time"

	"github.com/emersion/go-imap/v2/imapclient"
)

// waitIdle runs IDLE until the server reports a mailbox change, refresh
// passes, or ctx ends.
func waitIdle(ctx context.Context, c *imapclient.Client, updates <-chan struct{}, refresh time.Duration) error {
	select { // drop news that the poll already covered
	case <-updates:
	default:
	}
	cmd, err := c.Idle()
	if err != nil {
		return fmt.Errorf("idle: %w", err)
	}
	timer := time.NewTimer(refresh)
	defer timer.Stop()
	select {
	case <-ctx.Done():
	case <-updates:
	case <-timer.C:
	}
	if err := cmd.Close(); err != nil {
		return fmt.Errorf("end idle: %w", err)
	}
	return cmd.Wait()
}
