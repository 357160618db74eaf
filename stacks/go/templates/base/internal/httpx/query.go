package httpx

import (
	"math"
	"net/url"
	"strconv"
	"unicode/utf8"
)

// DefaultPageSize and MaxPageSize bound list pages.
const (
	DefaultPageSize = 20
	MaxPageSize     = 100
)

// Page is a validated page request.
type Page struct {
	Page     int
	PageSize int
}

// Offset is the number of rows before the page (int64: page may be up to 2^31-1).
func (p Page) Offset() int64 { return int64(p.Page-1) * int64(p.PageSize) }

// ParsePage reads page (1 to 2147483647, default 1) and pageSize (1 to 100, default 20),
// adding a detail for each bad one.
func ParsePage(q url.Values, details *[]Detail) Page {
	return Page{
		Page:     intParam(q, "page", 1, 1, math.MaxInt32, details),
		PageSize: intParam(q, "pageSize", DefaultPageSize, 1, MaxPageSize, details),
	}
}

func intParam(q url.Values, name string, def, lo, hi int, details *[]Detail) int {
	if !q.Has(name) {
		return def
	}
	n, err := strconv.Atoi(q.Get(name))
	if err != nil || n < lo || n > hi {
		*details = append(*details, Detail{Field: name, Message: "must be an integer from " + strconv.Itoa(lo) + " to " + strconv.Itoa(hi)})
		return def
	}
	return n
}

// SafeText reports whether a query parameter can be searched for: valid UTF-8 (an unpaired
// surrogate cannot be encoded in it) without NUL characters.
func SafeText(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return false
		}
	}
	return true
}

// PageParams are the query parameters of every list, as the OpenAPI document describes them
// (ParsePage reads them).
type PageParams struct {
	Page     int `json:"page" validate:"min=1,max=2147483647"`
	PageSize int `json:"pageSize" validate:"min=1,max=100"`
}

// PageOf is the list envelope: {"data", "page", "pageSize", "total"}.
type PageOf[T any] struct {
	Data     []T   `json:"data"`
	Page     int   `json:"page"`
	PageSize int   `json:"pageSize"`
	Total    int64 `json:"total"`
}
