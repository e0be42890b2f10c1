/** DI tokens of the service module. */
export const CONFIG = Symbol('vidx:config');
export const LOGGER = Symbol('vidx:logger');
export const METRICS_REGISTRY = Symbol('vidx:metrics-registry');
export const READINESS = Symbol('vidx:readiness');
export const SERVICE_NAME = Symbol('vidx:service-name');
