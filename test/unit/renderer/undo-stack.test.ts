import { describe, expect, it, vi } from 'vitest';
import { createUndoStack } from '../../../renderer/undo/undo-stack';

const entry = (label: string, undo: () => Promise<unknown> = () => Promise.resolve()) => ({ label, undo: vi.fn(undo) });

describe('undo stack', () => {
  it('undoes the latest change first, then the one before', async () => {
    const stack = createUndoStack();
    const first = entry('Marked in progress');
    const second = entry('Linked “Treaty list”');
    stack.push(first);
    stack.push(second);

    expect(await stack.undoLast()).toEqual({ kind: 'undone', label: 'Linked “Treaty list”', message: 'Undone: linked “Treaty list”.' });
    expect(second.undo).toHaveBeenCalledOnce();
    expect(first.undo).not.toHaveBeenCalled();

    expect((await stack.undoLast()).kind).toBe('undone');
    expect(first.undo).toHaveBeenCalledOnce();
    expect(stack.size()).toBe(0);
  });

  it('says there is nothing to undo on an empty stack', async () => {
    expect(await createUndoStack().undoLast()).toEqual({ kind: 'empty', message: 'Nothing to undo.' });
  });

  it('keeps only the most recent changes, dropping the oldest', async () => {
    const stack = createUndoStack(2);
    const oldest = entry('one');
    stack.push(oldest);
    stack.push(entry('two'));
    stack.push(entry('three'));
    expect(stack.size()).toBe(2);
    expect(stack.peek()?.label).toBe('three');
    await stack.undoLast();
    await stack.undoLast();
    expect(await stack.undoLast()).toEqual({ kind: 'empty', message: 'Nothing to undo.' });
    expect(oldest.undo).not.toHaveBeenCalled();
  });

  it('reports a refused undo in the notebook’s words and drops it, so Ctrl+Z moves on', async () => {
    const stack = createUndoStack();
    stack.push(entry('Marked in progress'));
    stack.push(entry('Marked verified', () => Promise.reject(new Error('A claim can be marked verified only once…'))));
    const outcome = await stack.undoLast();
    expect(outcome).toEqual({
      kind: 'failed',
      label: 'Marked verified',
      message: 'Could not undo “Marked verified”: A claim can be marked verified only once…',
    });
    expect(stack.size()).toBe(1);
    expect((await stack.undoLast()).kind).toBe('undone');
  });

  it('does not run two undos at once when Ctrl+Z is pressed twice quickly', async () => {
    const stack = createUndoStack();
    let finish: () => void = () => {};
    const slow = entry('Moved the claim to the trash', () => new Promise<void>((resolve) => (finish = resolve)));
    const earlier = entry('Marked in progress');
    stack.push(earlier);
    stack.push(slow);
    const firstPress = stack.undoLast();
    const secondPress = await stack.undoLast();
    expect(secondPress.kind).toBe('empty');
    expect(earlier.undo).not.toHaveBeenCalled();
    finish();
    expect((await firstPress).kind).toBe('undone');
    expect(stack.size()).toBe(1);
  });
});
