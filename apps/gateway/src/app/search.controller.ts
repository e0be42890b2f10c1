import { Controller, Get, Inject, NotFoundException, Param, Query, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiSecurity, ApiServiceUnavailableResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Client } from '@elastic/elasticsearch';
import type { VidxConfig } from '@vidx/config';
import { getVideo, indexStats, SimilarParamsSchema, similarVideos, suggest, SuggestParamsSchema } from '@vidx/search';
import { CONFIG } from '@vidx/service';
import { ReadKeyGuard } from './api-key.guard';
import type { ConsumerLag } from './consumer-lag';
import { CONSUMER_LAG, ES_CLIENT, VIDEO_SEARCH } from './gateway.constants';
import { parseQuery } from './request-errors';
import type { VideoSearch } from './video-search';
import { validateVideoId } from './video-id';

const HIT_EXAMPLE = {
  id: 'Yq3vH8kTn2E',
  score: 7.1,
  title: 'Kamala Harris Meets Mexican President AMLO in Mexico City',
  publishedAt: '2021-06-08T00:00:00.000Z',
  source: 'Bloomberg Quicktake: Now',
  url: 'https://www.youtube.com/watch?v=Yq3vH8kTn2E',
  language: 'en',
  highlight: { title: 'Kamala Harris Meets Mexican President AMLO in <mark>Mexico</mark> City', body: ['Vice President Kamala Harris arrived at <mark>Mexico</mark>&#x27;s National Palace Tuesday with a visit with <mark>Mexico</mark>&#x27;s President, Andrés Manuel López Obrador'] },
  people: ['Kamala Harris', 'Andrés Manuel López Obrador'],
  organizations: ['Biden administration'],
  locations: ['Mexico City'],
  dates: ['2021-06-08'],
  money: [],
  percents: [],
};

const SEARCH_EXAMPLE = {
  total: 42,
  hits: [HIT_EXAMPLE],
  nextCursor: 'eyJ2IjoxLCJwIjoiNDZUb0F3TURhV1I1QlhWMWFXUXk…',
  facets: {
    people: [{ id: 'p-1a2b3c4d5e6f7a8b9c0d', name: 'Kamala Harris', count: 12 }],
    organizations: [{ id: 'o-0d9c8b7a6f5e4d3c2b1a', name: 'Biden administration', count: 5 }],
    locations: [{ id: 'l-00112233445566778899', name: 'Mexico City', count: 9 }],
    sources: [{ name: 'Bloomberg Quicktake: Now', count: 20 }],
    languages: [{ name: 'en', count: 40 }],
    dates: [{ period: '2021', from: '2021-01-01', to: '2021-12-31', count: 17 }],
  },
  fuzzy: false,
};

const ERROR_EXAMPLE = { error: { code: 'BAD_REQUEST', message: 'invalid parameter: size: Too big: expected number to be <=100', details: [{ parameter: 'size', problem: 'Too big: expected number to be <=100' }] } };

@ApiTags('search')
@ApiSecurity('api-key')
@Controller('v1')
@UseGuards(ReadKeyGuard)
@ApiBadRequestResponse({ description: 'A parameter is wrong; the message and `details` name it.', schema: { example: ERROR_EXAMPLE } })
@ApiTooManyRequestsResponse({ description: 'Over GATEWAY_RATE_LIMIT_PER_MINUTE for this key or address; `Retry-After` says when to retry.' })
export class SearchController {
  constructor(
    @Inject(ES_CLIENT) private readonly es: Client,
    @Inject(CONFIG) private readonly config: VidxConfig,
    @Inject(CONSUMER_LAG) private readonly lag: ConsumerLag,
    @Inject(VIDEO_SEARCH) private readonly searches: VideoSearch,
  ) {}

