import { randomUUID } from 'node:crypto';
import { Controller, Delete, HttpCode, Inject, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Header, Topic, type Rejection } from '@vidx/contracts';
import type { VidxConfig } from '@vidx/config';
import { cleanStage } from '@vidx/pipeline';
import { CONFIG } from '@vidx/service';
import { ApiKeyGuard } from './api-key.guard';
import { RAW_PRODUCER } from './gateway.constants';
import type { RawProducer } from './raw-producer';
import { checkJsonBody } from './body-check';
import { BadRequestInput } from './request-errors';
import { validateVideoId } from './video-id';

/** Splits a request body into the items that become one videos.raw message each. */
export function bodyItems(body: unknown): unknown[] {
  if (Array.isArray(body)) return body;
  if (body && typeof body === 'object' && Array.isArray((body as { documents?: unknown }).documents)) {
    return (body as { documents: unknown[] }).documents;
  }
  return [body];
}

@ApiTags('ingest')
@ApiSecurity('api-key')
@Controller('v1/videos')
@UseGuards(ApiKeyGuard)
export class VideosController {
  constructor(
    @Inject(RAW_PRODUCER) private readonly producer: RawProducer,
    @Inject(CONFIG) private readonly config: VidxConfig,
  ) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Ingest one or many documents',
    description:
      'Body: a generic JSON document `{videoId,title,description,publishedAt,channelTitle,url,tags}`, a YouTube Data API ' +
      '`youtube#video` resource, an array of those or `{ "documents": [...] }` (application/json); the seed text layout ' +
      '(text/plain: title line, `Published Date: …`, `Source: …`, description); or a YouTube channel Atom feed ' +
      '(application/atom+xml). Each item is validated now (400 if none is valid, with the reasons) and sent to ' +
      '`videos.raw`; 202 returns the document ids, searchable a few seconds later.',
  })
  @ApiBody({
    schema: { type: 'object' },
    examples: {
      generic: {
        value: { videoId: 'abc123', title: 'Kamala Harris meets AMLO', description: 'Vice President Kamala Harris…', publishedAt: '2021-06-08', channelTitle: 'Bloomberg' },
      },
    },
  })
  @ApiAcceptedResponse({ description: '`{ accepted, ids, rejected: [{ item, code, reason }], traceId }`' })
  async ingest(@Req() req: Request) {
    if (req.body === undefined || req.body === '' || (typeof req.body === 'object' && req.body !== null && Object.keys(req.body).length === 0 && !Array.isArray(req.body))) {
      throw new BadRequestInput('the request body is empty: send a document (JSON, text/plain or application/atom+xml)');
    }
    checkJsonBody(req.body);
    const items = bodyItems(req.body);
    if (items.length === 0) throw new BadRequestInput('the request body holds no documents');
    const traceId = req.header('x-trace-id') ?? randomUUID();
    const ids: string[] = [];
    const rejected: Rejection[] = [];
    const messages = [];
    for (let i = 0; i < items.length; i += 1) {
      const { documents, rejected: bad } = cleanStage(items[i], { maxDocumentBytes: this.config.maxDocumentBytes });
      for (const r of bad) rejected.push({ ...r, item: items.length > 1 ? i : r.item });
      if (documents.length === 0) continue;
      ids.push(...documents.map((d) => d.id));
      const value = typeof items[i] === 'string' ? (items[i] as string) : JSON.stringify(items[i]);
      messages.push({ key: documents.length === 1 ? documents[0].id : null, value, headers: { [Header.TraceId]: traceId } });
    }
    if (messages.length === 0) {
      throw new BadRequestInput(`no valid document in the request: ${rejected.map((r) => r.reason).join('; ')}`, rejected);
    }
    await this.producer.send(messages);
    return { accepted: ids.length, ids, rejected, traceId };
  }

  @Delete(':id')
  @HttpCode(202)
  @ApiOperation({ summary: 'Delete a video: a tombstone flows through the stages and removes it from the index' })
  async remove(@Param('id') id: string) {
    validateVideoId(id);
    await this.producer.sendTombstone(Topic.Cleaned, id);
    return { deleted: id };
  }
}
