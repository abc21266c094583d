import { BackLink } from "@/components/ui/back-link";

export function PracticeHeader({ setId, setTitle, title, text }: { setId: string; setTitle: string; title: string; text: string }) {
  return (
    <header>
      <BackLink href={`/sets/${setId}`}>{setTitle}</BackLink>
      <h1 className="mt-1 text-2xl font-bold">{title}</h1>
      <p className="text-slate-700">{text}</p>
    </header>
  );
}
