/**
 * The contract between the engine and a stack (one framework in one language).
 * A stack is data: what it depends on, which template folders it contributes, the shell
 * commands that drive it, and the facts its README needs. Adding a stack = one descriptor
 * + its template folders; no engine change.
 */
import type { Context } from '../src/context.js';

/** One shell command string run from the generated project's root. */
export interface StackCommands {
  install: string;
  /** '' when the language has no build step. */
  build: string;
  lint: string;
  typecheck: string;
  /** Applies checked-in migrations to DATABASE_URL. */
  migrate: string;
  /** Runs the project's own tests against DATABASE_URL. */
  test: string;
  /** Serves production on PORT (after build). */
  start: string;
  dev: string;
  /**
   * Resolves the lock file without installing, so a first commit made with --no-install has it
   * (`go mod tidy`). Node and Python stacks leave it out: their package manager's own
   * lock-only command is used. Absent where the build tool has no lock file (Maven).
   */
  lock?: string;
}

/** One program the project needs on the developer's machine (the preflight and `doctor` check it). */
export interface ToolCheck {
  /** As people write it: Node.js, uv. */
  label: string;
  /** argv that prints the version, on stdout or stderr (`java -version` uses stderr). */
  command: string[];
  /** The oldest version that works; absent = any. */
  min?: string;
  /** The exact fix, one line: an install command or a link. */
  install: string;
}

/** What a language's projects need installed, checked before anything is written or installed. */
export interface Toolchain {
  /** The runtime the project runs on (node, python3, go, java); its `min` defaults to the language's minVersion. */
  runtime: ToolCheck;
  /** Set when `tool` fetches the runtime itself, so a missing one is no problem while the tool is there: what it does. */
  runtimeFromTool?: string;
  /** The tool `commands.install` runs, when the language has its own (uv). Node stacks check the package manager's. */
  tool?: ToolCheck;
  /** Another route the README documents for when `tool` is missing (pip >= 25.1 for Python). */
  fallback?: ToolCheck & { route: string };
}

/** A template folder (path from the package root, e.g. `stacks/go/gin/templates/base`) and when it applies. */
export interface LayerRef {
  dir: string;
  when?: (ctx: Context) => boolean;
}

/** Versions are exact or caret ranges, checked against the registry when written. */
export type DependencyMap = Record<string, string>;

export interface NodeManifest {
  dependencies: DependencyMap;
  devDependencies: DependencyMap;
  scripts: Record<string, string>;
  /** Extra top-level package.json fields (engines, imports, ...). */
  extra?: Record<string, unknown>;
  /** Dependencies whose install scripts are deliberately not run (pnpm-workspace.yaml lists them). */
  skippedBuildScripts?: string[];
  /** Dependencies whose install scripts must run (pnpm-workspace.yaml allows them). */
  allowedBuildScripts?: string[];
}

/** For Python stacks: pyproject.toml, built from data by the engine (uv manages it). */
export interface PythonManifest {
  /** PEP 508 requirement strings, e.g. 'fastapi>=0.165'. */
  dependencies: string[];
  /** The `dev` dependency group: test, lint and type-check tools. */
  devDependencies: string[];
  /** Extra [tool.*] tables (ruff, pytest, mypy, ...). */
  tool?: Record<string, unknown>;
  /** Extra [project] fields (scripts, ...). */
  project?: Record<string, unknown>;
  /** [build-system] (PEP 517), so pip can install the project too. */
  buildSystem?: { requires: string[]; 'build-backend': string };
}

/**
 * What the README says about a stack's code. The prose (how a request flows through the code)
 * is a Handlebars partial beside the templates: templates/base/_partials/readme-architecture.hbs.
 */
export interface StackDocs {
  /** Where each roadmap stage is demonstrated: repo-relative paths. */
  evidence: {
    sql: string[];
    rest: string[];
    auth: string[];
    testing: string[];
  };
  /** The application's source folder (default 'src/'). */
  sourceDir?: string;
}

