import { SOURCE_KINDS } from '../../shared/domain/entities';
import { SOURCE_KIND_LABELS } from './source-kinds';

/**
 * The <option>s of a source-kind picker, in a reporter's words, after an optional "any kind" choice:
 * one list for the source form, Link a source, the sources filter and the search filters.
 */
export function SourceKindOptions({ emptyLabel }: { emptyLabel?: string }) {
  return (
    <>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {SOURCE_KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {SOURCE_KIND_LABELS[kind]}
        </option>
      ))}
    </>
  );
}
