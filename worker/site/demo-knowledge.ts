// The seeded demo site's knowledge: the Markdown articles of demo/knowledge, bundled as text (wrangler.toml [[rules]]).
// A new article needs its line here.
import a0 from "../../demo/knowledge/en/account-create-en.md";
import a1 from "../../demo/knowledge/en/account-delete-en.md";
import a2 from "../../demo/knowledge/en/account-details-en.md";
import a3 from "../../demo/knowledge/en/account-password-en.md";
import a4 from "../../demo/knowledge/en/contact-support-en.md";
import a5 from "../../demo/knowledge/en/delivery-problems-en.md";
import a6 from "../../demo/knowledge/en/exchanges-en.md";
import a7 from "../../demo/knowledge/en/fit-advice-en.md";
import a8 from "../../demo/knowledge/en/gift-cards-en.md";
import a9 from "../../demo/knowledge/en/invoices-en.md";
import a10 from "../../demo/knowledge/en/newsletter-en.md";
import a11 from "../../demo/knowledge/en/order-changes-en.md";
import a12 from "../../demo/knowledge/en/payment-failed-en.md";
import a13 from "../../demo/knowledge/en/payment-methods-en.md";
import a14 from "../../demo/knowledge/en/refunds-en.md";
import a15 from "../../demo/knowledge/en/returns-how-to-en.md";
import a16 from "../../demo/knowledge/en/returns-policy-en.md";
import a17 from "../../demo/knowledge/en/shipping-costs-en.md";
import a18 from "../../demo/knowledge/en/shipping-delays-en.md";
import a19 from "../../demo/knowledge/en/shipping-tracking-en.md";
import a20 from "../../demo/knowledge/en/size-conversion-en.md";
import a21 from "../../demo/knowledge/en/size-guide-en.md";
import a22 from "../../demo/knowledge/fr/account-create-fr.md";
import a23 from "../../demo/knowledge/fr/account-delete-fr.md";
import a24 from "../../demo/knowledge/fr/account-details-fr.md";
import a25 from "../../demo/knowledge/fr/account-password-fr.md";
import a26 from "../../demo/knowledge/fr/contact-support-fr.md";
import a27 from "../../demo/knowledge/fr/delivery-problems-fr.md";
import a28 from "../../demo/knowledge/fr/exchanges-fr.md";
import a29 from "../../demo/knowledge/fr/fit-advice-fr.md";
import a30 from "../../demo/knowledge/fr/gift-cards-fr.md";
import a31 from "../../demo/knowledge/fr/invoices-fr.md";
import a32 from "../../demo/knowledge/fr/newsletter-fr.md";
import a33 from "../../demo/knowledge/fr/order-changes-fr.md";
import a34 from "../../demo/knowledge/fr/payment-failed-fr.md";
import a35 from "../../demo/knowledge/fr/payment-methods-fr.md";
import a36 from "../../demo/knowledge/fr/refunds-fr.md";
import a37 from "../../demo/knowledge/fr/returns-how-to-fr.md";
import a38 from "../../demo/knowledge/fr/returns-policy-fr.md";
import a39 from "../../demo/knowledge/fr/shipping-costs-fr.md";
import a40 from "../../demo/knowledge/fr/shipping-delays-fr.md";
import a41 from "../../demo/knowledge/fr/shipping-tracking-fr.md";
import a42 from "../../demo/knowledge/fr/size-conversion-fr.md";
import a43 from "../../demo/knowledge/fr/size-guide-fr.md";

export const demoArticles: string[] = [
  a0,
  a1,
  a2,
  a3,
  a4,
  a5,
  a6,
  a7,
  a8,
  a9,
  a10,
  a11,
  a12,
  a13,
  a14,
  a15,
  a16,
  a17,
  a18,
  a19,
  a20,
  a21,
  a22,
  a23,
  a24,
  a25,
  a26,
  a27,
  a28,
  a29,
  a30,
  a31,
  a32,
  a33,
  a34,
  a35,
  a36,
  a37,
  a38,
  a39,
  a40,
  a41,
  a42,
  a43,
];
