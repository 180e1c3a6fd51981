import path from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';
import type { AfterPackContext } from 'app-builder-lib';

/**
 * electron-builder's afterPack hook (electron-builder.yml `afterPack`): flips the Electron fuses of
 * the packaged binary. Fuses are bits compiled into the Electron executable that turn features off
 * for good, whatever the command line or environment says; they must be flipped before signing,
 * and afterPack runs right before electron-builder signs. `npm run dist` loads this file through tsx.
 */

/** The fuses the notebook ships with, and why. */
export function notebookFuses(electronPlatformName: string): FuseV1Config {
  return {
    version: FuseVersion.V1,
    // Flipping a fuse changes the binary, which voids a macOS ad-hoc signature (arm64 Macs refuse
    // to run an unsigned binary): re-sign ad hoc here; a real identity signs afterwards anyway.
    resetAdHocDarwinSignature: electronPlatformName === 'darwin' || electronPlatformName === 'mas',
    // ELECTRON_RUN_AS_NODE would turn the app into a plain Node.js any local program can drive.
    [FuseV1Options.RunAsNode]: false,
    // Cookies (and anything in the cookie store) are encrypted at rest with the OS keychain.
    [FuseV1Options.EnableCookieEncryption]: true,
    // NODE_OPTIONS could preload arbitrary code into the main process.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    // --inspect and friends would open a debugger port into the main process.
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // The app.asar header hash electron-builder embeds is checked at start-up (macOS, Windows).
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    // Only app.asar is loaded, so the integrity check cannot be side-stepped with a loose app/ folder.
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // The renderer is served from app://, never file://, so file:// needs none of its legacy powers.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

/**
 * The Electron executable inside a packed app, as electron-builder names it
 * (PlatformPackager.addElectronFuses): the .app bundle on macOS, the .exe on Windows, and on
 * Linux the packager's executableName (linux.executableName, else the lower-cased app name).
 */
export function electronBinaryPath(context: Pick<AfterPackContext, 'appOutDir' | 'electronPlatformName' | 'packager'>): string {
  const { appOutDir, electronPlatformName, packager } = context;
  const productFilename = packager.appInfo.productFilename;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${productFilename}.exe`);
    case 'linux': {
      const executableName = (packager as unknown as { executableName?: string }).executableName;
      return path.join(appOutDir, executableName ?? productFilename);
    }
    default:
      throw new Error(`Cannot set Electron fuses: unknown platform "${electronPlatformName}".`);
  }
}

/** The hook electron-builder calls (it picks the export named after the hook). */
export async function afterPack(context: AfterPackContext): Promise<void> {
  const binary = electronBinaryPath(context);
  const changed = await flipFuses(binary, notebookFuses(context.electronPlatformName));
  console.log(`  • Electron fuses set on ${binary} (${changed} changed)`);
}
