// Every sentence the panel shows, in the four languages the service speaks. English is the reference:
// the other tables must have the same keys, which the type below enforces.
import type { Language } from "../lib/pick-language.ts";

const en = {
  title: "Chat with us",
  disclosure: "You are chatting with an automated assistant. You can ask for a person at any time.",
  close: "Close chat",
  talkToPerson: "Talk to a person",
  personRequested: "A person has been asked for",
  status: { bot: "Automated assistant", waiting_human: "Waiting for a person", human: "Chatting with a person", closed: "Conversation closed" },
  inputLabel: "Your message",
  placeholder: "Write a message…",
  send: "Send",
  you: "You",
  assistant: "Assistant",
  agent: "Support",
  typing: "The assistant is typing…",
  sending: "Sending…",
  queued: "Not sent yet, will be sent when the connection is back",
  rejected: "Not sent",
  offline: "You are offline. Your messages will be sent when the connection is back.",
  unreachable: "We can't reach the support service right now. Your messages are kept and we keep trying.",
  retry: "Try again now",
  handoffFailed: "We couldn't reach a person just now. Please try again.",
  unavailable: "Chat is not available on this page.",
  tooLong: "Messages can be at most 4000 characters.",
};

export type Strings = typeof en;

const fr: Strings = {
  title: "Discutons",
  disclosure: "Vous échangez avec un assistant automatique. Vous pouvez demander à parler à une personne à tout moment.",
  close: "Fermer la discussion",
  talkToPerson: "Parler à une personne",
  personRequested: "Une personne a été demandée",
  status: { bot: "Assistant automatique", waiting_human: "En attente d’une personne", human: "En discussion avec une personne", closed: "Conversation terminée" },
  inputLabel: "Votre message",
  placeholder: "Écrivez un message…",
  send: "Envoyer",
  you: "Vous",
  assistant: "Assistant",
  agent: "Service client",
  typing: "L’assistant écrit…",
  sending: "Envoi…",
  queued: "Pas encore envoyé, le sera au retour de la connexion",
  rejected: "Non envoyé",
  offline: "Vous êtes hors ligne. Vos messages seront envoyés au retour de la connexion.",
  unreachable: "Le service client est injoignable pour le moment. Vos messages sont conservés et nous réessayons.",
  retry: "Réessayer maintenant",
  handoffFailed: "Impossible de joindre une personne pour l’instant. Veuillez réessayer.",
  unavailable: "La discussion n’est pas disponible sur cette page.",
  tooLong: "Un message peut compter au plus 4000 caractères.",
};

const de: Strings = {
  title: "Schreiben Sie uns",
  disclosure: "Sie chatten mit einem automatischen Assistenten. Sie können jederzeit nach einem Menschen fragen.",
  close: "Chat schließen",
  talkToPerson: "Mit einem Menschen sprechen",
  personRequested: "Ein Mensch wurde angefragt",
  status: { bot: "Automatischer Assistent", waiting_human: "Warten auf einen Menschen", human: "Im Gespräch mit einem Menschen", closed: "Gespräch beendet" },
  inputLabel: "Ihre Nachricht",
  placeholder: "Nachricht schreiben…",
  send: "Senden",
  you: "Sie",
  assistant: "Assistent",
  agent: "Kundenservice",
  typing: "Der Assistent schreibt…",
  sending: "Wird gesendet…",
  queued: "Noch nicht gesendet, wird gesendet, sobald die Verbindung zurück ist",
  rejected: "Nicht gesendet",
  offline: "Sie sind offline. Ihre Nachrichten werden gesendet, sobald die Verbindung zurück ist.",
  unreachable: "Der Kundenservice ist gerade nicht erreichbar. Ihre Nachrichten bleiben erhalten, wir versuchen es weiter.",
  retry: "Jetzt erneut versuchen",
  handoffFailed: "Wir konnten gerade keinen Mitarbeiter erreichen. Bitte versuchen Sie es erneut.",
  unavailable: "Der Chat ist auf dieser Seite nicht verfügbar.",
  tooLong: "Eine Nachricht darf höchstens 4000 Zeichen lang sein.",
};

const es: Strings = {
  title: "Hablemos",
  disclosure: "Estás hablando con un asistente automático. Puedes pedir hablar con una persona en cualquier momento.",
  close: "Cerrar el chat",
  talkToPerson: "Hablar con una persona",
  personRequested: "Se ha pedido una persona",
  status: { bot: "Asistente automático", waiting_human: "Esperando a una persona", human: "Hablando con una persona", closed: "Conversación cerrada" },
  inputLabel: "Tu mensaje",
  placeholder: "Escribe un mensaje…",
  send: "Enviar",
  you: "Tú",
  assistant: "Asistente",
  agent: "Atención al cliente",
  typing: "El asistente está escribiendo…",
  sending: "Enviando…",
  queued: "Aún no enviado, se enviará cuando vuelva la conexión",
  rejected: "No enviado",
  offline: "No tienes conexión. Tus mensajes se enviarán cuando vuelva.",
  unreachable: "No podemos contactar con el servicio de atención ahora. Guardamos tus mensajes y seguimos intentándolo.",
  retry: "Reintentar ahora",
  handoffFailed: "No hemos podido contactar con una persona ahora. Inténtalo de nuevo.",
  unavailable: "El chat no está disponible en esta página.",
  tooLong: "Un mensaje puede tener como máximo 4000 caracteres.",
};

const tables: Record<Language, Strings> = { en, fr, de, es };

export function stringsFor(language: Language): Strings {
  return tables[language];
}
