// Whether a site's team is at work now, and if not, when it next opens (in the site's time zone).
import type { Policy } from "../guard/policy.ts";

const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

export type Opening = { open: true } | { open: false; daysAhead: number; weekday: number; time: string };

/** Open windows per weekday (0 = Sunday), in minutes since local midnight. */
function schedule(hours: Policy["businessHours"]): Array<Array<[number, number]>> {
  const week: Array<Array<[number, number]>> = DAYS.map(() => []);
  for (const [days, range] of Object.entries(hours.days)) {
    const [from, to = from] = days.split("-") as [(typeof DAYS)[number], (typeof DAYS)[number]?];
    const [start, end] = range.split("-").map(minutes) as [number, number];
    let day = DAYS.indexOf(from);
    for (;;) {
      week[day]!.push([start, end]);
      if (DAYS[day] === to) break;
      day = (day + 1) % 7;
    }
  }
  return week;
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  return h * 60 + m;
}

function localNow(timeZone: string, now: Date): { weekday: number; minute: number } {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  const weekday = DAYS.indexOf(get("weekday").toLowerCase().slice(0, 3) as (typeof DAYS)[number]);
  return { weekday, minute: Number(get("hour")) * 60 + Number(get("minute")) };
}

/** A site with no business hours configured is always open. */
export function opening(hours: Policy["businessHours"], now: Date): Opening {
  const week = schedule(hours);
  if (week.every((day) => day.length === 0)) return { open: true };
  const { weekday, minute } = localNow(hours.timezone, now);
  if (week[weekday]!.some(([start, end]) => minute >= start && minute < end)) return { open: true };
  for (let daysAhead = 0; daysAhead <= 7; daysAhead++) {
    const day = (weekday + daysAhead) % 7;
    const starts = week[day]!.map(([start]) => start).filter((start) => daysAhead > 0 || start > minute).sort((a, b) => a - b);
    if (starts.length > 0) {
      const start = starts[0]!;
      const time = `${String(Math.floor(start / 60)).padStart(2, "0")}:${String(start % 60).padStart(2, "0")}`;
      return { open: false, daysAhead, weekday: day, time };
    }
  }
  return { open: true };
}

const when: Record<string, { today: string; tomorrow: string; on: string }> = {
  en: { today: "today at {time}", tomorrow: "tomorrow at {time}", on: "on {day} at {time}" },
  fr: { today: "aujourd'hui à {time}", tomorrow: "demain à {time}", on: "{day} à {time}" },
  de: { today: "heute um {time}", tomorrow: "morgen um {time}", on: "am {day} um {time}" },
  es: { today: "hoy a las {time}", tomorrow: "mañana a las {time}", on: "el {day} a las {time}" },
};

/** "tomorrow at 09:00", "lundi à 09:00"... with the site's time zone named. */
export function describeOpening(next: Extract<Opening, { open: false }>, language: string, timeZone: string): string {
  const words = when[language] ?? when.en!;
  // 2023-01-01 was a Sunday: a fixed date gives the weekday's name in any language.
  const dayName = new Intl.DateTimeFormat(language, { weekday: "long", timeZone: "UTC" }).format(Date.UTC(2023, 0, 1 + next.weekday));
  const template = next.daysAhead === 0 ? words.today : next.daysAhead === 1 ? words.tomorrow : words.on;
  return `${template.replace("{day}", dayName).replace("{time}", next.time)} (${timeZone})`;
}
