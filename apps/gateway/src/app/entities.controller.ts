import { Controller, Get, Inject, NotFoundException, Param, Query, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Client } from '@elastic/elasticsearch';
import type { VidxConfig } from '@vidx/config';
import { cleanText, ENTITY_ID, EntityParamsSchema, getEntity, listEntities } from '@vidx/search';
import { z } from 'zod';
import { CONFIG } from '@vidx/service';
import { ReadKeyGuard } from './api-key.guard';
import { ES_CLIENT } from './gateway.constants';
import { BadRequestInput, parseQuery } from './request-errors';

/** Control characters and broken Unicode in what was typed are refused before the entity query is built. */
const PREFIX_TEXT = z.object({ prefix: cleanText('prefix').optional() }).passthrough();

@ApiTags('entities')
@Controller('v1/entities')
@UseGuards(ReadKeyGuard)
export class EntitiesController {
  constructor(
    @Inject(ES_CLIENT) private readonly es: Client,
    @Inject(CONFIG) private readonly config: VidxConfig,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Autocomplete and top entities, with document counts',
    description:
      'People, organisations and places from the entity registry. With `prefix`, those whose canonical name or any alias ' +
      'starts with it (accent- and case-insensitive, word by word), most documents first. Without, the most frequent. ' +
      'Example: `/v1/entities?type=PERSON&prefix=lop&size=5`.',
  })
  @ApiQuery({ name: 'type', required: false, enum: ['PERSON', 'ORGANIZATION', 'LOCATION'] })
  @ApiQuery({ name: 'prefix', required: false, example: 'lop', description: 'What the user typed so far (1–100 characters)' })
  @ApiQuery({ name: 'size', required: false, description: '1–50, default 10' })
  @ApiOkResponse({ description: '`{ entities: [{ id, type, canonical, aliases, documents }] }`' })
  async list(@Query() query: Record<string, unknown>) {
    parseQuery(PREFIX_TEXT, query);
    return listEntities(this.es, this.config.elasticsearch.indexAlias, parseQuery(EntityParamsSchema, query));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One registered entity: canonical name, type, aliases, document count' })
  @ApiParam({ name: 'id', example: 'p-0123456789abcdef0123', description: 'The `id` from /v1/entities or a search facet' })
  async one(@Param('id') id: string) {
    if (!ENTITY_ID.test(id)) throw new BadRequestInput(`invalid parameter: id: "${id}" is not an entity id (p-, o- or l- and 20 hex digits)`, [{ parameter: 'id', problem: 'not an entity id' }]);
    const entity = await getEntity(this.es, this.config.elasticsearch.indexAlias, id);
    if (!entity) throw new NotFoundException(`no entity with id "${id}"`);
    return entity;
  }
}
