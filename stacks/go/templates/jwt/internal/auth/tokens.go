package auth

import (
	"errors"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/google/uuid"
)

// TokenTTL is how long an access token is valid.
const TokenTTL = time.Hour

// Tokens issues and checks HS256 access tokens signed with JWT_SECRET.
type Tokens struct {
	secret []byte
	now    func() time.Time
}

// NewTokens returns Tokens signing with secret.
func NewTokens(secret string) *Tokens {
	return &Tokens{secret: []byte(secret), now: time.Now}
}

// Issue returns a signed token for the user and its lifetime in seconds.
func (t *Tokens) Issue(userID uuid.UUID) (string, int, error) {
	now := t.now()
	claims := jwt.RegisteredClaims{
		Subject:   userID.String(),
		IssuedAt:  jwt.NewNumericDate(now),
		ExpiresAt: jwt.NewNumericDate(now.Add(TokenTTL)),
	}
	signed, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(t.secret)
	return signed, int(TokenTTL / time.Second), err
}

var errBadToken = errors.New("auth: invalid token")

// Parse checks the signature (HS256 only: "none" and every other algorithm are refused
// before the key is used) and the expiry, and returns the user id.
func (t *Tokens) Parse(token string) (uuid.UUID, error) {
	var claims jwt.RegisteredClaims
	_, err := jwt.ParseWithClaims(token, &claims, func(*jwt.Token) (any, error) { return t.secret, nil },
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}),
		jwt.WithExpirationRequired(),
		jwt.WithTimeFunc(t.now),
	)
	if err != nil {
		return uuid.Nil, errBadToken
	}
	id, err := uuid.Parse(claims.Subject)
	if err != nil {
		return uuid.Nil, errBadToken
	}
	return id, nil
}
