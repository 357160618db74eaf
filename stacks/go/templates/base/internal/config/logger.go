package config

import (
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/lmittmann/tint"
)

// NewLogger is the process's logger writing to w: in development one readable, coloured line
// per record (tint; colours only on a terminal and without NO_COLOR), elsewhere JSON, one
// object per line, for the log collector. LOG_LEVEL=silent discards everything.
func (c Config) NewLogger(w io.Writer) *slog.Logger {
	if c.LogSilent {
		w = io.Discard
	}
	if c.Env == "development" {
		return slog.New(tint.NewTextHandler(w, &tint.Options{
			Level:      c.LogLevel,
			TimeFormat: time.TimeOnly,
			NoColor:    !colours(w),
		}))
	}
	return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: c.LogLevel}))
}

// colours reports whether w is a terminal that may be coloured (https://no-color.org).
func colours(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || os.Getenv("NO_COLOR") != "" {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
