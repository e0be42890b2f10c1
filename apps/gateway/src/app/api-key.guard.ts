import { CanActivate, ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import type { IncomingHttpHeaders } from 'node:http';
import type { VidxConfig } from '@vidx/config';
import { CONFIG } from '@vidx/service';
import { ApiKeys, presentedKey } from './api-keys';
import { API_KEYS } from './gateway.constants';

/** True, or a 401 when the request carries no key or one that is not valid. */
export function requireKey(keys: ApiKeys, req: { headers: IncomingHttpHeaders }): true {
  const key = presentedKey(req);
  if (key === undefined) throw new UnauthorizedException('this endpoint needs an API key: send it in the x-api-key header (or Authorization: Bearer <key>)');
  if (!keys.match(key)) throw new UnauthorizedException('the API key is not valid');
  return true;
}

/**
 * Write endpoints need a key from VIDX_API_KEYS / VIDX_API_KEY_SHA256. With no keys configured,
 * writes are open (local development), which the gateway logs at start-up.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(@Inject(API_KEYS) private readonly keys: ApiKeys) {}

  canActivate(context: ExecutionContext): boolean {
    return !this.keys.enabled || requireKey(this.keys, context.switchToHttp().getRequest());
  }
}

/** The read endpoints' rule (ReadKeyGuard, and the search fast path): a valid key only with VIDX_SEARCH_REQUIRES_KEY=true. */
export function requireReadKey(keys: ApiKeys, config: VidxConfig, req: { headers: IncomingHttpHeaders }): true {
  return !config.gateway.searchRequiresKey || requireKey(keys, req);
}

/** Read endpoints (search, suggest, similar, stats, videos, entities) need a key only with VIDX_SEARCH_REQUIRES_KEY=true. */
@Injectable()
export class ReadKeyGuard implements CanActivate {
  constructor(
    @Inject(API_KEYS) private readonly keys: ApiKeys,
    @Inject(CONFIG) private readonly config: VidxConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    return requireReadKey(this.keys, this.config, context.switchToHttp().getRequest());
  }
}
