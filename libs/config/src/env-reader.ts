import { accessSync, constants } from 'node:fs';

export type Env = Record<string, string | undefined>;

/** Collects every invalid variable before failing, so one start-up names them all. */
export class EnvReader {
  private readonly problems: string[] = [];

  constructor(private readonly env: Env) {}

  string(name: string, fallback?: string): string {
    const value = this.env[name]?.trim();
    if (value) return value;
    if (fallback !== undefined) return fallback;
    this.problems.push(`${name} is required`);
    return '';
  }

  optional(name: string): string | undefined {
    return this.env[name]?.trim() || undefined;
  }

  integer(name: string, fallback: number, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}): number {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  }

  url(name: string, fallback: string | undefined, protocols: string[]): string {
    const value = fallback === undefined ? this.string(name) : this.string(name, fallback);
    if (!value) return value;
    try {
      const { protocol } = new URL(value);
      if (!protocols.includes(protocol)) {
        this.problems.push(`${name} must use ${protocols.join(' or ')} (got "${protocol}")`);
      }
    } catch {
      this.problems.push(`${name} is not a valid URL`);
    }
    return value;
  }

  oneOf<T extends string>(name: string, fallback: T, allowed: readonly T[]): T {
    const value = this.string(name, fallback);
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
    return fallback;
  }

  hostPort(name: string, fallback: string): string;
  hostPort(name: string, fallback: null): string | null;
  hostPort(name: string, fallback: string | null): string | null {
    const value = fallback === null ? this.optional(name) : this.string(name, fallback);
    if (value === undefined) return null;
    if (!/^[\w.-]+:\d{1,5}$/.test(value)) this.problems.push(`${name} must be host:port (got "${value}")`);
    return value;
  }

  /** A local default, taken only where the environment says it is local: NODE_ENV development or test. */
  devDefault(name: string, fallback: string, local: boolean): string {
    const value = this.optional(name);
    if (value !== undefined) return value;
    if (!local) {
      this.problems.push(`${name} is required unless NODE_ENV is development or test (its local default is refused)`);
    }
    return fallback;
  }

  /** A path to a file this process can read, or undefined when the variable is unset. */
  readableFile(name: string): string | undefined {
    const path = this.optional(name);
    if (path === undefined) return undefined;
    try {
      accessSync(path, constants.R_OK);
    } catch {
      this.problems.push(`${name} names ${path}, which cannot be read`);
    }
    return path;
  }

  /** A rule between variables that no single reader checks. */
  require(holds: boolean, problem: string): void {
    if (!holds) this.problems.push(problem);
  }

  minLength(name: string, value: string, min: number): string {
    if (value && value.length < min) this.problems.push(`${name} must be at least ${min} characters`);
    return value;
  }

  email(name: string, value: string): string {
    if (value && !/^[^\s@]+@[^\s@]+$/.test(value))
      this.problems.push(`${name} must be an email address (got "${value}")`);
    return value;
  }

  finish(): void {
    if (this.problems.length > 0) throw new ConfigError(this.problems);
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}
