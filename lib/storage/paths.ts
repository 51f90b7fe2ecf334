import path from "node:path";

// Where recordings and other uploaded files live. Database rows store paths relative to
// this folder (e.g. `recordings/mtg_abc.wav`) so the folder can move between machines.

export class UnsafeStoragePathError extends Error {
  constructor(relative: string) {
    super(`Refusing a storage path outside the storage folder: ${JSON.stringify(relative)}`);
    this.name = "UnsafeStoragePathError";
  }
}

/** `STORAGE_DIR` resolved to an absolute path, else `<cwd>/.data/storage`. */
export function storageDir(): string {
  const configured = process.env.STORAGE_DIR?.trim();
  // turbopackIgnore: otherwise the build traces the whole project into its output.
  return path.resolve(configured || path.join(/*turbopackIgnore: true*/ process.cwd(), ".data", "storage"));
}

/**
 * The absolute path of a stored relative path. Refuses anything that could land outside
 * the storage folder: absolute paths (POSIX or Windows), `..` segments, NUL bytes, empty.
 */
export function recordingPath(relative: string): string {
  if (!relative || relative.includes("\0")) throw new UnsafeStoragePathError(relative);
  const segments = relative.split(/[\\/]+/);
  const absolute = path.isAbsolute(relative) || path.win32.isAbsolute(relative) || /^[a-zA-Z]:/.test(relative);
  if (absolute || segments.includes("..")) throw new UnsafeStoragePathError(relative);

  const root = storageDir();
  const resolved = path.resolve(root, ...segments);
  const inside = path.relative(root, resolved);
  if (!inside || inside.startsWith("..") || path.isAbsolute(inside)) {
    throw new UnsafeStoragePathError(relative);
  }
  return resolved;
}

/** The relative path the seed and uploads use for a meeting's recording. */
export function recordingRelativePath(meetingId: string, extension = "wav"): string {
  if (!/^[A-Za-z0-9_-]+$/.test(meetingId)) throw new UnsafeStoragePathError(meetingId);
  return `recordings/${meetingId}.${extension}`;
}
