/**
 * The one way a route reads a multipart/form-data upload: one file in the field "file" plus a
 * few named text fields. A body without a boundary, cut short before its closing boundary or
 * over a limit is answered 400/413 problem+json naming `file`, never 500; a received file is
 * discarded again when the rest of the body turns out to be broken, so nothing is half-kept.
 */
import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, fail, invalid } from './errors.js';
import { controlCharacterProblem } from './input-guard.js';

/** A file part as it arrives, for a consumer that streams it. */
export interface IncomingFile {
  fileName: string;
  declaredType: string;
  stream: Readable;
  /** True once the stream was cut at the size limit. */
  truncated(): boolean;
}

/** What `read` returns: what the consumer made of the file and the text fields sent. */
export interface Upload<T> {
  file: T;
  fields: Record<string, string>;
}

/** Options of `multipartUploads`. */
export interface UploadOptions {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Text fields the route reads (others are ignored). */
  textFields?: readonly string[];
  /** The 413 answered for a file over the limit (a route may phrase it for its users). */
  tooLarge?: () => AppError;
}

/** How to read one request's file. */
export interface ReadOptions<T> {
  /** What the client should send, shown when the request is not multipart (e.g. `the .xlsx`). */
  expects: string;
  /** Consumes the file stream (stores it or buffers it); the file must be read to its end. */
  receive: (file: IncomingFile) => Promise<T>;
  /** Drops what `receive` produced when the body turns out to be broken after the file. */
  discard?: (received: T) => Promise<void>;
}

/** The multipart reader of one route module. */
export interface MultipartUploads {
  /** Registers the parser in the route module (call once, before its routes). */
  register(app: FastifyInstance): Promise<void>;
  /** Reads the request's file and text fields; 400/413 problem+json for a broken body. */
  read<T>(req: FastifyRequest, opts: ReadOptions<T>): Promise<Upload<T>>;
  /** Reads the request's file into memory. */
  readBuffered(req: FastifyRequest, expects: string): Promise<Upload<{ fileName: string; declaredType: string; data: Buffer }>>;
}

const FILE_FIELD = 'file';

/** 400 for a multipart body that cannot be parsed (no boundary, cut short, bad part headers). */
export const malformedMultipart = (why: string) => fail('BOLE_MALFORMED_MULTIPART', { why }, [{ field: FILE_FIELD, message: `could not be read: ${why}` }]);

function defaultTooLarge(maxFileBytes: number) {
  const mb = Math.round((maxFileBytes / 1024 / 1024) * 10) / 10;
  return fail('BOLE_FILE_TOO_LARGE', { mb }, [{ field: FILE_FIELD, message: `must be at most ${maxFileBytes} bytes` }]);
}

/** Turns what the parser or a stream threw into the answer the client gets. */
function toUploadError(err: unknown, tooLarge: () => AppError): AppError {
  if (err instanceof AppError) return err;
  const e = err as { code?: string; statusCode?: number; message?: string };
  if (e.code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge();
  if (e.statusCode === 413) {
    return fail('BOLE_TOO_MANY_PARTS', {}, [{ field: FILE_FIELD, message: 'send one file only' }]);
  }
  const message = String(e.message ?? '');
  const why = /boundary/i.test(message)
    ? 'no multipart boundary'
    : /unexpected end|terminated early|premature|aborted/i.test(message)
      ? 'the body ends before its closing boundary'
      : 'malformed multipart body';
  return malformedMultipart(why);
}

/** Creates the multipart reader of a route module with its limits. */
export function multipartUploads(options: UploadOptions): MultipartUploads {
  const textFields = options.textFields ?? [];
  const tooLarge = options.tooLarge ?? (() => defaultTooLarge(options.maxFileBytes));

  async function read<T>(req: FastifyRequest, opts: ReadOptions<T>): Promise<Upload<T>> {
    if (!req.isMultipart()) throw invalid([{ field: FILE_FIELD, message: `send ${opts.expects} as multipart/form-data field "file"` }]);
    let received: { value: T } | undefined;
    const fields: Record<string, string> = {};
    const drop = async () => {
      if (received && opts.discard) await opts.discard(received.value);
    };
    try {
      for await (const part of req.parts()) {
        if (part.type === 'file') {
          if (part.fieldname !== FILE_FIELD || received) {
            part.file.resume();
            continue;
          }
          const value = await opts.receive({ fileName: part.filename, declaredType: part.mimetype, stream: part.file, truncated: () => part.file.truncated });
          received = { value };
          if (part.file.truncated) throw tooLarge();
        } else if (textFields.includes(part.fieldname) && typeof part.value === 'string') {
          fields[part.fieldname] = part.value;
        }
      }
    } catch (err) {
      await drop();
      throw toUploadError(err, tooLarge);
    }
    const bad = controlCharacterProblem(fields, 'body');
    if (bad) {
      await drop();
      throw bad;
    }
    if (!received) throw invalid([{ field: FILE_FIELD, message: `is required: attach ${opts.expects}` }]);
    return { file: received.value, fields };
  }

  return {
    async register(app) {
      await app.register(fastifyMultipart, {
        throwFileSizeLimit: false,
        limits: { fileSize: options.maxFileBytes, files: 1, fields: textFields.length + 1, parts: textFields.length + 2, fieldSize: 1024 },
      });
    },
    read,
    readBuffered(req, expects) {
      return read(req, {
        expects,
        receive: async (f) => ({ fileName: f.fileName, declaredType: f.declaredType, data: await buffer(f.stream) }),
      });
    },
  };
}
