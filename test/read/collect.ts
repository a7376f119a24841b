// Test helper: everything a streaming reader yields, as one array (readers yield batches).

/** The items of a stream of batches, in order. */
export async function collect<T>(batches: AsyncIterable<T[]>): Promise<T[]> {
  const items: T[] = [];
  for await (const batch of batches) items.push(...batch);
  return items;
}
