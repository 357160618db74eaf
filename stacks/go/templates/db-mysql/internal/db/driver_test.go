package db

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseURL(t *testing.T) {
	tests := map[string]string{
		"mysql://root:secret@127.0.0.1:3306/app":     "root:secret@tcp(127.0.0.1:3306)/app?parseTime=true",
		"mysql://root:secret@db/app":                 "root:secret@tcp(db:3306)/app?parseTime=true",
		"mysql://u:p%40ss@db:3306/app?tls=preferred": "u:p@ss@tcp(db:3306)/app?parseTime=true&tls=preferred",
	}
	for raw, dsn := range tests {
		target, err := ParseURL(raw)
		require.NoError(t, err, raw)
		assert.Equal(t, Target{Engine: "mysql", Driver: "mysql", DSN: dsn}, target)
	}
	_, err := ParseURL("mysql://root@localhost:3306/")
	assert.Error(t, err, "a URL without a database")
}
