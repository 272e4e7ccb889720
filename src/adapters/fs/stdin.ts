/** Reading standard input (`-`) into bytes, stopping once it exceeds the size limit. */

/** The bytes read, or how far reading got before the limit was passed. */
export type StreamRead = { bytes: Uint8Array } | { overLimit: number };

/** Reads `stream` to its end, or until more than `maxBytes` arrive (the rest is not read). */
export async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<StreamRead> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array);
    total += bytes.length;
    if (total > maxBytes) return { overLimit: total };
    chunks.push(bytes);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { bytes };
}
