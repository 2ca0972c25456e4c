import { describe, expect, it } from "vitest";
import { splitLinks } from "./split-links.ts";

const allowed = ["northwind.example"];

describe("splitLinks", () => {
  it("makes an address on an allowed domain, or below it, a link", () => {
    expect(splitLinks("Track it at https://northwind.example/track?id=7 any time.", allowed)).toEqual([
      "Track it at ",
      { href: "https://northwind.example/track?id=7", text: "https://northwind.example/track?id=7" },
      " any time.",
    ]);
    expect(splitLinks("http://help.northwind.example/returns", allowed)).toEqual([
      { href: "http://help.northwind.example/returns", text: "http://help.northwind.example/returns" },
    ]);
  });

  it("keeps every other address as plain text", () => {
    for (const text of [
      "Go to https://evil.example/login now",
      "https://northwind.example.evil.example/x",
      "https://northwind.example@evil.example/x",
      "https://notnorthwind.example/",
      "javascript:alert(1) or ftp://northwind.example/file",
    ]) {
      expect(splitLinks(text, allowed), text).toEqual([text]);
    }
  });

  it("links nothing when the site allows no domain", () => {
    expect(splitLinks("https://northwind.example/", [])).toEqual(["https://northwind.example/"]);
  });

  it("leaves the sentence's punctuation and brackets outside the link", () => {
    expect(splitLinks("(see https://northwind.example/size-guide).", allowed)).toEqual([
      "(see ",
      { href: "https://northwind.example/size-guide", text: "https://northwind.example/size-guide" },
      ").",
    ]);
    expect(splitLinks("https://northwind.example/wiki/Boot_(footwear)", allowed)[0]).toMatchObject({ text: "https://northwind.example/wiki/Boot_(footwear)" });
  });

  it("accepts the site's domains written loosely: wildcard, capitals, trailing dot", () => {
    expect(splitLinks("https://Shop.Northwind.example/a", ["*.NORTHWIND.example."])[0]).toMatchObject({ href: "https://shop.northwind.example/a" });
  });

  it("links several allowed addresses and skips the others between them", () => {
    const segments = splitLinks("A https://northwind.example/a B https://evil.example/b C https://northwind.example/c", allowed);
    expect(segments).toEqual([
      "A ",
      { href: "https://northwind.example/a", text: "https://northwind.example/a" },
      " B https://evil.example/b C ",
      { href: "https://northwind.example/c", text: "https://northwind.example/c" },
    ]);
  });
});
