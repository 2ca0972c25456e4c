// Seeded synthetic support knowledge and customer questions for the benchmarks: realistic sizes and word
// frequencies, the same text on every run so runs compare.
import type { Article } from "../../worker/knowledge/article.ts";

// A seeded generator, so two runs measure the same knowledge.
let seed = 42;
function random(): number {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
}
const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];

// Words follow Zipf's law (frequency ∝ 1/rank) over one ranked vocabulary per language: function words first,
// then support words, then 20,000 rarer ones (products, places, jargon). This gives the index a realistic
// vocabulary, and common words ("order") that appear in a good share of passages without being in all of them.
const glue = {
  en: "the a to of and in for your you can we is are will be with on if it this that by".split(" "),
  fr: "le la les de des du et en pour votre vous nous est sont sera avec sur si ce que par".split(" "),
  de: "der die das den und in für ihr sie wir ist sind wird mit auf wenn es dies dass von".split(" "),
  es: "el la los de del y en para su usted nosotros es son será con sobre si esto que por".split(" "),
};
const support = {
  en: `order orders delivery shipping parcel package refund refunds return returns item items account password email
payment card invoice discount code coupon size colour exchange warranty repair store customer address tracking number
days business week hours support subscription plan cancel cancellation charge fee fees price prices free standard express
international customs tax receipt gift voucher membership points stock available product products label printer
damaged missing wrong late arrive arrives shipped processed confirm confirmation change update login reset app website
checkout cart basket bank transfer paypal visa mastercard instalments minimum maximum within after before policy`.split(/\s+/),
  fr: `commande livraison colis remboursement retour article compte mot passe paiement carte facture réduction code
taille couleur échange garantie réparation magasin client adresse suivi numéro jours semaine heures abonnement annuler
frais prix gratuit express douane taxe reçu cadeau points stock disponible produit étiquette endommagé manquant retard`.split(/\s+/),
  de: `bestellung lieferung versand paket rückerstattung rücksendung artikel konto passwort zahlung karte rechnung rabatt
gutschein größe farbe umtausch garantie reparatur kunde adresse sendungsverfolgung tage woche stunden abonnement kündigen
gebühr preis kostenlos zoll steuer quittung geschenk punkte lager verfügbar produkt etikett beschädigt fehlend verspätet`.split(/\s+/),
  es: `pedido entrega envío paquete reembolso devolución artículo cuenta contraseña pago tarjeta factura descuento código
talla color cambio garantía reparación tienda cliente dirección seguimiento número días semana horas suscripción cancelar
tarifa precio gratis aduana impuesto recibo regalo puntos disponible producto etiqueta dañado perdido retraso`.split(/\s+/),
};
type Lang = keyof typeof support;
// Each language its own rare words (languages share few words besides brand names).
const syllables = {
  en: ["ka", "lo", "mi", "ren", "tor", "vix", "sa", "qu", "el", "dor", "an", "pe", "ri", "zu", "ob", "mar", "ti"],
  fr: ["eau", "bou", "chan", "teau", "mi", "gne", "roi", "vel", "lon", "quet", "pré", "son", "fleu", "ai", "nou"],
  de: ["schwa", "berg", "lich", "keit", "ung", "stein", "hof", "wald", "mach", "dorf", "ger", "fürst", "bach", "kle"],
  es: ["ción", "dor", "ita", "llo", "rro", "mu", "ña", "ga", "pez", "ver", "bri", "cas", "jo", "que", "sal"],
};
const vocabulary = Object.fromEntries(
  (Object.keys(support) as Lang[]).map((lang) => {
    const rare = Array.from({ length: 20_000 }, () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(syllables[lang])).join(""));
    const words = [...glue[lang], ...support[lang], ...rare];
    let total = 0;
    const cumulative = words.map((_, rank) => (total += 1 / (rank + 1)));
    return [lang, { words, cumulative: cumulative.map((c) => c / total) }];
  }),
) as Record<Lang, { words: string[]; cumulative: number[] }>;

function zipfWord(lang: Lang): string {
  const { words, cumulative } = vocabulary[lang];
  const r = random();
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] < r) lo = mid + 1;
    else hi = mid;
  }
  return words[lo];
}

function sentence(lang: Lang): string {
  const length = 8 + Math.floor(random() * 14);
  const words = Array.from({ length }, () => (random() < 0.04 ? String(Math.floor(random() * 100)) : zipfWord(lang)));
  const text = words.join(" ");
  return text[0].toUpperCase() + text.slice(1) + ".";
}

export function syntheticArticle(i: number): Article {
  const r = random();
  const language: Lang = r < 0.7 ? "en" : r < 0.85 ? "fr" : r < 0.95 ? "de" : "es";
  // Help-centre articles: mostly 100 to 600 words, a few long guides.
  const paragraphs = random() < 0.1 ? 15 + Math.floor(random() * 20) : 2 + Math.floor(random() * 8);
  const parts: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    if (p > 0 && random() < 0.25) parts.push(`## ${sentence(language).slice(0, -1)}`);
    if (random() < 0.15) parts.push(Array.from({ length: 3 + Math.floor(random() * 4) }, () => `- ${sentence(language)}`).join("\n"));
    else parts.push(Array.from({ length: 2 + Math.floor(random() * 4) }, () => sentence(language)).join(" "));
  }
  const title = sentence(language).split(" ").slice(0, 4 + Math.floor(random() * 6)).join(" ");
  return { id: `article-${i}`, title, text: parts.join("\n\n"), language, tags: [pick(support[language])] };
}

export function syntheticQuery(articles: Article[]): { text: string; language: string } {
  const source = pick(articles);
  const words = source.text.split(/\s+/).filter((w) => /^\p{L}+$/u.test(w));
  const framing = { en: "Hi, how do I", fr: "Bonjour, comment", de: "Hallo, wie kann ich", es: "Hola, cómo" }[source.language as Lang];
  // One in five asks about something the knowledge does not hold.
  const topic = random() < 0.2 ? Array.from({ length: 3 }, () => `zz${Math.floor(random() * 1e6)}`) : [];
  const picked = Array.from({ length: 2 + Math.floor(random() * 5) }, () => pick(words));
  return { text: `${framing} ${[...picked, ...topic].join(" ")}?`, language: source.language ?? "en" };
}
