/**
 * What every Java stack shares: the one version table, the layers that are framework-neutral
 * (Maven wrapper, Dockerfile, CI, per-database SQL), the Maven commands, and the pom.xml parts
 * every Java project has.
 */
import type { Context } from '../../src/context.js';
import type { LanguageFacts, LayerRef, StackCommands } from '../types.js';
import { COMMENT, dependency, type XmlElement } from './pom.js';

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
  packageManager: 'maven',
  dependabot: 'maven',
  // A JDK, not only a JRE: the build compiles. (`-version` prints to stderr.)
  probe: 'javac -version 2>&1',
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
  swaggerUi: '5.34.1',
  spotless: '3.11.0',
  // 1.37.0 fails inside Spotless 3.11 here (InvocationTargetException on every file); 1.34.1 works.
  googleJavaFormat: '1.34.1',
} as const;

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
    return [dependency('org.flywaydb:flyway-database-postgresql'), dependency('org.postgresql:postgresql', { scope: 'runtime' })];
  }
  if (ctx.db.mysql) {
    return [dependency('org.flywaydb:flyway-mysql'), dependency('org.mariadb.jdbc:mariadb-java-client', { scope: 'runtime' })];
  }
  // With users, db/SqliteExceptionTranslation reads the driver's result codes: compile scope.
  return [dependency('org.xerial:sqlite-jdbc', { scope: ctx.auth.users ? undefined : 'runtime' })];
}

/** The build section every Java project gets: the runnable jar, formatting, the OpenAPI file. */
export function javaBuild(ctx: Context, plugins: XmlElement[]): XmlElement {
  return {
    finalName: ctx.projectName,
    resources: {
      resource: [
        { directory: 'src/main/resources' },
        {
          [COMMENT]: 'The OpenAPI document lives at the project root; the app serves it at /openapi.json.',
          directory: '${project.basedir}',
          includes: { include: 'openapi.json' },
        },
      ],
    },
    plugins: {
      plugin: [
        ...plugins,
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
