/** Each kind of figure a report states, and how it is read. */
import { describe, expect, it } from 'vitest';
import { findFacts } from '../../src/inspection/facts.js';
import { readQuantity } from '../../src/inspection/quantity.js';

const facts = (text: string) => findFacts(text, { start: 0, end: text.length }).map((f) => [f.raw, f.quantity, f.unit, f.subject, f.status, f.approximate]);

describe('findFacts', () => {
  it.each([
    ['巡视反馈的3个方面', ['3个方面', 3, '个', '方面', 'declared', false]],
    ['反馈问题12个', ['反馈问题12个', 12, '个', '问题', 'declared', false]],
    ['细化分解为30项具体问题', ['30项具体问题', 30, '项', '具体问题', 'declared', false]],
    ['制定整改措施32条', ['整改措施32条', 32, '条', '措施', 'declared', false]],
    ['建立健全制度16项', ['建立健全制度16项', 16, '项', '制度', 'declared', false]],
    ['其中立行立改6个', ['立行立改6个', 6, '个', '问题', 'completed', false]],
    ['整改完成率98.71%', ['完成率98.71%', 98.71, '%', '完成率', 'declared', false]],
    ['共清退违规资金36.5万元', ['清退违规资金36.5万元', 36.5, '万元', '资金', 'completed', false]],
    ['追回资金1200余万元', ['追回资金1200余万元', 1200, '万元', '资金', 'completed', true]],
    ['挽回经济损失1.2亿元', ['挽回经济损失1.2亿元', 1.2, '亿元', '资金', 'completed', false]],
    ['问责十二人', ['问责十二人', 12, '人', '人', 'completed', false]],
    ['约谈相关负责人45人次', ['约谈相关负责人45人次', 45, '人次', '人', 'completed', false]],
    ['移交问题线索3件', ['移交问题线索3件', 3, '件', '线索', 'completed', false]],
  ])('%s', (text, expected) => {
    expect(facts(text)).toEqual([expected]);
  });

  it('gives a bare completion count the subject declared before it, preferring the same unit', () => {
    expect(facts('反馈的3个方面12个问题，细化分解为30项具体问题，已完成整改10个，正在推进整改2个；细化问题30个，已完成整改27个。').map((f) => [f[0], f[3], f[4]])).toEqual([
      ['3个方面', '方面', 'declared'],
      ['12个问题', '问题', 'declared'],
      ['30项具体问题', '具体问题', 'declared'],
      ['已完成整改10个', '问题', 'completed'],
      ['正在推进整改2个', '问题', 'inProgress'],
      ['细化问题30个', '具体问题', 'declared'],
      ['已完成整改27个', '具体问题', 'completed'],
    ]);
  });

  it.each(['巡林150余次', '印发宣传单1000余份', '2024年第16次集体学习', '共48人'])('%s is no fact', (text) => {
    expect(facts(text)).toEqual([]);
  });
});

describe('readQuantity', () => {
  it.each([
    ['150余', { quantity: 150, approximate: true }],
    ['近200', { quantity: 200, approximate: true }],
    ['约3.5', { quantity: 3.5, approximate: true }],
    ['二十六', { quantity: 26, approximate: false }],
    ['两', { quantity: 2, approximate: false }],
    ['50多', { quantity: 50, approximate: true }],
  ])('%s', (written, expected) => expect(readQuantity(written)).toEqual(expected));
});
