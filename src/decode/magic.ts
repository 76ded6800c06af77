/**
 * Files that are not notices at all, given by mistake, told by their first
 * bytes: documents, images, archives, executables. Checked before decoding so
 * that a PDF is named as a PDF rather than failing as undecodable text.
 */
interface Signature {
  bytes: ReadonlyArray<number | null>;
  /** What it is, as the error says it: "looks like …". */
  what: string;
}

const ascii = (text: string) => [...text].map((ch) => ch.charCodeAt(0));

const SIGNATURES: readonly Signature[] = [
  { bytes: ascii('%PDF-'), what: 'a PDF document' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an Office or WPS document (.doc, .xls, .wps, .et)' },
  { bytes: [0x89, ...ascii('PNG')], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: ascii('GIF8'), what: 'a GIF image' },
  { bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')], what: 'a WebP image' },
  { bytes: ascii('Rar!'), what: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7z archive' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x7f, ...ascii('ELF')], what: 'an executable (ELF)' },
  { bytes: ascii('MZ'), what: 'an executable (Windows)' },
  { bytes: [0xcf, 0xfa, 0xed, 0xfe], what: 'an executable (Mach-O)' },
  { bytes: [0xfe, 0xed, 0xfa, 0xcf], what: 'an executable (Mach-O)' },
];

/** The OOXML formats are ZIP archives; the name of their main part tells them apart. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_PARTS: ReadonlyArray<{ part: string; what: string }> = [
  { part: 'word/', what: 'a Word document (.docx)' },
  { part: 'xl/', what: 'an Excel workbook (.xlsx)' },
  { part: 'ppt/', what: 'a PowerPoint presentation (.pptx)' },
];
const ZIP_PEEK = 4096;

/** What the bytes are when they are not text, e.g. "a PDF document"; null for anything else. */
export function sniffNotText(bytes: Uint8Array): string | null {
  const starts = (sig: ReadonlyArray<number | null>) => bytes.length >= sig.length && sig.every((b, i) => b === null || bytes[i] === b);
  if (starts(ZIP)) {
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, ZIP_PEEK)).toString('latin1');
    return ZIP_PARTS.find(({ part }) => head.includes(part))?.what ?? 'a ZIP archive';
  }
  return SIGNATURES.find((sig) => starts(sig.bytes))?.what ?? null;
}
