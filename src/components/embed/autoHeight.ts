// The embedded page tells its parent how tall it is whenever that changes, so the host page's
// iframe fits it without scrollbars. Only `{ type, height }` is posted: nothing about the data.
import { useEffect } from 'react';
import { HEIGHT_MESSAGE } from '../../state/embed';

export function useAutoHeight(): void {
  useEffect(() => {
    if (window.parent === window) return;
    let last = -1;
    const post = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    };
    const ro = new ResizeObserver(post);
    ro.observe(document.documentElement);
    post();
    return () => ro.disconnect();
  }, []);
}
