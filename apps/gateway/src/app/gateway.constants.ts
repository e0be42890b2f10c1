export const ES_CLIENT = Symbol('vidx:gateway:es-client');
export const RAW_PRODUCER = Symbol('vidx:gateway:raw-producer');
export const API_KEYS = Symbol('vidx:gateway:api-keys');
export const SNAPSHOTS = Symbol('vidx:gateway:snapshots');
export const CONSUMER_LAG = Symbol('vidx:gateway:consumer-lag');
export const REGISTRY_CACHE = Symbol('vidx:gateway:registry-cache');
export const SEARCH_GATE = Symbol('vidx:gateway:search-gate');
