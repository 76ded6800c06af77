import { toJSONSchema } from 'zod/mini';
import { NoticeSchema } from './notice.js';

/** The output contract as JSON Schema (draft 2020-12), via zod 4's own converter. */
export function noticeJsonSchema(): Record<string, unknown> {
  return toJSONSchema(NoticeSchema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
}
