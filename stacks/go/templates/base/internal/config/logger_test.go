package config

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLoggerIsReadableInDevelopmentAndJSONElsewhere(t *testing.T) {
	var dev bytes.Buffer
	Config{Env: "development"}.NewLogger(&dev).Info("listening", "port", 3000)
	assert.Contains(t, dev.String(), "INF listening port=3000")
	assert.NotContains(t, dev.String(), "\x1b[", "no colours when not writing to a terminal")

	for _, env := range []string{"test", "production"} {
		var out bytes.Buffer
		Config{Env: env}.NewLogger(&out).Info("listening", "port", 3000)
		var record map[string]any
		require.NoError(t, json.Unmarshal(out.Bytes(), &record), env)
		assert.Equal(t, "listening", record["msg"])
		assert.InDelta(t, 3000, record["port"], 0)
	}
}

func TestLoggerSilentAndLevel(t *testing.T) {
	var out bytes.Buffer
	Config{Env: "development", LogSilent: true}.NewLogger(&out).Error("boom")
	assert.Empty(t, out.String())
	Config{Env: "production", LogLevel: 8}.NewLogger(&out).Warn("below the level")
	assert.Empty(t, out.String())
}

func TestColoursOnlyOnATerminal(t *testing.T) {
	assert.False(t, colours(&bytes.Buffer{}))
	f, err := os.CreateTemp(t.TempDir(), "log")
	require.NoError(t, err)
	defer f.Close()
	assert.False(t, colours(f), "a regular file is not a terminal")
	t.Setenv("NO_COLOR", "1")
	assert.False(t, colours(os.Stdout))
}
