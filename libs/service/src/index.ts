export * from './lib/bootstrap';
export * from './lib/json-reply-adapter';
export * from './lib/nest-logger';
export * from './lib/readiness';
export * from './lib/service.constants';
export * from './lib/service.module';
export * from './lib/stage.module';
export * from './lib/aliases-file';
