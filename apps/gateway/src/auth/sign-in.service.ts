import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { SignedInUser, TokenResponse } from '@onewindow/gateway-api';
import { AuditLog } from '../audit/audit-log';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config';
import type { RequestOrigin } from '../http/request-origin';
import { normalizeUsername } from '../users/user-account';
import { Clock } from './clock';
import { PASSWORD_IDENTITY_PROVIDER, type IdentityProvider, type PasswordProof } from './identity-provider';
import { decideRefresh } from './refresh-rotation';
import { RefreshTokenStore } from './refresh-token.store';
import { TokenService, unauthorized } from './token.service';

const WRONG_CREDENTIALS = '用户名或密码错误。Wrong username or password.';
const DISABLED = '该账号已停用，请联系管理员。This account is disabled; ask the administrator.';

/**
 * Sessions (登录会话): a verified identity gets an access token and the first refresh token of a new
 * family; refresh rotates; sign-out ends the family. Every sign-in, failure, lockout, token reuse and
 * sign-out is on the audit log.
 */
@Injectable()
export class SignInService {
  constructor(
    @Inject(PASSWORD_IDENTITY_PROVIDER) private readonly passwords: IdentityProvider<PasswordProof>,
    private readonly tokens: TokenService,
    private readonly refreshTokens: RefreshTokenStore,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async signIn(proof: PasswordProof, origin: RequestOrigin): Promise<TokenResponse> {
    const username = normalizeUsername(proof.username);
    const now = this.clock.now();
    const result = await this.passwords.authenticate({ ...proof, username }, now);
    const entry = { actor: username, target: username, ip: origin.ip, userAgent: origin.userAgent };
    switch (result.outcome) {
      case 'verified':
        await this.audit.record({
          ...entry,
          ...this.onRecord(result.user),
          action: 'auth.sign-in',
          outcome: 'SUCCEEDED',
        });
        await this.refreshTokens.forgetExpired(username, now);
        return this.startSession(result.user, randomUUID(), now);
      case 'refused':
        await this.audit.record({
          ...entry,
          ...this.onRecord(result.account),
          action: 'auth.sign-in.failed',
          outcome: 'REFUSED',
          detail: result.reason,
        });
        throw unauthorized(result.reason === 'disabled' ? DISABLED : WRONG_CREDENTIALS);
      case 'locked':
        await this.audit.record({
          ...entry,
          ...this.onRecord(result.account),
          action: result.justLocked ? 'auth.lockout' : 'auth.sign-in.failed',
          outcome: 'REFUSED',
          detail: `${result.justLocked ? 'locked' : 'attempt while locked'} until ${result.until.toISOString()}`,
        });
        throw new HttpException({ statusCode: 423, error: 'LOCKED', message: result.message }, HttpStatus.LOCKED);
    }
  }

  /** Retires the presented refresh token and issues the next; a retired one presented again ends the family. */
  refresh(refreshToken: string, origin: RequestOrigin): Promise<TokenResponse> {
    return this.refreshTokens.withRecord(refreshToken, async (record, digest) => {
      const now = this.clock.now();
      const decision = decideRefresh(record, now);
      if (decision.kind === 'refuse') throw unauthorized(decision.message);
      const { family, username } = record!;
      const user = await this.passwords.currentIdentity(username);
      const entry = { actor: username, target: username, ip: origin.ip, userAgent: origin.userAgent };
      if (decision.kind === 'reuse-detected') {
        await this.refreshTokens.revokeFamily(family, now);
        await this.audit.record({
          ...entry,
          ...this.onRecord(user),
          action: 'auth.refresh.reuse',
          outcome: 'REFUSED',
          detail: 'a used refresh token was presented again; every token of the sign-in revoked',
        });
        throw unauthorized(decision.message);
      }
      await this.refreshTokens.markUsed(digest, now);
      if (!user) {
        await this.refreshTokens.revokeFamily(family, now);
        await this.audit.record({
          ...entry,
          ...this.onRecord(undefined),
          action: 'auth.refresh',
          outcome: 'REFUSED',
          detail: 'account disabled or removed',
        });
        throw unauthorized(DISABLED);
      }
      // The identity is read again here, so changed posts or counties take effect within one access-token lifetime.
      return this.startSession(user, family, now);
    });
  }

  /** Ends the sign-in the refresh token belongs to; signing out twice, or with an unknown token, is not an error. */
  signOut(refreshToken: string, origin: RequestOrigin): Promise<void> {
    return this.refreshTokens.withRecord(refreshToken, async (record) => {
      if (!record || record.revokedAt) return;
      const now = this.clock.now();
      await this.refreshTokens.revokeFamily(record.family, now);
      const user = await this.passwords.currentIdentity(record.username);
      await this.audit.record({
        actor: record.username,
        target: record.username,
        ...this.onRecord(user),
        action: 'auth.sign-out',
        outcome: 'SUCCEEDED',
        ip: origin.ip,
        userAgent: origin.userAgent,
      });
    });
  }

  private async startSession(user: SignedInUser, family: string, now: Date): Promise<TokenResponse> {
    const refreshToken = await this.refreshTokens.issue({
      family,
      username: user.username,
      issuedAt: now,
      expiresAt: new Date(now.getTime() + this.config.refreshTokenHours * 3_600_000),
    });
    return { ...(await this.tokens.issueAccessToken(user)), refreshToken, user };
  }

  /** An account's posts and first county for its audit entries; none when the username is unknown. */
  private onRecord(account: { roles: SignedInUser['roles']; counties: string[] } | undefined) {
    return { roles: account?.roles ?? [], countyCode: account?.counties[0] ?? '' };
  }
}
