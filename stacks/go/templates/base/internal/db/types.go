package db

import (
	"database/sql/driver"
	"fmt"
	"time"
)

// DateLayout is how dates travel in JSON and in SQL parameters: YYYY-MM-DD.
const DateLayout = time.DateOnly

// NullDate is a DATE column that may be NULL. Drivers return DATE as time.Time (pgx, MySQL
// with parseTime, SQLite for DATE columns) or as text; it is always written as YYYY-MM-DD.
type NullDate struct {
	Date  string
	Valid bool
}

// Scan implements sql.Scanner.
func (d *NullDate) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*d = NullDate{}
	case time.Time:
		*d = NullDate{Date: v.Format(DateLayout), Valid: true}
	case string:
		return d.scanText(v)
	case []byte:
		return d.scanText(string(v))
	default:
		return fmt.Errorf("db: cannot scan %T into NullDate", src)
	}
	return nil
}

func (d *NullDate) scanText(s string) error {
	if len(s) < len(DateLayout) {
		return fmt.Errorf("db: %q is not a date", s)
	}
	t, err := time.Parse(DateLayout, s[:len(DateLayout)])
	if err != nil {
		return err
	}
	*d = NullDate{Date: t.Format(DateLayout), Valid: true}
	return nil
}

// Value implements driver.Valuer.
func (d NullDate) Value() (driver.Value, error) {
	if !d.Valid {
		return nil, nil
	}
	return d.Date, nil
}

// Ptr is the date as JSON wants it: nil for NULL.
func (d NullDate) Ptr() *string {
	if !d.Valid {
		return nil
	}
	return &d.Date
}

// Now is the current time as the database stores it: UTC, microsecond precision (the
// finest every engine keeps), so a value read back equals the value written.
func Now() time.Time {
	return time.Now().UTC().Truncate(time.Microsecond)
}

// Timestamp scans a timestamp however the driver returns it: time.Time, or text when
// SQLite cannot tell a column's type (as for RETURNING).
type Timestamp struct {
	time.Time
}

// Scan implements sql.Scanner.
func (t *Timestamp) Scan(src any) error {
	switch v := src.(type) {
	case time.Time:
		t.Time = v
		return nil
	case string:
		return t.parse(v)
	case []byte:
		return t.parse(string(v))
	default:
		return fmt.Errorf("db: cannot scan %T into Timestamp", src)
	}
}

func (t *Timestamp) parse(s string) error {
	for _, layout := range []string{"2006-01-02 15:04:05.999999999-07:00", time.RFC3339Nano, "2006-01-02 15:04:05.999999999"} {
		if parsed, err := time.Parse(layout, s); err == nil {
			t.Time = parsed.UTC()
			return nil
		}
	}
	return fmt.Errorf("db: %q is not a timestamp", s)
}
