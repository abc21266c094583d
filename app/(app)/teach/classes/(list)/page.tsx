import type { Metadata } from "next";
import { ClassCardList } from "@/components/teach/class-card-list";
import { CreateClassForm } from "@/components/teach/create-class-form";
import { requireUser } from "@/lib/auth/guard";
import { listTeacherClasses } from "@/lib/data/teaching";

export const metadata: Metadata = { title: "Classes" };

export default async function TeacherClassesPage() {
  const user = await requireUser("TEACHER", "/teach/classes");
  const classes = await listTeacherClasses(user);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Your classes</h1>
      <CreateClassForm />
      <ClassCardList classes={classes} />
    </div>
  );
}
