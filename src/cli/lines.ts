/**
 * Lines of a byte stream, each decoded as UTF-8 on its own, so a line with bytes that are not UTF-8 is known by
 * its number instead of being replaced silently. Line breaks as Node's readline counts them: LF, CR LF, and a
 * lone CR; a last line without a break counts when it has any bytes.
 */
export type InputLine = { line: number; text: string; validUtf8: boolean };

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder("utf-8", { ignoreBOM: true });

/** UTF-8 as it is, or with U+FFFD for the bytes that are not, said in `validUtf8`. */
export function decodeUtf8(bytes: Uint8Array): { text: string; validUtf8: boolean } {
  try {
    return { text: strict.decode(bytes), validUtf8: true };
  } catch {
    return { text: lenient.decode(bytes), validUtf8: false };
  }
}

export async function* inputLines(
  stream: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
): AsyncGenerator<InputLine> {
  let parts: Uint8Array[] = [];
  let line = 0;
  let afterCr = false;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    let start = 0;
    for (let index = 0; index < bytes.length; index++) {
      const byte = bytes[index];
      if (afterCr) {
        afterCr = false;
        // The LF of a CR LF whose CR ended the previous chunk.
        if (byte === 0x0a && index === start) {
          start = index + 1;
          continue;
        }
      }
      if (byte !== 0x0a && byte !== 0x0d) continue;
      parts.push(bytes.subarray(start, index));
      yield { line: ++line, ...decodeUtf8(Buffer.concat(parts)) };
      parts = [];
      start = index + 1;
      if (byte === 0x0d) {
        if (bytes[index + 1] === 0x0a) {
          index++;
          start = index + 1;
        } else afterCr = index + 1 === bytes.length;
      }
    }
    if (start < bytes.length) parts.push(bytes.subarray(start));
  }
  const last = Buffer.concat(parts);
  if (last.length > 0) yield { line: ++line, ...decodeUtf8(last) };
}
