// The rendered width of an element, followed as the window changes. Charts draw at this width, one SVG
// unit per CSS pixel, so their text keeps its size on a phone instead of shrinking with the drawing.
import { useLayoutEffect, useRef, useState } from "preact/hooks";

export function useWidth<T extends Element>(initial: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.round(entry!.contentRect.width);
      // Zero while hidden (a closed tab of the page): keep the last real width.
      if (measured > 0) setWidth(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
