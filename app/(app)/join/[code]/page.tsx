import type { Metadata } from "next";
import { headers } from "next/headers";
import { JoinClassForm } from "@/components/classes/join-class-form";
import { requireUser } from "@/lib/auth/guard";
import { clientAddress } from "@/lib/auth/client-address";
import { withinJoinCodeLimits } from "@/lib/auth/join-code-limits";
import { TooManyAttemptsError } from "@/lib/errors";
import { getClassByJoinCode } from "@/lib/data/teaching";
import { joinClassSchema } from "@/lib/validations/classroom";

export const metadata: Metadata = { title: "Join a class" };

export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const user = await requireUser("STUDENT", `/join/${encodeURIComponent(raw)}`);
  const parsed = joinClassSchema.safeParse({ code: raw });
  const code = parsed.success ? parsed.data.code : "";
  const address = clientAddress(await headers());
  let refusal: string | undefined;
  const classroom = code
    ? await withinJoinCodeLimits(user.id, address, () => getClassByJoinCode(code)).catch((error: unknown) => {
        if (!(error instanceof TooManyAttemptsError)) throw error;
        refusal = error.message;
        return null;
      })
    : null;
  return (
    <div className="mx-auto flex max-w-lg flex-col gap-4">
      <h1 className="text-2xl font-bold">Join a class</h1>
      {classroom ? (
        <p className="text-slate-700">
          You are joining <strong>{classroom.name}</strong> (teacher: {classroom.teacher.name}).
        </p>
      ) : (
        <p role="alert" className="text-red-700">
          {refusal ?? `No class has the code ${code || raw}. Check it with your teacher, or type it below.`}
        </p>
      )}
      <JoinClassForm initialCode={classroom ? code : ""} />
    </div>
  );
}
