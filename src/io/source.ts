/**
 * Read a project file's bytes and turn them into text, refusing what is not a
 * readable UTF-8 YAML text file. Every refusal is a located Problem, never a throw.
 */
import { open, stat } from 'node:fs/promises';
import { problem, type Problem } from '../diagnostics/problem.js';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface SourceText {
  /** Name to show: the path as given, or `<stdin>`. */
  name: string;
  text: string;
}

export type ReadResult = { ok: true; source: SourceText } | { ok: false; name: string; problems: Problem[] };

const START = { line: 1, column: 1 };

function fail(name: string, code: string, data?: Record<string, unknown>, pos = START): ReadResult {
  return { ok: false, name, problems: [problem(code, 'error', '', pos, data)] };
}

/** Line and column (1-based) of a byte offset in a buffer, counting UTF-8 characters. */
function positionOfByte(buf: Buffer, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset && i < buf.length; i++) {
    const b = buf[i] as number;
    if (b === 0x0a) {
      line++;
      column = 1;
    } else if ((b & 0xc0) !== 0x80) column++;
  }
  return { line, column };
}

/** Offset of the first byte that does not start a valid UTF-8 sequence (-1 if none found). */
function firstInvalidUtf8(buf: Buffer): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i] as number;
    let need: number;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) if (i + k >= buf.length || ((buf[i + k] as number) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

/** Decode bytes as a project file's text (UTF-8, BOM tolerated, no NUL). */
export function decodeSource(name: string, buf: Buffer): ReadResult {
  if (buf.length > MAX_FILE_BYTES) return fail(name, 'file.too_large', { size: buf.length, max: MAX_FILE_BYTES });
  const nul = buf.indexOf(0);
  if (nul >= 0) return fail(name, 'file.binary', {}, positionOfByte(buf, nul));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    const bad = firstInvalidUtf8(buf);
    return fail(name, 'file.not_utf8', {}, positionOfByte(buf, Math.max(0, bad)));
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return fail(name, 'file.empty');
  return { ok: true, source: { name, text } };
}

/**
 * Read at most `MAX_FILE_BYTES + 1` bytes of a file of any kind (regular file, device,
 * named pipe, process substitution): an endless source (`/dev/zero`, `yes`) costs no more
 * than the cap. Returns null when the cap is passed.
 */
async function readCapped(file: string): Promise<Buffer | null> {
  const handle = await open(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(64 * 1024, MAX_FILE_BYTES + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
      if (total > MAX_FILE_BYTES) return null;
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

const tooLarge = (name: string): ReadResult => fail(name, 'file.too_large_stream', { max: MAX_FILE_BYTES });

/** Read a file (or stdin for `-`), never more than the cap whatever its kind. */
export async function readSource(file: string, stdin: () => Promise<Buffer> = readStdin): Promise<ReadResult> {
  if (file === '-') {
    const buf = await stdin();
    return buf.length > MAX_FILE_BYTES ? tooLarge('<stdin>') : decodeSource('<stdin>', buf);
  }
  try {
    const st = await stat(file);
    if (st.isDirectory()) return fail(file, 'file.is_directory');
    if (st.isFile() && st.size > MAX_FILE_BYTES) return fail(file, 'file.too_large', { size: st.size, max: MAX_FILE_BYTES });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(file, code === 'ENOENT' ? 'file.not_found' : 'file.unreadable', { reason: code ?? String(e) });
  }
  try {
    const buf = await readCapped(file);
    return buf ? decodeSource(file, buf) : tooLarge(file);
  } catch (e) {
    return fail(file, 'file.unreadable', { reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
}

/** Standard input, read up to one byte past the cap (then stopped: the caller refuses it). */
export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const b = chunk as Buffer;
    total += b.length;
    chunks.push(b);
    if (total > MAX_FILE_BYTES) break;
  }
  return Buffer.concat(chunks);
}
