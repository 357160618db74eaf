package db

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseURL(t *testing.T) {
	for _, raw := range []string{"postgresql://u:p@localhost:5432/app", "postgres://u:p@db/app?sslmode=require"} {
		target, err := ParseURL(raw)
		require.NoError(t, err)
		assert.Equal(t, Target{Engine: "postgres", Driver: "pgx", DSN: raw}, target)
	}
}
