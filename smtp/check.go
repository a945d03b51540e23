package smtp

import (
	"context"
	"fmt"
)

// Check dials the relay (TLS and AUTH as configured) on one pooled
// connection, so that `rcp2p doctor` can say whether mail would go out.
func (s *Sender) Check(ctx context.Context) error {
	sl, err := s.acquire(ctx)
	if err != nil {
		return fmt.Errorf("check relay: %w", err)
	}
	defer func() { s.slots <- sl }()
	if sl.live {
		return nil
	}
	if err := s.dial(ctx, sl); err != nil {
		return fmt.Errorf("check relay: %w", err)
	}
	return nil
}
