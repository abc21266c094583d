// The part of autocannon's API that scripts/bench-answers.ts uses (the package ships no types).
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  namespace autocannon {
    type RequestParams = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
    type Request = RequestParams & { setupRequest?: (request: RequestParams) => RequestParams };
    type Options = {
      url: string;
      connections?: number;
      duration?: number;
      overallRate?: number;
      method?: string;
      headers?: Record<string, string>;
      body?: string;
      requests?: Request[];
    };
    type Stats = { average: number; total: number };
    type Result = { requests: Stats; duration: number; errors: number; timeouts: number; non2xx: number };
    type Instance = EventEmitter & PromiseLike<Result>;
  }

  function autocannon(options: autocannon.Options): autocannon.Instance;
  export default autocannon;
}
