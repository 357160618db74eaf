import type { ToolCheck } from '../../stacks/types.js';

/** How each Node package manager spells the same steps. */
export interface PackageManagerFacts {
  name: string;
  /** Which manager, for the setup steps only it needs (Dockerfile, CI). */
  npm: boolean;
  pnpm: boolean;
  yarn: boolean;
  bun: boolean;
  /** Install from package.json, writing the lock file. */
  install: string;
  /** Install exactly from the lock file (CI, Dockerfile). */
  frozenInstall: string;
  /** Production dependencies only, exactly from the lock file (the Dockerfile's runtime stage). */
  prodInstall: string;
  /** Run a package.json script: `${pm.run} build`. */
  run: string;
  /** Run a package binary. */
  exec: string;
  lockfile: string;
  /** Writes the lock file from the manifest without installing anything (--no-install's first commit). */
  lockOnly: string;
  /**
   * ('' when no audit tool could be established for the ecosystem yet.)
   * Audits the locked dependencies against a vulnerability database; fails on a high-severity
   * finding and whenever the audit could not run or skipped a package (an audit that checked
   * nothing must never pass). test/cloud/audit.test.ts runs each against fixture services.
   */
  audit: string;
  /** How the preflight finds the manager, and how to install it. */
  tool: ToolCheck & {
    /** Corepack (Node 22-24) can enable it: `corepack enable <name>` is the fix when corepack is there. */
    corepack?: boolean;
  };
  /** Dockerfile lines that make the manager available on a node image ('' for npm). */
  dockerSetup: string;
}

/**
 * Audit tools at pinned versions (raise them here). pip-audit asks OSV, the database PyPI's own
 * advisories come from; `--strict` makes a package it could not audit fail the step (offline or
 * behind a mirror it would otherwise skip everything and still print "No known vulnerabilities").
 * `uv export` writes hashed requirements, which is what lets it run without pip; the hashes
 * themselves are checked by `uv sync --locked`.
 */
const PIP_AUDIT = 'pip-audit@2.10.1';
const GOVULNCHECK = 'golang.org/x/vuln/cmd/govulncheck@v1.9.0';
const CYCLONEDX_MAVEN = 'org.cyclonedx:cyclonedx-maven-plugin:2.9.3';
/** OSV-Scanner v2.6 needs Go 1.27 to build (the Java workflow's setup-go step installs it). */
export const OSV_SCANNER = { module: 'github.com/google/osv-scanner/v2/cmd/osv-scanner@v2.6.0', go: '1.27' } as const;
const MAVEN_AUDIT = [
  `./mvnw -B -q ${CYCLONEDX_MAVEN}:makeBom -DoutputFormat=json -DoutputName=bom`,
  `(jq -e '(.components | length) > 0 and all(.components[]; .purl)' target/bom.json > /dev/null || (echo 'Audit failed, target/bom.json lists no dependencies to scan' >&2; false))`,
  `go run ${OSV_SCANNER.module} scan source --lockfile target/bom.json`,
].join(' && ');

export function packageManagerFacts(name: string): PackageManagerFacts {
  const facts = commandsOf(name);
  const is = { npm: facts.name === 'npm', pnpm: facts.name === 'pnpm', yarn: facts.name === 'yarn', bun: facts.name === 'bun' };
  return { ...facts, ...is };
}

