import { describe, expect, it } from 'vitest';
import { catalogue, theme } from '../../../tests/support/export-fixture.ts';
import { tableColumns } from './table-spec.ts';

describe('tableColumns', () => {
  const indicatorIds = (lead: Parameters<typeof tableColumns>[5]) =>
    tableColumns(catalogue, 'gemeente', theme, null, undefined, lead).flatMap((c) => (c.indicator ? [c.indicator.id] : []));

  it("lists the theme's indicators in its order, the one the map shows first", () => {
    const inOrder = catalogue.themeIndicators(theme).map((i) => i.indicator.id);
    expect(inOrder.length).toBeGreaterThan(1);
    expect(indicatorIds(null)).toEqual(inOrder);
    const last = inOrder.at(-1)!;
    expect(indicatorIds(last)).toEqual([last, ...inOrder.slice(0, -1)]);
  });

  it("heads a column with the indicator's name and gives its one-line description as the title", () => {
    const [first] = catalogue.themeIndicators(theme);
    const column = tableColumns(catalogue, 'gemeente', theme).find((c) => c.indicator?.id === first!.indicator.id)!;
    expect(column.label.startsWith(first!.indicator.label)).toBe(true);
    expect(column.description).toBe(first!.indicator.short);
  });
});
