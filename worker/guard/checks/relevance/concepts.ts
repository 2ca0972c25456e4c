// The objects and actions customers write to support about, with the words each language uses for them.
// Matching concepts instead of words lets "bill" meet "invoice" and "remboursement" meet "refund".
import type { Language } from "../../text/language.ts";

export interface Concept {
  id: string;
  /** How much naming this concept says about the request: "order" alone says less than "refund". */
  weight: number;
  /** Cue words or short phrases per language, as written (stemmed and accent-folded when indexed). */
  cues: Record<Language, string>;
}

// Cues are separated by commas; a cue of several words matches those words in a row.
export const concepts: readonly Concept[] = [
  {
    id: "order",
    weight: 0.5,
    cues: {
      en: "order, orders, purchase, purchases, item, items, article, articles, product, products, cart, checkout",
      fr: "commande, commandes, commander, achat, achats, article, articles, produit, produits, panier",
      de: "bestellung, bestellungen, bestellen, bestellt, kauf, einkauf, artikel, produkt, produkte, warenkorb",
      es: "pedido, pedidos, orden, compra, compras, artículo, artículos, producto, productos, carrito",
    },
  },
  {
    id: "buy",
    weight: 0.8,
    cues: {
      en: "buy, buying, place, placing, acquire, acquiring, make a purchase",
      fr: "acheter, passer une commande, passer commande, acquérir",
      de: "kaufen, aufgeben, erwerben",
      es: "comprar, hacer un pedido, realizar un pedido, adquirir",
    },
  },
  {
    id: "cancel",
    weight: 1,
    cues: {
      en: "cancel, cancels, canceled, cancelled, canceling, cancelling, cancellation, cancellations, terminate, termination, revoke",
      fr: "annuler, annulation, annulé, résilier, résiliation",
      de: "stornieren, stornierung, storno, kündigen, kündigung, widerrufen, widerruf",
      es: "cancelar, cancelación, anular, anulación, rescindir",
    },
  },
  {
    id: "modify",
    weight: 0.8,
    cues: {
      en: "change, changes, changing, modify, modification, edit, editing, update, updating, correct, alter, amend, replace, switch, add, remove",
      fr: "changer, changement, modifier, modification, corriger, mettre à jour, remplacer, ajouter, retirer",
      de: "ändern, änderung, bearbeiten, aktualisieren, korrigieren, ersetzen, wechseln, hinzufügen, entfernen",
      es: "cambiar, cambio, modificar, modificación, editar, actualizar, corregir, reemplazar, añadir, agregar, quitar",
    },
  },
  {
    id: "track",
    weight: 0.9,
    cues: {
      en: "track, tracking, status, where is, locate my order, follow",
      fr: "suivre, suivi, statut, état de ma commande, où est",
      de: "verfolgen, sendungsverfolgung, status, wo ist",
      es: "rastrear, rastreo, seguimiento, estado del pedido, dónde está",
    },
  },
  {
    id: "refund",
    weight: 1,
    cues: {
      en: "refund, refunds, refunded, refunding, reimburse, reimbursement, reimbursed, money back, repay, repayment, compensation",
      fr: "rembourser, remboursement, remboursé, récupérer mon argent",
      de: "rückerstattung, erstattung, erstatten, zurückerstatten, geld zurück, rückzahlung",
      es: "reembolso, reembolsar, devolución del dinero, devolver el dinero, mi dinero",
    },
  },
  {
    id: "policy",
    weight: 0.6,
    cues: {
      en: "policy, policies, terms, conditions, situations, cases, eligible, eligibility, rules",
      fr: "politique, conditions, règles, cas, éligible",
      de: "richtlinie, richtlinien, bedingungen, regeln, fälle, berechtigt",
      es: "política, políticas, condiciones, reglas, casos, elegible",
    },
  },
  {
    id: "invoice",
    weight: 1,
    cues: {
      en: "invoice, invoices, bill, bills, billing, receipt, receipts",
      fr: "facture, factures, facturation, reçu",
      de: "rechnung, rechnungen, quittung, beleg",
      es: "factura, facturas, facturación, recibo",
    },
  },
  {
    id: "delivery",
    weight: 1,
    cues: {
      en: "delivery, deliveries, deliver, delivered, shipping, ship, shipped, shipment, package, parcel, courier, arrival, arrive, eta, dispatch",
      fr: "livraison, livrer, livré, expédition, expédier, colis, paquet, transporteur, arrivée",
      de: "lieferung, liefern, geliefert, versand, versenden, paket, sendung, zustellung, ankunft",
      es: "entrega, entregar, envío, enviar, paquete, mensajero, llegada, llegar",
    },
  },
  {
    id: "time",
    weight: 0.6,
    cues: {
      en: "when, how long, period, time, estimated, days, date",
      fr: "quand, combien de temps, délai, délais, date, jours",
      de: "wann, wie lange, dauer, zeitraum, lieferzeit, tage, datum",
      es: "cuándo, cuánto tiempo, plazo, tiempo, días, fecha",
    },
  },
  {
    id: "options",
    weight: 0.6,
    cues: {
      en: "options, option, methods, method, ways, choices, available, accepted, types",
      fr: "options, moyens, méthodes, modes, disponibles, acceptés",
      de: "optionen, möglichkeiten, methoden, arten, verfügbar, akzeptiert",
      es: "opciones, métodos, formas, disponibles, aceptados, tipos",
    },
  },
  {
    id: "account",
    weight: 0.6,
    cues: {
      en: "account, accounts, profile, user, membership",
      fr: "compte, comptes, profil, utilisateur",
      de: "konto, konten, profil, benutzerkonto, nutzer",
      es: "cuenta, cuentas, perfil, usuario",
    },
  },
  {
    id: "create",
    weight: 0.9,
    cues: {
      en: "create, creating, open, opening, register, registering, registration, sign up, signup, signing up, join, new account",
      fr: "créer, création, ouvrir, ouverture, inscrire, inscription, enregistrer",
      de: "erstellen, anlegen, eröffnen, registrieren, registrierung, anmelden, anmeldung",
      es: "crear, abrir, registrar, registrarse, registro, inscribirse",
    },
  },
  {
    id: "delete",
    weight: 0.9,
    cues: {
      en: "delete, deleting, deletion, close, closing, erase, deactivate, remove my account",
      fr: "supprimer, suppression, fermer, fermeture, désactiver, effacer",
      de: "löschen, löschung, schließen, deaktivieren, entfernen",
      es: "eliminar, borrar, cerrar, desactivar, dar de baja",
    },
  },
  {
    id: "password",
    weight: 1,
    cues: {
      en: "password, passwords, pin, credentials, log in, login, sign in, locked out",
      fr: "mot de passe, identifiant, identifiants, connexion, se connecter",
      de: "passwort, kennwort, zugangsdaten, login, einloggen, anmeldedaten",
      es: "contraseña, clave, credenciales, iniciar sesión",
    },
  },
  {
    id: "recover",
    weight: 0.9,
    cues: {
      en: "recover, recovery, reset, forgot, forgotten, retrieve, restore, lost",
      fr: "récupérer, récupération, réinitialiser, oublié, perdu, restaurer",
      de: "wiederherstellen, zurücksetzen, vergessen, verloren",
      es: "recuperar, restablecer, olvidé, olvidado, perdí, perdido",
    },
  },
  {
    id: "problem",
    weight: 0.5,
    cues: {
      en: "problem, problems, issue, issues, error, errors, trouble, troubles, difficulty, difficulties, fail, failed, wrong, not working",
      fr: "problème, problèmes, erreur, erreurs, souci, difficulté, échec, marche pas",
      de: "problem, probleme, fehler, schwierigkeit, funktioniert nicht, fehlgeschlagen",
      es: "problema, problemas, error, errores, dificultad, falla, fallo",
    },
  },
  {
    id: "payment",
    weight: 1,
    cues: {
      en: "payment, payments, pay, paying, paid, card, credit card, debit, paypal, transfer, transaction",
      fr: "paiement, paiements, payer, payé, carte, carte bancaire, virement, transaction",
      de: "zahlung, zahlungen, bezahlen, zahlen, bezahlt, karte, kreditkarte, überweisung, transaktion",
      es: "pago, pagos, pagar, pagado, tarjeta, transferencia, transacción",
    },
  },
  {
    id: "fee",
    weight: 1,
    cues: {
      en: "fee, fees, charge, charges, penalty, penalties, cost, costs, price",
      fr: "frais, pénalité, pénalités, coût, coûts, prix, tarif",
      de: "gebühr, gebühren, kosten, strafe, preis",
      es: "tarifa, tarifas, cargo, cargos, penalización, coste, costo, precio, comisión",
    },
  },
  {
    id: "address",
    weight: 1,
    cues: {
      en: "address, addresses, shipping address, postal address",
      fr: "adresse, adresses",
      de: "adresse, adressen, anschrift, lieferadresse",
      es: "dirección, direcciones, domicilio",
    },
  },
  {
    id: "newsletter",
    weight: 1,
    cues: {
      en: "newsletter, newsletters, subscribe, subscribing, subscription, unsubscribe, mailing list, opt out",
      fr: "newsletter, lettre d'information, abonner, abonnement, désabonner, désinscrire",
      de: "newsletter, abonnieren, abonnement, abmelden, abbestellen",
      es: "boletín, newsletter, suscribir, suscribirse, suscripción, darse de baja",
    },
  },
  {
    id: "complaint",
    weight: 1,
    cues: {
      en: "complaint, complaints, complain, claim, claims, reclamation, grievance, dissatisfied, dissatisfaction, unhappy, file a claim",
      fr: "plainte, réclamation, réclamations, plaindre, mécontent, insatisfait",
      de: "beschwerde, beschwerden, beschweren, reklamation, unzufrieden",
      es: "queja, quejas, quejarse, reclamación, reclamo, insatisfecho",
    },
  },
  {
    id: "review",
    weight: 1,
    cues: {
      en: "review, reviews, feedback, opinion, comment, comments, rate, rating, testimonial, suggestion",
      fr: "avis, commentaire, commentaires, opinion, évaluation, noter, suggestion",
      de: "bewertung, bewertungen, feedback, meinung, kommentar, rezension, vorschlag",
      es: "reseña, reseñas, opinión, comentario, comentarios, valoración, sugerencia",
    },
  },
  {
    id: "human",
    weight: 1,
    cues: {
      en: "human, agent, person, someone, somebody, representative, operator, staff, real person, live agent",
      fr: "humain, conseiller, personne, quelqu'un, agent, opérateur, représentant",
      de: "mensch, mitarbeiter, person, jemand, berater, agent, menschen",
      es: "humano, persona, alguien, agente, representante, operador, asesor",
    },
  },
  {
    id: "contact",
    weight: 0.7,
    cues: {
      en: "contact, talk, speak, chat, call, reach, phone, get in touch",
      fr: "contacter, contact, parler, joindre, appeler, téléphone",
      de: "kontaktieren, kontakt, sprechen, erreichen, anrufen, telefon",
      es: "contactar, contacto, hablar, comunicarme, llamar, teléfono",
    },
  },
  {
    id: "support",
    weight: 0.8,
    cues: {
      en: "customer service, customer support, support team, helpdesk, service team",
      fr: "service client, service clientèle, support",
      de: "kundenservice, kundendienst, support",
      es: "atención al cliente, servicio al cliente, soporte",
    },
  },
];
