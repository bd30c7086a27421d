// Article URLs come from the articles themselves: only http(s) may become a link. Anything else
// ("javascript:alert(1)", "data:text/html,...") is shown as plain text.
export function safeHref(url: unknown): string | null {
  if (typeof url !== "string") return null;
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** An <a> opening the URL in a new tab, or a plain text span when the URL is not http(s). */
export function externalLink(url: string, text: string = url): HTMLElement {
  const href = safeHref(url);
  if (!href) {
    const span = document.createElement("span");
    span.textContent = text;
    return span;
  }
  const a = document.createElement("a");
  a.href = href;
  a.textContent = text;
  a.target = "_blank";
  a.rel = "noopener noreferrer";
  return a;
}
