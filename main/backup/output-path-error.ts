import { AppError } from '../../shared/api/result';

/**
 * A file the user asked us to write (a brief, a bundle, a backup) could not be: say where and why in
 * words, since "EACCES" tells a reporter nothing. It is their path that is wrong, not the notebook.
 */
export function outputPathError(path: string, error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const why =
    code === 'ENOENT'
      ? 'its folder does not exist'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'there is no permission to write there'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'ENOSPC'
            ? 'the disk is full'
            : code === 'ENOTDIR'
              ? 'part of the path is a file, not a folder'
              : error instanceof Error
                ? error.message
                : String(error);
  return new AppError('invalid_input', `Cannot write ${path}: ${why}. Nothing was written there; pick another --out path.`);
}
