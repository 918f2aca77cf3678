// Woo review UI. Plain JavaScript, no libraries: every change is sent to the local server,
// which saves it to the review files at once. Data is only ever put into the page as text
// (textContent), never as HTML: findings are arbitrary text from the PDFs.
"use strict";

const SCALE = 1.5; // CSS pixels per PDF point
const TOKEN = new URLSearchParams(location.search).get("token") || "";
const NEXT = { redact: "keep", keep: "redact", pending: "redact" };

let state = null;
let current = null; // label of the document shown
let selected = null; // {kind: "finding" | "region", doc, id}
let shownDoc = null; // the document whose page images are in #pages

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) {
      node.append(typeof child === "string" || typeof child === "number" ? String(child) : child);
    }
  }
  return node;
}

function setStatus(text, error = false) {
  const status = $("status");
  status.textContent = text;
  status.classList.toggle("error", error);
}

async function api(path, body) {
  const options = { headers: { "X-Review-Token": TOKEN } };
  if (body !== undefined) {
    options.method = "POST";
    options.headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body);
    setStatus("Saving…");
  }
  let response;
  try {
    response = await fetch(path, options);
  } catch (err) {
    setStatus("The review server does not answer: is `woo-pipeline review --serve` still running?", true);
    throw err;
  }
  const data = await response.json();
  if (!response.ok || data.ok === false) {
    setStatus(data.error || `error ${response.status}`, true);
    throw new Error(data.error);
  }
  return data;
}

async function post(path, body) {
  const data = await api(path, body);
  state = data.state;
  render();
  setStatus(`All changes saved. ${data.message || ""}`.trim());
  return data;
}

function doc(label) {
  return state.documents.find((d) => d.document === label);
}

function findingOf(label, id) {
  const d = doc(label);
  return d ? d.findings.find((f) => f.id === id) : null;
}

// --- rendering -------------------------------------------------------------------------
function render() {
  renderHeader();
  renderDocuments();
  renderFilters();
  renderFindings();
  renderPages();
  renderBoxes();
  renderDetails();
  renderTerms();
}

function renderHeader() {
  let total = 0;
  let pending = 0;
  for (const d of state.documents) {
    total += d.progress.total;
    pending += d.progress.pending;
  }
  $("overall").textContent = `${state.documents.length} document(s), ${total} finding(s), ${pending} pending`;
  const ground = $("ground");
  if (!ground.options.length) {
    for (const [code, name] of Object.entries(state.grounds)) {
      ground.append(el("option", { value: code }, `${code} ${name}`));
    }
    ground.value = state.default_ground;
  }
}

function renderDocuments() {
  const list = $("documents");
  list.replaceChildren();
  for (const d of state.documents) {
    const p = d.progress;
    const done = p.total ? Math.round((100 * (p.total - p.pending)) / p.total) : 100;
    const bar = el("div");
    bar.style.width = `${done}%`;
    const counts = el("div", { class: "doc-counts" },
      `${p.redact} redact · ${p.keep} keep · `,
      el("span", { class: p.pending ? "pending" : "" }, `${p.pending} pending`),
      p.regions ? ` · ${p.regions} region(s)` : "");
    const item = el("li", {
      class: d.document === current ? "current" : "",
      "data-doc": d.document,
      onclick: () => { current = d.document; selected = null; render(); },
    }, d.document, counts, el("div", { class: "progress", title: `${done}% decided` }, bar));
    list.append(item);
  }
  for (const [label, reason] of Object.entries(state.failed || {})) {
    list.append(el("li", { title: reason }, `${label} (not scanned: ${reason})`));
  }
}

function renderFilters() {
  const select = $("filter-type");
  const types = new Set(state.documents.flatMap((d) => d.findings.map((f) => f.entity_type)));
  const have = new Set([...select.options].map((o) => o.value));
  for (const t of [...types].sort()) {
    if (!have.has(t)) select.append(el("option", { value: t }, t));
  }
}

function filteredFindings() {
  const which = $("filter-doc").value;
  const type = $("filter-type").value;
  const decision = $("filter-decision").value;
  const docs = which === "*" ? state.documents : state.documents.filter((d) => d.document === current);
  const out = [];
  for (const d of docs) {
    for (const f of d.findings) {
      if (type && f.entity_type !== type) continue;
      if (decision && f.decision.action !== decision) continue;
      out.push([d.document, f]);
    }
  }
  return out;
}

function renderFindings() {
  const list = $("findings");
  list.replaceChildren();
  const items = filteredFindings();
  if (!items.length) list.append(el("li", { class: "keep" }, "Nothing matches the filters."));
  for (const [label, f] of items) {
    const isSelected = selected && selected.kind === "finding" && selected.id === f.id && selected.doc === label;
    list.append(el("li", {
      class: `${f.decision.action}${isSelected ? " selected" : ""}`,
      "data-id": f.id,
      onclick: () => select("finding", label, f.id, true),
    }, el("span", { class: "type" }, f.entity_type), " ", f.text,
    el("div", { class: "where" }, `${label}, page ${f.page} · ${f.decision.action}`)));
  }
}

