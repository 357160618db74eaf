package auth

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHashPasswordUsesOWASPArgon2idParameters(t *testing.T) {
	hash, err := HashPassword("correct horse battery")
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(hash, "$argon2id$v=19$m=19456,t=2,p=1$"), hash)
	other, err := HashPassword("correct horse battery")
	require.NoError(t, err)
	assert.NotEqual(t, hash, other, "every hash has its own salt")
}

func TestVerifyPassword(t *testing.T) {
	hash, err := HashPassword("correct horse battery")
	require.NoError(t, err)
	tests := []struct {
		name     string
		password string
		hash     string
		ok       bool
		wantErr  bool
	}{
		{"right password", "correct horse battery", hash, true, false},
		{"wrong password", "correct horse battery!", hash, false, false},
		{"empty password", "", hash, false, false},
		{"not a PHC string", "x", "plain-text", false, true},
		{"another algorithm", "x", "$2b$12$abcdefghijklmnopqrstuv", false, true},
		{"bad base64", "x", "$argon2id$v=19$m=19456,t=2,p=1$***$***", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ok, err := VerifyPassword(tt.password, tt.hash)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.wantErr, err != nil, "error: %v", err)
		})
	}
}
