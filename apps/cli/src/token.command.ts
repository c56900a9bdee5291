import { ROLES, isRole } from '@app/domain';
import { lifetimeOf, loadAuthSecret, loadConfig, mintAccessToken } from '@app/runtime';
import { Command, CommandRunner, Option } from 'nest-commander';

interface TokenOptions {
  sub?: string;
  name?: string;
  department?: string;
  roles?: string[];
  expiresIn?: string;
}

/**
 * Mints an access token signed with this deployment's secret (AUTH_SECRET, or the embedded
 * default's secret in DATA_DIR), for a user the deployment's sign-in would otherwise vouch for.
 */
@Command({
  name: 'token',
  description:
    'Prints a signed access token: --sub <user id> --department <id> --roles operator,head [--name] [--expires-in 8h]',
})
export class TokenCommand extends CommandRunner {
  async run(_args: string[], options: TokenOptions): Promise<void> {
    const missing = (['sub', 'department', 'roles'] as const).filter((k) => !options[k]?.length);
    if (missing.length > 0) {
      process.stderr.write(`Missing --${missing.join(', --')}\n`);
      process.exitCode = 2;
      return;
    }
    const roles = options.roles ?? [];
    const unknown = roles.filter((role) => !isRole(role));
    if (unknown.length > 0) {
      process.stderr.write(`Unknown role(s) ${unknown.join(', ')}; known: ${ROLES.join(', ')}\n`);
      process.exitCode = 2;
      return;
    }
    const config = loadConfig(process.env);
    const { secret } = loadAuthSecret(config);
    const sub = options.sub ?? '';
    const token = mintAccessToken(
      secret,
      // Service accounts and automation: every event it causes says so (metadata.via).
      { sub, name: options.name ?? sub, department: options.department ?? '', roles, via: 'service-token' },
      options.expiresIn ?? '8h',
    );
    // The api refuses a token that lives longer than TOKEN_MAX_LIFETIME_HOURS: do not print one.
    const lifetime = lifetimeOf(token) ?? Infinity;
    if (lifetime <= 0 || lifetime > config.tokenMaxLifetimeHours * 3600) {
      process.stderr.write(
        `--expires-in must be more than 0 and at most ${config.tokenMaxLifetimeHours}h (TOKEN_MAX_LIFETIME_HOURS)\n`,
      );
      process.exitCode = 2;
      return;
    }
    process.stdout.write(`${token}\n`);
  }

  @Option({
    flags: '--sub <id>',
    description: 'User id (for an inspector, the id in the inspector directory)',
  })
  parseSub(value: string): string {
    return value;
  }

  @Option({ flags: '--name <name>', description: 'Display name' })
  parseName(value: string): string {
    return value;
  }

  @Option({ flags: '--department <id>', description: 'Department the user acts for' })
  parseDepartment(value: string): string {
    return value;
  }

  @Option({ flags: '--roles <roles>', description: `Comma-separated: ${ROLES.join(', ')}` })
  parseRoles(value: string): string[] {
    return value
      .split(',')
      .map((role) => role.trim())
      .filter((role) => role.length > 0);
  }

  @Option({
    flags: '--expires-in <duration>',
    description: 'Lifetime, e.g. 8h, 30m, 7d (default 8h; at most TOKEN_MAX_LIFETIME_HOURS)',
  })
  parseExpiresIn(value: string): string {
    return value;
  }
}
