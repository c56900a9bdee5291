/**
 * An official by name, the id in the tooltip (and for screen readers after the name); the id
 * alone, in code type, when no account has it.
 */
export function Person({ id, name }: { id: string | null | undefined; name?: (id: string) => string }) {
  if (!id) return null;
  const known = name?.(id);
  return known !== undefined && known !== id ? (
    <span title={id}>{known}</span>
  ) : (
    <span className="mono">{id}</span>
  );
}
