import { ButtonLink } from "@/components/ui/button";

/** "Study 12 due cards": the one thing to do next with a set, when there is something to review. */
export function StudyCallToAction({ setId, due, fresh = 0 }: { setId: string; due: number; fresh?: number }) {
  if (due === 0 && fresh === 0) return null;
  const label = due > 0 ? `Study ${due} due card${due === 1 ? "" : "s"}` : "Study new cards";
  return (
    <ButtonLink href={`/sets/${setId}/study`} className="mt-3">
      {label}
    </ButtonLink>
  );
}
