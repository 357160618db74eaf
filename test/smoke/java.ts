/**
 * Java cells build and run with a JDK 25 (the projects target Java 25); the machine's default
 * `java` may be older. JAVA_HOME picks the JDK for the Maven wrapper, PATH for `java -jar`.
 * Maven's repository stays the shared default (~/.m2), so cells download each artifact once.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

const CANDIDATES = [process.env.SMOKE_JAVA_HOME, '/usr/lib/jvm/temurin-25-jdk-amd64', process.env.JAVA_HOME];

function javaHome(): string {
  const home = CANDIDATES.find((dir): dir is string => !!dir && existsSync(path.join(dir, 'bin', 'javac')));
  if (!home) throw new Error('smoke: Java cells need a JDK 25; set SMOKE_JAVA_HOME to its folder');
  return home;
}

/** Extra PATH folders and variables for the cells' environment (none when no cell is a Java one). */
export function javaToolchain(languages: string[]): { bin: string[]; env: Record<string, string> } {
  if (!languages.includes('java')) return { bin: [], env: {} };
  const home = javaHome();
  return { bin: [path.join(home, 'bin')], env: { JAVA_HOME: home } };
}
