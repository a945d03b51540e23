package digest

import (
	"time"

	"rcp2p"
)

// Schedule is when digests go out, in each partner's own timezone.
type Schedule struct {
	Weekday time.Weekday
	Hour    int
	Minute  int
}

// PeriodStart returns the start of the digest period that contains now for
// a partner with cadence c in loc: the last weekday at HH:MM (weekly) or
// the last HH:MM (daily). A partner is due when it was last checked before
// that instant.
func (s Schedule) PeriodStart(c rcp2p.Cadence, now time.Time, loc *time.Location) time.Time {
	local := now.In(loc)
	start := time.Date(local.Year(), local.Month(), local.Day(), s.Hour, s.Minute, 0, 0, loc)
	if start.After(local) {
		start = start.AddDate(0, 0, -1)
	}
	if c == rcp2p.Weekly {
		back := (int(start.Weekday()) - int(s.Weekday) + 7) % 7
		start = start.AddDate(0, 0, -back)
	}
	return start
}

// Due reports whether a partner's digest is due at now, given when its
// digest was last checked. A partner never checked (new in the directory)
// waits for its scheduled day instead of getting a digest at once, so a
// weekly partner added on a Tuesday first hears from us on the next
// scheduled weekday.
func (s Schedule) Due(p *rcp2p.Partner, loc *time.Location, lastChecked, now time.Time) bool {
	if p.Cadence != rcp2p.Weekly && p.Cadence != rcp2p.Daily {
		return false
	}
	start := s.PeriodStart(p.Cadence, now, loc)
	if lastChecked.IsZero() {
		return now.Sub(start) < 24*time.Hour
	}
	return lastChecked.Before(start)
}

// receives says whether the partner's own choices allow a digest at all:
// --force ignores the schedule, never these.
func receives(p *rcp2p.Partner, today string) bool {
	switch {
	case p.Cadence == rcp2p.Off:
		return false
	case p.Status == rcp2p.Unsubscribed || p.Status == rcp2p.Bouncing:
		return false
	case p.Status == rcp2p.Paused:
		// The pause ends at the start of its day in the partner's timezone.
		return p.PausedUntil != "" && p.PausedUntil <= today
	}
	return len(p.Emails) > 0
}
