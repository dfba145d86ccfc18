/**
 * Prisma maps `@db.Date` columns to JS Dates at UTC midnight. These convert between that and the
 * calendar-day strings (YYYY-MM-DD, a day in Europe/Amsterdam) that the core works with.
 */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function dateColumn(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}
