/**
 * Raw deflate with the platform's CompressionStream (Chromium, Firefox 113+, Safari 16.4+ and
 * Node 20): no library in the bundle. `null` when the platform has no such stream.
 */
const supported = (format: 'deflate-raw') => {
  try {
    new CompressionStream(format);
    return true;
  } catch {
    return false;
  }
};

export const canDeflate = (): boolean => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function' && supported('deflate-raw');

async function through(bytes: Uint8Array, stream: TransformStream<Uint8Array, Uint8Array>): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

export const deflateRaw = (bytes: Uint8Array): Promise<Uint8Array> => through(bytes, new CompressionStream('deflate-raw') as unknown as TransformStream<Uint8Array, Uint8Array>);

/** Rejects on data that is not raw deflate. */
export const inflateRaw = (bytes: Uint8Array): Promise<Uint8Array> => through(bytes, new DecompressionStream('deflate-raw') as unknown as TransformStream<Uint8Array, Uint8Array>);
