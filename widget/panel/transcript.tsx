// The conversation as a live log. Every text is rendered as text nodes, never as HTML: what the bot, an
// agent or the customer wrote cannot add markup or scripts to the page. The only elements made from a
// message are links in bot and agent text, and only to the site's allowed link domains (split-links.ts).
import { useLayoutEffect, useRef } from "preact/hooks";
import type { MessageEvent } from "../../shared/protocol.ts";
import type { Rating } from "../lib/customer-api.ts";
import type { PersonalDataKind } from "../lib/personal-data/mask-personal-data.ts";
import { splitLinks } from "../lib/split-links.ts";
import { AnswerRating } from "./answer-rating.tsx";
import type { ChatSnapshot } from "./chat-session.ts";
import { Shield } from "./icons.tsx";
import type { Strings } from "./strings.ts";

interface Line {
  key: string;
  role: MessageEvent["role"];
  text: string;
  author?: string;
  note?: string;
  tone?: "pending" | "rejected";
  /** A bot answer from the server, which the customer may rate. */
  answerSeq?: number;
  masked?: readonly PersonalDataKind[];
}

interface TranscriptProps {
  snapshot: ChatSnapshot;
  strings: Strings;
  greeting?: string;
  allowedLinkDomains: readonly string[];
  onRate: (seq: number, rating: Rating) => void;
}

/** Below this many pixels from the end the visitor is "reading the latest" and new lines scroll into view. */
const FOLLOW_SLACK = 80;

export function Transcript({ snapshot, strings, greeting, allowedLinkDomains, onRate }: TranscriptProps) {
  const log = useRef<HTMLDivElement>(null);
  const following = useRef(true);
  const lines = linesOf(snapshot, strings, greeting);

  useLayoutEffect(() => {
    const element = log.current;
    if (element && following.current) element.scrollTop = element.scrollHeight;
  }, [lines.length, snapshot.typing]);

  const who = (line: Line) =>
    line.role === "customer" ? strings.you : line.role === "agent" ? (line.author ?? strings.agent) : line.role === "bot" ? strings.assistant : "";

  const body = (line: Line) =>
    line.role === "bot" || line.role === "agent"
      ? splitLinks(line.text, allowedLinkDomains).map((segment) =>
          typeof segment === "string" ? (
            segment
          ) : (
            <a href={segment.href} target="_blank" rel="noopener noreferrer nofollow">
              {segment.text}
            </a>
          ),
        )
      : line.text;

  return (
    <div
      ref={log}
      class="log"
      role="log"
      aria-live="polite"
      aria-label={strings.title}
      tabIndex={0}
      onScroll={(event) => {
        const element = event.currentTarget;
        following.current = element.scrollHeight - element.scrollTop - element.clientHeight < FOLLOW_SLACK;
      }}
    >
      <ol>
        {lines.map((line, index) => {
          const showWho = line.role !== "customer" && line.role !== "system" && lines[index - 1]?.role !== line.role;
          return (
            <li key={line.key} class={`msg ${line.role} ${line.tone ?? ""}`}>
              {showWho && <span class="who" aria-hidden="true">{who(line)}</span>}
              <p>
                {line.role !== "system" && <span class="sr">{who(line)}: </span>}
                {body(line)}
              </p>
              {line.masked?.map((kind) => (
                <span key={kind} class="masked">
                  <Shield />
                  {strings.hidden[kind]}
                </span>
              ))}
              {line.note && <span class="note">{line.note}</span>}
              {line.answerSeq !== undefined && (
                <AnswerRating rated={snapshot.ratings[line.answerSeq]} strings={strings} onRate={(rating) => onRate(line.answerSeq!, rating)} />
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function linesOf(snapshot: ChatSnapshot, strings: Strings, greeting: string | undefined): Line[] {
  const lines: Line[] = [{ key: "disclosure", role: "bot", text: strings.disclosure }];
  if (greeting) lines.push({ key: "greeting", role: "bot", text: greeting });
  for (const event of snapshot.events) {
    // State changes arrive with their own announcement message; the header shows the current state.
    if (event.type !== "message") continue;
    lines.push({
      key: "s" + event.seq,
      role: event.role,
      text: event.text,
      author: event.author,
      answerSeq: event.role === "bot" ? event.seq : undefined,
      masked: event.clientMessageId ? snapshot.masked[event.clientMessageId] : undefined,
    });
  }
  const waitingNote = snapshot.connection === "online" ? strings.sending : strings.queued;
  for (const item of snapshot.pending) {
    lines.push({ key: item.clientMessageId, role: "customer", text: item.text, note: waitingNote, tone: "pending", masked: item.masked });
  }
  for (const item of snapshot.rejected) {
    lines.push({ key: item.clientMessageId, role: "customer", text: item.text, note: strings.rejected, tone: "rejected", masked: item.masked });
  }
  return lines;
}
