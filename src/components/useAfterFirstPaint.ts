// False on a component's first render, true once the browser has painted what that render put
// on the screen (the next frame, then a task; a timer as well, for a page that is not shown,
// where frames do not run). What is below the first screen waits for it.
import { useEffect, useState } from 'react';

export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    let done = false;
    const go = () => { if (!done) { done = true; setPainted(true); } };
    const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => setTimeout(go, 0)) : null;
    const timer = setTimeout(go, 250);
    return () => { done = true; if (frame !== null) cancelAnimationFrame(frame); clearTimeout(timer); };
  }, [painted]);
  return painted;
}
