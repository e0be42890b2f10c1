export * from './lib/errors';
export * from './lib/entities';
export * from './lib/mojibake';
export * from './lib/normalize';
export * from './lib/dates';
export * from './lib/language';
export * from './lib/document-id';
export * from './lib/clean';
