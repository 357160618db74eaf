package db

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseURL(t *testing.T) {
	tests := map[string]string{
		"sqlite:///data/app.db":      "data/app.db?",
		"sqlite:////app/data/app.db": "/app/data/app.db?",
	}
	for raw, prefix := range tests {
		target, err := ParseURL(raw)
		require.NoError(t, err, raw)
		assert.Equal(t, "sqlite", target.Driver)
		assert.True(t, strings.HasPrefix(target.DSN, prefix), target.DSN)
		assert.Contains(t, target.DSN, "foreign_keys(1)")
	}
	_, err := ParseURL("sqlite://relative.db")
	assert.Error(t, err)
}
