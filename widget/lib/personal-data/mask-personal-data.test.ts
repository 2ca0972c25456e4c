import { describe, expect, it } from "vitest";
import { maskPersonalData } from "./mask-personal-data.ts";

describe("card numbers", () => {
  it("hides a card number typed in groups, keeping its last four digits and its shape", () => {
    expect(maskPersonalData("My card is 4242 4242 4242 4242, charged twice")).toEqual({
      text: "My card is •••• •••• •••• 4242, charged twice",
      masked: ["card"],
    });
    expect(maskPersonalData("5555-5555-5555-4444").text).toBe("••••-••••-••••-4444");
    expect(maskPersonalData("paid with 4000056655665556.").text).toBe("paid with ••••••••••••5556.");
  });

  it("knows 15-digit American Express and 19-digit numbers", () => {
    expect(maskPersonalData("Amex 3782 822463 10005").text).toBe("Amex •••• •••••• •0005");
    expect(maskPersonalData("UnionPay 6222 0200 0000 0000 000?").text).toBe("UnionPay •••• •••• •••• •••0 000?");
  });

  it("hides the card but not the expiry typed after it", () => {
    expect(maskPersonalData("4242 4242 4242 4242 12 27").text).toBe("•••• •••• •••• 4242 12 27");
  });

  it("leaves numbers of card length alone when the checksum fails", () => {
    const text = "My card 4242 4242 4242 4241 was refused";
    expect(maskPersonalData(text)).toEqual({ text, masked: [] });
  });

  it("leaves order numbers, amounts, dates and sizes alone", () => {
    for (const text of [
      "Where is order 100234?",
      "Order #4242424242424242 never arrived",
      "Order NW-2024-001234 arrived damaged",
      "I paid €129.90 on 12/05/2024 for 2 pairs in size 42",
      "Tracking 1Z999AA10123456784",
      "Customer number 123456789",
      "Invoice 2024123456",
    ]) {
      expect(maskPersonalData(text, "FR"), text).toEqual({ text, masked: [] });
    }
  });
});

describe("IBANs", () => {
  it("hides an IBAN in groups or in one block, keeping its country and last four characters", () => {
    expect(maskPersonalData("Refund to FR76 3000 6000 0112 3456 7890 189 please")).toEqual({
      text: "Refund to FR•• •••• •••• •••• •••• •••0 189 please",
      masked: ["iban"],
    });
    expect(maskPersonalData("IBAN: de89370400440532013000").text).toBe("IBAN: de••••••••••••••••3000");
    expect(maskPersonalData("GB82 WEST 1234 5698 7654 32").text).toBe("GB•• •••• •••• •••• ••54 32");
  });

  it("finds two IBANs in one sentence", () => {
    expect(maskPersonalData("From DE89 3704 0044 0532 0130 00 to ES91 2100 0418 4502 0005 1332").text).toBe(
      "From DE•• •••• •••• •••• ••30 00 to ES•• •••• •••• •••• •••• 1332",
    );
  });

  it("leaves an IBAN-shaped code with a wrong checksum alone", () => {
    const text = "Reference FR76 3000 6000 0112 3456 7890 188";
    expect(maskPersonalData(text).masked).not.toContain("iban");
  });
});

describe("phone numbers", () => {
  it("hides a number in international form whatever the visitor's country", () => {
    expect(maskPersonalData("Call me on +33 6 12 34 56 78 tomorrow")).toEqual({
      text: "Call me on +•• • •• •• •• 78 tomorrow",
      masked: ["phone"],
    });
    expect(maskPersonalData("+44 7911 123456", "DE").text).toBe("+•• •••• ••••56");
  });

  it("hides a national number written with its trunk prefix, for the visitor's country", () => {
    expect(maskPersonalData("mon numéro : 06 12 34 56 78", "FR").text).toBe("mon numéro : •• •• •• •• 78");
    expect(maskPersonalData("meine Nummer ist 030 1234567", "DE").text).toBe("meine Nummer ist ••• •••••67");
    expect(maskPersonalData("mi móvil es 612 345 678", "ES").text).toBe("mi móvil es ••• ••• •78");
    expect(maskPersonalData("call (212) 555-0142", "US").text).toBe("call (•••) •••-••42");
  });

  it("does not guess a national number without the visitor's country", () => {
    const text = "call 06 12 34 56 78";
    expect(maskPersonalData(text)).toEqual({ text, masked: [] });
  });
});

describe("several kinds in one message", () => {
  it("reports each kind once and never counts a card as a phone number", () => {
    const result = maskPersonalData("Card 4242 4242 4242 4242, phone +33 6 12 34 56 78, other card 5555 5555 5555 4444", "FR");
    expect(result.masked).toEqual(["card", "phone"]);
    expect(result.text).toBe("Card •••• •••• •••• 4242, phone +•• • •• •• •• 78, other card •••• •••• •••• 4444");
  });

  it("keeps the message's length, so the length limit means the same before and after", () => {
    const text = "4242 4242 4242 4242 / FR76 3000 6000 0112 3456 7890 189 / +33 6 12 34 56 78";
    expect(maskPersonalData(text, "FR").text).toHaveLength(text.length);
  });

  it("returns plain text untouched", () => {
    expect(maskPersonalData("")).toEqual({ text: "", masked: [] });
    expect(maskPersonalData("Do you ship to Belgium?", "FR")).toEqual({ text: "Do you ship to Belgium?", masked: [] });
  });
});
