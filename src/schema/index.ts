export * from './notice.js';
export { noticeJsonSchema } from './json-schema.js';
