import { createHash, timingSafeEqual } from 'node:crypto';
import { CanActivate, ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import type { VidxConfig } from '@vidx/config';
import { CONFIG } from '@vidx/service';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Write endpoints need a key from VIDX_API_KEYS (header `x-api-key` or `Authorization: Bearer`).
 * Keys are kept only as SHA-256 digests and compared in constant time. With no keys configured,
 * writes are open (local development), which the gateway logs at start-up.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly digests: Buffer[];

  constructor(@Inject(CONFIG) config: VidxConfig) {
    this.digests = config.gateway.apiKeys.map(digest);
  }

  get enabled(): boolean {
    return this.digests.length > 0;
  }

  canActivate(context: ExecutionContext): boolean {
    if (!this.enabled) return true;
    const req = context.switchToHttp().getRequest<Request>();
    const header = req.header('x-api-key') ?? req.header('authorization')?.replace(/^Bearer\s+/i, '');
    if (!header) throw new UnauthorizedException('this endpoint needs an API key: send it in the x-api-key header');
    const given = digest(header);
    let ok = false;
    for (const d of this.digests) ok = timingSafeEqual(d, given) || ok;
    if (!ok) throw new UnauthorizedException('the API key is not valid');
    return true;
  }
}