function renderPages() {
  if (shownDoc === current) return;
  shownDoc = current;
  const container = $("pages");
  container.replaceChildren();
  const d = doc(current);
  const banner = $("banner");
  banner.hidden = d.source === "ok";
  banner.textContent = d.source === "missing"
    ? "The PDF of this document is not where it was scanned: start the review with --in FOLDER to see its pages."
    : "This PDF changed after the scan: the boxes may be in the wrong place. Run `woo-pipeline scan` again.";
  const zoom = Math.min(4, SCALE * (window.devicePixelRatio || 1));
  d.pages.forEach((p) => {
    const page = el("div", { class: "page", "data-page": p.page });
    page.style.width = `${p.width * SCALE}px`;
    page.style.height = `${p.height * SCALE}px`;
    const query = new URLSearchParams({ doc: current, page: p.page, zoom: zoom.toFixed(2), token: TOKEN });
    page.append(el("span", { class: "label" }, `page ${p.page}`));
    page.append(el("img", { src: `/api/page?${query}`, alt: `page ${p.page} of ${current}`, draggable: "false" }));
    enableDrawing(page, p);
    container.append(page);
  });
}

function placeBox(node, x0, y0, x1, y1) {
  node.style.left = `${x0 * SCALE - 1}px`;
  node.style.top = `${y0 * SCALE - 1}px`;
  node.style.width = `${(x1 - x0) * SCALE + 2}px`;
  node.style.height = `${(y1 - y0) * SCALE + 2}px`;
}

function renderBoxes() {
  for (const old of document.querySelectorAll("#pages .box")) old.remove();
  const d = doc(current);
  const pages = new Map([...document.querySelectorAll("#pages .page")].map((p) => [Number(p.dataset.page), p]));
  for (const f of d.findings) {
    for (const [page, x0, y0, x1, y1] of f.boxes) {
      const isSelected = selected && selected.kind === "finding" && selected.id === f.id;
      const box = el("div", {
        class: `box ${f.decision.action}${isSelected ? " selected" : ""}`,
        "data-id": f.id,
        "data-decision": f.decision.action,
        title: `${f.entity_type}: ${f.text} (${f.decision.action}) — click to switch`,
      });
      placeBox(box, x0, y0, x1, y1);
      box.addEventListener("click", (e) => { e.stopPropagation(); toggle(current, f); });
      if (pages.has(page)) pages.get(page).append(box);
    }
  }
  for (const r of d.regions) {
    const isSelected = selected && selected.kind === "region" && selected.id === r.id;
    const box = el("div", {
      class: `box region${isSelected ? " selected" : ""}`,
      "data-region": r.id,
      title: `region drawn by ${r.reviewer} (${r.ground}) — click for details`,
    });
    placeBox(box, ...r.rect);
    box.addEventListener("click", (e) => { e.stopPropagation(); select("region", current, r.id); });
    if (pages.has(r.page)) pages.get(r.page).append(box);
  }
}

function contextNode(f) {
  const at = f.context.indexOf(f.text);
  if (at < 0) return el("span", {}, f.context);
  return el("span", {}, f.context.slice(0, at), el("mark", {}, f.text), f.context.slice(at + f.text.length));
}

function renderDetails() {
  const pane = $("details");
  pane.replaceChildren();
  if (!selected || selected.doc !== current) {
    pane.append(el("p", { class: "empty" }, "Select a finding to see where and why it was found."));
    return;
  }
  if (selected.kind === "region") {
    const r = doc(current).regions.find((x) => x.id === selected.id);
    if (!r) { selected = null; renderDetails(); return; }
    pane.append(el("h2", {}, "Drawn region"), el("dl", {},
      el("dt", {}, "Page"), el("dd", {}, r.page),
      el("dt", {}, "Area (pt)"), el("dd", {}, r.rect.map((v) => v.toFixed(0)).join(", ")),
      el("dt", {}, "Ground"), el("dd", {}, `${r.ground} ${state.grounds[r.ground] || ""}`),
      el("dt", {}, "Drawn by"), el("dd", {}, `${r.reviewer}, ${r.time}`)),
    el("div", { class: "buttons" }, el("button", {
      id: "remove-region",
      onclick: () => post("/api/region/remove", { doc: current, id: r.id }).then(() => { selected = null; render(); }),
    }, "Remove region")));
    return;
  }
  const f = findingOf(current, selected.id);
  if (!f) { selected = null; renderDetails(); return; }
  const action = f.decision.action;
  const occ = state.occurrences[f.occurrence_key] || { count: 1, documents: 1 };
  const who = f.decision.reviewer ? `${f.decision.reviewer}, ${f.decision.time}` : "nobody yet (suggestion)";
  pane.append(
    el("h2", {}, f.entity_type),
    el("div", { class: "text" }, f.text),
    el("p", { class: "context" }, contextNode(f)),
    el("dl", {},
      el("dt", {}, "Decision"), el("dd", { class: `decision-label ${action}` },
        action + (action === "redact" ? ` (${f.decision.ground})` : "")),
      el("dt", {}, "Decided by"), el("dd", {}, who),
      el("dt", {}, "Suggestion"), el("dd", {}, f.suggestion + (f.reason ? ` — ${f.reason}` : "")),
      el("dt", {}, "Detector"), el("dd", {}, `${f.detector}, score ${f.score}`),
      el("dt", {}, "Why"), el("dd", {}, f.explanation),
      el("dt", {}, "Where"), el("dd", {}, `${current}, page ${f.page}`)),
    el("div", { class: "buttons" },
      el("button", { id: "do-redact", class: `redact${action === "redact" ? " active" : ""}`,
        onclick: () => decide(current, f, "redact", false) }, "Redact"),
      el("button", { id: "do-keep", class: `keep${action === "keep" ? " active" : ""}`,
        onclick: () => decide(current, f, "keep", false) }, "Keep"),
      el("button", { id: "do-pending", onclick: () => decide(current, f, "pending", false) }, "Undecided")),
  );
  if (occ.count > 1) {
    const who = occ.name ? `${occ.name} (${(occ.spellings || []).join(", ")})` : `“${f.text}”`;
    pane.append(
      el("h2", {}, "Apply to all occurrences"),
      el("p", {}, `${occ.count} occurrences of ${who} in ${occ.documents} document(s).`),
      el("div", { class: "buttons" },
        el("button", { id: "all-redact", class: "redact", onclick: () => decide(current, f, "redact", true) },
          `Redact all ${occ.count}`),
        el("button", { id: "all-keep", class: "keep", onclick: () => decide(current, f, "keep", true) },
          `Keep all ${occ.count}`)));
  }
}

