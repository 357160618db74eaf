/**
 * The line-coverage floor every generated project's test command enforces (one fact for all
 * languages; their coverage configs read it from the template context).
 *
 * Why 85 %: high enough that an endpoint or a branch of the API without a test fails the
 * learner's CI; low enough that the paths only a broken machine reaches (the database going away
 * mid-request, a signal during shutdown) need no contrived tests to pass it.
 */
export const COVERAGE_THRESHOLD = 85;
