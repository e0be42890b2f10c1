export * from './lib/helpers';
export * from './lib/infra';
