import { describe, expect, expectTypeOf, it } from 'vitest';
import * as api from '../src/index.js';
import type { Notice } from '../src/index.js';

describe('the public surface', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual(['ContractError', 'DecodeError', 'NoticeSchema', 'noticeFailure', 'noticeJsonSchema', 'parseNotice']);
  });

  it('returns the schema type', () => {
    expectTypeOf(api.parseNotice).returns.toEqualTypeOf<Notice>();
  });

  it('accepts a string as well as bytes', () => {
    const notice = api.parseNotice('关于做好春节期间工作的通知\n各单位：\n现将有关事项通知如下。');
    expect(notice.input).toMatchObject({ path: null, encoding: 'utf-8', encodingSource: 'string', format: 'text' });
    expect(notice.title).toBe('关于做好春节期间工作的通知');
  });
});