/** What every stack of one language shares in its README, Dockerfile and CI (stacks/<language>/language.ts). */
export interface LanguageFacts {
  id: string;
  /** As people write it: TypeScript, Python. */
  label: string;
  /** The language prompt's label and hint. */
  prompt: string;
  hint: string;
  /** The runtime version the Dockerfile and CI use. */
  version: string;
  /** The oldest runtime the project supports. */
  minVersion: string;
  /** What a developer needs installed to run it without Docker (README). */
  runtime: string;
  /** The variable naming the environment (development/test/production). */
  envName: string;
  /**
   * `sslmode` for the managed PostgreSQL URL a cloud hands the app: `require` encrypts; node-postgres
   * needs `no-verify` because it checks the certificate chain and the cloud's CA is not in Node's store.
   */
  pgSslMode: string;
  /** A command that answers when this machine has the language's toolchain (its output is recorded). */
  probe: string;
  /** The language's own dependency tool (uv, go), when it has one; Node stacks use the chosen package manager. */
  packageManager?: string;
  /** Pinned tools the language's templates run (module@version), e.g. the Go linters in CI. */
  tools?: Record<string, string>;
  /** Dependabot's package-ecosystem for the project's manifest (npm, uv, gomod, maven). */
  dependabot: string;
  /** The preflight's and `doctor`'s checks; a language without it gets only the git/Docker/database ones. */
  toolchain?: Toolchain;
  /**
   * The production image has a shell. A distroless image (Go) has none: compose and the clouds
   * then run the migrate command in exec form (ctx.migrateExec) instead of through `sh -c`.
   */
  imageHasShell: boolean;
  /**
   * With no DATABASE_URL, development and the tests start an embedded PostgreSQL in the project
   * (zero setup): `.env.example` leaves DATABASE_URL commented out, and the preflight and the
   * next steps ask for no server. The smoke then also runs one PostgreSQL cell's tests with no database URL
   * (`verify --only test --embedded`); `unprivileged`: the server refuses to run as root, so that
   * check runs as an ordinary user when the smoke runs as root. `folder`: where its data lives
   * (e.g. `data/postgres/`); given, .env.example leaves DATABASE_URL commented out and the
   * README, the next steps and the preflight say no server is needed (ctx.db.embedded).
   */
  embeddedPostgres?: { unprivileged?: boolean } & (
    | { folder?: undefined }
    /** With `folder`, measured facts the README states: "the first start initialises it in <firstStart>; it stops with <stopsWith>". */
    | { folder: string; firstStart: string; stopsWith: string }
  );
  /** The first section of .gitignore (dependencies, caches, build output); unset = a generic one. */
  gitignore?: string[];
  /** The tests create a database of their own (NAME_test) and drop it: nothing to create by hand. */
  testsCreateDatabase?: boolean;
  /**
   * `commands.test` measures line coverage and fails under COVERAGE_THRESHOLD (src/coverage.ts);
   * `report`: the folder it writes the HTML report to (CI uploads it, .gitignore lists it);
   * `open`: the file in it a reader opens.
   */
  coverage?: { report: string; open: string };
}

/** Tool settings a shared language layer needs to know about the framework (e.g. Biome for Nest). */
export interface StackTooling {
  /** The framework reads parameter decorators and their type metadata (imports of classes must stay values). */
  decoratorMetadata: boolean;
}

export interface StackDescriptor {
  id: string;
  /** The id of a LanguageFacts entry (stacks/index.ts). */
  language: string;
  label: string;
  hint: string;
  /** Not yet verified in CI: hidden unless --experimental, left out of the smoke matrix. */
  experimental?: boolean;
  /** Template folders this stack contributes, in order (after base). */
  layers: LayerRef[];
  commands: (ctx: Context) => StackCommands;
  /**
   * One process that migrates, then serves, for hosts that run a single command (Fly with
   * SQLite). Default: `sh -c '<migrate> && exec <start>'`; an image without a shell gives its own.
   */
  migrateThenStart?: string;
  /** For Node stacks: package.json, built from data by the engine. */
  nodeManifest?: (ctx: Context) => NodeManifest;
  /** For Python stacks: pyproject.toml, built from data by the engine. */
  pythonManifest?: (ctx: Context) => PythonManifest;
  /** Other files the stack builds from data and serialises (go.mod, pom.xml): path -> text. */
  files?: (ctx: Context) => Record<string, string>;
  tooling?: Partial<StackTooling>;
  docs: (ctx: Context) => StackDocs;
}
