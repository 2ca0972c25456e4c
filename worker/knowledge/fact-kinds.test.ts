import { describe, expect, it } from "vitest";
import { factKinds } from "./fact-kinds.ts";

describe("factKinds", () => {
  it("finds durations, with ranges and business days, in the supported languages", () => {
    for (const text of ["Delivery takes 3–5 business days.", "Vous disposez de 30 jours.", "a 2-year guarantee", "valid for 12 months", "innerhalb von 14 Tagen"]) {
      expect(factKinds(text), text).toContain("duration");
    }
  });

  it("finds schedules: hours of the day and weekdays", () => {
    for (const text of ["Orders placed before 14:00 ship today.", "de 9 h 00 à 18 h 00", "Monday to Friday", "fermé le week-end"]) {
      expect(factKinds(text), text).toEqual(["schedule"]);
    }
  });

  it("finds amounts in any currency writing and percentages", () => {
    for (const text of ["Shipping costs €4.90.", "Les retours coûtent 6,90 €.", "a 10% welcome code", "USD 12"]) {
      expect(factKinds(text), text).toContain("amount");
    }
  });

  it("finds nothing in numbers that are neither: order numbers, sizes, counts", () => {
    for (const text of ["Your order number starts with NW- and 8 digits.", "EU 42 corresponds to UK 8.", "up to 5 addresses"]) {
      expect(factKinds(text), text).toEqual([]);
    }
  });
});
