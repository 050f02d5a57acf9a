import type { IncomingMessage } from 'node:http';
import type { H3Event } from 'h3';
import { createError } from 'h3';

function tooLarge(): Error {
  return createError({ statusCode: 413, statusMessage: 'Data yang dikirim terlalu besar' });
}

function unreadable(error: unknown): Error {
  return createError({
    statusCode: 400,
    statusMessage: `Data formulir tidak dapat dibaca (${String(error)})`,
  });
}

/**
 * A Node request stream, read chunk by chunk. At the limit the 413 is answered at once; the rest
 * of the upload is let through unkept (closing the socket instead makes the client fail with
 * EPIPE before it sees the 413), and Node's requestTimeout bounds how long that may take.
 */
function readNode(req: IncomingMessage, max: number, onTooLarge: () => Error): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => req.off('data', onData).off('end', onEnd).off('error', onError);
    function onData(chunk: Buffer) {
      size += chunk.length;
      if (size <= max) return void chunks.push(chunk);
      stop();
      req.resume();
      reject(onTooLarge());
    }
    function onEnd() {
      stop();
      resolve(Buffer.concat(chunks));
    }
    function onError(error: Error) {
      stop();
      reject(unreadable(error));
    }
    req.on('data', onData).on('end', onEnd).on('error', onError);
  });
}

/** A web stream (h3's toWebHandler, Nitro's internal fetch), cancelled at the limit. */
async function readWeb(stream: ReadableStream<Uint8Array>, max: number, onTooLarge: () => Error) {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read().catch((error) => Promise.reject(unreadable(error)));
    if (done) return Buffer.concat(chunks);
    size += value.length;
    if (size > max) {
      await reader.cancel().catch(() => {});
      throw onTooLarge();
    }
    chunks.push(value);
  }
}

/**
 * Reads the request body, but stops at `max` bytes whatever the headers say: a chunked body has
 * no Content-Length, so counting the bytes as they arrive is the only limit a client cannot lie to.
 */
export async function readBodyWithin(event: H3Event, max: number): Promise<Buffer> {
  const onTooLarge = tooLarge;
  if (Number(event.node.req.headers['content-length'] ?? 0) > max) throw onTooLarge();
  const given: unknown = event._requestBody ?? event.web?.request?.body;
  if (given instanceof ReadableStream) return readWeb(given as ReadableStream<Uint8Array>, max, onTooLarge);
  if (typeof given === 'string' || given instanceof Uint8Array) {
    const buffer = Buffer.from(given);
    if (buffer.length > max) throw onTooLarge();
    return buffer;
  }
  return readNode(event.node.req, max, onTooLarge);
}
