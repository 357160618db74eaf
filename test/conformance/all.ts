/**
 * Every test file of the suite, in the order the CLI's `verify` runs them (one app, one database:
 * files run one after another), after setup.ts (its afterEach fails a test that provoked a 5xx).
 * test/unit/conformance-suite.test.ts checks that none is missing.
 */
import './setup.js';
import './health.test.js';
import './errors.test.js';
import './hostile-body.test.js';
import './hostile-text.test.js';
import './register.test.js';
import './login.test.js';
import './login-hardening.test.js';
import './jwt.test.js';
import './session.test.js';
import './users.test.js';
import './tasks-crud.test.js';
import './tasks-list.test.js';
