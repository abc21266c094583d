import { MIN_STUDENTS, type ItemStatistics } from "@/lib/reports/item-analysis";

export const percentText = (share: number) => `${Math.round(share * 100)}%`;

export function facilityText(item: ItemStatistics): string {
  if (item.students === 0) return "not shown to anyone yet";
  if (item.facility === null) return `${item.students} of at least ${MIN_STUDENTS} needed`;
  return `${percentText(item.facility)} (${item.correct} of ${item.students})`;
}

export function discriminationText(item: ItemStatistics): string {
  if (item.facility === null) return "—";
  return item.discrimination === null ? "n/a (all alike)" : item.discrimination.toFixed(2);
}

export function fixHref(setId: string, itemId: string, back: string): string {
  return `/teach/sets/${setId}/items/${itemId}?back=${encodeURIComponent(back)}`;
}
