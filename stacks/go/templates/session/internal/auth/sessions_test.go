package auth

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCSRFTokens(t *testing.T) {
	s := NewSessions(nil, "0123456789abcdef0123456789abcdef")
	other := NewSessions(nil, "another secret, 32 characters long!")

	token := s.CSRFToken("session-a")
	assert.NotEmpty(t, token)
	assert.Equal(t, token, s.CSRFToken("session-a"), "stable for one session")
	assert.NotEqual(t, token, s.CSRFToken("session-b"), "different per session")
	assert.NotEqual(t, token, other.CSRFToken("session-a"), "keyed with the secret")

	assert.True(t, s.CheckCSRF("session-a", token))
	for _, sent := range []string{"", "wrong", s.CSRFToken("session-b")} {
		assert.False(t, s.CheckCSRF("session-a", sent), sent)
	}
	assert.Len(t, s.id("session-a"), 64, "stored ids are hex HMAC-SHA256")
	assert.NotContains(t, s.id("session-a"), "session-a")
}
