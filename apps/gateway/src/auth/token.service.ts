import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type { SignedInUser } from '@onewindow/gateway-api';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config';
import { accessTokenClaims, callerFromClaims, type AuthenticatedCaller } from './access-token-claims';
import { Clock } from './clock';
import { signingKeyFrom } from './signing-key';

export const TOKEN_ISSUER = 'onewindow-gateway';
export const ACCESS_AUDIENCE = 'onewindow';
/** Tracking tokens open one matter's public view only; their own audience keeps them out of staff endpoints. */
export const TRACKING_AUDIENCE = 'onewindow-portal';

// RFC 9068's media type for access tokens; the tracking token has its own, so neither passes for the other.
const ACCESS_TYPE = 'at+jwt';
const TRACKING_TYPE = 'tracking+jwt';
const ALGORITHM = 'HS256';

type TokenKind = 'access token' | 'tracking token';

/** Why a bearer token was refused, in words the client can act on. */
function refusal(kind: TokenKind, error: unknown): UnauthorizedException {
  const again = kind === 'access token' ? 'refresh it or sign in again' : 'ask for a new tracking code';
  const code = (error as { code?: string }).code;
  if (error instanceof errors.JWTExpired) return unauthorized(`${kind} expired; ${again}`);
  if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') {
    return unauthorized(`${kind} signature is invalid: it was forged or signed with another key`);
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    return unauthorized(`${kind} is not valid here (${error.claim}: ${error.reason}); ${again}`);
  }
  if (code === 'ERR_JOSE_ALG_NOT_ALLOWED') return unauthorized(`${kind} is not signed with ${ALGORITHM}`);
  return unauthorized(`${kind} is malformed`);
}

export function unauthorized(message: string): UnauthorizedException {
  return new UnauthorizedException({ statusCode: 401, error: 'UNAUTHORIZED', message });
}

/** Signs and checks the gateway's bearer tokens: staff access tokens and the portal's tracking tokens. */
@Injectable()
export class TokenService {
  private readonly key: Uint8Array;

  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    private readonly clock: Clock,
  ) {
    this.key = signingKeyFrom(config.tokenSecret);
  }

  /** A short-lived access token carrying the user's posts and counties; nothing is looked up per request. */
  async issueAccessToken(user: SignedInUser): Promise<{ accessToken: string; expiresIn: number }> {
    const { sub, ...claims } = accessTokenClaims(user);
    const expiresIn = this.config.accessTokenMinutes * 60;
    return { accessToken: await this.sign(claims, sub, ACCESS_AUDIENCE, ACCESS_TYPE, expiresIn), expiresIn };
  }

  async verifyAccessToken(token: string): Promise<AuthenticatedCaller> {
    const payload = await this.verify(token, ACCESS_AUDIENCE, ACCESS_TYPE, 'access token');
    const caller = callerFromClaims(payload);
    if (!caller) throw unauthorized('access token claims are malformed');
    return caller;
  }

  /** For the public portal: 30 minutes (by default) of read access to one matter, after the code sent to the phone. */
  async issueTrackingToken(matterNumber: string): Promise<{ trackingToken: string; expiresIn: number }> {
    const expiresIn = this.config.trackingTokenMinutes * 60;
    const trackingToken = await this.sign(
      { matterNumber },
      `portal:${matterNumber}`,
      TRACKING_AUDIENCE,
      TRACKING_TYPE,
      expiresIn,
    );
    return { trackingToken, expiresIn };
  }

  /** The matter number the tracking token opens; 401 saying why when it is forged, malformed or expired. */
  async verifyTrackingToken(token: string): Promise<string> {
    const { matterNumber } = await this.verify(token, TRACKING_AUDIENCE, TRACKING_TYPE, 'tracking token');
    if (typeof matterNumber !== 'string' || matterNumber === '') throw unauthorized('tracking token names no matter');
    return matterNumber;
  }

  private sign(claims: JWTPayload, subject: string, audience: string, typ: string, lifetimeSeconds: number) {
    const issuedAt = Math.floor(this.clock.now().getTime() / 1000);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: ALGORITHM, typ })
      .setSubject(subject)
      .setIssuer(TOKEN_ISSUER)
      .setAudience(audience)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + lifetimeSeconds)
      .sign(this.key);
  }

  private async verify(token: string, audience: string, typ: string, kind: TokenKind): Promise<JWTPayload> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: TOKEN_ISSUER,
        audience,
        typ,
        currentDate: this.clock.now(),
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      return payload;
    } catch (error) {
      throw refusal(kind, error);
    }
  }
}
