import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/api/contract';
import { isMethodName, METHOD_NAMES } from '../../../shared/api/method-names';

describe('the API contract', () => {
  it('defines exactly the methods the preload and the browser bridge expose', () => {
    expect(Object.keys(contract).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('does not mistake inherited object keys for methods', () => {
    expect(isMethodName('toString')).toBe(false);
    expect(isMethodName('__proto__')).toBe(false);
    expect(isMethodName('listClips')).toBe(true);
  });
});
