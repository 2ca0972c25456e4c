// What the customer is told at each step of a handoff, in their language; a site's policy may override any text.
import type { Policy } from "../guard/policy.ts";

export type AnnouncementKind = "greeting" | "handoff" | "handoffClosed" | "agentJoined" | "botBack" | "closed" | "unavailable";

const defaults: Record<AnnouncementKind, Record<string, string>> = {
  greeting: {
    en: "Hi! I'm an automated assistant. You can ask for a person at any time.",
    fr: "Bonjour ! Je suis un assistant automatique. Vous pouvez demander à parler à une personne à tout moment.",
    de: "Hallo! Ich bin ein automatischer Assistent. Sie können jederzeit nach einem Menschen fragen.",
    es: "¡Hola! Soy un asistente automático. Puede pedir hablar con una persona en cualquier momento.",
  },
  handoff: {
    en: "A person from our team will take over this conversation shortly.",
    fr: "Un conseiller de notre équipe va prendre le relais dans quelques instants.",
    de: "Eine Person aus unserem Team übernimmt gleich dieses Gespräch.",
    es: "Una persona de nuestro equipo continuará esta conversación en breve.",
  },
  handoffClosed: {
    en: "Our team is away right now. A person will answer {when}. You can leave your email address here and we will write back.",
    fr: "Notre équipe est absente pour le moment. Un conseiller vous répondra {when}. Vous pouvez laisser votre adresse e-mail ici pour que nous vous écrivions.",
    de: "Unser Team ist gerade nicht erreichbar. Eine Person antwortet {when}. Sie können hier Ihre E-Mail-Adresse hinterlassen, dann schreiben wir Ihnen.",
    es: "Nuestro equipo no está disponible ahora. Una persona le responderá {when}. Puede dejar aquí su correo electrónico y le escribiremos.",
  },
  agentJoined: {
    en: "{agent} has joined the conversation.",
    fr: "{agent} a rejoint la conversation.",
    de: "{agent} ist dem Gespräch beigetreten.",
    es: "{agent} se ha unido a la conversación.",
  },
  botBack: {
    en: "You are chatting with the automated assistant again. Ask for a person at any time.",
    fr: "Vous échangez de nouveau avec l'assistant automatique. Demandez une personne à tout moment.",
    de: "Sie schreiben wieder mit dem automatischen Assistenten. Fragen Sie jederzeit nach einem Menschen.",
    es: "Vuelve a hablar con el asistente automático. Pida una persona en cualquier momento.",
  },
  closed: {
    en: "This conversation is closed. Write again at any time to reopen it.",
    fr: "Cette conversation est terminée. Écrivez-nous à tout moment pour la rouvrir.",
    de: "Dieses Gespräch ist beendet. Schreiben Sie jederzeit, um es wieder zu eröffnen.",
    es: "Esta conversación está cerrada. Escriba en cualquier momento para reabrirla.",
  },
  unavailable: {
    en: "Sorry, I can't answer right now. A person from our team will reply.",
    fr: "Désolé, je ne peux pas répondre pour le moment. Un conseiller va vous répondre.",
    de: "Entschuldigung, ich kann gerade nicht antworten. Eine Person aus unserem Team meldet sich.",
    es: "Lo siento, no puedo responder ahora. Una persona de nuestro equipo le responderá.",
  },
};

const policyKey: Partial<Record<AnnouncementKind, keyof Policy["messages"]>> = {
  greeting: "greeting",
  handoff: "handoff",
  handoffClosed: "handoffClosed",
  agentJoined: "agentJoined",
  botBack: "botBack",
  unavailable: "unavailable",
};

/** The text for `kind` in `language`, falling back to English; `{agent}` and `{when}` are filled in. */
export function announcement(kind: AnnouncementKind, language: string, policy: Policy, vars: { agent?: string; when?: string } = {}): string {
  const key = policyKey[kind];
  const custom = key ? policy.messages[key] : undefined;
  const text = custom?.[language] ?? defaults[kind][language] ?? custom?.en ?? defaults[kind].en!;
  return text.replace("{agent}", vars.agent ?? "").replace("{when}", vars.when ?? "");
}
