"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { DayCount } from "@/lib/progress/stats";

// Recharts draws in the browser; the numbers are computed on the server and passed in as they are.

export function DayBarChart({ data, label, color }: { data: DayCount[]; label: string; color: string }) {
  return (
    <div className="h-56 w-full" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11, fill: "#334155" }} interval="preserveStartEnd" />
          <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: "#334155" }} />
          <Tooltip />
          <Bar dataKey="count" name={label} fill={color} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export type MasteryDatum = { label: string; unseen: number; learning: number; young: number; mastered: number };

export function MasteryChart({ data }: { data: MasteryDatum[] }) {
  return (
    <div className="h-56 w-full" role="img" aria-label="Cards by stage for each kind of material">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 8, bottom: 0, left: 24 }}>
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11, fill: "#334155" }} />
          <YAxis type="category" dataKey="label" width={110} tick={{ fontSize: 11, fill: "#334155" }} />
          <Tooltip />
          <Legend formatter={(value: string) => <span style={{ color: "#334155" }}>{value}</span>} />
          <Bar dataKey="mastered" name="Mastered" stackId="a" fill="#15803d" isAnimationActive={false} />
          <Bar dataKey="young" name="Reviewing" stackId="a" fill="#2753c9" isAnimationActive={false} />
          <Bar dataKey="learning" name="Learning" stackId="a" fill="#b45309" isAnimationActive={false} />
          <Bar dataKey="unseen" name="Not started" stackId="a" fill="#cbd5e1" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
