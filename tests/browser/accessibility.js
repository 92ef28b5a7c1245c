// A small WCAG 2.1 AA audit of the page as rendered: language, one h1 inside <main>,
// alternative text, labels of form fields, and the contrast of every piece of text
// against the background it is drawn on. Returns a list of problems, each a string.
() => {
  const problems = [];
  const channel = (c) => {
    c /= 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  };
  const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  const rgba = (text) => {
    const parts = text.match(/[\d.]+/g) || [];
    return parts.map(Number).concat(parts.length === 3 ? [1] : []);
  };
  const background = (element) => {
    for (let node = element; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.backgroundImage !== "none") return null; // drawn over an image: not judged
      const colour = rgba(style.backgroundColor);
      if (colour[3] > 0.99) return colour.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const visible = (element) => {
    const style = getComputedStyle(element);
    if (style.visibility === "hidden" || style.display === "none" || Number(style.opacity) === 0) return false;
    const box = element.getBoundingClientRect();
    // The skip link waits off screen until it is focused.
    return box.width > 1 && box.height > 1 && box.right > 0 && box.bottom > 0;
  };
  const name = (element) => {
    const id = element.id ? `#${element.id}` : "";
    return `${element.tagName.toLowerCase()}${id} «${(element.innerText || element.value || "").trim().slice(0, 40)}»`;
  };

  if (!document.documentElement.lang) problems.push("html has no lang");
  const headings = document.querySelectorAll("h1");
  if (headings.length !== 1) problems.push(`${headings.length} h1 elements`);
  if (!document.querySelector("main")) problems.push("no <main> landmark");

  for (const image of document.querySelectorAll("img")) {
    if (!image.hasAttribute("alt")) problems.push(`img without alt: ${image.src}`);
  }
  for (const field of document.querySelectorAll("input, select, textarea")) {
    if (["hidden", "submit", "button", "reset", "image"].includes(field.type)) continue;
    const labelled =
      field.getAttribute("aria-label") ||
      field.getAttribute("aria-labelledby") ||
      field.closest("label") ||
      (field.id && document.querySelector(`label[for="${CSS.escape(field.id)}"]`));
    if (!labelled) problems.push(`field without a label: ${name(field)}`);
  }

  for (const element of document.body.querySelectorAll("*")) {
    const ownText = [...element.childNodes].some(
      (node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim()
    );
    if (!ownText || !visible(element) || element.closest("svg")) continue;
    const style = getComputedStyle(element);
    const back = background(element);
    if (back === null) continue;
    const fore = rgba(style.color);
    // A translucent text colour is drawn over its background.
    const drawn = fore.slice(0, 3).map((c, i) => c * fore[3] + back[i] * (1 - fore[3]));
    const [light, dark] = [luminance(drawn), luminance(back)].sort((a, b) => b - a);
    const ratio = (light + 0.05) / (dark + 0.05);
    const size = parseFloat(style.fontSize);
    const bold = Number(style.fontWeight) >= 700;
    const large = size >= 24 || (bold && size >= 18.66);
    const needed = large ? 3 : 4.5;
    if (ratio < needed) {
      problems.push(`contrast ${ratio.toFixed(2)} < ${needed}: ${name(element)}`);
    }
  }
  return problems;
}
