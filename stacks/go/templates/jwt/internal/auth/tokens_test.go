package auth

import (
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const testSecret = "0123456789abcdef0123456789abcdef"

func TestTokensRoundTrip(t *testing.T) {
	tokens := NewTokens(testSecret)
	id := uuid.New()
	token, expiresIn, err := tokens.Issue(id)
	require.NoError(t, err)
	assert.Equal(t, 3600, expiresIn)
	got, err := tokens.Parse(token)
	require.NoError(t, err)
	assert.Equal(t, id, got)
}

func TestTokensRefuse(t *testing.T) {
	tokens := NewTokens(testSecret)
	id := uuid.New()
	valid, _, err := tokens.Issue(id)
	require.NoError(t, err)

	expired := NewTokens(testSecret)
	expired.now = func() time.Time { return time.Now().Add(-2 * TokenTTL) }
	old, _, err := expired.Issue(id)
	require.NoError(t, err)

	otherSecret, _, err := NewTokens(strings.Repeat("x", 32)).Issue(id)
	require.NoError(t, err)

	unsigned, err := jwt.NewWithClaims(jwt.SigningMethodNone, jwt.RegisteredClaims{
		Subject: id.String(), ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour)),
	}).SignedString(jwt.UnsafeAllowNoneSignatureType)
	require.NoError(t, err)

	noExpiry, err := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{Subject: id.String()}).SignedString([]byte(testSecret))
	require.NoError(t, err)

	parts := strings.Split(valid, ".")
	tests := map[string]string{
		"empty":             "",
		"garbage":           "not-a-token",
		"expired":           old,
		"another secret":    otherSecret,
		"alg none":          unsigned,
		"no expiry":         noExpiry,
		"tampered payload":  parts[0] + ".eyJzdWIiOiJ4In0." + parts[2],
		"missing signature": parts[0] + "." + parts[1] + ".",
	}
	for name, token := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := tokens.Parse(token)
			assert.Error(t, err)
		})
	}
}
