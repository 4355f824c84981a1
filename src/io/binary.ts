/**
 * Is this file binary (an image, a PDF, an archive, an executable…) rather than text? The CLI skips such files with
 * a warning instead of decoding them: NUL bytes are valid UTF-8, so decode alone would not refuse them.
 */
import { bomOf, detectUtf16 } from './detect.js';

/** How much of the input the statistical checks read (magic numbers look at the first bytes only). */
export const BINARY_SNIFF_BYTES = 8192;

/** Above this share of control characters in the first 8 KB, the input is binary. */
export const MAX_CONTROL_SHARE = 0.1;

interface Magic {
  name: string;
  at?: number;
  bytes: readonly (number | string)[];
}

/** Byte signatures, each distinctive enough not to start real text (a bare "MZ" or "BM" would). */
const MAGIC: readonly Magic[] = [
  { name: 'PNG image', bytes: [0x89, 'PNG\r\n', 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: ['GIF87a'] },
  { name: 'GIF image', bytes: ['GIF89a'] },
  { name: 'TIFF image', bytes: ['II*', 0x00] },
  { name: 'TIFF image', bytes: ['MM', 0x00, '*'] },
  { name: 'ICO image', bytes: [0x00, 0x00, 0x01, 0x00] },
  { name: 'PDF document', bytes: ['%PDF-'] },
  { name: 'ZIP archive (also DOCX, XLSX, EPUB, JAR)', bytes: ['PK', 0x03, 0x04] },
  { name: 'ZIP archive', bytes: ['PK', 0x05, 0x06] },
  { name: 'ZIP archive', bytes: ['PK', 0x07, 0x08] },
  { name: 'GZIP archive', bytes: [0x1f, 0x8b] },
  ...'123456789'.split('').map((level) => ({ name: 'BZIP2 archive', bytes: ['BZh' + level + '1AY&SY'] })),
  { name: 'XZ archive', bytes: [0xfd, '7zXZ', 0x00] },
  { name: '7-Zip archive', bytes: ['7z', 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'RAR archive', bytes: ['Rar!', 0x1a, 0x07] },
  { name: 'Zstandard archive', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: 'OLE2 document (DOC, XLS, PPT)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'SQLite database', bytes: ['SQLite format 3', 0x00] },
  { name: 'ELF executable', bytes: [0x7f, 'ELF'] },
  { name: 'Mach-O executable', bytes: [0xfe, 0xed, 0xfa, 0xce] },
  { name: 'Mach-O executable', bytes: [0xfe, 0xed, 0xfa, 0xcf] },
  { name: 'Mach-O executable', bytes: [0xce, 0xfa, 0xed, 0xfe] },
  { name: 'Mach-O executable', bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { name: 'Java class or Mach-O universal binary', bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { name: 'WebAssembly module', bytes: [0x00, 'asm'] },
  { name: 'Ogg media', bytes: ['OggS', 0x00] },
  { name: 'FLAC audio', bytes: ['fLaC'] },
  { name: 'MP3 audio', bytes: ['ID3', 0x03] },
  { name: 'MP3 audio', bytes: ['ID3', 0x04] },
  { name: 'MP4 media', bytes: ['ftyp'], at: 4 },
];

function signature(magic: Magic): Uint8Array {
  const out: number[] = [];
  for (const part of magic.bytes) {
    if (typeof part === 'number') out.push(part);
    else for (let i = 0; i < part.length; i++) out.push(part.charCodeAt(i));
  }
  return Uint8Array.from(out);
}

const SIGNATURES = MAGIC.map((m) => ({ name: m.name, at: m.at ?? 0, bytes: signature(m) }));

function startsWith(bytes: Uint8Array, sig: Uint8Array, at: number): boolean {
  if (bytes.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false;
  return true;
}

const RIFF = signature({ name: 'RIFF', bytes: ['RIFF'] });

/** RIFF containers (WebP, WAV, AVI): "RIFF", a 4-byte size, then a 4-letter form type. */
function riff(bytes: Uint8Array): string | undefined {
  if (bytes.length < 12 || !startsWith(bytes, RIFF, 0)) return undefined;
  const form = String.fromCharCode(bytes[8], bytes[9], bytes[10], bytes[11]);
  return form === 'WEBP' ? 'WebP image' : form === 'WAVE' ? 'WAV audio' : form === 'AVI ' ? 'AVI video' : 'RIFF container';
}

/** The name of the file type whose signature the input starts with, or undefined. */
export function magicType(bytes: Uint8Array): string | undefined {
  const container = riff(bytes);
  if (container !== undefined) return container;
  for (const sig of SIGNATURES) {
    if (startsWith(bytes, sig.bytes, sig.at)) return sig.name;
  }
  return undefined;
}

/** A byte that plain text does not contain: C0 controls other than \t \n \v \f \r and ESC (coloured logs), and DEL. */
function controlByte(b: number): boolean {
  return (b < 0x20 && !(b >= 0x09 && b <= 0x0d) && b !== 0x1b) || b === 0x7f;
}

/** A UTF-16 code unit that plain text does not contain: NUL and the control characters above, C1 controls. */
function controlUnit(u: number): boolean {
  return controlByte(u) || (u >= 0x80 && u <= 0x9f);
}

/**
 * Why the input is binary ('PNG image', 'NUL bytes', 'control characters'), or undefined for text.
 * - a known signature at the start (PNG, JPEG, GIF, PDF, ZIP/DOCX, GZIP, ELF, …);
 * - UTF-16 (with a BOM, or detected from NULs on every other byte) is text unless more than 10% of its first 8 KB
 *   are control characters;
 * - otherwise any NUL byte makes it binary, and so do more than 10% control characters in the first 8 KB.
 * Pass the whole input, or only its first bytes for a streamed file (the NUL check then covers what was passed).
 */
export function binaryReason(bytes: Uint8Array): string | undefined {
  const magic = magicType(bytes);
  if (magic !== undefined) return magic;
  const head = bytes.subarray(0, BINARY_SNIFF_BYTES);
  const bom = bomOf(head);
  // The parity of the length matters only when the head is the whole input.
  const limit = bytes.length > head.length ? head.length - (head.length % 2) : bytes.length;
  const utf16 = bom?.encoding === 'utf-8' ? undefined : (bom?.encoding ?? detectUtf16(bytes, limit));
  if (utf16 !== undefined) {
    const le = utf16 === 'utf-16le';
    const start = bom?.length ?? 0;
    const units = Math.floor((head.length - start) / 2);
    let control = 0;
    for (let u = 0; u < units; u++) {
      const i = start + 2 * u;
      const unit = le ? head[i] | (head[i + 1] << 8) : (head[i] << 8) | head[i + 1];
      if (controlUnit(unit)) control++;
    }
    return control > MAX_CONTROL_SHARE * units ? 'control characters' : undefined;
  }
  if (bytes.indexOf(0) >= 0) return 'NUL bytes';
  let control = 0;
  for (let i = 0; i < head.length; i++) if (controlByte(head[i])) control++;
  return control > MAX_CONTROL_SHARE * head.length ? 'control characters' : undefined;
}

/** True for binary input (see binaryReason): the CLI skips it with "binary file, skipped". */
export function isBinary(bytes: Uint8Array): boolean {
  return binaryReason(bytes) !== undefined;
}
