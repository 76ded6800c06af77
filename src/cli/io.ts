/**
 * The CLI's contact with the file system: reading an input (a path, a pipe or
 * stdin) and writing an output atomically, with errors turned into one
 * readable line. File calls are synchronous (see readRegularFile); only stdin
 * and a pipe the user names are streamed.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, constants as fsConstants, createReadStream, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** An error the user caused or can fix; printed as `notice-parse: WHERE: message`. */
export class InputError extends Error {
  constructor(
    readonly where: string,
    message: string,
    /** The file system's code (ENOSPC…), when the file system said no. */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

const FS_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  EEXIST: 'a file of that name is in the way',
  ELOOP: 'too many symbolic links (a loop?)',
  ENAMETOOLONG: 'file name too long',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
  EDQUOT: 'disk quota exceeded',
};

/**
 * `LABEL WHERE: MESSAGE` as one line of stderr, whatever a file name holds: a
 * control character (a newline, an escape that would drive the terminal) is
 * shown escaped, as `ls -b` shows it.
 */
export function problemLine(label: string, where: string, message: string): string {
  return `${label} ${escapeControls(where)}: ${escapeControls(message)}\n`;
}

const CONTROL_NAMES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** `text` with its control characters shown escaped (\\n, \\x1b), so that it stays one line and cannot drive a terminal. */
export const escapeControls = (text: string) =>
  text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => CONTROL_NAMES[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);

/** An error's message on one line: stderr gets one line per problem. */
export function oneLineMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, (ws) => (ws.includes('\n') ? ' ' : ws));
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return (code && FS_REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
}

/** Larger inputs are refused rather than read: no notice is this big, and the batch must not run out of memory. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;
const tooLarge = (shown: string) => new InputError(shown, `is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB; not read`);

/**
 * Read one input the user named: stdin for `-`; a pipe such as `<(curl …)` or
 * /dev/stdin read to its end, as stdin is; otherwise a regular file.
 */
export async function readInput(path: string, cwd: string, stdin: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  if (path === '-') return readToEnd(stdin, '<stdin>');
  const absolute = resolve(cwd, path);
  const info = statOrError(absolute);
  // Unreadable, readRegularFile stats again to say why.
  if (info instanceof Error) return readRegularFile(absolute, path);
  // A FIFO or socket named on purpose is read as a stream (found in a folder, it is refused: it might never end).
  if (info.isFIFO() || info.isSocket()) return readToEnd(createReadStream(absolute), path);
  return readRegularFile(absolute, path, info);
}

async function readToEnd(stream: AsyncIterable<Uint8Array | string>, shown: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      chunks.push(Buffer.from(chunk));
      size += chunks[chunks.length - 1]!.length;
      if (size > MAX_INPUT_BYTES) throw tooLarge(shown);
    }
  } catch (error) {
    throw error instanceof InputError ? error : new InputError(shown, describeFsError(error));
  }
  return Buffer.concat(chunks);
}

/** The file's stat, or the error that says why there is none. */
export function statOrError(path: string): Stats | Error {
  try {
    return statSync(path);
  } catch (error) {
    return error as Error;
  }
}

/**
 * Read a file, refusing what is not a regular file (a FIFO would block forever) or too large;
 * `known` is its stat when the caller has one already.
 * Synchronous on purpose: notices are small, and in a batch each async hop through
 * libuv's thread pool cost more than the read itself (a quarter of a --jobs 1 profile was idle).
 */
export function readRegularFile(absolute: string, shown: string, known?: Stats): Uint8Array {
  try {
    refuseUnlessReadable(known ?? statSync(absolute), shown);
    return readFileSync(absolute);
  } catch (error) {
    throw error instanceof InputError ? error : new InputError(shown, describeFsError(error));
  }
}

/** Opened for reading without waiting: a FIFO's open would wait for a writer. */
const READ_WITHOUT_WAITING = fsConstants.O_RDONLY | fsConstants.O_NONBLOCK;

/**
 * Read a file that a batch's listing found to be a regular file, without
 * another stat first: four system calls a file instead of five (16.4
 * against 19.2 µs a file here, BENCHMARKS.md "Batch, ninth round"). The
 * file's own fstat still refuses what it has become since (opened without
 * waiting, a FIFO cannot hang the run).
 */
