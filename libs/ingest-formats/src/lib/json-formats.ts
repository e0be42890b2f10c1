import { InvalidFieldError, UnknownShapeError } from './errors';
import type { RawRecord } from './raw-record';

type Obj = Record<string, unknown>;

export function isPlainObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** An optional string field: absent and null mean "not given"; any other non-string is an error. */
function optString(obj: Obj, key: string, path = key): string | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new InvalidFieldError(path, `must be a string, got ${describe(value)}`);
  return value;
}

function optTags(obj: Obj, key: string, path = key): string[] {
  const value = obj[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((tag) => typeof tag !== 'string')) {
    throw new InvalidFieldError(path, `must be an array of strings, got ${describe(value)}`);
  }
  return value as string[];
}

/** `https://www.youtube.com/watch?v=ID`, `https://youtu.be/ID`, `…/shorts/ID` → ID. */
export function videoIdFromUrl(url: string): string | undefined {
  const match =
    /^https?:\/\/(?:www\.|m\.)?youtube\.com\/(?:watch\?(?:[^#]*&)?v=|shorts\/|embed\/|live\/)([\w-]{6,20})/i.exec(url) ??
    /^https?:\/\/youtu\.be\/([\w-]{6,20})/i.exec(url);
  return match?.[1];
}

export function youtubeWatchUrl(videoId: string): string {
  return `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}`;
}

/** True for a YouTube Data API v3 video (or search result) resource. */
export function isYouTubeResource(obj: Obj): boolean {
  return obj.kind === 'youtube#video' || obj.kind === 'youtube#searchResult' || isPlainObject(obj.snippet);
}

/** True for the generic JSON shape `{videoId,title,description,publishedAt,channelTitle,url,tags}`. */
export function isGenericJson(obj: Obj): boolean {
  return ['videoId', 'title', 'description'].some((key) => key in obj);
}

/** The generic JSON object. `source` and `channel` are accepted as aliases of `channelTitle`. */
export function fromGenericJson(obj: Obj): RawRecord {
  const record: RawRecord = { format: 'json', tags: optTags(obj, 'tags') };
  const videoId = optString(obj, 'videoId');
  const url = optString(obj, 'url');
  const source = optString(obj, 'channelTitle') ?? optString(obj, 'source') ?? optString(obj, 'channel');
  assign(record, {
    videoId: videoId ?? (url ? videoIdFromUrl(url) : undefined),
    title: optString(obj, 'title'),
    description: optString(obj, 'description'),
    publishedAt: optString(obj, 'publishedAt'),
    source,
    url,
  });
  return record;
}

/** A YouTube Data API v3 `youtube#video` resource (`id` a string) or search result (`id.videoId`). */
export function fromYouTubeResource(obj: Obj): RawRecord {
  if (obj.kind !== undefined && obj.kind !== 'youtube#video' && obj.kind !== 'youtube#searchResult') {
    throw new UnknownShapeError(`a YouTube resource of kind "${String(obj.kind)}" is not a video`);
  }
  let videoId: string | undefined;
  if (typeof obj.id === 'string') videoId = obj.id;
  else if (isPlainObject(obj.id)) videoId = optString(obj.id, 'videoId', 'id.videoId');
  else if (obj.id !== undefined && obj.id !== null) throw new InvalidFieldError('id', `must be a string, got ${describe(obj.id)}`);
  const snippet = obj.snippet;
  if (!isPlainObject(snippet)) {
    throw new InvalidFieldError('snippet', `must be an object holding title and description, got ${describe(snippet)}`);
  }
  const record: RawRecord = { format: 'youtube-video', tags: optTags(snippet, 'tags', 'snippet.tags') };
  assign(record, {
    videoId,
    title: optString(snippet, 'title', 'snippet.title'),
    description: optString(snippet, 'description', 'snippet.description'),
    publishedAt: optString(snippet, 'publishedAt', 'snippet.publishedAt'),
    source: optString(snippet, 'channelTitle', 'snippet.channelTitle'),
    url: videoId ? youtubeWatchUrl(videoId) : undefined,
  });
  return record;
}

/** Copies only the defined values, so documents never carry `key: undefined`. */
export function assign(record: RawRecord, values: Partial<Omit<RawRecord, 'format' | 'tags'>>): void {
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) (record as unknown as Obj)[key] = value;
  }
}
