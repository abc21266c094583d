// The JSON error shape of withRoute, read the same way by every teacher form.
export type ApiError = { error?: string; fieldErrors?: Record<string, string[]>; issues?: { line: number; message: string }[] };

export async function readApiError(response: Response): Promise<ApiError> {
  try {
    return (await response.json()) as ApiError;
  } catch {
    return { error: "Something went wrong. Nothing was saved; please try again." };
  }
}