function renderTerms() {
  const list = $("terms");
  list.replaceChildren();
  for (const t of state.terms) list.append(el("li", {}, el("span", {}, t.term), el("span", { class: "type" }, t.ground)));
}

// --- actions ---------------------------------------------------------------------------
function select(kind, label, id, scroll = false) {
  if (current !== label) current = label;
  selected = { kind, doc: label, id };
  render();
  if (scroll) {
    const node = document.querySelector(`#pages .box[data-id="${CSS.escape(id)}"]`);
    if (node) node.scrollIntoView({ block: "center", behavior: "smooth" });
  }
}

function toggle(label, f) {
  selected = { kind: "finding", doc: label, id: f.id };
  return decide(label, f, NEXT[f.decision.action], false);
}

function decide(label, f, action, all) {
  selected = { kind: "finding", doc: label, id: f.id };
  const body = { doc: label, id: f.id, action, all };
  if (action === "redact") body.ground = f.decision.action === "redact" && !all ? f.decision.ground : $("ground").value;
  return post("/api/decide", body);
}

function enableDrawing(pageNode, page) {
  // Pointer capture keeps the drag on this page even when the pointer leaves it.
  let start = null;
  let shape = null;
  const point = (e) => {
    const rect = pageNode.getBoundingClientRect();
    return [Math.min(Math.max(e.clientX - rect.left, 0), rect.width), Math.min(Math.max(e.clientY - rect.top, 0), rect.height)];
  };
  pageNode.addEventListener("pointerdown", (e) => {
    if (e.button !== 0 || e.target !== pageNode) return; // boxes handle their own clicks
    e.preventDefault();
    pageNode.setPointerCapture(e.pointerId);
    start = point(e);
    shape = el("div", { class: "drawing" });
    pageNode.append(shape);
  });
  pageNode.addEventListener("pointermove", (e) => {
    if (!start) return;
    const [x, y] = point(e);
    shape.style.left = `${Math.min(x, start[0])}px`;
    shape.style.top = `${Math.min(y, start[1])}px`;
    shape.style.width = `${Math.abs(x - start[0])}px`;
    shape.style.height = `${Math.abs(y - start[1])}px`;
  });
  pageNode.addEventListener("pointerup", (e) => {
    if (!start) return;
    const [x, y] = point(e);
    const [sx, sy] = start;
    start = null;
    shape.remove();
    if (Math.abs(x - sx) < 4 || Math.abs(y - sy) < 4) return; // a click, not a drag
    const rect = [Math.min(x, sx), Math.min(y, sy), Math.max(x, sx), Math.max(y, sy)].map((v) => v / SCALE);
    post("/api/region", { doc: current, page: page.page, rect, ground: $("ground").value }).then(() => {
      const regions = doc(current).regions;
      if (regions.length) select("region", current, regions[regions.length - 1].id);
    });
  });
}

$("term-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const term = $("term").value.trim();
  if (!term) return;
  post("/api/term", { term, ground: $("ground").value }).then(() => { $("term").value = ""; });
});
for (const id of ["filter-doc", "filter-type", "filter-decision"]) {
  $(id).addEventListener("change", renderFindings);
}

api("/api/state").then((data) => {
  state = data;
  const firstPending = state.documents.find((d) => d.progress.pending > 0);
  current = (firstPending || state.documents[0] || {}).document || null;
  if (!current) {
    setStatus("This review folder has no documents.", true);
    return;
  }
  render();
  setStatus(`Reviewing as ${state.reviewer}. All changes are saved at once.`);
});
