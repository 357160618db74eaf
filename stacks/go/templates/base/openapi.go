// Package api embeds the files at the project root that the binary serves. go:embed only
// reaches files in or below the package's folder, so this tiny package sits beside them.
package api

import _ "embed"

// OpenAPI is openapi.json: the API contract this project was generated from, served as is at
// GET /openapi.json.
//
//go:embed openapi.json
var OpenAPI []byte
