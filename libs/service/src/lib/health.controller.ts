import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Registry } from 'prom-client';
import { Readiness } from './readiness';
import { METRICS_REGISTRY, READINESS, SERVICE_NAME } from './service.constants';

@ApiExcludeController()
@Controller()
export class HealthController {
  constructor(
    @Inject(READINESS) private readonly readiness: Readiness,
    @Inject(METRICS_REGISTRY) private readonly registry: Registry,
    @Inject(SERVICE_NAME) private readonly service: string,
  ) {}

  /** The process is up and its event loop answers. */
  @Get('health/live')
  @HttpCode(200)
  live() {
    return { status: 'ok', service: this.service };
  }

  /** Every dependency check passes (consumer joined, cluster reachable…); 503 otherwise. */
  @Get('health/ready')
  async ready(@Res() res: Response) {
    const { ready, checks } = await this.readiness.evaluate();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', service: this.service, checks });
  }

  @Get('metrics')
  async metrics(@Res() res: Response) {
    res.setHeader('content-type', this.registry.contentType);
    res.send(await this.registry.metrics());
  }
}
