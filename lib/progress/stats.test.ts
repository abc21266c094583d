import { describe, expect, it } from "vitest";
import { dueForecast, masteryByMaterial, retention, reviewsPerDay, studyStreak } from "./stats";

// Moments in March 2026, counted in UTC unless a test names another zone.
const at = (day: number, hour = 12) => new Date(Date.UTC(2026, 2, day, hour, 0, 0));
const now = at(10, 15);
const UTC = "UTC";

describe("dueForecast", () => {
  it("counts overdue cards as due today and spreads the rest over 14 days", () => {
    const forecast = dueForecast([at(1), at(10, 9), at(10, 20), at(11), at(23, 23), at(24)], now, UTC);
    expect(forecast).toHaveLength(14);
    expect(forecast[0]).toMatchObject({ label: "Today", count: 3 });
    expect(forecast[1].count).toBe(1);
    expect(forecast[13].count).toBe(1);
    expect(forecast.reduce((sum, day) => sum + day.count, 0)).toBe(5);
  });
});

describe("reviewsPerDay", () => {
  it("ends today and leaves days without reviews at zero", () => {
    const days = reviewsPerDay([at(10, 1), at(10, 14), at(8), at(1)], now, UTC, 7);
    expect(days.map((day) => day.count)).toEqual([0, 0, 0, 0, 1, 0, 2]);
    expect(days[6].label).toBe("Today");
  });
});

describe("studyStreak", () => {
  it("counts consecutive days up to today", () => {
    expect(studyStreak([at(10), at(9), at(8), at(6)], now, UTC)).toBe(3);
  });
  it("keeps yesterday's streak alive before today's first review", () => {
    expect(studyStreak([at(9), at(8)], now, UTC)).toBe(2);
  });
  it("is zero after a missed day", () => {
    expect(studyStreak([at(8), at(7)], now, UTC)).toBe(0);
    expect(studyStreak([], now, UTC)).toBe(0);
  });
});

describe("days in the learner's time zone", () => {
  it("counts a late-evening review on the learner's day, not the server's", () => {
    // 02:30 UTC on March 10 is 22:30 on March 9 in New York (UTC-4 after the March 8 clock change).
    const lateEvening = new Date(Date.UTC(2026, 2, 10, 2, 30));
    const morning = new Date(Date.UTC(2026, 2, 10, 13));
    expect(reviewsPerDay([lateEvening], morning, "America/New_York", 2).map((day) => day.count)).toEqual([1, 0]);
    expect(reviewsPerDay([lateEvening], morning, UTC, 2).map((day) => day.count)).toEqual([0, 1]);
  });

  it("keeps a streak that is only unbroken in the learner's zone", () => {
    // Auckland is UTC+13 in March: these fall on March 8, 9 and 10 there, but on 7, 9 and 10 in UTC.
    const reviews = [new Date(Date.UTC(2026, 2, 7, 20)), new Date(Date.UTC(2026, 2, 9, 2)), new Date(Date.UTC(2026, 2, 9, 20))];
    const now = new Date(Date.UTC(2026, 2, 9, 21));
    expect(studyStreak(reviews, now, "Pacific/Auckland")).toBe(3);
    expect(studyStreak(reviews, now, UTC)).toBe(1);
  });

  it("gives one column per calendar day across a daylight-saving change", () => {
    const forecast = dueForecast([], new Date(Date.UTC(2026, 2, 1, 15)), "America/New_York");
    expect(forecast.map((day) => day.day)).toEqual(Array.from({ length: 14 }, (_, index) => `2026-03-${String(index + 1).padStart(2, "0")}`));
    expect(forecast[7].label).toBe("Mar 8");
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
