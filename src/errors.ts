/**
 * User errors: bad options, bad config, unreadable files. They are printed as
 * one line (no stack trace unless --debug) and lead to exit code 2.
 */
export class UsageError extends Error {
  override name = 'UsageError'
}

export class ConfigError extends Error {
  override name = 'ConfigError'
  constructor(
    readonly file: string,
    readonly key: string | undefined,
    reason: string
  ) {
    super(`${file}: ${key ? `${key}: ` : ''}${reason}`)
  }
}
