import { HttpError } from "@/lib/errors";

export const attemptNotFound = () => new HttpError(404, "That quiz attempt was not found.");
