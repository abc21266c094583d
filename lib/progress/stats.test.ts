import { describe, expect, it } from "vitest";
import { dueForecast, masteryByMaterial, retention, reviewsPerDay, studyStreak } from "./stats";

const at = (day: number, hour = 12) => new Date(2026, 2, day, hour, 0, 0);
const now = at(10, 15);

describe("dueForecast", () => {
  it("counts overdue cards as due today and spreads the rest over 14 days", () => {
    const forecast = dueForecast([at(1), at(10, 9), at(10, 20), at(11), at(23, 23), at(24)], now);
    expect(forecast).toHaveLength(14);
    expect(forecast[0]).toMatchObject({ label: "Today", count: 3 });
    expect(forecast[1].count).toBe(1);
    expect(forecast[13].count).toBe(1);
    expect(forecast.reduce((sum, day) => sum + day.count, 0)).toBe(5);
  });
});

describe("reviewsPerDay", () => {
  it("ends today and leaves days without reviews at zero", () => {
    const days = reviewsPerDay([at(10, 1), at(10, 14), at(8), at(1)], now, 7);
    expect(days.map((day) => day.count)).toEqual([0, 0, 0, 0, 1, 0, 2]);
    expect(days[6].label).toBe("Today");
  });
});

describe("studyStreak", () => {
  it("counts consecutive days up to today", () => {
    expect(studyStreak([at(10), at(9), at(8), at(6)], now)).toBe(3);
  });
  it("keeps yesterday's streak alive before today's first review", () => {
    expect(studyStreak([at(9), at(8)], now)).toBe(2);
  });
  it("is zero after a missed day", () => {
    expect(studyStreak([at(8), at(7)], now)).toBe(0);
    expect(studyStreak([], now)).toBe(0);
  });
});

describe("retention", () => {
  it("is the share of reviews not graded Again", () => {
    expect(retention([1, 3, 3, 4])).toBe(0.75);
    expect(retention([])).toBeNull();
  });
});

describe("masteryByMaterial", () => {
  it("sorts cards into unseen, learning, young and mastered per material", () => {
    const rows = masteryByMaterial([
      { material: "key_fact", state: null, scheduledDays: 0 },
      { material: "key_fact", state: 1, scheduledDays: 0 },
      { material: "key_fact", state: 2, scheduledDays: 3 },
      { material: "key_fact", state: 2, scheduledDays: 30 },
      { material: "expert", state: 3, scheduledDays: 0 },
    ]);
    expect(rows.map((row) => row.material)).toEqual(["key_fact", "expert"]);
    expect(rows[0]).toMatchObject({ total: 4, unseen: 1, learning: 1, young: 1, mastered: 1, share: 0.25 });
    expect(rows[1]).toMatchObject({ total: 1, learning: 1, share: 0 });
  });
});