export function readListedFile(absolute: string, shown: string): Uint8Array {
  let fd: number;
  try {
    fd = openSync(absolute, READ_WITHOUT_WAITING);
  } catch {
    // Gone, or not openable: the stat of the usual way says why.
    return readRegularFile(absolute, shown);
  }
  try {
    const info = fstatSync(fd);
    refuseUnlessReadable(info, shown);
    return readOpen(fd, info.size);
  } catch (error) {
    throw error instanceof InputError ? error : new InputError(shown, describeFsError(error));
  } finally {
    closeSync(fd);
  }
}

function refuseUnlessReadable(info: Stats, shown: string): void {
  if (info.isDirectory()) throw new InputError(shown, 'is a directory, not a file');
  if (!info.isFile()) throw new InputError(shown, `is not a regular file (${kindOf(info)})`);
  if (info.size > MAX_INPUT_BYTES) throw tooLarge(shown);
}

/** Up to `size` bytes from an open file, fewer if it ends sooner (as readFileSync reads a regular file). */
function readOpen(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let got = 0;
  while (got < size) {
    const read = readSync(fd, bytes, got, size - got, null);
    if (read === 0) break;
    got += read;
  }
  return got === size ? bytes : bytes.subarray(0, got);
}

function kindOf(info: Stats): string {
  if (info.isFIFO()) return 'a FIFO';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a file';
}

/**
 * Whether writing `output` atomically would replace the file read as `input`.
 * The rename replaces the name `output` itself: a symbolic link there is
 * replaced, not what it points to, while an input that is a link to that name
 * would lose its file. Both are absolute.
 */
export function wouldReplace(output: string, input: string): boolean {
  const folder = realOrNull(dirname(output));
  const entry = folder === null ? output : join(folder, basename(output));
  return entry === (realOrNull(input) ?? input);
}

function realOrNull(path: string): string | null {
  try {
    return realpathSync.native(path);
  } catch {
    return null;
  }
}

/** `path` is written as `.NAME.<12 hex>.tmp` beside it, then renamed. */
const temporaryPrefix = (path: string) => `.${basename(path)}.`;
const TEMPORARY_SUFFIX = '.tmp';
/** Hex digits of randomness in a temporary file's name. */
const TEMPORARY_HEX = 12;

/**
 * Write `content` to `path` so that readers see the old file or the whole new
 * one, never half: write a temporary sibling, then rename over.
 */
export function writeAtomically(path: string, content: string): void {
  const temporary = join(dirname(path), `${temporaryPrefix(path)}${randomBytes(TEMPORARY_HEX / 2).toString('hex')}${TEMPORARY_SUFFIX}`);
  try {
    writeNew(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    removeQuietly(temporary);
    throw new InputError(path, `cannot write: ${describeFsError(error)}`, (error as NodeJS.ErrnoException).code);
  }
}

/** Clean up after a failed write without hiding why it failed (under a path that is not a folder, even removing throws). */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // nothing was written there, or nothing can be
  }
}

/** Write a file that must not exist yet, making its folder first if that is missing (`-o parsed/x.json`, a batch's subfolders). */
function writeNew(path: string, content: string): void {
  try {
    writeFileSync(path, content, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content, { flag: 'wx' });
  }
}

/**
 * Remove what interrupted writeAtomically calls left for these paths: their
 * temporary files, never the paths themselves. One listing per folder.
 * `olderThanMs` spares a temporary file that may be another run's, still
 * being written (a run killed with SIGKILL leaves its files behind for good).
 */
export function removeTemporaries(paths: readonly string[], { olderThanMs = 0 } = {}): void {
  const byFolder = new Map<string, Set<string>>();
  for (const path of paths) {
    let names = byFolder.get(dirname(path));
    if (names === undefined) byFolder.set(dirname(path), (names = new Set()));
    names.add(basename(path));
  }
  const before = Date.now() - olderThanMs;
  for (const [folder, targets] of byFolder) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue; // no folder, nothing left
    }
    for (const name of names) {
      const target = temporaryTarget(name);
      if (target === null || !targets.has(target)) continue;
      const path = join(folder, name);
      if (olderThanMs === 0 || modifiedBefore(path, before)) removeQuietly(path);
    }
  }
}

/** The name a temporary file `.NAME.<12 hex>.tmp` stands in for, or null when it is not one. */
function temporaryTarget(name: string): string | null {
  const tail = 1 + TEMPORARY_HEX + TEMPORARY_SUFFIX.length;
  if (!name.startsWith('.') || !name.endsWith(TEMPORARY_SUFFIX) || name.length <= tail + 1 || name[name.length - tail] !== '.') return null;
  return name.slice(1, name.length - tail);
}

function modifiedBefore(path: string, time: number): boolean {
  try {
    return statSync(path).mtimeMs < time;
  } catch {
    return false;
  }
}
