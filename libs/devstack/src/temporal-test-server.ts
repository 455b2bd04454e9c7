import { chmodSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { elapsed, step } from './progress';
import { findExecutable, isExecutable, run } from './executables';

export const TEMPORAL_TEST_SERVER_VERSION = '1.38.0';

export type TestServerSource = { kind: 'path'; path: string } | { kind: 'sdk-download' };

/** TEMPORAL_TEST_SERVER, then our cache, then the Java test server from Maven Central; the SDK's download last. */
export async function resolveTemporalTestServer(options: {
  explicit?: string;
  cacheDir: string;
}): Promise<TestServerSource> {
  if (options.explicit) {
    if (!isExecutable(options.explicit)) {
      throw new Error(`TEMPORAL_TEST_SERVER=${options.explicit} is not an executable file`);
    }
    return { kind: 'path', path: options.explicit };
  }
  const home = join(options.cacheDir, `temporal-test-server-${TEMPORAL_TEST_SERVER_VERSION}`);
  const wrapper = join(home, 'temporal-test-server');
  if (isExecutable(wrapper)) return { kind: 'path', path: wrapper };

  const java = findExecutable('java');
  const mvn = findExecutable('mvn', ['/usr/share/maven/bin', '/opt/maven/bin']);
  if (java && mvn) {
    await fetchWithMaven(mvn, java, home);
    return { kind: 'path', path: wrapper };
  }
  step('No Java and Maven found: falling back to the Temporal SDK download of the test server (needs internet).');
  return { kind: 'sdk-download' };
}

async function fetchWithMaven(mvn: string, java: string, home: string): Promise<void> {
  const started = Date.now();
  step(`Fetching the Temporal time-skipping test server ${TEMPORAL_TEST_SERVER_VERSION} from Maven Central…`);
  mkdirSync(home, { recursive: true });
  const scratch = mkdtempSync(join(home, '.fetch-'));
  try {
    writeFileSync(join(scratch, 'pom.xml'), pom());
    let jars = 0;
    await run(mvn, ['-B', 'dependency:copy-dependencies', `-DoutputDirectory=${join(scratch, 'lib')}`], {
      cwd: scratch,
      onLine: (line) => {
        if (line.includes('Downloaded from') && ++jars % 25 === 0)
          step(`  downloaded ${jars} files (${elapsed(started)})`);
      },
    });
    const script = `#!/bin/sh\nexec "${java}" -cp "${join(home, 'lib')}/*" io.temporal.testserver.TestServer "$@"\n`;
    writeFileSync(join(scratch, 'temporal-test-server'), script);
    chmodSync(join(scratch, 'temporal-test-server'), 0o755);
    rmSync(join(home, 'lib'), { recursive: true, force: true });
    renameSync(join(scratch, 'lib'), join(home, 'lib'));
    renameSync(join(scratch, 'temporal-test-server'), join(home, 'temporal-test-server'));
    step(`Temporal test server ready in ${elapsed(started)}`);
  } catch (error) {
    throw new Error(
      `Fetching the Temporal test server with Maven failed. Install Java 11+ and Maven.\n${String(error)}`,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function pom(): string {
  return `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dondoc</groupId><artifactId>temporal-test-server-fetch</artifactId><version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>io.temporal</groupId><artifactId>temporal-test-server</artifactId>
      <version>${TEMPORAL_TEST_SERVER_VERSION}</version>
    </dependency>
  </dependencies>
</project>
`;
}
