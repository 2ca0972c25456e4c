// Re-renders a component whenever the chat session publishes a new snapshot.
import { useEffect, useState } from "preact/hooks";
import type { ChatSession, ChatSnapshot } from "./chat-session.ts";

export function useSnapshot(session: ChatSession): ChatSnapshot {
  const [snapshot, setSnapshot] = useState(session.snapshot());
  useEffect(() => {
    setSnapshot(session.snapshot());
    return session.subscribe(() => setSnapshot(session.snapshot()));
  }, [session]);
  return snapshot;
}
