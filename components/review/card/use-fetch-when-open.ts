"use client";

import { useEffect, useRef, useState } from "react";

export type Loaded<T> = { state: "loading" } | { state: "failed" } | { state: "shown"; value: T };

/**
 * What a `<details>` on a card shows when opened: read from `url` the first time it opens, and again whenever `deps`
 * change while it is open (the claim changed, new matches arrived). Answers can come back out of order when the claim
 * changes twice quickly: only the newest request may show. `read` turns the JSON into what the panel shows.
 */
export function useFetchWhenOpen<T>(url: string, read: (json: unknown) => T, deps: unknown[]) {
  const [opened, setOpened] = useState(false);
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: "loading" });
  const latest = useRef(0);
  const reader = useRef(read);
  // The newest `read`, without reading again when only the function changed (declared first: runs before the fetch).
  useEffect(() => {
    reader.current = read;
  });
  useEffect(() => {
    if (!opened) return;
    const request = ++latest.current;
    const show = (next: Loaded<T>) => request === latest.current && setLoaded(next);
    fetch(url, { cache: "no-store" })
      .then(async (response) =>
        show(response.ok ? { state: "shown", value: reader.current(await response.json()) } : { state: "failed" }),
      )
      .catch(() => show({ state: "failed" }));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what should read again
  }, [opened, url, ...deps]);
  return { opened, loaded, onToggle: (open: boolean) => open && setOpened(true) };
}
