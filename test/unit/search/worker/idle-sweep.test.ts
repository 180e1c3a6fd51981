import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idleSweeper } from '../../../../main/search/worker/idle-sweep';

/** A word index with `dead` old versions, each sweep step removing `perStep`. */
function fakeEngine(dead: number, perStep = 100) {
  const engine = {
    deadVersions: dead,
    steps: 0,
    sweep: vi.fn(() => {
      engine.steps++;
      engine.deadVersions = Math.max(0, engine.deadVersions - perStep);
      return engine.deadVersions;
    }),
  };
  return engine;
}

const options = { after: 1_000, stepMs: 10, pauseMs: 25 };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('sweeping old versions while the search worker is idle', () => {
  it('leaves a few hundred old versions alone: ordinary edits cost no sweeping', async () => {
    const engine = fakeEngine(999);
    const sweeper = idleSweeper(engine, options);
    sweeper.busy();
    sweeper.idle();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(engine.sweep).not.toHaveBeenCalled();
  });

  it('once a thousand have gathered, sweeps them all, a step per pause', async () => {
    const engine = fakeEngine(1_000);
    const sweeper = idleSweeper(engine, options);
    sweeper.busy();
    sweeper.idle();
    await vi.advanceTimersByTimeAsync(24);
    expect(engine.steps).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(engine.steps).toBe(1);
    expect(engine.sweep).toHaveBeenCalledWith(10);
    // It goes on below the threshold until none is left.
    await vi.advanceTimersByTimeAsync(25 * 20);
    expect(engine.deadVersions).toBe(0);
    expect(engine.steps).toBe(10);
  });

  it('takes no step while a request waits, and goes on after the last one is done', async () => {
    const engine = fakeEngine(2_000);
    const sweeper = idleSweeper(engine, options);
    sweeper.busy();
    sweeper.idle();
    await vi.advanceTimersByTimeAsync(25);
    expect(engine.steps).toBe(1);
    // Two searches arrive; the step already scheduled must not run while they wait.
    sweeper.busy();
    sweeper.busy();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(engine.steps).toBe(1);
    sweeper.idle();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(engine.steps).toBe(1);
    sweeper.idle();
    await vi.advanceTimersByTimeAsync(25);
    expect(engine.steps).toBe(2);
  });

  it('stops and reports when a sweep step fails, without throwing into the worker', async () => {
    const engine = fakeEngine(5_000);
    engine.sweep.mockImplementationOnce(() => {
      throw new Error('index damaged');
    });
    const onError = vi.fn();
    const sweeper = idleSweeper(engine, { ...options, onError });
    sweeper.idle();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'index damaged' }));
    expect(engine.sweep).toHaveBeenCalledTimes(1);
  });
});
