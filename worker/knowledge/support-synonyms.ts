// Words customers use for what help articles name otherwise: "money back" for a refund, "send back" for a
// return, "bill" for an invoice. Support vocabulary in general, for any shop or service, not one site's
// wording. Each group is one thing asked about; a question's word from a group matches a passage holding any
// word of it, and counts once. Groups join words that name the same request, never a broader and a narrower
// one ("order" is not "parcel"), so a match on a synonym is as good as a match on the customer's own word.
import type { Language } from "../guard/text/language.ts";

// One group a line, entries separated by commas; an entry of several words matches those words in a row
// (function words in between are ignored: "send it back" is "send back").
const GROUPS: Record<Language, string> = {
  en: `refund, reimburse, reimbursement, money back, repay, repayment
return, send back, give back, bring back, ship back
parcel, package, packet
deliver, delivery, delivered, ship, shipping, shipment, dispatch, dispatched, receive my order, order arrive
cost, price, fee, charges, rate
phone, telephone, hotline
hours, opening hours, opening times, open
invoice, bill, billing
email, e-mail, mail
sign in, log in, login, log on
unsubscribe, opt out, stop receiving
discount, promo code, promo, promotion, coupon, voucher, reduction
change, modify, edit, update, correct, amend
declined, refused, rejected, failed, denied
damaged, broken, torn, crushed
faulty, defective
lost, missing
exchange, swap
track, trace, follow
delete, erase
buy, bought, purchase
wear, wore, worn
bigger, larger
instalments, installments, pay later, split payment
customer service, customer care, support, help desk
contact, reach, get in touch, call, ring`,
  fr: `rembourser, remboursement, remboursé, récupérer mon argent, rendre l argent
retour, retourner, renvoyer, renvoi, rendre, réexpédier
colis, paquet
livraison, livrer, livré, expédition, expédier, expédié, envoi, recevoir ma commande, commande arrive
coût, coûter, prix, frais, tarif
téléphone, tel, numéro de téléphone
horaires, heures d ouverture, ouvert, ouverture
facture, facturation
e-mail, email, mail, courriel
se connecter, connexion, identifier, login
désinscrire, désinscription, désabonner, désabonnement
réduction, code promo, promo, promotion, remise, bon de réduction, coupon
modifier, changer, corriger, mettre à jour, rectifier
refusé, rejeté, échoué, décliné
endommagé, abîmé, cassé, déchiré, écrasé
défectueux, défaut
perdu, manquant, égaré
échanger, échange
suivre, suivi, tracer
supprimer, effacer
acheter, acheté, achat
porter, porté
plusieurs fois, échéance, échelonner, paiement fractionné
service client, assistance, support, sav
contacter, joindre, appeler, appel`,
  de: `rückerstattung, erstattung, erstatten, geld zurück
rücksendung, zurücksenden, zurückschicken, retoure
paket, päckchen, sendung
lieferung, liefern, versand, versenden, zustellung, bestellung erhalten
kosten, preis, gebühr
telefon, hotline
öffnungszeiten, geöffnet
rechnung, beleg
e-mail, email, mail
anmelden, einloggen, login
abmelden, abbestellen
rabatt, gutschein, rabattcode, aktion
ändern, bearbeiten, aktualisieren, korrigieren
abgelehnt, fehlgeschlagen
beschädigt, kaputt, zerbrochen
verloren, fehlend
umtausch, umtauschen, tauschen
verfolgen, sendungsverfolgung
löschen, entfernen
kaufen, gekauft, kauf
ratenzahlung, raten
kontakt, kontaktieren, erreichen, anrufen`,
  es: `reembolso, reembolsar, devolución del dinero, devolver el dinero
devolución, devolver, enviar de vuelta
paquete, bulto
envío, enviar, entrega, entregar, recibir mi pedido
coste, costo, precio, tarifa
teléfono
horario, abierto, apertura
factura, facturación
correo, email, e-mail
iniciar sesión, acceder, login
darse de baja, cancelar la suscripción
descuento, cupón, código promocional, promoción
cambiar, modificar, editar, actualizar, corregir
rechazado, denegado, fallido
dañado, roto, estropeado
perdido, extraviado
intercambio, canjear
rastrear, seguimiento
eliminar, borrar
comprar, compra, comprado
cuotas, plazos, pago fraccionado
contacto, contactar, llamar, llamada`,
};

/** The groups of a language, each entry as written, split into its words. */
export function synonymGroups(language: Language): string[][][] {
  return GROUPS[language].split("\n").map((line) => line.split(",").map((entry) => entry.trim().split(/\s+/)));
}
