// Thumbs up or down under a bot answer. Once rated, the choice stays shown and both buttons stay
// focusable but do nothing more (the server counts an answer's first rating only); the thanks is
// announced through a status region that is always present.
import type { FunctionComponent } from "preact";
import type { Rating } from "../lib/customer-api.ts";
import { ThumbDown, ThumbUp } from "./icons.tsx";
import type { Strings } from "./strings.ts";

interface AnswerRatingProps {
  rated?: Rating;
  strings: Strings;
  onRate: (rating: Rating) => void;
}

export function AnswerRating({ rated, strings, onRate }: AnswerRatingProps) {
  const choice = (rating: Rating, label: string, Icon: FunctionComponent) => (
    <button
      type="button"
      aria-label={label}
      aria-pressed={rated === rating}
      aria-disabled={rated !== undefined}
      onClick={() => {
        if (!rated) onRate(rating);
      }}
    >
      <Icon />
    </button>
  );
  return (
    <div class="rate" role="group" aria-label={strings.rateAnswer}>
      {choice("up", strings.helpful, ThumbUp)}
      {choice("down", strings.notHelpful, ThumbDown)}
      <span role="status">{rated ? strings.ratingThanks : ""}</span>
    </div>
  );
}
