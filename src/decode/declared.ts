/** How far into the file a charset declaration is looked for (HTML puts it in <head>). */
const SNIFF_BYTES = 4096;

// Bounded character classes only: these run on untrusted input.
const DECLARATIONS: readonly RegExp[] = [
  /<meta[^>]{0,200}?charset\s{0,5}=\s{0,5}["']?\s{0,5}([\w.:-]{1,40})/i,
  /<\?xml[^>]{0,200}?encoding\s{0,5}=\s{0,5}["']([\w.:-]{1,40})/i,
];

/** The charset a page declares in its first bytes (`<meta charset>`, http-equiv, XML declaration), or null. */
export function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SNIFF_BYTES)).toString('latin1');
  // Both declarations open with `<`. Without one (plain text) the patterns are not even
  // compiled, which on a single file's start costs more than the whole decode stage.
  if (!head.includes('<')) return null;
  for (const pattern of DECLARATIONS) {
    const match = pattern.exec(head);
    if (match?.[1]) return match[1];
  }
  return null;
}
