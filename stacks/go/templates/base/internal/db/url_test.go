package db

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParseURLRejects(t *testing.T) {
	others := map[string]string{
		"postgres": "mysql://root:root@localhost:3306/app",
		"mysql":    "postgresql://u:p@localhost:5432/app",
		"sqlite":   "postgresql://u:p@localhost:5432/app",
	}
	for _, raw := range []string{"", "redis://localhost:6379", "::not a url", others[Engine]} {
		t.Run(raw, func(t *testing.T) {
			_, err := ParseURL(raw)
			assert.Error(t, err)
		})
	}
}
