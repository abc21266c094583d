import { HttpError } from "@/lib/http-errors";
import { StudyError } from "@/lib/study/reviews";

/** Runs study domain code for a route handler, turning its errors into the HTTP answer they deserve. */
export async function asHttp<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StudyError) throw new HttpError(error.status, error.message);
    throw error;
  }
}
