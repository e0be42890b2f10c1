export const ES_CLIENT = Symbol('vidx:gateway:es-client');
export const RAW_PRODUCER = Symbol('vidx:gateway:raw-producer');
