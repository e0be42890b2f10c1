export const ES_CLIENT = Symbol('vidx:gateway:es-client');
export const RAW_PRODUCER = Symbol('vidx:gateway:raw-producer');
export const API_KEYS = Symbol('vidx:gateway:api-keys');
export const CONSUMER_LAG = Symbol('vidx:gateway:consumer-lag');
export const VIDEO_SEARCH = Symbol('vidx:gateway:video-search');
