import { useEffect, useRef } from 'react';
import type { AppCommand } from '../../shared/api/app-views';
import { call } from '../client/call';
import { runCommandLoop } from './app-commands';

/** Runs the command loop while the desk is mounted; the handler is read through a ref, so it can change freely. */
export function useAppCommands(onCommand: (command: AppCommand) => void): void {
  const latest = useRef(onCommand);
  useEffect(() => {
    latest.current = onCommand;
  });
  useEffect(() => {
    const controller = new AbortController();
    void runCommandLoop({
      next: (input) => call('nextAppCommands', input),
      onCommand: (command) => latest.current(command),
      signal: controller.signal,
    });
    return () => controller.abort();
  }, []);
}
