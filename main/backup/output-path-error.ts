import { AppError } from '../../shared/api/result';

/**
 * A file the user asked us to write (a brief, a bundle, a backup) could not be: say where and why in
 * words, since "EACCES" tells a reporter nothing. It is their path that is wrong, not the notebook. The
 * advice fits the host: the CLI says which option to change, the desktop app to choose again.
 */
/** What the CLI tells the reporter to change. */
export const CLI_OUT_ADVICE = 'Pick another --out path.';

export function outputPathError(path: string, error: unknown, advice = 'Choose another folder or name.'): AppError {
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
              : 'the system refused it';
  return new AppError('invalid_input', `Cannot write ${path}: ${why}. Nothing was written there. ${advice}`);
}
