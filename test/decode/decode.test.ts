import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { utf8Pieces } from '../../src/decode/detect.js';
import { decodeLegacy } from '../../src/decode/legacy.js';
import { decodeBytes, DecodeError } from '../../src/decode/index.js';
import { joined, PIECE_BYTES } from '../../src/text/index.js';

const SAMPLE = '关于开展林长制专项巡察整改工作的通知';
const html = (charset: string, body: string) => `<html><head><meta charset="${charset}"></head><body><p>${body}</p></body></html>`;

describe('decodeBytes', () => {
  it.each([
    ['utf-8', [0xef, 0xbb, 0xbf], Buffer.from(SAMPLE, 'utf8')],
    ['utf-16le', [0xff, 0xfe], Buffer.from(SAMPLE, 'utf16le')],
    ['utf-16be', [0xfe, 0xff], Buffer.from(SAMPLE, 'utf16le').swap16()],
  ])('reads a %s byte-order mark and strips it', (encoding, bom, payload) => {
    const result = decodeBytes(Buffer.concat([Buffer.from(bom), payload]));
    expect(result).toMatchObject({ pieces: [SAMPLE], encoding, encodingSource: 'bom' });
  });

  it('detects plain UTF-8', () => {
    expect(decodeBytes(Buffer.from(SAMPLE))).toMatchObject({ pieces: [SAMPLE], encoding: 'utf-8', encodingSource: 'detected' });
  });

  it('detects GBK bytes as GB18030 (its superset)', () => {
    const result = decodeBytes(iconv.encode(SAMPLE, 'gbk'));
    expect(result).toMatchObject({ pieces: [SAMPLE], encoding: 'gb18030', encodingSource: 'detected' });
  });

  it('detects Big5 bytes', () => {
    const traditional = '關於開展林長制專項巡察整改工作的通知，請各單位認真組織實施。';
    const result = decodeBytes(iconv.encode(traditional, 'big5'));
    expect(result).toMatchObject({ pieces: [traditional], encoding: 'big5', encodingSource: 'detected' });
  });

  it('follows a gb2312 declaration, decoding as GB18030', () => {
    const page = html('gb2312', SAMPLE);
    const result = decodeBytes(iconv.encode(page, 'gbk'));
    expect(result).toMatchObject({ pieces: [page], encoding: 'gb18030', encodingSource: 'declared' });
  });

  it('lets valid UTF-8 bytes win over a declaration that lies, and says so', () => {
    const page = html('gb2312', SAMPLE);
    const result = decodeBytes(Buffer.from(page, 'utf8'));
    expect(result).toMatchObject({ pieces: [page], encoding: 'utf-8', encodingSource: 'detected' });
    expect(result.diagnostics.map((d) => d.code)).toContain('decode/declaration-ignored');
  });

  it('uses a forced encoding and counts what it had to replace', () => {
    const result = decodeBytes(Buffer.from([0xe4, 0xb8, 0x80, 0xff]), { encoding: 'utf-8' });
    expect(result.encodingSource).toBe('option');
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'decode/replacement-characters', message: expect.stringContaining('1 byte') })]);
  });

  it('rejects an unknown forced label', () => {
    expect(() => decodeBytes(Buffer.from('x'), { encoding: 'klingon' })).toThrow(DecodeError);
  });
});

describe('large UTF-8 input', () => {
  // Past PIECE_BYTES, with characters of 1, 2, 3 and 4 bytes so that cuts fall everywhere.
  const large = ['a', 'é', '字', '😀', '\n'].join('').repeat(Math.ceil((2.5 * PIECE_BYTES) / 11));

  it('comes in pieces that join to what one decoding gives, each under the size that costs fresh pages', () => {
    const { pieces } = decodeBytes(Buffer.from(large, 'utf8'));
    expect(pieces.length).toBeGreaterThan(2);
    expect(joined(pieces)).toBe(large);
    for (const piece of pieces) expect(Buffer.byteLength(piece)).toBeLessThanOrEqual(PIECE_BYTES);
  });

  it('counts a NUL in a later piece', () => {
    const result = decodeBytes(Buffer.from(`${large}\u0000`, 'utf8'));
    expect(result.diagnostics.map((d) => d.code)).toEqual(['input/nul-bytes']);
  });

  it('streams large GB18030 through Node\'s decoder in pieces that join to the text', () => {
    const chinese = `${SAMPLE}，第一条\n`.repeat(Math.ceil((2.5 * PIECE_BYTES) / 30));
    const result = decodeBytes(iconv.encode(chinese, 'gbk'));
    expect(result.encoding).toBe('gb18030');
    expect(result.pieces.length).toBeGreaterThan(2);
    expect(joined(result.pieces)).toBe(chinese);
    // Pieces of odd sizes cut inside two-byte characters: the stream carries them over.
    expect(decodeLegacy(iconv.encode(chinese.slice(0, 300), 'gbk'), 'gb18030', 7).join('')).toBe(chinese.slice(0, 300));
  });

  it('decodes mostly-hanzi and mostly-ASCII pieces alike, whichever of Node\'s decoders takes them', () => {
    // Hanzi, characters outside the BMP (surrogate pairs) and Latin-1 letters, then a page of markup.
    const hanzi = '关于𠀀整改通知，第1条：café\n'.repeat(400);
    const markup = `<div class="x">${'<a href="/a/b.html">link</a>\n'.repeat(200)}通知</div>`;
    for (const text of [hanzi, markup, hanzi + markup, markup + hanzi]) {
      const bytes = Buffer.from(text, 'utf8');
      expect(utf8Pieces(bytes).join('')).toBe(text);
      expect(utf8Pieces(bytes, 1000).join('')).toBe(text);
    }
  });

  it('cuts only between characters, even when a piece is smaller than one', () => {
    const bytes = Buffer.from(large.slice(0, 200), 'utf8');
    for (const size of [1, 2, 3, 4, 5, 7, 64]) {
      const pieces = utf8Pieces(bytes, size);
      expect(pieces.join('')).toBe(bytes.toString('utf8'));
      expect(pieces.some((p) => p.includes('\ufffd'))).toBe(false);
    }
  });
});
