/** The labelled-line reader on its own: the shapes the corpus has, found from each colon backwards. */
import { describe, expect, it } from 'vitest';
import { readLabels } from '../../src/extract/labels.js';

describe('readLabels', () => {
  it('reads several labels on one line, each value up to the next label', () => {
    expect(readLabels('发布日期：2024-03-25 来源：市政府办 浏览次数：12')).toEqual([
      { field: 'publishedAt', label: '发布日期', value: '2024-03-25' },
      { field: 'source', label: '来源', value: '市政府办' },
      { field: 'ignored', label: '浏览次数', value: '12' },
    ]);
  });

  it('takes the longest label that ends at a colon (信息来源, not 来源 with 信息 before it)', () => {
    expect(readLabels('信息来源: 办公室')).toEqual([{ field: 'source', label: '信息来源', value: '办公室' }]);
  });

  it('reads labels spaced out to fill a table cell, with blanks before the colon too', () => {
    expect(readLabels('索 引 号：\t000014349/2024-00012\t主题分类：\t卫生')).toEqual([
      { field: 'ignored', label: '索引号', value: '000014349/2024-00012' },
      { field: 'ignored', label: '主题分类', value: '卫生' },
    ]);
    expect(readLabels('标　　题 ：关于开展检查的通知')).toEqual([{ field: 'title', label: '标题', value: '关于开展检查的通知' }]);
  });

  it('allows at most three blanks between the letters of a label', () => {
    expect(readLabels('标    题：关于开展检查的通知')).toBeNull();
  });

  it('gives an empty value when it stands on the next line', () => {
    expect(readLabels('信息来源：')).toEqual([{ field: 'source', label: '信息来源', value: '' }]);
  });

  it('reads Traditional labels through the Simplified fold, values as written', () => {
    expect(readLabels('發布時間：2024年3月25日')).toEqual([{ field: 'publishedAt', label: '发布时间', value: '2024年3月25日' }]);
  });

  it('needs the line to start with a label (after an optional leading time)', () => {
    expect(readLabels('各单位：现将有关事项通知如下')).toBeNull();
    expect(readLabels('请于3月25日前报送。联系人：张三')).toBeNull();
    expect(readLabels('2015-05-21 05:03:58　来源: 人民网')).toEqual([
      { field: 'publishedAt', label: '', value: '2015-05-21 05:03:58' },
      { field: 'source', label: '来源', value: '人民网' },
    ]);
  });

  it('falls back to a byline with a full time in it', () => {
    expect(readLabels('maomaobear 2015-06-19 11:20:11 0人参与评论')).toEqual([{ field: 'publishedAt', label: '', value: '2015-06-19 11:20:11' }]);
  });
});
