import { describe, expect, it } from 'vitest';
import { findAttachments } from '../../src/attachments/index.js';
import { slice } from '../helpers.js';

const whole = (text: string) => ({ start: 0, end: text.length });

describe('findAttachments', () => {
  it('reads an 附件 line and the numbered list under it', () => {
    const text = '请认真执行。\n附件：1．整改任务清单\n      2．整改台账\n某某委员会';
    const attachments = findAttachments(text, whole(text), []);
    expect(attachments.map((a) => a.name)).toEqual(['整改任务清单', '整改台账']);
    for (const a of attachments) expect(slice(text, a.span!)).toBe(a.name);
  });

  it('joins a document link to the 附件 line that names it', () => {
    const text = '附件：防汛预案';
    expect(findAttachments(text, whole(text), [{ name: '防汛预案', url: '/files/plan.docx' }])).toEqual([
      { name: '防汛预案', url: '/files/plan.docx', span: { start: 3, end: 7 } },
    ]);
  });

  it('finds none in a notice without attachments', () => {
    const text = '现将有关事项通知如下。附件材料另行报送。';
    expect(findAttachments(text, whole(text), [])).toEqual([]);
  });

  it('resolves a relative link against the page URL', () => {
    const text = '附件：防汛预案';
    const [attachment] = findAttachments(text, whole(text), [{ name: '防汛预案', url: '../files/plan.docx' }], 'https://www.example.gov.cn/tzgg/2024/a.html');
    expect(attachment?.url).toBe('https://www.example.gov.cn/tzgg/files/plan.docx');
  });
});
