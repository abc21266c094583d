import Link from "next/link";

export function PracticeHeader({ setId, setTitle, title, text }: { setId: string; setTitle: string; title: string; text: string }) {
  return (
    <header>
      <p className="text-sm">
        <Link href={`/sets/${setId}`} className="text-brand-800 underline">
          {setTitle}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="text-slate-700">{text}</p>
    </header>
  );
}
