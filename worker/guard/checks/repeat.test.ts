import { describe, expect, it } from "vitest";
import { defaultPolicy } from "../policy.ts";
import type { CheckInput, Finding, Turn } from "../types.ts";
import { repeat } from "./repeat.ts";

const bot = (text: string): Turn => ({ role: "bot", text });
const customer = (text: string): Turn => ({ role: "customer", text });

function check(draft: string, history: Turn[], language = "en"): Finding {
  const input: CheckInput = { message: "still not clear", language, history, knowledge: [], draft, policy: defaultPolicy, now: 0 };
  return repeat.evaluate(input, repeat.defaultThreshold) as Finding;
}

const RETURN_ANSWER = "You can return any item within 30 days of delivery for a full refund.";

describe("repeat", () => {
  it("holds back the same answer said again", () => {
    expect(check(RETURN_ANSWER, [customer("Can I return it?"), bot(RETURN_ANSWER)]).verdict).toBe("block");
  });

  it("holds back the same answer rephrased", () => {
    const result = check("Any item can be returned within 30 days of delivery, with a full refund.", [bot(RETURN_ANSWER)]);
    expect(result.verdict).toBe("block");
    expect(result.reason).toContain("return any item");
  });

  it("compares with every earlier bot reply, not only the last one", () => {
    const history = [bot(RETURN_ANSWER), customer("and shipping?"), bot("Standard shipping takes 3 to 5 business days."), customer("hm")];
    const result = check("Items can be returned within 30 days of delivery for a full refund.", history);
    expect(result.verdict).toBe("block");
    expect(result.reason).toContain("2 replies ago");
  });

  it("lets through a new answer on the same subject", () => {
    expect(check("Refunds reach your card within 5 business days after we receive the parcel.", [bot(RETURN_ANSWER)]).verdict).toBe("pass");
  });

  it("lets through a sentence that keeps the words but exchanges what they say", () => {
    const earlier = "Orders placed before noon ship the same day; orders placed on Saturday ship on Monday.";
    expect(check("Orders placed on Saturday ship the same day; orders placed before noon ship on Monday.", [bot(earlier)]).verdict).toBe("pass");
  });

  it("holds back the same sentences said in another order", () => {
    const earlier = "Log in to your account. Open Orders and choose the order. Click Cancel order.";
    expect(check("Click Cancel order. Log in to your account, open Orders and choose the order.", [bot(earlier)]).verdict).toBe("block");
  });

  it("does not count courtesy formulas said again", () => {
    const history = [bot("Happy to help! Is there anything else I can help you with?")];
    expect(check("Happy to help! Our shop opens at 9:00 on weekdays. Is there anything else I can help you with?", history).verdict).toBe("pass");
  });

  it("ignores what the customer or an agent said", () => {
    expect(check(RETURN_ANSWER, [customer(RETURN_ANSWER), { role: "agent", text: RETURN_ANSWER }]).verdict).toBe("pass");
  });

  it("works in French", () => {
    const earlier = "Vous pouvez retourner un article dans les 30 jours suivant la livraison.";
    expect(check("Un article peut être retourné dans les 30 jours suivant la livraison.", [bot(earlier)], "fr").verdict).toBe("block");
  });
});
