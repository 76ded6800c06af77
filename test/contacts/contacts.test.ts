import { describe, expect, it } from 'vitest';
import { findContacts } from '../../src/contacts/index.js';
import { slice } from '../helpers.js';

const whole = (text: string) => ({ start: 0, end: text.length });

describe('findContacts', () => {
  it('reads landlines, mobiles and e-mail with normalised values and exact spans', () => {
    const text = '联系电话0475-8628580，手机13912345678，电子信箱：273522813@QQ.com；传真（0475）8628581。';
    const contacts = findContacts(text, whole(text));
    expect(contacts.phones.map((p) => [p.raw, p.value])).toEqual([
      ['0475-8628580', '0475-8628580'],
      ['13912345678', '13912345678'],
      ['（0475）8628581', '0475-8628581'],
    ]);
    expect(contacts.emails.map((e) => [e.raw, e.value])).toEqual([['273522813@QQ.com', '273522813@qq.com']]);
    for (const c of [...contacts.phones, ...contacts.emails]) expect(slice(text, c.span)).toBe(c.raw);
  });

  it('reads an address up to the end of its clause', () => {
    const text = '地址：内蒙古通辽市开发区辽河大街1号，邮编028000';
    const [address] = findContacts(text, whole(text)).addresses;
    expect(address).toMatchObject({ raw: '内蒙古通辽市开发区辽河大街1号', value: '内蒙古通辽市开发区辽河大街1号' });
    expect(slice(text, address!.span)).toBe(address!.raw);
  });

  it.each(['2024325日至520日', '文号通辽开发党发〔2024〕12号', '1.5亿元', '98.71%', '20241216日', '身份证号150402198001011234'])(
    'finds no phone in %j',
    (text) => expect(findContacts(text, whole(text)).phones).toEqual([]),
  );

  it('ignores what lies outside the body', () => {
    const text = '正文。\n网站联系电话：010-12345678';
    expect(findContacts(text, { start: 0, end: 3 }).phones).toEqual([]);
  });
});
