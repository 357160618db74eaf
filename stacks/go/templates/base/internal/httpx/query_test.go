package httpx

import (
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParsePage(t *testing.T) {
	tests := []struct {
		query   string
		want    Page
		invalid []string
	}{
		{"", Page{1, 20}, nil},
		{"page=3&pageSize=100", Page{3, 100}, nil},
		{"page=2147483647&pageSize=1", Page{2147483647, 1}, nil},
		{"page=2147483648", Page{1, 20}, []string{"page"}},
		{"page=0&pageSize=101", Page{1, 20}, []string{"page", "pageSize"}},
		{"page=-1&pageSize=0", Page{1, 20}, []string{"page", "pageSize"}},
		{"page=abc&pageSize=1.5", Page{1, 20}, []string{"page", "pageSize"}},
		{"page=", Page{1, 20}, []string{"page"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			q, _ := url.ParseQuery(tt.query)
			var details []Detail
			got := ParsePage(q, &details)
			assert.Equal(t, tt.want, got)
			var fields []string
			for _, d := range details {
				fields = append(fields, d.Field)
			}
			assert.Equal(t, tt.invalid, fields)
		})
	}
	assert.Equal(t, int64(2147483646*100), Page{Page: 2147483647, PageSize: 100}.Offset())
}

func TestSafeText(t *testing.T) {
	assert.True(t, SafeText("plain 100% _ text"))
	assert.False(t, SafeText("nul\x00"))
	assert.False(t, SafeText("\xed\xa0\x80")) // a surrogate encoded as UTF-8 is invalid UTF-8
}