  @Get('search')
  @ApiOperation({
    summary: 'Search videos',
    description:
      'Full-text search over titles and editorial text (boilerplate removed), accent-insensitive and typo-tolerant: ' +
      'when nothing matches the words as typed and a word has a close indexed spelling, the search is retried allowing one edit in words of 4–6 letters and two from 7 ' +
      '(exact matches first); such an answer has `fuzzy: true` and `corrections` (typed → closest indexed spelling, marked in the highlights). ' +
      'Syntax of `q`: words (all must match), `"exact phrases"`, `-excluded` words or `-"phrases"`, `a OR b` / `a | b`, ' +
      'parentheses for grouping. Alias-aware: words that name a registered entity by any alias ("AMLO") also match documents ' +
      'that carry the entity under another name ("López Obrador"); person/organization/location filters accept aliases too. ' +
      'Filters are repeatable and combine (all must hold). Paging: pass `nextCursor` back as `cursor` with the same query; ' +
      'pages come from a snapshot, so they stay consistent while documents are indexed, and go as deep as needed. ' +
      'A cursor lives 5 minutes after its page was read (400 CURSOR_EXPIRED after that). ' +
      'Example: `/v1/search?q=migration%20-guatemala&person=AMLO&from=2021-01-01&sort=newest&size=10`.',
  })
  @ApiQuery({ name: 'q', required: false, description: 'Words, "phrases", -exclusions, a OR b, a | b (at most 1000 characters)', example: 'López Obrador migration' })
  @ApiQuery({ name: 'person', required: false, isArray: true, description: 'Person, canonical name or alias (repeatable: all must match)', example: ['Kamala Harris'] })
  @ApiQuery({ name: 'organization', required: false, isArray: true, description: 'Organisation, canonical name or alias (repeatable)', example: ['Federal Reserve'] })
  @ApiQuery({ name: 'location', required: false, isArray: true, description: 'Place, canonical name or alias (repeatable)', example: ['Mexico City'] })
  @ApiQuery({ name: 'source', required: false, isArray: true, description: 'Channel / source name, exact (repeatable)', example: ['Bloomberg Quicktake: Now'] })
  @ApiQuery({ name: 'language', required: false, isArray: true, description: 'ISO 639-1 language code (repeatable)', example: ['en'] })
  @ApiQuery({ name: 'from', required: false, description: 'Published on or after (ISO 8601 date or date-time)', example: '2021-01-01' })
  @ApiQuery({ name: 'to', required: false, description: 'Published on or before (ISO 8601 date or date-time)', example: '2021-12-31' })
  @ApiQuery({ name: 'sort', required: false, enum: ['relevance', 'newest', 'oldest'], description: 'Default relevance' })
  @ApiQuery({ name: 'size', required: false, description: 'Hits per page, 1–100, default 10', example: 10 })
  @ApiQuery({ name: 'cursor', required: false, description: '`nextCursor` of the previous page, unchanged' })
  @ApiOkResponse({
    description:
      'Hits of this page with their excerpts (HTML-escaped, matched words in `<mark>`: `highlight.title` when the title matched, `highlight.body` the best-matching ' +
      'fragment of the body or else its beginning) and the entities of each hit (canonical values per type; ' +
      'their mentions are in GET /v1/videos/:id), the total, the next cursor (null on the last page), facets of all matches, and whether the results are fuzzy.',
    schema: { example: SEARCH_EXAMPLE },
  })
  @ApiServiceUnavailableResponse({
    description: 'OVERLOADED: more than GATEWAY_ES_MAX_QUEUED searches are already waiting for Elasticsearch; `Retry-After` says when to retry.',
    schema: { example: { error: { code: 'OVERLOADED', message: '1000 searches are already waiting for Elasticsearch (GATEWAY_ES_MAX_QUEUED): retry in a second' } } },
  })
  async search(@Query() query: Record<string, unknown>) {
    return this.searches.run(query);
  }

  @Get('suggest')
  @ApiOperation({
    summary: 'Suggestions as you type',
    description: 'Titles whose words start with what was typed (accent- and case-insensitive) and registered people, organisations and places whose name or any alias starts with it. Example: `/v1/suggest?q=lop%20ob`.',
  })
  @ApiQuery({ name: 'q', required: true, description: 'What the user typed so far (1–100 characters)', example: 'harr' })
  @ApiQuery({ name: 'size', required: false, description: 'Per kind, 1–20, default 5' })
  @ApiOkResponse({
    schema: {
      example: {
        titles: [{ id: 'Yq3vH8kTn2E', title: 'Kamala Harris Meets Mexican President AMLO in Mexico City', publishedAt: '2021-06-08T00:00:00.000Z', source: 'Bloomberg Quicktake: Now' }],
        entities: [{ id: 'p-1a2b3c4d5e6f7a8b9c0d', type: 'PERSON', name: 'Kamala Harris' }],
      },
    },
  })
  async suggest(@Query() query: Record<string, unknown>) {
    return suggest(this.es, this.config.elasticsearch.indexAlias, parseQuery(SuggestParamsSchema, query));
  }

  @Get('stats')
  @ApiOperation({
    summary: 'Index and pipeline status',
    description:
      'Documents indexed, when the last one was indexed, per stage the messages its consumer group has not committed yet (lag; null with an error when Kafka could not be asked), ' +
      'and the gateway\'s searches: how many it sends to Elasticsearch at once, how many are there now and how many wait for a turn.',
  })
  @ApiOkResponse({
    schema: {
      example: {
        documents: 1234,
        lastIndexedAt: '2026-11-27T14:58:25.000Z',
        stages: { cleaner: { group: 'vidx-cleaner', topic: 'videos.raw', lag: 0 }, indexer: { group: 'vidx-indexer', topic: 'videos.enriched', lag: 12 } },
        searches: { concurrency: 6, inFlight: 3, waiting: 0 },
      },
    },
  })
  async stats() {
    const [index, stages] = await Promise.all([indexStats(this.es, this.config.elasticsearch.indexAlias), this.lag.read()]);
    const { concurrency, inFlight, waiting } = this.searches.gate;
    return { ...index, stages, searches: { concurrency, inFlight, waiting } };
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

  @Get('videos/:id/similar')
  @ApiOperation({ summary: 'Videos most like this one (title and body), the video itself left out', description: 'Example: `/v1/videos/Yq3vH8kTn2E/similar?size=5`.' })
  @ApiParam({ name: 'id', example: 'Yq3vH8kTn2E' })
  @ApiQuery({ name: 'size', required: false, description: '1–50, default 10' })
  @ApiOkResponse({ schema: { example: { hits: [HIT_EXAMPLE] } } })
  async similar(@Param('id') id: string, @Query() query: Record<string, unknown>) {
    validateVideoId(id);
    const result = await similarVideos(this.es, this.config.elasticsearch.indexAlias, id, parseQuery(SimilarParamsSchema, query));
    if (!result) throw new NotFoundException(`no video with id "${id}"`);
    return result;
  }
}
