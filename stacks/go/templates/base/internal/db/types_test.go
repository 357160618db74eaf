package db

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The drivers return DATE and timestamp columns in different forms; each must scan the same.
func TestNullDateScansWhatEveryDriverReturns(t *testing.T) {
	for _, src := range []any{
		time.Date(2030, 1, 2, 0, 0, 0, 0, time.UTC),
		"2030-01-02",
		[]byte("2030-01-02"),
		"2030-01-02 00:00:00", // SQLite text with a time part
	} {
		var d NullDate
		require.NoError(t, d.Scan(src), "%T %v", src, src)
		assert.Equal(t, NullDate{Date: "2030-01-02", Valid: true}, d)
	}
	d := NullDate{Date: "2030-01-02", Valid: true}
	require.NoError(t, d.Scan(nil))
	assert.Equal(t, NullDate{}, d, "NULL")
}

func TestNullDateRefusesWhatIsNotADate(t *testing.T) {
	for _, src := range []any{"2030-1-2", "2030-13-01", []byte("soon"), 20300102} {
		var d NullDate
		assert.Error(t, d.Scan(src), "%T %v", src, src)
	}
}

func TestNullDateValueAndPtr(t *testing.T) {
	v, err := NullDate{}.Value()
	require.NoError(t, err)
	assert.Nil(t, v, "NULL")
	assert.Nil(t, NullDate{}.Ptr())

	d := NullDate{Date: "2030-01-02", Valid: true}
	v, err = d.Value()
	require.NoError(t, err)
	assert.Equal(t, "2030-01-02", v)
	assert.Equal(t, "2030-01-02", *d.Ptr())
}

func TestTimestampScansWhatEveryDriverReturns(t *testing.T) {
	want := time.Date(2030, 1, 2, 3, 4, 5, 123456000, time.UTC)
	for _, src := range []any{
		want,
		"2030-01-02 03:04:05.123456+00:00",
		"2030-01-02T05:04:05.123456+02:00",
		[]byte("2030-01-02 03:04:05.123456"),
	} {
		var ts Timestamp
		require.NoError(t, ts.Scan(src), "%T %v", src, src)
		assert.True(t, want.Equal(ts.Time), "%v scans as %v", src, ts.Time)
	}
	for _, src := range []any{"yesterday", nil, 42} {
		var ts Timestamp
		assert.Error(t, ts.Scan(src), "%T %v", src, src)
	}
}

func TestNowIsUTCToTheMicrosecond(t *testing.T) {
	now := Now()
	assert.Equal(t, time.UTC, now.Location())
	assert.Zero(t, now.Nanosecond()%1000)
}

func TestFirstLine(t *testing.T) {
	assert.Equal(t, "connection refused", firstLine(errors.New("connection refused\nretrying\n")))
	assert.Equal(t, "one line", firstLine(errors.New("one line")))
}
