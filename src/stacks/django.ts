// PLACEHOLDER registered by the lead: the Django 5 + DRF helper owns this file and replaces it.
// Experimental stacks are hidden from users and left out of CI until verified.
import type { StackDescriptor } from './types.js';

export const django: StackDescriptor = {
  id: 'django',
  language: 'python',
  label: 'Django 5 + DRF',
  hint: 'in progress',
  experimental: true,
  layers: [{ dir: 'python' }],
  commands: () => ({ install: 'uv sync', build: '', lint: 'uv run ruff check', typecheck: '', migrate: 'true', test: 'uv run pytest', start: 'uv run python -m app', dev: 'uv run python -m app' }),
  pythonManifest: () => ({ dependencies: [], devDependencies: [] }),
  docs: () => ({ architecture: '', sourceDir: 'app/', evidence: { sql: [], rest: [], auth: [], testing: [] }, layout: [] }),
};
