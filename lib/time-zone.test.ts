import { describe, expect, it } from "vitest";
import { startOfDay } from "@/lib/progress/days";
import { knownTimeZone } from "./time-zone";

describe("knownTimeZone", () => {
  it("accepts the zones browsers report and refuses anything else", () => {
    expect(knownTimeZone("America/Chicago")).toBe("America/Chicago");
    expect(knownTimeZone("UTC")).toBe("UTC");
    expect(knownTimeZone("Mars/Olympus_Mons")).toBeNull();
    expect(knownTimeZone("")).toBeNull();
    expect(knownTimeZone(undefined)).toBeNull();
    expect(knownTimeZone("x".repeat(200))).toBeNull();
  });
});

describe("startOfDay", () => {
  it("is the learner's midnight as a moment", () => {
    const noonInTokyo = new Date("2026-03-10T03:00:00Z");
    expect(startOfDay(noonInTokyo, "Asia/Tokyo").toISOString()).toBe("2026-03-09T15:00:00.000Z");
    expect(startOfDay(noonInTokyo, "America/New_York").toISOString()).toBe("2026-03-09T04:00:00.000Z");
  });
});
