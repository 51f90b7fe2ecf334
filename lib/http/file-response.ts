import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { ApiError } from "./errors";
import { decideRange, ifRangeMatches } from "./http-range";

/**
 * Next.js removes Content-Length from route handler responses (send-response.ts strips it
 * because a fetched body may have been decoded). The length is repeated here so the Node
 * server in front (scripts/serve.ts) can put it back; direct callers see both.
 */
export const CONTENT_LENGTH_COPY = "X-Mavio-Content-Length";

export interface StoredFile {
  /** Absolute path, already checked to be inside the storage folder. */
  path: string;
  size: number;
  mimeType: string;
  lastModified: Date;
  /** Strong entity tag, quoted. */
  etag: string;
  /** Suggested file name for Content-Disposition. */
  filename: string;
}

/**
 * A file as a streamed response: 200 with the whole file, 206 with one requested range,
 * or 416. The bytes are read from disk as the client consumes them (fs.createReadStream
 * with start/end, bridged to a web stream), never loaded whole into memory.
 */
export function fileResponse(file: StoredFile, headers: Headers): Response {
  const range = ifRangeMatches(headers.get("if-range"), file.etag, file.lastModified)
    ? decideRange(headers.get("range"), file.size)
    : { kind: "full" as const };
  const common: Record<string, string> = {
    "Accept-Ranges": "bytes",
    "Content-Type": file.mimeType,
    ETag: file.etag,
    "Last-Modified": file.lastModified.toUTCString(),
    "Content-Disposition": `inline; filename="${file.filename.replace(/[^\w.-]/g, "_")}"`,
  };

  if (range.kind === "unsatisfiable") {
    throw new ApiError(
      "range_not_satisfiable",
      `The requested range is outside the file's ${file.size} bytes.`,
      {},
      {
        "Content-Range": `bytes */${file.size}`,
        "Accept-Ranges": "bytes",
      },
    );
  }
  if (range.kind === "partial") {
    return new Response(stream(file.path, range.start, range.end), {
      status: 206,
      headers: {
        ...common,
        "Content-Range": `bytes ${range.start}-${range.end}/${file.size}`,
        ...contentLength(range.end - range.start + 1),
      },
    });
  }
  const body = file.size === 0 ? null : stream(file.path, 0, file.size - 1);
  return new Response(body, { status: 200, headers: { ...common, ...contentLength(file.size) } });
}

function contentLength(bytes: number): Record<string, string> {
  return { "Content-Length": String(bytes), [CONTENT_LENGTH_COPY]: String(bytes) };
}

function stream(path: string, start: number, end: number): ReadableStream<Uint8Array> {
  return Readable.toWeb(
    createReadStream(path, { start, end, highWaterMark: 64 * 1024 }),
  ) as unknown as ReadableStream<Uint8Array>;
}
