import { useEffect, useRef } from 'react';

/** A ref for an element at the end of a list: `load` runs when it scrolls near the view. */
export function useLoadWhenVisible(load: () => void, active: boolean) {
  const sentinel = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const element = sentinel.current;
    if (element === null || !active) return;
    const observer = new IntersectionObserver((seen) => seen.some((s) => s.isIntersecting) && load(), { rootMargin: '400px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [load, active]);
  return sentinel;
}
