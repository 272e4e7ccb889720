/**
 * Bytes -> text. UTF-8 (with or without BOM) and UTF-16 with a BOM are read as
 * such; binary files are refused; a non-UTF-8 file that is clearly
 * Windows-1252 (old Western newsroom exports) is read as that, and anything
 * else is refused naming the first bad byte, since a wrong guess would put
 * garbage into every quote and citation.
 */
import type { Problem } from '../types.js';
import { problem, READABLE_HINT } from './problem.js';

/** The encodings `decode` can return text in. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Decoded text, with a problem to report when the encoding had to be guessed. */
export type Decoded = { text: string; encoding: Encoding; note?: Problem } | { problem: Problem };

// Windows-1252 bytes 0x80-0x9F; the rest is Latin-1. Node 20's TextDecoder('windows-1252') decodes
// these as C1 controls (it treats the label as Latin-1), so the table is ours. Undefined bytes stay as is.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

// Bytes Windows-1252 leaves undefined: seeing one rules the encoding out.
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
// How much of the file the control-character test looks at; binary formats show it in their header.
const SAMPLE = 64 * 1024;
const CONTROL_SHARE = 0.1;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes `bytes` read from `path`; never throws. */
export function decode(bytes: Uint8Array, path: string): Decoded {
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, path, 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, path, 'utf-16be');
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return {
      problem: problem(
        path,
        'binary',
        `looks like a binary file (NUL byte at offset ${nul}), not text`,
        `${READABLE_HINT}; UTF-16 text needs a byte-order mark`,
      ),
    };
  }
  const control = controlShare(bytes);
  if (control.share > CONTROL_SHARE) {
    const percent = Math.round(control.share * 100);
    return {
      problem: problem(
        path,
        'binary',
        `looks like a binary file (${percent}% control characters in its first ${control.sampled.toLocaleString('en-US')} bytes), not text`,
        READABLE_HINT,
      ),
    };
  }
  try {
    // TextDecoder drops a UTF-8 BOM by default, which is what we want: it is not text.
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return decodeNonUtf8(bytes, path);
  }
}

function decodeUtf16(bytes: Uint8Array, path: string, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    const name = encoding.toUpperCase().replace('LE', ' LE').replace('BE', ' BE');
    return {
      problem: problem(
        path,
        'encoding',
        `starts with a ${name} byte-order mark but is not valid ${name} (${bytes.length} bytes)`,
        'Save the file again as UTF-8',
      ),
    };
  }
}

function decodeNonUtf8(bytes: Uint8Array, path: string): Decoded {
  const scan = scanUtf8(bytes);
  const bad = bytes[scan.firstInvalid] ?? 0;
  const where = `byte 0x${hex(bad)} at offset ${scan.firstInvalid}`;
  if (scan.multibyte === 0 && looksLikeCp1252(bytes)) {
    const text = decodeWindows1252(bytes);
    const note = problem(
      path,
      'encoding',
      `is not UTF-8 (${where}); read it as Windows-1252, which it looks like`,
      'Check that accents and curly quotes came out right; save the file as UTF-8 to avoid the guess',
    );
    return { text, encoding: 'windows-1252', note };
  }
  const why =
    scan.multibyte > 0 ? 'it mixes UTF-8 with another encoding' : 'it does not look like Windows-1252 either';
  return {
    problem: problem(
      path,
      'encoding',
      `is not UTF-8 text: invalid ${where}; ${why}`,
      `Convert it to UTF-8, e.g. iconv -f <its encoding> -t UTF-8 ${path} > converted.txt`,
    ),
  };
}

/**
 * Windows-1252 text from Western languages has its high bytes mostly alone
 * ("café", “quotes”) or in pairs ("ações"). Double-byte encodings (GBK,
 * Shift-JIS) and single-byte Cyrillic or Greek text produce long runs of
 * them, which read as mojibake when decoded as Windows-1252.
 */
function looksLikeCp1252(bytes: Uint8Array): boolean {
  let high = 0;
  let inLongRuns = 0;
  let run = 0;
  const endRun = (): void => {
    if (run >= 3) inLongRuns += run;
    run = 0;
  };
  for (const byte of bytes) {
    if (byte < 0x80) {
      endRun();
      continue;
    }
    if (CP1252_UNDEFINED.has(byte)) return false;
    high++;
    run++;
  }
  endRun();
  return high > 0 && high <= bytes.length * 0.3 && inLongRuns <= high * 0.25;
}

/** The offset of the first invalid UTF-8 sequence, and how many valid multi-byte sequences the file has. */
function scanUtf8(bytes: Uint8Array): { firstInvalid: number; multibyte: number } {
  let multibyte = 0;
  let firstInvalid = -1;
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      if (firstInvalid < 0) firstInvalid = i;
      i++;
    } else {
      multibyte++;
      i += length;
    }
  }
  return { firstInvalid: Math.max(firstInvalid, 0), multibyte };
}

/** Length of the valid UTF-8 sequence at `i` (2-4), or 0 if it is invalid (RFC 3629 table). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  const b1 = bytes[i + 1] ?? -1;
  const cont = (k: number): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= 0x80 && b <= 0xbf;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const low = b0 === 0xe0 ? 0xa0 : 0x80;
    const high = b0 === 0xed ? 0x9f : 0xbf;
    return b1 >= low && b1 <= high && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const low = b0 === 0xf0 ? 0x90 : 0x80;
    const high = b0 === 0xf4 ? 0x8f : 0xbf;
    return b1 >= low && b1 <= high && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

function controlShare(bytes: Uint8Array): { share: number; sampled: number } {
  const sampled = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < sampled; i++) {
    const b = bytes[i]!;
    // Tab, newline, form feed and carriage return are ordinary in text files.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) control++;
  }
  return { share: sampled === 0 ? 0 : control / sampled, sampled };
}

/** Decodes Windows-1252 bytes (Node 20's TextDecoder reads the label as Latin-1, so this range is ours). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const chars: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b,
    );
    chars.push(String.fromCharCode(...codes));
  }
  return chars.join('');
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}
