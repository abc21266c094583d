import { describe, expect, it } from "vitest";
import { benchPostgresUrl, parseBenchOptions } from "./bench-options";

describe("bench options", () => {
  const all = ["database", "servers", "students", "findMax"] as const;

  it("default to SQLite, one server and a class of 300, so a bare `npm run bench:answers` is unchanged", () => {
    expect(parseBenchOptions([], all)).toEqual({ database: "sqlite", servers: 1, students: 300, findMax: false });
  });

  it("read values given as a separate word or after =", () => {
    expect(parseBenchOptions(["--database", "postgresql", "--servers=2", "--students", "120", "--find-max"], all)).toEqual({
      database: "postgresql", servers: 2, students: 120, findMax: true,
    });
  });

  it("refuse what a bench does not take, unknown databases and sizes that are not whole numbers", () => {
    expect(() => parseBenchOptions(["--students", "10"], ["database", "servers"])).toThrow(/unknown option --students.*--database, --servers/);
    expect(() => parseBenchOptions(["--database", "mysql"], all)).toThrow("--database takes sqlite or postgresql");
    expect(() => parseBenchOptions(["--students", "2.5"], all)).toThrow("--students takes a whole number");
    expect(() => parseBenchOptions(["--servers"], all)).toThrow("--servers takes a whole number");
  });

  it("refuse several servers on SQLite, which is one process on one file", () => {
    expect(() => parseBenchOptions(["--servers", "2"], all)).toThrow(/needs --database postgresql/);
  });

  it("take the database to empty from BENCH_DATABASE_URL only, never from DATABASE_URL", () => {
    expect(benchPostgresUrl({ BENCH_DATABASE_URL: "postgresql://postgres@127.0.0.1:55431/app" })).toBe("postgresql://postgres@127.0.0.1:55431/app");
    expect(() => benchPostgresUrl({ DATABASE_URL: "postgresql://app@db/study" })).toThrow(/needs BENCH_DATABASE_URL/);
    expect(() => benchPostgresUrl({ BENCH_DATABASE_URL: "file:./data/app.db" })).toThrow(/needs BENCH_DATABASE_URL/);
  });
});
