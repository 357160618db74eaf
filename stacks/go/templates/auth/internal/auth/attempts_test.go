package auth

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestRetryAfter(t *testing.T) {
	start := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		now  time.Time
		want int
	}{
		{start, 60},
		{start.Add(59*time.Second + 100*time.Millisecond), 1},
		{start.Add(30*time.Second + time.Millisecond), 30},
		{start.Add(2 * time.Minute), 1},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, RetryAfter(start, tt.now), tt.now.Sub(start).String())
	}
}