function commandsOf(name: string): Omit<PackageManagerFacts, 'npm' | 'pnpm' | 'yarn' | 'bun'> {
  switch (name) {
    case 'pnpm':
      return {
        name,
        install: 'pnpm install',
        frozenInstall: 'pnpm install --frozen-lockfile',
        prodInstall: 'pnpm install --frozen-lockfile --prod',
        run: 'pnpm run',
        exec: 'pnpm exec',
        lockfile: 'pnpm-lock.yaml',
        lockOnly: 'pnpm install --lockfile-only --ignore-scripts',
        audit: 'pnpm audit --audit-level high',
        tool: { label: 'pnpm', command: ['pnpm', '--version'], install: 'npm install -g pnpm@latest', corepack: true },
        dockerSetup: 'RUN npm install -g pnpm@12',
      };
    case 'yarn':
      return {
        name,
        install: 'yarn install',
        frozenInstall: 'yarn install --immutable',
        prodInstall: 'yarn workspaces focus --all --production',
        run: 'yarn run',
        exec: 'yarn exec',
        lockfile: 'yarn.lock',
        lockOnly: 'yarn install --mode update-lockfile',
        audit: 'yarn npm audit --all --recursive --severity high',
        tool: { label: 'Yarn', command: ['yarn', '--version'], install: 'npm install -g corepack && corepack enable yarn', corepack: true },
        dockerSetup: 'RUN corepack enable',
      };
    case 'bun':
      return {
        name,
        install: 'bun install',
        frozenInstall: 'bun install --frozen-lockfile',
        prodInstall: 'bun install --frozen-lockfile --production',
        run: 'bun run',
        exec: 'bunx',
        lockfile: 'bun.lock',
        lockOnly: 'bun install --lockfile-only --ignore-scripts',
        audit: 'bun audit --audit-level=high',
        tool: { label: 'Bun', command: ['bun', '--version'], install: 'npm install -g bun (or https://bun.sh/docs/installation)' },
        dockerSetup: 'RUN npm install -g bun@1',
      };
    case 'go':
      // Go stacks: the go command manages modules; go.sum is the lock file.
      return {
        name,
        install: 'go mod tidy',
        frozenInstall: 'go mod download',
        prodInstall: 'go mod download',
        run: 'go run',
        exec: 'go run',
        lockfile: 'go.sum',
        lockOnly: 'go mod tidy',
        audit: `go run ${GOVULNCHECK} ./...`,
        tool: { label: 'Go', command: ['go', 'version'], install: 'install Go from https://go.dev/dl/' },
        dockerSetup: '',
      };
    case 'maven':
      // Java stacks: the Maven wrapper. Maven has no lock file: pom.xml names every version
      // (Spring Boot's parent manages the rest), so it is what caches are keyed on.
      return {
        name,
        install: './mvnw -B dependency:go-offline',
        frozenInstall: './mvnw -B dependency:go-offline',
        prodInstall: './mvnw -B dependency:go-offline',
        run: './mvnw',
        exec: './mvnw',
        lockfile: 'pom.xml',
        lockOnly: '',
        // The resolved dependency tree (transitive ones included, the versions Boot's parent
        // manages resolved) as a CycloneDX SBOM, checked to list packages, each with a purl, then
        // scanned by OSV-Scanner: scanning the pom itself skipped every parent-managed version.
        audit: MAVEN_AUDIT,
        tool: { label: 'Maven wrapper', command: ['./mvnw', '--version'], install: 'the project ships ./mvnw: it needs only a JDK' },
        dockerSetup: '',
      };
    case 'uv':
      // Python stacks: uv manages the virtualenv, the lock file and running tools.
      return {
        name,
        install: 'uv sync',
        frozenInstall: 'uv sync --locked',
        prodInstall: 'uv sync --locked --no-dev',
        run: 'uv run',
        exec: 'uv run',
        lockfile: 'uv.lock',
        lockOnly: 'uv lock',
        audit: `uv export --frozen --no-emit-project --quiet | uvx ${PIP_AUDIT} --strict --disable-pip --vulnerability-service osv --progress-spinner off -r /dev/stdin`,
        tool: { label: 'uv', command: ['uv', '--version'], install: 'curl -LsSf https://astral.sh/uv/install.sh | sh' },
        dockerSetup: '',
      };
    default:
      return {
        name: 'npm',
        install: 'npm install',
        frozenInstall: 'npm ci',
        prodInstall: 'npm ci --omit=dev',
        run: 'npm run',
        exec: 'npx',
        lockfile: 'package-lock.json',
        lockOnly: 'npm install --package-lock-only --ignore-scripts --no-audit --no-fund',
        audit: 'npm audit --audit-level=high',
        tool: { label: 'npm', command: ['npm', '--version'], install: 'npm comes with Node.js: reinstall Node.js 24 LTS from https://nodejs.org/en/download' },
        dockerSetup: '',
      };
  }
}
