import { Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Client } from '@elastic/elasticsearch';
import type { VidxConfig } from '@vidx/config';
import { getVideo, searchVideos, SearchParamsSchema } from '@vidx/search';
import { CONFIG } from '@vidx/service';
import { ES_CLIENT } from './gateway.constants';
import { parseQuery } from './request-errors';
import { validateVideoId } from './video-id';

@ApiTags('search')
@Controller('v1')
export class SearchController {
  constructor(
    @Inject(ES_CLIENT) private readonly es: Client,
    @Inject(CONFIG) private readonly config: VidxConfig,
  ) {}

  @Get('search')
  @ApiOperation({
    summary: 'Search videos',
    description:
      'Full-text search over titles and editorial text (boilerplate removed), accent-insensitive. ' +
      'Alias-aware: words that name a registered entity by any alias ("AMLO") also match documents that carry the entity ' +
      'under another name ("López Obrador"); person/organization/location filters accept aliases too. ' +
      'Example: `/v1/search?q=L%C3%B3pez%20Obrador&person=Kamala%20Harris&sort=newest&size=10`.',
  })
  @ApiQuery({ name: 'q', required: false, description: 'Words, "phrases", -exclusions, a | b for OR', example: 'López Obrador' })
  @ApiQuery({ name: 'person', required: false, isArray: true, description: 'Canonical person name (repeatable: all must match)' })
  @ApiQuery({ name: 'organization', required: false, isArray: true })
  @ApiQuery({ name: 'location', required: false, isArray: true })
  @ApiQuery({ name: 'source', required: false, isArray: true, description: 'Channel / source name' })
  @ApiQuery({ name: 'language', required: false, isArray: true, example: 'en' })
  @ApiQuery({ name: 'from', required: false, description: 'Published on or after (ISO 8601 date)', example: '2021-01-01' })
  @ApiQuery({ name: 'to', required: false, description: 'Published on or before (ISO 8601 date)' })
  @ApiQuery({ name: 'sort', required: false, enum: ['relevance', 'newest', 'oldest'] })
  @ApiQuery({ name: 'size', required: false, description: '1–100, default 10' })
  @ApiOkResponse({
    description: '`{ total, hits: [{ id, title, publishedAt, source, snippet, highlight, people, organizations, locations, entities }], facets: { people, organizations, locations: [{ id, name, count }] } }`',
  })
  async search(@Query() query: Record<string, unknown>) {
    return searchVideos(this.es, this.config.elasticsearch.indexAlias, parseQuery(SearchParamsSchema, query));
  }

  @Get('videos/:id')
  @ApiOperation({ summary: 'One enriched video document, including the boilerplate that was removed' })
  @ApiParam({ name: 'id', example: 'Yq3vH8kTn2E' })
  async video(@Param('id') id: string) {
    validateVideoId(id);
    const doc = await getVideo(this.es, this.config.elasticsearch.indexAlias, id);
    if (!doc) throw new NotFoundException(`no video with id "${id}"`);
    return doc;
  }
}
